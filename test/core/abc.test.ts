/** KPI.ABC: ranking, ties, thresholds, shape and order, blanks and errors. */
import { KpiError } from "../../src/core/errors";
import { kpiAbc } from "../../src/core/abc";
import { col, expectError, row } from "./helpers";

describe("KPI.ABC", () => {
  it("classes by cumulative share including the item itself, in input order", () => {
    expect(kpiAbc(col(10, 5, 80, 5))).toEqual([["B"], ["B"], ["A"], ["C"]]);
  });
  it("puts a share exactly at a in A and exactly at b in B", () => {
    expect(kpiAbc(row(80, 15, 5))).toEqual([["A", "B", "C"]]);
  });
  it("keeps input order for ties", () => {
    expect(kpiAbc(row(50, 50), 0.5, 0.9)).toEqual([["A", "C"]]);
  });
  it("keeps the input's shape (row by row order for 2-D ranges)", () => {
    expect(
      kpiAbc([
        [70, 10],
        [15, 5],
      ])
    ).toEqual([
      ["A", "B"],
      ["B", "C"],
    ]);
  });
  it("leaves blanks blank and out of the total", () => {
    expect(kpiAbc(col(80, "", 20))).toEqual([["A"], [null], ["C"]]);
  });
  it("takes custom thresholds, blank meaning the default", () => {
    expect(kpiAbc(col(60, 30, 10), 0.5, 1)).toEqual([["B"], ["B"], ["B"]]);
    expect(kpiAbc(col(60, 30, 10), 0.6, 0.85)).toEqual([["A"], ["C"], ["C"]]);
    expect(kpiAbc(col(60, 30, 10), "", "")).toEqual([["A"], ["B"], ["C"]]);
  });
  it("rejects negatives (#NUM!), a zero total (#DIV/0!), a above b (#VALUE!)", () => {
    expectError(kpiAbc(col(5, -1))[0][0], "#NUM!", "valueNegative");
    expectError(kpiAbc(col(0, 0, ""))[0][0], "#DIV/0!", "valuesTotalZero");
    expectError(kpiAbc(col(1, 2), 0.9, 0.8)[0][0], "#VALUE!", "thresholdOrder");
  });
  it("refuses thresholds typed as percents instead of silently classing everything A", () => {
    expectError(kpiAbc(col(1, 2), 80, 95)[0][0], "#VALUE!", "wholePercent");
    expectError(kpiAbc(col(1, 2), 0.8, 95)[0][0], "#VALUE!", "wholePercent");
    expectError(kpiAbc(col(1, 2), 0.8, 1.5)[0][0], "#VALUE!", "shareOutOfRange");
    expectError(kpiAbc(col(1, 2), -0.1, 0.9)[0][0], "#VALUE!", "shareOutOfRange");
    expect(kpiAbc(col(1, 2), 0, 1)).toEqual([["B"], ["B"]]);
  });
  it("rejects text and a range as a threshold", () => {
    expectError(kpiAbc(col(5, "x"))[0][0], "#VALUE!", "numberIsText");
    expectError(kpiAbc(col(5, 6), row(0.8, 0.9))[0][0], "#VALUE!", "singleValueExpected");
  });
  it("passes an input error through as the whole result", () => {
    const e = new KpiError("#N/A");
    expect(kpiAbc(col(5, e, 3))).toEqual([[e]]);
    expect(kpiAbc(col(5, 3), e)).toEqual([[e]]);
  });
});
