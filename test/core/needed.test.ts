/** KPI.NEEDED: the fact that gives a target index, for every method, with gates, caps and errors. */
import { kpiIndex } from "../../src/core/kpi-index";
import { kpiNeeded, NEEDED_SPEC } from "../../src/core/needed";
import { equal15 } from "../../src/core/values";
import { col, expectError, run } from "./helpers";

/** NEEDED's fact, checked to give the target back through KPI.INDEX at 15 digits. */
function roundTrip(target: number, plan: number, min?: unknown, max?: unknown, method?: unknown) {
  const fact = kpiNeeded(target, plan, min, max, method);
  expect(typeof fact).toBe("number");
  const index = kpiIndex(fact, plan, min, max, method) as number;
  expect(equal15(index, target)).toBe(true);
  return fact as number;
}

describe("KPI.NEEDED ratio", () => {
  it("gives target × plan (the default method without min)", () => {
    expect(roundTrip(0.9, 1000)).toBeCloseTo(900, 9);
    expect(roundTrip(1.2, 800, null, null, "ratio")).toBeCloseTo(960, 9);
    expect(roundTrip(1, 1000, "", "", 1)).toBe(1000);
  });
  it("gives max itself for the cap's index, and #N/A above it", () => {
    expect(roundTrip(1.3, 1000, null, 1300, "ratio")).toBe(1300);
    const e = expectError(kpiNeeded(1.5, 1000, null, 1300, "ratio"), "#N/A", "neededAboveCap");
    expect(e.messageIn("en")).toContain("150");
    expect(e.messageIn("en")).toContain("130");
    expect(e.messageIn("ru")).toContain("150");
  });
  it("gives min itself for min's index, and #N/A for a target the gate jumps over", () => {
    expect(roundTrip(0.6, 1000, 600, null, "ratio")).toBe(600);
    expect(roundTrip(0.7, 1000, 600, null, "ratio")).toBeCloseTo(700, 9);
    const e = expectError(kpiNeeded(0.5, 1000, 600, null, "ratio"), "#N/A", "neededGated");
    expect(e.messageIn("en")).toContain("600");
  });
  it("gives 0 for target 0, gate or not", () => {
    expect(roundTrip(0, 1000)).toBe(0);
    expect(roundTrip(0, 1000, 600, null, "ratio")).toBe(0);
  });
  it("has the input errors of KPI.INDEX", () => {
    expectError(kpiNeeded(1, 0), "#DIV/0!", "planZero");
    expectError(kpiNeeded(1, -5), "#NUM!", "planNegative");
    expectError(kpiNeeded(1, 10, 8, 7, "ratio"), "#VALUE!", "maxBelowMin");
  });
});

describe("KPI.NEEDED inverse", () => {
  it("gives plan ÷ target (lower is better)", () => {
    expect(roundTrip(0.8, 800, null, null, "inverse")).toBeCloseTo(1000, 9);
    expect(roundTrip(2, 800, null, null, 2)).toBe(400);
  });
  it("gives max for the cap's index (every fact below max counts as max), #N/A above", () => {
    expect(roundTrip(2, 800, null, 400, "inverse")).toBe(400);
    expectError(kpiNeeded(4, 800, null, 400, "inverse"), "#N/A", "neededAboveCap");
  });
  it("gives min for min's index and #N/A for a target below it (facts above min score 0)", () => {
    expect(roundTrip(0.64, 800, 1250, null, "inverse")).toBe(1250);
    expectError(kpiNeeded(0.5, 800, 1250, null, "inverse"), "#N/A", "neededGated");
  });
  it("gives a fact that scores 0 for target 0, or #N/A where none does", () => {
    expect(roundTrip(0, 800, 1250, null, "inverse")).toBeGreaterThan(1250);
    expect(roundTrip(0, 800, null, null, "inverse")).toBeLessThan(0);
    expect(roundTrip(0, 0, null, null, "inverse")).toBeGreaterThan(0);
    expectError(kpiNeeded(0, 800, null, 400, "inverse"), "#N/A", "neededNeverZero");
  });
  it("plan 0 reaches only 0", () => {
    expectError(kpiNeeded(1, 0, null, null, "inverse"), "#N/A", "neededInversePlanZero");
  });
  it("has the input errors of KPI.INDEX", () => {
    expectError(kpiNeeded(1, -800, null, null, "inverse"), "#NUM!", "planNegative");
    expectError(kpiNeeded(1, 800, 1000, 1200, "inverse"), "#VALUE!", "maxAboveMin");
  });
});

