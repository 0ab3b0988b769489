/** KPI.XYZ: coefficient of variation per row, thresholds, blanks and per-row errors. */
import { KpiError } from "../../src/core/errors";
import { kpiXyz } from "../../src/core/xyz";
import { expectError } from "./helpers";

describe("KPI.XYZ", () => {
  it("classes each row by STDEV.P ÷ AVERAGE", () => {
    // Rows: constant (cv 0), cv = 0.2, cv = 0.5.
    expect(
      kpiXyz([
        [5, 5, 5],
        [8, 12, 10],
        [5, 15, 10],
      ])
    ).toEqual([["X"], ["Y"], ["Z"]]);
  });
  it("puts a coefficient exactly at x in X and exactly at y in Y", () => {
    // [9, 11]: mean 10, STDEV.P 1 → cv 0.1; [3, 5]: mean 4, STDEV.P 1 → cv 0.25.
    expect(
      kpiXyz([
        [9, 11],
        [3, 5],
      ])
    ).toEqual([["X"], ["Y"]]);
  });
  it("ignores blanks in a row", () => {
    expect(kpiXyz([[5, "", 5, null]])).toEqual([["X"]]);
  });
  it("takes custom thresholds, blank meaning the default", () => {
    expect(kpiXyz([[8, 12]], 0.2, 0.3)).toEqual([["X"]]);
    expect(kpiXyz([[8, 12]], "", "")).toEqual([["Y"]]);
  });
  it("gives #N/A for fewer than two values and #DIV/0! for a mean ≤ 0, in that row only", () => {
    const result = kpiXyz([
      [5, ""],
      [-1, 1],
      [5, 5],
    ]);
    expectError(result[0][0], "#N/A", "tooFewValues");
    expectError(result[1][0], "#DIV/0!", "meanNotPositive");
    expect(result[2][0]).toBe("X");
  });
  it("passes an error and rejects text in its own row", () => {
    const e = new KpiError("#REF!");
    const result = kpiXyz([
      [5, e],
      [1, "x"],
      [3, 3],
    ]);
    expect(result[0][0]).toBe(e);
    expectError(result[1][0], "#VALUE!", "numberIsText");
    expect(result[2][0]).toBe("X");
  });
  it("rejects x above y", () => {
    expectError(kpiXyz([[1, 2]], 0.5, 0.2)[0][0], "#VALUE!", "thresholdOrder");
  });
});
