/** KPI.BONUS: no scale, step and linear scales, boundaries, scale checks, blanks, broadcasting. */
import { KpiError } from "../../src/core/errors";
import { BONUS_SPEC, kpiBonus } from "../../src/core/bonus";
import { col, expectError, run } from "./helpers";

const SCALE = [
  [0.8, 0.5],
  [1, 1],
  [1.2, 1.5],
];

describe("KPI.BONUS without a scale", () => {
  it("pays base × score, never below 0", () => {
    expect(kpiBonus(1.1, 1000)).toBeCloseTo(1100, 9);
    expect(kpiBonus(-0.2, 1000)).toBe(0);
    expect(kpiBonus(0, 1000)).toBe(0);
  });
  it("treats an empty scale range as no scale", () => {
    expect(
      kpiBonus(1.1, 1000, [
        ["", ""],
        [null, null],
      ])
    ).toBeCloseTo(1100, 9);
  });
});

describe("KPI.BONUS step (default)", () => {
  it("takes the coefficient of the largest threshold ≤ score", () => {
    expect(kpiBonus(0.79, 1000, SCALE)).toBe(0);
    expect(kpiBonus(0.8, 1000, SCALE)).toBe(500);
    expect(kpiBonus(0.99, 1000, SCALE)).toBe(500);
    expect(kpiBonus(1, 1000, SCALE)).toBe(1000);
    expect(kpiBonus(1.2, 1000, SCALE, "step")).toBe(1500);
    expect(kpiBonus(3, 1000, SCALE, "ступенчатая")).toBe(1500);
  });
  it("skips blank rows in the scale", () => {
    expect(
      kpiBonus(1, 1000, [
        [0.8, 0.5],
        ["", ""],
        [1, 1],
      ])
    ).toBe(1000);
  });
});

describe("KPI.BONUS linear", () => {
  it("interpolates between points, 0 below the first, flat past the last", () => {
    expect(kpiBonus(0.7, 1000, SCALE, "linear")).toBe(0);
    expect(kpiBonus(0.8, 1000, SCALE, "linear")).toBe(500);
    expect(kpiBonus(0.9, 1000, SCALE, "linear")).toBeCloseTo(750, 9);
    expect(kpiBonus(1.1, 1000, SCALE, "линейная")).toBeCloseTo(1250, 9);
    expect(kpiBonus(1.2, 1000, SCALE, "linear")).toBe(1500);
    expect(kpiBonus(2, 1000, SCALE, "linear")).toBe(1500);
  });
  it("works with a one-row scale", () => {
    expect(kpiBonus(2, 100, [[1, 1.5]], "linear")).toBe(150);
    expect(kpiBonus(0.5, 100, [[1, 1.5]], "linear")).toBe(0);
  });
});

describe("KPI.BONUS scale checks", () => {
  it("needs exactly two columns", () => {
    expectError(kpiBonus(1, 100, [[1, 2, 3]]), "#VALUE!", "scaleNotTwoColumns");
    expectError(kpiBonus(1, 100, [[1], [2]]), "#VALUE!", "scaleNotTwoColumns");
  });
  it("needs strictly increasing thresholds", () => {
    expectError(
      kpiBonus(1, 100, [
        [1, 1],
        [0.8, 0.5],
      ]),
      "#VALUE!",
      "scaleNotIncreasing"
    );
    expectError(
      kpiBonus(1, 100, [
        [1, 1],
        [1, 2],
      ]),
      "#VALUE!",
      "scaleNotIncreasing"
    );
  });
  it("rejects text (such as a header row) and incomplete rows", () => {
    expectError(
      kpiBonus(1, 100, [
        ["threshold", "coefficient"],
        [1, 1],
      ]),
      "#VALUE!",
      "scaleText"
    );
    expectError(kpiBonus(1, 100, [[1, ""]]), "#VALUE!", "scaleIncomplete");
  });
  it("passes an error in the scale through", () => {
    expectError(kpiBonus(1, 100, [[1, { code: "#N/A" }]]), "#N/A");
  });
  it("rejects an unknown interpolation and a negative base", () => {
    expectError(kpiBonus(1, 100, SCALE, "cubic"), "#VALUE!", "unknownInterpolation");
    expectError(kpiBonus(1, -100), "#NUM!", "baseNegative");
  });
});

describe("KPI.BONUS blanks, broadcasting, pass-through", () => {
  it("gives a blank for a blank score or base", () => {
    expect(kpiBonus("", 100)).toBeNull();
    expect(kpiBonus(1, null)).toBeNull();
  });
  it("broadcasts a base over a range of scores and keeps the shape", () => {
    expect(run(BONUS_SPEC, col(0.9, 1, ""), 1000, SCALE)).toEqual([[500], [1000], [null]]);
  });
  it("gives #VALUE! when score and base ranges differ in shape", () => {
    expectError(run(BONUS_SPEC, col(1, 1), col(1, 1, 1))[0][0], "#VALUE!", "shapeMismatch");
  });
  it("passes input errors through", () => {
    const e = new KpiError("#DIV/0!");
    expect(kpiBonus(e, 100)).toBe(e);
    expectError(kpiBonus(1, "lots"), "#VALUE!", "numberIsText");
  });
});
