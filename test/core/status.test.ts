/** KPI.STATUS: thresholds, boundaries, defaults, blanks, broadcasting and errors. */
import { KpiError } from "../../src/core/errors";
import {
  isStatusNumberFormat,
  kpiStatus,
  readStatus,
  STATUS_LEVEL,
  STATUS_SPEC,
  STATUS_TOKENS,
  STATUS_WORDS,
  statusNumberFormat,
  statusOfLevel,
  statusWord,
} from "../../src/core/status";
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

describe("KPI.STATUS levels (the language-neutral form)", () => {
  it("gives 3 / 2 / 1 for green / amber / red with form level, in either language", () => {
    expect(kpiStatus(1.05, 0.9, 1, "level")).toBe(3);
    expect(kpiStatus(0.95, 0.9, 1, "level")).toBe(2);
    expect(kpiStatus(0.5, 0.9, 1, "уровень")).toBe(1);
    expect(kpiStatus("", 0.9, 1, "level")).toBeNull();
    expect(kpiStatus(0.95, "", "", " LEVEL ")).toBe(2);
  });
  it("keeps the old forms: no form or word gives the tokens", () => {
    expect(kpiStatus(0.95)).toBe("amber");
    expect(kpiStatus(0.95, 0.9, 1, "word")).toBe("amber");
    expect(kpiStatus(0.95, 0.9, 1, "слово")).toBe("amber");
    expect(kpiStatus(0.95, 0.9, 1, "")).toBe("amber");
  });
  it("refuses an unknown form with a message, and checks thresholds first", () => {
    expectError(kpiStatus(0.95, 0.9, 1, "colour"), "#VALUE!", "unknownStatusForm");
    expectError(kpiStatus(0.95, 90, 100, "level"), "#VALUE!", "wholePercent");
    expectError(kpiStatus(0.95, 1, 0.9, "level"), "#VALUE!", "thresholdOrder");
  });
  it("maps levels, tokens and words of both languages to one status", () => {
    for (const t of STATUS_TOKENS) {
      expect(readStatus(STATUS_LEVEL[t])).toBe(t);
      expect(readStatus(t)).toBe(t);
      expect(readStatus(STATUS_WORDS[t].ru.toUpperCase())).toBe(t);
      expect(statusOfLevel(STATUS_LEVEL[t])).toBe(t);
    }
    expect(readStatus("желтый")).toBe("amber");
    expect(readStatus(0)).toBeUndefined();
    expect(readStatus(2.5)).toBeUndefined();
    expect(readStatus("")).toBeUndefined();
    expect(readStatus({ error: "#N/A" })).toBeUndefined();
    expect(statusWord(2, "ru")).toBe("жёлтый");
    expect(statusWord("green", "ru")).toBe("зелёный");
    expect(statusWord(1, "en")).toBe("red");
  });
  it("has a number format per language that shows the word of each level", () => {
    expect(statusNumberFormat("en")).toBe('[=3]"green";[=2]"amber";"red"');
    expect(statusNumberFormat("ru")).toBe('[=3]"зелёный";[=2]"жёлтый";"красный"');
    expect(isStatusNumberFormat(statusNumberFormat("ru"))).toBe(true);
    expect(isStatusNumberFormat("General")).toBe(false);
  });
});
