/**
 * Thresholds compare the way Excel's comparison operators do (both sides rounded to 15
 * significant digits), so binary floating-point noise such as 0.4 + 0.4 + 0.15 =
 * 0.9500000000000001 cannot move a KPI to a worse class, status, bonus step or index.
 */
import { kpiAbc } from "../../src/core/abc";
import { kpiBonus } from "../../src/core/bonus";
import { kpiIndex } from "../../src/core/kpi-index";
import { kpiStatus } from "../../src/core/status";
import { atLeast, atMost } from "../../src/core/values";
import { kpiXyz } from "../../src/core/xyz";
import { col, row } from "./helpers";

describe("threshold comparisons at 15 significant digits (as Excel compares)", () => {
  it("treats values equal to 15 digits as equal, and real differences as different", () => {
    expect(atMost(0.4 + 0.4 + 0.15, 0.95)).toBe(true);
    expect(atLeast(0.7 + 0.1, 0.8)).toBe(true);
    expect(atMost(0.9500000001, 0.95)).toBe(false);
    expect(atLeast(0.7999999999, 0.8)).toBe(false);
    expect(atMost(-1e-20, 0)).toBe(true);
    expect(atLeast(1e-20, 0)).toBe(true);
  });
  it("KPI.ABC: the class does not depend on whether values are fractions or percent", () => {
    expect(kpiAbc(col(0.4, 0.4, 0.15, 0.05))).toEqual(kpiAbc(col(40, 40, 15, 5)));
    expect(kpiAbc(col(0.4, 0.4, 0.15, 0.05))).toEqual([["A"], ["A"], ["B"], ["C"]]);
  });
  it("KPI.XYZ: a coefficient of variation of exactly x is X in any units", () => {
    expect(kpiXyz(row(0.9, 1.1))).toEqual([["X"]]);
    expect(kpiXyz(row(9, 11))).toEqual([["X"]]);
  });
  it("KPI.STATUS: an index computed as 0.7 + 0.1 meets an amber threshold of 0.8", () => {
    expect(kpiStatus(0.7 + 0.1, 0.8, 1)).toBe("amber");
    expect(kpiStatus(1 - 1e-16, 0.9, 1)).toBe("green");
  });
  it("KPI.BONUS: a score that reaches a threshold up to noise gets that step", () => {
    const scale = [
      [0.8, 0.5],
      [1, 1],
    ];
    expect(kpiBonus(0.7 + 0.1, 1000, scale)).toBe(500);
    expect(kpiBonus(1 - 1e-16, 1000, scale)).toBe(1000);
    expect(kpiBonus(0.7999, 1000, scale)).toBe(0);
  });
  it("KPI.INDEX: binary and the ratio and inverse gates compare the same way", () => {
    expect(kpiIndex(0.7 + 0.1, 0.8, null, null, "binary")).toBe(1);
    expect(kpiIndex(0.3, 0.1 + 0.2, 0.4, null, "binary")).toBe(1);
    expect(kpiIndex(0.7 + 0.1, 1, 0.8, null, "ratio")).toBeCloseTo(0.8, 12);
    expect(kpiIndex(0.1 + 0.2, 0.2, 0.3, null, "inverse")).toBeCloseTo(2 / 3, 12);
  });
});
