/** Status thresholds from the bonus scale: red pays nothing, green pays the full bonus. */
import fc from "fast-check";
import { kpiBonus } from "../../src/core/bonus";
import { DEFAULT_BONUS_SCALE } from "../../src/core/matrix";
import { kpiStatus, statusOf } from "../../src/core/status";
import {
  DEFAULT_STATUS_THRESHOLDS,
  fullCoefficient,
  statusContradiction,
  thresholdProblems,
  thresholdsFromScale,
  type ScalePoint,
} from "../../src/core/thresholds";
import { equal15 } from "../../src/core/values";

const grid = (points: readonly ScalePoint[]) => points.map((p) => [p.threshold, p.coefficient]);

describe("status thresholds from the bonus scale", () => {
  it("a score of 86.9 % that pays 50 % of the base is not red", () => {
    const t = thresholdsFromScale(DEFAULT_BONUS_SCALE);
    expect(kpiBonus(0.869, 1000, grid(DEFAULT_BONUS_SCALE))).toBe(500);
    expect(kpiStatus(0.869, t.amber, t.green)).toBe("amber");
    expect(kpiStatus(0.799, t.amber, t.green)).toBe("red");
    expect(kpiStatus(1, t.amber, t.green)).toBe("green");
    expect(t).toEqual({ amber: 0.8, green: 1 });
  });
  it("step: amber from the first paying point, green from the first full one", () => {
    const scale = [
      { threshold: 0.7, coefficient: 0 },
      { threshold: 0.85, coefficient: 0.3 },
      { threshold: 1.05, coefficient: 1 },
      { threshold: 1.2, coefficient: 1.4 },
    ];
    expect(thresholdsFromScale(scale, "step")).toEqual({ amber: 0.85, green: 1.05 });
  });
  it("green is the top step when the scale never reaches 100 %", () => {
    const scale = [
      { threshold: 0.9, coefficient: 0.4 },
      { threshold: 1.1, coefficient: 0.8 },
    ];
    expect(fullCoefficient(scale)).toBe(0.8);
    expect(thresholdsFromScale(scale)).toEqual({ amber: 0.9, green: 1.1 });
  });
  it("linear: amber from the last zero point, green where the line reaches 100 %", () => {
    const scale = [
      { threshold: 0.8, coefficient: 0 },
      { threshold: 1, coefficient: 0.5 },
      { threshold: 1.2, coefficient: 1.5 },
    ];
    const t = thresholdsFromScale(scale, "linear");
    expect(t.amber).toBe(0.8);
    expect(t.green).toBeCloseTo(1.1, 12);
    expect(kpiBonus(t.green, 100, grid(scale), "linear")).toBeCloseTo(100, 9);
  });
  it("keeps 90 % / 100 % without a usable scale", () => {
    expect(thresholdsFromScale([])).toEqual(DEFAULT_STATUS_THRESHOLDS);
    expect(thresholdsFromScale([{ threshold: 1, coefficient: 0 }])).toEqual(
      DEFAULT_STATUS_THRESHOLDS
    );
    const falling = [
      { threshold: 0.8, coefficient: 1 },
      { threshold: 1, coefficient: 0 },
    ];
    expect(thresholdsFromScale(falling)).toEqual(DEFAULT_STATUS_THRESHOLDS);
  });
  it("finds thresholds typed as whole percents and in the wrong order", () => {
    expect(thresholdProblems({ amber: 80, green: 1 })).toEqual([
      { kind: "wholePercent", which: "amber", value: 80 },
    ]);
    expect(thresholdProblems({ amber: 1.1, green: 1 })).toEqual([
      { kind: "order", amber: 1.1, green: 1 },
    ]);
    expect(thresholdProblems({ amber: 0.8, green: 0.8 })).toEqual([]);
    expect(thresholdProblems({})).toEqual([]);
  });
  it("names a status that contradicts what it pays", () => {
    expect(statusContradiction("red", 0.5, 1)).toBe("redPays");
    expect(statusContradiction("red", 0, 1)).toBeUndefined();
    expect(statusContradiction("amber", 0, 1)).toBe("amberPaysNothing");
    expect(statusContradiction("amber", 1, 1)).toBe("amberPaysFull");
    expect(statusContradiction("amber", 0.8, 1)).toBeUndefined();
    expect(statusContradiction("green", 0.8, 1)).toBe("greenPaysLess");
    expect(statusContradiction("green", 1.5, 1)).toBeUndefined();
  });
});

/** Any scale that can give thresholds: increasing thresholds, non-decreasing coefficients. */
const validScale = fc
  .array(
    fc.record({
      step: fc.double({ min: 0.01, max: 0.5, noNaN: true }),
      rise: fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 0.6, noNaN: true })),
    }),
    { minLength: 1, maxLength: 6 }
  )
  .chain((steps) =>
    fc.double({ min: 0, max: 1, noNaN: true }).map((start) => {
      let t = start;
      let k = 0;
      return steps.map((s, i) => {
        t += i === 0 ? 0 : s.step;
        k += s.rise;
        return { threshold: Number(t.toFixed(6)), coefficient: Number(k.toFixed(6)) };
      });
    })
  )
  .filter((pts) => pts[pts.length - 1].coefficient > 0)
  .filter((pts) => pts.every((p, i) => i === 0 || p.threshold > pts[i - 1].threshold));

// Scores as a sheet holds them (9 decimals): a denormal such as 5e-324 pays 0 by underflow.
const score = fc.double({ min: -0.5, max: 4, noNaN: true }).map((x) => Number(x.toFixed(9)));

describe("status thresholds from the bonus scale: properties", () => {
  it("step: red ⇔ pays 0, green ⇔ pays the full bonus, for any scale and score", () => {
    fc.assert(
      fc.property(validScale, score, (pts, s) => {
        const t = thresholdsFromScale(pts, "step");
        const paid = kpiBonus(s, 1, grid(pts), "step") as number;
        const st = statusOf(s, t.amber, t.green);
        expect(st === "red").toBe(paid === 0);
        expect(st === "green").toBe(paid >= fullCoefficient(pts) - 1e-12);
      }),
      { numRuns: 400 }
    );
  });
  it("step: every scale point is on the right side of its own thresholds", () => {
    fc.assert(
      fc.property(validScale, (pts) => {
        const t = thresholdsFromScale(pts, "step");
        for (const p of pts) {
          const st = statusOf(p.threshold, t.amber, t.green);
          expect(st === "red").toBe(p.coefficient === 0);
        }
        expect(t.amber).toBeLessThanOrEqual(t.green);
      })
    );
  });
  it("linear: red ⇔ pays 0 except at the amber threshold itself; green pays the full bonus", () => {
    fc.assert(
      fc.property(validScale, score, (pts, s) => {
        const t = thresholdsFromScale(pts, "linear");
        const paid = kpiBonus(s, 1, grid(pts), "linear") as number;
        const st = statusOf(s, t.amber, t.green);
        if (st === "red") expect(paid).toBe(0);
        if (!equal15(s, t.amber) && paid === 0) expect(st).toBe("red");
        if (st === "green") expect(paid).toBeGreaterThanOrEqual(fullCoefficient(pts) - 1e-9);
        expect(t.amber).toBeLessThanOrEqual(t.green);
      }),
      { numRuns: 400 }
    );
  });
});
