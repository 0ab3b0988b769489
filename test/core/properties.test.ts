/** Property tests (fast-check) of the KPI math. */
import fc from "fast-check";
import { kpiAbc } from "../../src/core/abc";
import { kpiBonus } from "../../src/core/bonus";
import { isKpiError } from "../../src/core/errors";
import { INDEX_SPEC, kpiIndex } from "../../src/core/kpi-index";
import { evaluateGrid } from "../../src/core/runner";
import { kpiRunRate } from "../../src/core/runrate";
import { kpiStatus } from "../../src/core/status";
import { kpiWeighted } from "../../src/core/weighted";
import { kpiXyz } from "../../src/core/xyz";

const amount = fc.double({ min: 0.01, max: 1e6, noNaN: true });
const signed = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const methodName = fc.constantFrom("ratio", "corridor");

const RANK: Record<string, number> = { A: 0, B: 1, C: 2 };

describe("KPI properties", () => {
  it("a higher-is-better index never falls as the fact rises (ratio and corridor)", () => {
    fc.assert(
      fc.property(signed, signed, amount, amount, methodName, (f1, f2, plan, width, method) => {
        const min = method === "corridor" ? plan - width : null;
        const [lo, hi] = f1 <= f2 ? [f1, f2] : [f2, f1];
        const a = kpiIndex(lo, plan, min, null, method) as number;
        const b = kpiIndex(hi, plan, min, null, method) as number;
        expect(b).toBeGreaterThanOrEqual(a);
      })
    );
  });

  it("an inverse index never rises as the fact rises", () => {
    fc.assert(
      fc.property(amount, amount, amount, (f1, f2, plan) => {
        const [lo, hi] = f1 <= f2 ? [f1, f2] : [f2, f1];
        expect(kpiIndex(hi, plan, null, null, "inverse")).toBeLessThanOrEqual(
          kpiIndex(lo, plan, null, null, "inverse") as number
        );
      })
    );
  });

  it("a cap is never exceeded: the index is at most the index of max", () => {
    fc.assert(
      fc.property(signed, amount, amount, methodName, (fact, plan, extra, method) => {
        const min = method === "corridor" ? 0 : null;
        const max = plan + extra;
        const capped = kpiIndex(fact, plan, min, max, method) as number;
        expect(capped).toBeLessThanOrEqual(kpiIndex(max, plan, min, null, method) as number);
      })
    );
  });

  it("normalize mode is invariant to scaling all weights", () => {
    const pair = fc.tuple(
      fc.double({ min: 0, max: 5, noNaN: true }),
      fc.double({ min: 0.01, max: 100, noNaN: true })
    );
    fc.assert(
      fc.property(
        fc.array(pair, { minLength: 1, maxLength: 12 }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (pairs, k) => {
          const indices = pairs.map(([i]) => [i]);
          const weights = pairs.map(([, w]) => [w]);
          const scaled = pairs.map(([, w]) => [w * k]);
          const a = kpiWeighted(indices, weights, "normalize") as number;
          const b = kpiWeighted(indices, scaled, "normalize") as number;
          expect(b).toBeCloseTo(a, 9);
        }
      )
    );
  });

  it("equal weights give the plain mean (strict with weights totalling 100 %, and normalize)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { minLength: 1, maxLength: 10 }),
        (xs) => {
          const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
          const indices = xs.map((x) => [x]);
          expect(
            kpiWeighted(
              indices,
              xs.map(() => [1 / xs.length])
            )
          ).toBeCloseTo(mean, 9);
          expect(
            kpiWeighted(
              indices,
              xs.map(() => [7]),
              "normalize"
            )
          ).toBeCloseTo(mean, 9);
        }
      )
    );
  });

  it("ABC classes are monotone in value: a larger value never gets a later class", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 30 }),
        (xs) => {
          fc.pre(xs.some((x) => x > 0));
          const classes = kpiAbc(xs.map((x) => [x])).map((r) => r[0] as string);
          for (let i = 0; i < xs.length; i++) {
            for (let j = 0; j < xs.length; j++) {
              if (xs[i] > xs[j]) expect(RANK[classes[i]]).toBeLessThanOrEqual(RANK[classes[j]]);
            }
          }
        }
      )
    );
  });

  it("XYZ classes do not change when a row is scaled by a positive factor", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 12 }),
        fc.integer({ min: 1, max: 1000 }),
        (xs, k) => {
          expect(kpiXyz([xs.map((x) => x * k)])).toEqual(kpiXyz([xs]));
        }
      )
    );
  });

  it("a step bonus never falls as the score rises when coefficients rise", () => {
    const scale = [
      [0.8, 0.5],
      [1, 1],
      [1.2, 1.5],
    ];
    fc.assert(
      fc.property(
        fc.double({ min: -1, max: 3, noNaN: true }),
        fc.double({ min: -1, max: 3, noNaN: true }),
        fc.constantFrom("step", "linear"),
        (s1, s2, how) => {
          const [lo, hi] = s1 <= s2 ? [s1, s2] : [s2, s1];
          expect(kpiBonus(hi, 1000, scale, how) as number).toBeGreaterThanOrEqual(
            kpiBonus(lo, 1000, scale, how) as number
          );
          expect(kpiBonus(hi, 1000, scale, how) as number).toBeLessThanOrEqual(1500);
        }
      )
    );
  });

  it("STATUS agrees with its thresholds", () => {
    fc.assert(
      fc.property(
        signed,
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (x, t1, t2) => {
          const [watch, ok] = t1 <= t2 ? [t1, t2] : [t2, t1];
          const s = kpiStatus(x, watch, ok);
          expect(s).toBe(x >= ok ? "green" : x >= watch ? "amber" : "red");
        }
      )
    );
  });

  it("RUNRATE of the whole period is the fact itself", () => {
    fc.assert(
      fc.property(signed, amount, (fact, total) => {
        expect(kpiRunRate(fact, total, total)).toBeCloseTo(fact, 6);
      })
    );
  });

  it("a range gives the same results as single-value calls (fast path = full path)", () => {
    const cell = fc.oneof(
      signed,
      fc.constant(""),
      fc.constant("x"),
      fc.constant(0),
      fc.constant(true)
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 20 }),
        fc.option(signed),
        (pairs, min) => {
          const grid = evaluateGrid(INDEX_SPEC, [
            pairs.map(([f]) => [f]),
            pairs.map(([, p]) => [p]),
            min,
          ]);
          pairs.forEach(([f, p], i) => {
            const single = kpiIndex(f, p, min);
            const got = grid[i][0];
            if (isKpiError(single))
              expect(
                isKpiError(got) && got.code === single.code && got.message === single.message
              ).toBe(true);
            else expect(got).toBe(single);
          });
        }
      )
    );
  });

  it("a 2-D range gives the same results as single-value calls, whatever mix of cells", () => {
    const cell = fc.oneof(
      signed,
      signed,
      signed,
      fc.constant(""),
      fc.constant(0),
      fc.constant(Infinity),
      fc.constant({ code: "#N/A" })
    );
    const block = fc.array(fc.array(fc.tuple(cell, cell), { minLength: 3, maxLength: 3 }), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(block, fc.option(signed), fc.option(signed), (rows, min, max) => {
        const facts = rows.map((r) => r.map(([f]) => f));
        const plans = rows.map((r) => r.map(([, p]) => p));
        const grid = evaluateGrid(INDEX_SPEC, [facts, plans, min, max]);
        rows.forEach((r, i) =>
          r.forEach(([f, p], j) => {
            const single = kpiIndex(f, p, min, max);
            const got = grid[i][j];
            if (isKpiError(single))
              expect(
                isKpiError(got) && got.code === single.code && got.message === single.message
              ).toBe(true);
            else expect(got).toBe(single);
          })
        );
      })
    );
  });

  it("no input makes a function throw or hit an unexpected internal error", () => {
    const anyCell = fc.oneof(
      fc.double(),
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.constant({ code: "#N/A" }),
      fc.object()
    );
    const anyArg = fc.oneof(
      anyCell,
      fc.array(fc.array(anyCell, { maxLength: 3 }), { maxLength: 3 })
    );
    const fns = [kpiIndex, kpiWeighted, kpiBonus, kpiStatus, kpiRunRate, kpiAbc, kpiXyz] as ((
      ...a: unknown[]
    ) => unknown)[];
    fc.assert(
      fc.property(fc.constantFrom(...fns), fc.array(anyArg, { maxLength: 6 }), (fn, args) => {
        const result = fn(...args);
        const cells = Array.isArray(result) ? result.flat() : [result];
        for (const c of cells) if (isKpiError(c)) expect(c.reason).not.toBe("unexpected");
      })
    );
  });
});
