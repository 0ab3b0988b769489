import { impliedDirection, validateCard } from "../../src/core/card";
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

/** The sales manager's KPIs in the seeds, and the other roles' cards of the team cycle. */
const TEAM_CYCLE = [
  "LEADS",
  "LEADS_PLAN",
  "LEAD_CONVERSION",
  "AVG_DEAL",
  "AVG_DEAL_PLAN",
  "REFUSAL_RATE",
  "MISSED_CALLS",
  "COMPLAINTS",
  "RESPONSE_TIME",
  "SALES_CYCLE",
  "STORE_STOCK_DEVIATION",
  "STORE_SHRINKAGE",
  "SMART_TASKS",
];

/** A name as the check compares it when it looks a row's card up by name. */
const nameKey = (s: string): string => s.toLowerCase().replace(/ё/g, "е").replace(/\s+/gu, "");

describe("KPI library", () => {
  it("has at least 60 cards with unique codes, including every card the issues name", () => {
    expect(KPI_LIBRARY.length).toBeGreaterThanOrEqual(60);
    const codes = KPI_LIBRARY.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of [...NAMED, ...TEAM_CYCLE]) expect(findLibraryCard(code)?.code).toBe(code);
  });

  it("keeps codes in UPPER_SNAKE and finds a card only by its exact code", () => {
    for (const c of KPI_LIBRARY) expect(c.code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
    expect(findLibraryCard("LEADS")?.code).toBe("LEADS");
    expect(findLibraryCard("leads")).toBeUndefined();
    expect(findLibraryCard(" LEADS")).toBeUndefined();
    expect(findLibraryCard("")).toBeUndefined();
  });

  it("gives every card a different name in each language (the check finds cards by name)", () => {
    for (const lang of ["en", "ru"] as const) {
      const names = KPI_LIBRARY.map((c) => nameKey(c.name[lang]));
      expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    }
  });

  it("lists the cards grouped by category, in the picker's order of categories", () => {
    const order = Object.keys(LIBRARY_CATEGORIES);
    const seen = KPI_LIBRARY.map((c) => order.indexOf(c.category));
    expect(seen.every((v, i) => v >= 0 && (i === 0 || v >= seen[i - 1]))).toBe(true);
    // Every category the picker names has cards.
    expect(new Set(KPI_LIBRARY.map((c) => c.category))).toEqual(new Set(order));
  });

  it("marks the store's shrinkage as a store-wide KPI in both languages", () => {
    const lib = findLibraryCard("STORE_SHRINKAGE")!;
    expect(lib.description.en).toMatch(/^Store-wide KPI/);
    expect(lib.description.ru).toMatch(/^Общий показатель магазина/);
    expect(lib.direction).toBe("lower");
    expect(cardFromLibrary(lib, "ru").goal).toBe(lib.description.ru);
  });

  it.each(KPI_LIBRARY.map((c) => [c.code, c] as const))(
    "%s has a direction, a unit, texts in both languages and a card that passes validation",
    (_code, lib) => {
      expect(["higher", "lower"]).toContain(lib.direction);
      for (const t of [lib.name, lib.description, lib.unit]) {
        expect(t.en.trim()).not.toBe("");
        expect(t.ru.trim()).not.toBe("");
      }
      expect(lib.name.ru).toMatch(/[а-яё]/i);
      expect(lib.description.ru).toMatch(/[а-яё]/i);
      expect(lib.description.en).not.toMatch(/[а-яё]/i);
      if (lib.source) expect(lib.source.ru.trim()).not.toBe("");
      // The method and the bounds score the card the way its direction says.
      const implied = impliedDirection(lib.method, lib.min, lib.plan);
      if (implied) expect(implied).toBe(lib.direction);
      if (lib.method === "corridor") expect(lib.min).toBeDefined();
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
