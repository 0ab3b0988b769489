/** KPI.RUNRATE: forecast, forecast ÷ plan, elapsed bounds, blanks, broadcasting and errors. */
import { KpiError } from "../../src/core/errors";
import { kpiRunRate, RUNRATE_SPEC } from "../../src/core/runrate";
import { col, expectError, run } from "./helpers";

describe("KPI.RUNRATE", () => {
  it("forecasts fact × total ÷ elapsed", () => {
    expect(kpiRunRate(50, 10, 20)).toBe(100);
    expect(kpiRunRate(100, 20, 20)).toBe(100);
  });
  it("divides the forecast by the plan when given", () => {
    expect(kpiRunRate(50, 10, 20, 80)).toBeCloseTo(1.25, 12);
    expect(kpiRunRate(50, 10, 20, "")).toBe(100);
  });
  it("accepts elapsed exactly equal to total and rejects elapsed ≤ 0 or > total", () => {
    expect(kpiRunRate(7, 21, 21)).toBe(7);
    expectError(kpiRunRate(50, 0, 20), "#NUM!", "elapsedOutOfRange");
    expectError(kpiRunRate(50, -1, 20), "#NUM!", "elapsedOutOfRange");
    expectError(kpiRunRate(50, 21, 20), "#NUM!", "elapsedOutOfRange");
  });
  it("rejects plan 0 and a negative plan", () => {
    const zero = expectError(kpiRunRate(50, 10, 20, 0), "#DIV/0!", "forecastPlanZero");
    // The message speaks of the forecast, not of an index, and says how to get the forecast.
    expect(zero.messageIn("en")).toMatch(/forecast/);
    expect(zero.messageIn("en")).not.toMatch(/index/);
    expect(zero.messageIn("ru")).toMatch(/прогноз/);
    expectError(kpiRunRate(50, 10, 20, -5), "#NUM!", "forecastPlanNegative");
  });
  it("gives a blank for a blank fact, elapsed or total", () => {
    expect(kpiRunRate("", 10, 20)).toBeNull();
    expect(kpiRunRate(5, null, 20)).toBeNull();
    expect(kpiRunRate(5, 10, "")).toBeNull();
  });
  it("broadcasts elapsed and total over a range of facts", () => {
    expect(run(RUNRATE_SPEC, col(10, 20, ""), 5, 10)).toEqual([[20], [40], [null]]);
    expectError(run(RUNRATE_SPEC, col(1, 2), col(1, 2, 3), 10)[0][0], "#VALUE!", "shapeMismatch");
  });
  it("rejects text, passes errors through", () => {
    expectError(kpiRunRate(5, "ten", 20), "#VALUE!", "numberIsText");
    const e = new KpiError("#N/A");
    expect(kpiRunRate(5, 10, 20, e)).toBe(e);
  });
});