describe("KPI.NEEDED corridor", () => {
  it("gives min + target × (plan − min), the default with min", () => {
    expect(roundTrip(0.9, 1000, 800)).toBeCloseTo(980, 9);
    expect(roundTrip(1.9667, 950, 650, null, "corridor")).toBeCloseTo(1240.01, 9);
    expect(roundTrip(0, 950, 650)).toBe(650);
  });
  it("follows the direction from the numbers (min > plan: lower is better)", () => {
    expect(roundTrip(1.2, 5, 10)).toBeCloseTo(4, 9);
    expect(roundTrip(0.5, 5, 10, null, "вилка")).toBeCloseTo(7.5, 9);
  });
  it("gives max for the cap's index and #N/A above it, in both directions", () => {
    expect(roundTrip(1.5, 1000, 800, 1100)).toBe(1100);
    expectError(kpiNeeded(1.6, 1000, 800, 1100), "#N/A", "neededAboveCap");
    expect(roundTrip(1.4, 5, 10, 3)).toBe(3);
    expectError(kpiNeeded(1.5, 5, 10, 3), "#N/A", "neededAboveCap");
  });
  it("has the input errors of KPI.INDEX", () => {
    expectError(kpiNeeded(1, 1000, null, null, "corridor"), "#VALUE!", "corridorNeedsMin");
    expectError(kpiNeeded(1, 0.1 + 0.2, 0.3), "#DIV/0!", "planEqualsMin");
    expectError(kpiNeeded(1, 1000, 800, 700), "#VALUE!", "maxBelowMin");
    expectError(kpiNeeded(1, 5, 10, 12), "#VALUE!", "maxAboveMin");
  });
});

describe("KPI.NEEDED binary", () => {
  it("gives the plan for 1 and a fact short of it for 0", () => {
    expect(roundTrip(1, 100, null, null, "binary")).toBe(100);
    expect(roundTrip(1, 5, 10, null, 4)).toBe(5);
    expect(roundTrip(0, 100, null, null, 4)).toBe(0);
    expect(roundTrip(0, 100, 50, null, 4)).toBe(50);
    expect(roundTrip(0, 0, null, null, 4)).toBeLessThan(0);
    expect(roundTrip(0, -3e15, null, null, 4)).toBeLessThan(-3e15);
  });
  it("gives #N/A for a target strictly between 0 and 1, or above 1", () => {
    const e = expectError(kpiNeeded(0.5, 100, null, null, "binary"), "#N/A", "neededBinary");
    expect(e.messageIn("ru")).toContain("50");
    expectError(kpiNeeded(1.2, 100, null, null, "binary"), "#N/A", "neededBinary");
  });
  it("gives #DIV/0! for plan = min", () => {
    expectError(kpiNeeded(1, 5, 5, null, "binary"), "#DIV/0!", "planEqualsMin");
  });
});

describe("KPI.NEEDED shared rules", () => {
  it("a blank target gives a blank; a target without a plan gives #N/A “no plan”", () => {
    expect(kpiNeeded("", 1000)).toBeNull();
    expect(kpiNeeded(null, "")).toBeNull();
    expectError(kpiNeeded(1, ""), "#N/A", "noPlan");
  });
  it("refuses a target typed as a whole percent", () => {
    const e = expectError(kpiNeeded(90, 1000), "#VALUE!", "wholePercent");
    expect(e.messageIn("en")).toContain("9000");
    expect(roundTrip(10, 1000)).toBe(10000);
  });
  it("gives #N/A for a target below 0 (no index is)", () => {
    expectError(kpiNeeded(-0.1, 1000), "#N/A", "neededNegative");
  });
  it("rejects an unknown method or a method that is not whole 1–4, trims option text", () => {
    expectError(kpiNeeded(1, 1000, null, null, "fast"), "#VALUE!", "unknownMethod");
    expectError(kpiNeeded(1, 1000, null, null, 2.5), "#VALUE!", "unknownMethod");
    expect(kpiNeeded(0.5, 800, null, null, "\t Inverse\u00a0")).toBe(1600);
  });
  it("refuses text and booleans, passes input errors through", () => {
    expectError(kpiNeeded("a lot", 1000), "#VALUE!", "numberIsText");
    expectError(kpiNeeded(true, 1000), "#VALUE!", "numberIsBoolean");
    const na = { code: "#N/A", message: "" };
    expect((kpiNeeded(1, na) as { code: string }).code).toBe("#N/A");
  });
  it("spills over ranges element by element, broadcasting single values", () => {
    const out = run(NEEDED_SPEC, col(0.9, 1.1, "", 2), 1000, null, 1500);
    expect(out[0][0]).toBeCloseTo(900, 9);
    expect(out[1][0]).toBeCloseTo(1100, 9);
    expect(out[2][0]).toBeNull();
    expectError(out[3][0], "#N/A", "neededAboveCap");
  });
  it("is finite in, finite out: a finite fact is returned for huge numbers", () => {
    const f = kpiNeeded(0.5, 1.7e308, -1.7e308) as number;
    expect(f).toBe(0);
    expect(kpiIndex(f, 1.7e308, -1.7e308)).toBe(0.5);
  });
  it("compares at 15 significant digits: a target at the cap's index to 15 digits gives max", () => {
    expect(kpiNeeded(0.4 + 0.4 + 0.5, 1000, null, 1300)).toBe(1300);
  });
});
