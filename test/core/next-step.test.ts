import type { Matrix } from "../../src/core/matrix/types";
import { kpiIndex } from "../../src/core/kpi-index";
import { nextBonusStep } from "../../src/core/next-step";

const matrix = (rows: Matrix["rows"]): Matrix => ({
  name: "M",
  employee: "E",
  period: "",
  rows,
  scale: [
    { threshold: 0.8, coefficient: 0.5 },
    { threshold: 1, coefficient: 1 },
    { threshold: 1.2, coefficient: 1.5 },
  ],
});

describe("what the next bonus step needs", () => {
  const m = matrix([
    { code: "A", name: "A", method: "ratio", weight: 0.5, plan: 100, fact: 90 },
    { code: "B", name: "B", method: "ratio", weight: 0.5, plan: 100, max: 105, fact: 100 },
    { code: "C", name: "C", method: "inverse", weight: 0, plan: 10, fact: 10 },
  ]);

  it("finds the next step above the score and, per KPI, the fact that reaches it alone", () => {
    const s = nextBonusStep(m, [0.9, 1, 1])!;
    expect(s.score).toBeCloseTo(0.95, 12);
    expect([s.threshold, s.coefficient]).toEqual([1, 1]);
    expect(s.needs[0].fact).toBeCloseTo(100, 9);
    // B is capped at max 105 (index 1.05): it cannot lift the score to 100 % on its own.
    expect(s.needs[1].fact).toBeUndefined();
    // A KPI of weight 0 moves nothing.
    expect(s.needs[2].fact).toBeUndefined();
  });

  it("each fact it names does reach the step (KPI.INDEX of it)", () => {
    const s = nextBonusStep(m, [0.9, 1, 1])!;
    const idx = kpiIndex(s.needs[0].fact!, 100) as number;
    const score = (0.5 * idx + 0.5 * 1) / 1;
    expect(score).toBeGreaterThanOrEqual(1 - 1e-12);
  });

  it("says nothing while an index is missing or at the last step", () => {
    expect(nextBonusStep(m, [undefined, 1, 1])).toBeUndefined();
    expect(nextBonusStep(m, [1.3, 1.3, 1])).toBeUndefined();
  });
});
