import { validateCard } from "../../src/core/card";
import {
  KPI_LIBRARY,
  LIBRARY_CATEGORIES,
  cardFromLibrary,
  findLibraryCard,
  searchLibrary,
} from "../../src/core/library";
import { evaluateFormula } from "../../src/sandbox/engine";

/** Cards the issue names explicitly (retail and e-commerce practice). */
const NAMED = [
  "SALES_VOL",
  "TURNOVER_PLAN",
  "PROFIT_PLAN",
  "AVG_CHECK",
  "ITEMS_PER_CHECK",
  "TRAFFIC",
  "CONVERSION",
  "SALES_PER_SQM",
  "SALES_PER_MANHOUR",
  "SALES_PER_CHECKOUT",
  "RETURNING_SHARE",
  "STAFF_TURNOVER",
  "MYSTERY_SHOPPER",
  "STOCK_NORM",
  "ILLIQUID_SHARE",
  "PROMO_SHARE",
  "INVENTORY_TURNOVER",
  "SHRINKAGE",
  "COST_PER_VISITOR",
  "COST_PER_SALE",
  "REVENUE_PER_VISIT",
  "ABANDONED_CART",
  "NEW_VS_RETURNING",
  "SUBSCRIBERS",
  "AVG_RESOLUTION",
  "CUSTOMER_CALLS",
];

describe("KPI library", () => {
  it("has at least 30 cards with unique codes, including every card the issue names", () => {
    expect(KPI_LIBRARY.length).toBeGreaterThanOrEqual(30);
    const codes = KPI_LIBRARY.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of NAMED) expect(findLibraryCard(code)?.code).toBe(code);
  });

  it.each(KPI_LIBRARY.map((c) => [c.code, c] as const))(
    "%s has texts in both languages and a card that passes validation",
    (_code, lib) => {
      for (const t of [lib.name, lib.description, lib.unit]) {
        expect(t.en.trim()).not.toBe("");
        expect(t.ru.trim()).not.toBe("");
      }
      expect(lib.name.ru).toMatch(/[а-яё]/i);
      expect(LIBRARY_CATEGORIES[lib.category]).toBeDefined();
      for (const lang of ["en", "ru"] as const) {
        const card = cardFromLibrary(lib, lang);
        expect(card.name).toBe(lib.name[lang]);
        expect(validateCard(card)).toEqual([]);
      }
    }
  );

  it.each(KPI_LIBRARY.filter((c) => c.plan !== undefined).map((c) => [c.code, c] as const))(
    "%s scores 100 %% at plan and more on the good side (KPI.INDEX in the engine)",
    (_code, lib) => {
      const args = (fact: number): string =>
        `KPI.INDEX(${fact},${lib.plan},${lib.min ?? ""},${lib.max ?? ""},"${lib.method}")`;
      expect(Number(evaluateFormula(args(lib.plan!)))).toBeCloseTo(1, 12);
      const step = Math.abs(lib.plan!) * 0.01 || 0.01;
      const better = lib.direction === "higher" ? lib.plan! + step : lib.plan! - step;
      const capped =
        lib.max !== undefined &&
        (lib.direction === "higher" ? lib.max <= lib.plan! : lib.max >= lib.plan!);
      const v = Number(evaluateFormula(args(better)));
      if (capped) expect(v).toBeCloseTo(1, 12);
      else expect(v).toBeGreaterThan(1);
    }
  );

  it("searches names and descriptions in either language", () => {
    expect(searchLibrary("средний чек").map((c) => c.code)).toEqual(["AVG_CHECK"]);
    expect(searchLibrary("abandoned").map((c) => c.code)).toEqual(["ABANDONED_CART"]);
    expect(searchLibrary("")).toHaveLength(KPI_LIBRARY.length);
  });
});
