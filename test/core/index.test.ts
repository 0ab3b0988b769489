/** KPI.INDEX: every method, defaults, boundaries, errors, blanks, broadcasting, pass-through. */
import { KpiError } from "../../src/core/errors";
import { INDEX_SPEC, kpiIndex } from "../../src/core/kpi-index";
import { col, expectError, one, row, run } from "./helpers";

describe("KPI.INDEX ratio", () => {
  it("divides fact by plan", () => {
    expect(kpiIndex(1200, 1000, null, null, "ratio")).toBeCloseTo(1.2, 12);
    expect(kpiIndex(1000, 1000)).toBe(1);
  });
  it("is the default without min", () => {
    expect(kpiIndex(900, 1000)).toBeCloseTo(0.9, 12);
  });
  it("scores 0 below min (a gate) and counts a fact exactly at min", () => {
    expect(kpiIndex(599, 1000, 600, null, "ratio")).toBe(0);
    expect(kpiIndex(600, 1000, 600, null, "ratio")).toBeCloseTo(0.6, 12);
  });
  it("caps the fact at max, including a fact exactly at max", () => {
    expect(kpiIndex(1500, 1000, null, 1300, "ratio")).toBeCloseTo(1.3, 12);
    expect(kpiIndex(1300, 1000, null, 1300, "ratio")).toBeCloseTo(1.3, 12);
    expect(kpiIndex(1200, 1000, null, 1300, "ratio")).toBeCloseTo(1.2, 12);
  });
  it("gives #DIV/0! for plan 0 and #NUM! for a negative plan", () => {
    expectError(kpiIndex(5, 0), "#DIV/0!", "planZero");
    expectError(kpiIndex(5, -1), "#NUM!", "planNegative");
  });
  it("gives #VALUE! when max is below min", () => {
    expectError(kpiIndex(5, 10, 8, 7, "ratio"), "#VALUE!", "maxBelowMin");
  });
});

describe("KPI.INDEX inverse", () => {
  it("divides plan by fact (the worked example: 800 ÷ 1200)", () => {
    expect(kpiIndex(1200, 800, null, null, "inverse")).toBeCloseTo(0.6667, 4);
    expect(kpiIndex(120, 80, "", "", "inverse")).toBeCloseTo(0.6667, 4);
  });
  it("scores 0 above min (the worst acceptable value) and counts a fact exactly at min", () => {
    expect(kpiIndex(1300, 800, 1250, null, "inverse")).toBe(0);
    expect(kpiIndex(1250, 800, 1250, null, "inverse")).toBeCloseTo(0.64, 12);
  });
  it("counts a fact below max (the best value that counts) as max", () => {
    expect(kpiIndex(100, 800, null, 400, "inverse")).toBe(2);
    expect(kpiIndex(400, 800, null, 400, "inverse")).toBe(2);
  });
  it("gives #DIV/0! for fact 0 without max, suggesting max or corridor", () => {
    const e = expectError(kpiIndex(0, 800, null, null, "inverse"), "#DIV/0!", "inverseFactZero");
    expect(e.message).toMatch(/max/);
    expect(e.message).toMatch(/corridor/);
  });
  it("uses max when the fact is 0 and max is given", () => {
    expect(kpiIndex(0, 800, null, 400, "inverse")).toBe(2);
  });
  it("scores a negative fact 0, and rejects negative plans and max above min", () => {
    expect(kpiIndex(-5, 800, null, null, "inverse")).toBe(0);
    expectError(kpiIndex(-5, -800, null, null, "inverse"), "#NUM!", "planNegative");
    expectError(kpiIndex(5, -800, null, null, "inverse"), "#NUM!", "planNegative");
    expectError(kpiIndex(5, 8, 10, 20, "inverse"), "#VALUE!", "maxAboveMin");
  });
});

describe("KPI.INDEX corridor", () => {
  it("computes (fact − min) ÷ (plan − min): the worked example", () => {
    expect(kpiIndex(1240, 950, 650, null, "corridor")).toBeCloseTo(1.9667, 4);
    expect(kpiIndex(1000, 700, 570, null, "corridor")).toBeCloseTo(3.3077, 4);
  });
  it("is the default when min is given", () => {
    expect(kpiIndex(1240, 950, 650)).toBeCloseTo(1.9667, 4);
  });
  it("gives 0 at and below min, 1 at plan", () => {
    expect(kpiIndex(650, 950, 650)).toBe(0);
    expect(kpiIndex(600, 950, 650)).toBe(0);
    expect(kpiIndex(950, 950, 650)).toBe(1);
  });
  it("caps at max on the good side", () => {
    expect(kpiIndex(2000, 950, 650, 1250)).toBe(2);
    expect(kpiIndex(1250, 950, 650, 1250)).toBe(2);
  });
  it("follows the direction from the numbers (min > plan: lower is better)", () => {
    expect(kpiIndex(4, 5, 10)).toBeCloseTo(1.2, 12);
    expect(kpiIndex(12, 5, 10)).toBe(0);
    expect(kpiIndex(10, 5, 10)).toBe(0);
    expect(kpiIndex(2, 5, 10, 3)).toBeCloseTo(1.4, 12);
  });
  it("gives #DIV/0! when plan = min, #VALUE! without min or with max on the wrong side", () => {
    expectError(kpiIndex(5, 10, 10), "#DIV/0!", "planEqualsMin");
    expectError(kpiIndex(5, 10, null, null, "corridor"), "#VALUE!", "corridorNeedsMin");
    expectError(kpiIndex(5, 10, 4, 3), "#VALUE!", "maxBelowMin");
    expectError(kpiIndex(5, 3, 10, 12), "#VALUE!", "maxAboveMin");
  });
});

