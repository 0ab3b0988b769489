import { METHOD_NAMES as OPTION_SPELLINGS } from "../../src/core/options";
import {
  impliedDirection,
  parseDirection,
  parseMethod,
  INDEX_METHODS,
  METHOD_NAMES,
  validateCard,
  proposeCode,
  type Card,
} from "../../src/core/card";
import {
  DEFAULT_BONUS_SCALE,
  evenWeights,
  scaleProblems,
  totalWeight,
  weightsComplete,
} from "../../src/core/matrix";

const base: Card = { code: "X", name: "X", method: "ratio", plan: 10 };

describe("card model", () => {
  it("reads methods by English or Russian name or number", () => {
    expect(parseMethod("Inverse")).toBe("inverse");
    expect(parseMethod(" вилка ")).toBe("corridor");
    expect(parseMethod(4)).toBe("binary");
    expect(parseMethod("2")).toBe("inverse");
    expect(parseMethod("other")).toBeUndefined();
    expect(parseMethod(5)).toBeUndefined();
  });

  it("reads every method spelling KPI.INDEX accepts, so cards and formulas never disagree", () => {
    for (const m of INDEX_METHODS) {
      for (const spelling of OPTION_SPELLINGS[m]) {
        expect(parseMethod(spelling)).toBe(m);
        expect(parseMethod(` ${spelling.toUpperCase()} `)).toBe(m);
      }
    }
    expect(parseMethod("коридор")).toBe("corridor");
    expect(parseMethod("Отношение")).toBe("ratio");
    expect(METHOD_NAMES.corridor).toEqual({ en: "corridor", ru: "вилка" });
  });

  it("reads directions in either language", () => {
    expect(parseDirection("lower is better")).toBe("lower");
    expect(parseDirection("Больше — лучше")).toBe("higher");
    expect(parseDirection("")).toBeUndefined();
  });

  it("derives the direction a method and min/plan imply", () => {
    expect(impliedDirection("inverse")).toBe("lower");
    expect(impliedDirection("corridor", 10, 5)).toBe("lower");
    expect(impliedDirection("corridor", 5, 10)).toBe("higher");
    expect(impliedDirection("corridor", 5, 5)).toBeUndefined();
  });

  it("validates codes, duplicates, plan = min and contradicting directions with both languages", () => {
    const fields = (c: Card, others: Card[] = []): string[] =>
      validateCard(c, others).map((p) => `${p.severity}:${p.field}`);
    expect(fields(base)).toEqual([]);
    expect(fields({ ...base, code: "" })).toEqual(["error:code"]);
    expect(fields({ ...base, code: "has space" })).toEqual(["error:code"]);
    expect(fields(base, [{ ...base, code: "x" }])).toEqual(["error:code"]);
    expect(fields({ ...base, method: "corridor", min: 10 })).toEqual(["error:plan"]);
    expect(fields({ ...base, method: "inverse", min: 5 })).toEqual(["error:min"]);
    expect(fields({ ...base, method: "inverse", direction: "higher" })).toEqual(["warning:method"]);
    expect(fields({ ...base, weight: 1.5 })).toEqual(["error:weight"]);
    expect(fields({ ...base, plan: 0 })).toEqual(["error:plan"]);
    const p = validateCard({ ...base, method: "inverse", min: 5 })[0];
    expect(p.message.en).toContain("min 5 is below plan 10");
    expect(p.message.ru).toContain("минимум 5 ниже плана 10");
  });
});

describe("card codes", () => {
  const base = { code: "X", name: "N", method: "ratio" as const };
  it("may be written in Cyrillic, never with spaces", () => {
    expect(validateCard({ ...base, code: "ВЫРУЧКА_1" })).toEqual([]);
    expect(validateCard({ ...base, code: "ВЫРУЧКА 1" }).map((p) => p.field)).toEqual(["code"]);
  });

  it("are proposed from the name, in any script, unique ignoring case", () => {
    expect(proposeCode("Выручка магазина")).toBe("ВЫРУЧКА_МАГАЗИНА");
    expect(proposeCode("Sales volume, %")).toBe("SALES_VOLUME");
    expect(proposeCode("Доля неликвидных товаров в запасе")).toBe("ДОЛЯ_НЕЛИКВИДНЫХ_ТОВАРОВ");
    expect(proposeCode("Sales volume", ["sales_volume", "SALES_VOLUME_2"])).toBe("SALES_VOLUME_3");
    expect(proposeCode("  ---  ")).toBe("");
    expect(validateCard({ ...base, code: proposeCode("Средний чек (руб.)") })).toEqual([]);
  });
});

describe("matrix model helpers", () => {
  it("totals weights as fractions or as percents", () => {
    expect(weightsComplete([{ weight: 0.45 }, { weight: 0.25 }, { weight: 0.3 }])).toBe(true);
    expect(weightsComplete([{ weight: 45 }, { weight: 55 }])).toBe(true);
    expect(weightsComplete([{ weight: 0.45 }, { weight: 0.5 }])).toBe(false);
    expect(totalWeight([{ weight: 0.1 }, { weight: 0.2 }])).toBeCloseTo(0.3, 15);
  });

  it("splits 100 % evenly in whole percents", () => {
    expect(evenWeights(3)).toEqual([0.34, 0.33, 0.33]);
    expect(evenWeights(0)).toEqual([]);
    expect(totalWeight(evenWeights(7).map((weight) => ({ weight })))).toBeCloseTo(1, 12);
  });

  it("checks that bonus scale thresholds increase", () => {
    expect(scaleProblems(DEFAULT_BONUS_SCALE)).toEqual([]);
    const bad = scaleProblems([
      { threshold: 1, coefficient: 1 },
      { threshold: 0.9, coefficient: 0.5 },
      { threshold: NaN, coefficient: 1 },
    ]);
    expect(bad.map((p) => p.point)).toEqual([1, 2]);
    expect(bad[0].message.en).toBe("Thresholds must increase: 0.9 follows 1.");
    expect(bad[0].message.ru).toBe("Пороги должны возрастать: 0.9 идёт после 1.");
  });
});
