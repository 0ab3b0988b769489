/** Names of methods, modes and interpolations in English and Russian. */
import { isKpiError } from "../../src/core/errors";
import {
  INTERPOLATION_NAMES,
  METHOD_NAMES,
  MODE_NAMES,
  parseInterpolation,
  parseMethod,
  parseWeightMode,
} from "../../src/core/options";

describe("option names", () => {
  it.each(Object.entries(METHOD_NAMES))(
    "every spelling of method %s parses to it",
    (method, names) => {
      for (const name of names) {
        expect(parseMethod(name)).toBe(method);
        expect(parseMethod(name.toUpperCase())).toBe(method);
      }
    }
  );
  it.each(Object.entries(MODE_NAMES))("every spelling of mode %s parses to it", (mode, names) => {
    for (const name of names) expect(parseWeightMode(` ${name} `)).toBe(mode);
  });
  it.each(Object.entries(INTERPOLATION_NAMES))(
    "every spelling of interpolation %s parses to it",
    (how, names) => {
      for (const name of names) expect(parseInterpolation(name)).toBe(how);
    }
  );
  it("treats ё as е", () => {
    expect(parseWeightMode("нормировать".replace("е", "ё"))).toBe("normalize");
  });
  it("numbers methods 1–4 and nothing else", () => {
    expect([1, 2, 3, 4].map(parseMethod)).toEqual(["ratio", "inverse", "corridor", "binary"]);
    for (const bad of [0, 5, 1.5, -1, NaN]) expect(isKpiError(parseMethod(bad))).toBe(true);
    expect(isKpiError(parseWeightMode(1))).toBe(true);
  });
  it("has no spelling that means two things", () => {
    for (const table of [METHOD_NAMES, MODE_NAMES, INTERPOLATION_NAMES]) {
      const all = Object.values(table)
        .flat()
        .map((n) => n.toLowerCase());
      expect(new Set(all).size).toBe(all.length);
    }
  });
});
