/** KPI.STATUS: thresholds, boundaries, defaults, blanks, broadcasting and errors. */
import { KpiError } from "../../src/core/errors";
import { kpiStatus, STATUS_SPEC } from "../../src/core/status";
import { col, expectError, run } from "./helpers";

describe("KPI.STATUS", () => {
  it("uses ok = 1 and watch = 0.9 by default, boundaries inclusive", () => {
    expect(kpiStatus(1.2)).toBe("green");
    expect(kpiStatus(1)).toBe("green");
    expect(kpiStatus(0.95)).toBe("amber");
    expect(kpiStatus(0.9)).toBe("amber");
    expect(kpiStatus(0.8999)).toBe("red");
    expect(kpiStatus(-1)).toBe("red");
  });
  it("takes custom thresholds, blank meaning the default", () => {
    expect(kpiStatus(0.85, 0.8, 0.95)).toBe("amber");
    expect(kpiStatus(0.96, "", 0.95)).toBe("green");
    expect(kpiStatus(0.85, 0.8, "")).toBe("amber");
    expect(kpiStatus(0.5, 0.5, 0.5)).toBe("green");
  });
  it("gives a blank for a blank index", () => {
    expect(kpiStatus("")).toBeNull();
    expect(kpiStatus(null)).toBeNull();
  });
  it("rejects watch above ok", () => {
    expectError(kpiStatus(1, 1.1, 1), "#VALUE!", "thresholdOrder");
  });
  it("rejects text and booleans, passes errors through", () => {
    expectError(kpiStatus("high"), "#VALUE!", "numberIsText");
    expectError(kpiStatus(true), "#VALUE!", "numberIsBoolean");
    const e = new KpiError("#N/A");
    expect(kpiStatus(e)).toBe(e);
  });
  it("works element by element over ranges, thresholds per element too", () => {
    expect(run(STATUS_SPEC, col(1.1, 0.95, 0.5, ""))).toEqual([
      ["green"],
      ["amber"],
      ["red"],
      [null],
    ]);
    expect(run(STATUS_SPEC, col(0.85, 0.85), col(0.8, 0.9))).toEqual([["amber"], ["red"]]);
    expectError(run(STATUS_SPEC, col(1, 1), col(0.8, 0.9, 0.9))[0][0], "#VALUE!", "shapeMismatch");
  });
});