describe("KPI.INDEX binary", () => {
  it("gives 1 when the fact reaches the plan, else 0 (higher is better without min)", () => {
    expect(kpiIndex(10, 10, null, null, "binary")).toBe(1);
    expect(kpiIndex(11, 10, null, null, "binary")).toBe(1);
    expect(kpiIndex(9.99, 10, null, null, "binary")).toBe(0);
  });
  it("takes the direction from min", () => {
    expect(kpiIndex(5, 5, 10, null, "binary")).toBe(1);
    expect(kpiIndex(4, 5, 10, null, "binary")).toBe(1);
    expect(kpiIndex(6, 5, 10, null, "binary")).toBe(0);
    expect(kpiIndex(6, 5, 1, null, "binary")).toBe(1);
  });
  it("gives #DIV/0! when plan = min", () => {
    expectError(kpiIndex(5, 5, 5, null, "binary"), "#DIV/0!", "planEqualsMin");
  });
});

describe("KPI.INDEX method names", () => {
  it.each([
    ["ratio", 0.5],
    ["прямой", 0.5],
    [1, 0.5],
    ["1", 0.5],
    ["inverse", 2],
    ["Обратный", 2],
    [2, 2],
    [" INVERSE ", 2],
    ["binary", 0],
    ["бинарный", 0],
    [4, 0],
  ])("accepts %p", (method, expected) => {
    expect(kpiIndex(5, 10, null, null, method)).toBeCloseTo(expected, 12);
  });
  it("accepts corridor as вилка and 3", () => {
    expect(kpiIndex(7, 10, 4, null, "вилка")).toBeCloseTo(0.5, 12);
    expect(kpiIndex(7, 10, 4, null, 3)).toBeCloseTo(0.5, 12);
  });
  it.each(["foo", 0, 5, 2.5, true, "ratio2"])("rejects %p with #VALUE! naming it", (method) => {
    const e = expectError(kpiIndex(5, 10, null, null, method), "#VALUE!", "unknownMethod");
    expect(e.message).toContain(method === true ? "TRUE" : String(method));
  });
});

describe("KPI.INDEX blanks", () => {
  it("gives a blank for a blank fact (no fact yet), with or without a plan", () => {
    expect(kpiIndex(null, 10)).toBeNull();
    expect(kpiIndex("", "")).toBeNull();
    expect(kpiIndex(undefined, undefined)).toBeNull();
  });
  it("gives #N/A “no plan for this KPI” for a fact without a plan, whatever the method", () => {
    for (const method of [null, "ratio", "inverse", "corridor", "binary"]) {
      const e = expectError(kpiIndex(5, "", 1, null, method), "#N/A", "noPlan");
      expect(e.messageIn("en")).toMatch(/no plan for this KPI/i);
      expect(e.messageIn("ru")).toMatch(/нет плана/i);
    }
  });
  it("treats a blank min, max or method as not given", () => {
    expect(kpiIndex(5, 10, "", "", "")).toBe(0.5);
    expect(kpiIndex(5, 10, null, undefined, null)).toBe(0.5);
  });
  it("still reports a bad method before a blank fact", () => {
    expectError(kpiIndex(null, 10, null, null, "nope"), "#VALUE!", "unknownMethod");
  });
});

describe("KPI.INDEX broadcasting and shapes", () => {
  it("combines ranges element by element and broadcasts single values", () => {
    expect(run(INDEX_SPEC, col(5, 10, 20), 10)).toEqual([[0.5], [1], [2]]);
    expect(run(INDEX_SPEC, row(5, 10), row(10, 5))).toEqual([[0.5, 2]]);
  });
  it("takes a method per element", () => {
    const result = run(
      INDEX_SPEC,
      row(1200, 1240),
      row(800, 950),
      row("", 650),
      null,
      row("inverse", "corridor")
    );
    expect(result[0][0]).toBeCloseTo(0.6667, 4);
    expect(result[0][1]).toBeCloseTo(1.9667, 4);
  });
  it("keeps blanks and errors per element", () => {
    const result = run(INDEX_SPEC, col(5, "", 7), col(10, 10, 0));
    expect(result[0][0]).toBe(0.5);
    expect(result[1][0]).toBeNull();
    expectError(result[2][0], "#DIV/0!", "planZero");
  });
  it("gives one #VALUE! for ranges of different shapes", () => {
    const result = run(INDEX_SPEC, col(1, 2, 3), col(1, 2));
    expect(result).toHaveLength(1);
    expectError(result[0][0], "#VALUE!", "shapeMismatch");
    expectError(one(INDEX_SPEC, col(1, 2), row(1, 2)), "#VALUE!", "shapeMismatch");
  });
  it("gives #VALUE! for an empty range", () => {
    expectError(one(INDEX_SPEC, [], 1), "#VALUE!", "emptyRange");
    expectError(one(INDEX_SPEC, [[]], 1), "#VALUE!", "emptyRange");
  });
});

describe("KPI.INDEX error pass-through", () => {
  it("passes an input error through unchanged", () => {
    const na = new KpiError("#N/A");
    expect(kpiIndex(na, 10)).toBe(na);
    expect(kpiIndex(5, 10, na)).toBe(na);
  });
  it("recognises Excel's error objects", () => {
    expectError(kpiIndex({ code: "#REF!", message: "" }, 10), "#REF!");
    expectError(kpiIndex(5, { code: "#DIV/0!" }), "#DIV/0!");
  });
  it("passes errors per element and the first argument's error wins", () => {
    const result = run(INDEX_SPEC, col(5, { code: "#N/A" }, "x"), col(10, 10, { code: "#NUM!" }));
    expect(result[0][0]).toBe(0.5);
    expectError(result[1][0], "#N/A");
    expectError(result[2][0], "#VALUE!", "numberIsText");
  });
});
