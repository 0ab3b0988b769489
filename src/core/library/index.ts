/** The KPI library: ready cards from retail and e-commerce practice, in English and Russian. */
import type { Card, Lang, LocalText } from "../card";
import { DEALS_CARDS } from "./deals";
import { ONLINE_AND_DEVELOPMENT_CARDS } from "./online";
import { OPERATIONS_CARDS } from "./operations";
import { RETAIL_CARDS } from "./retail";
import { STORE_CARDS } from "./store";
import type { LibraryCard, LibraryCategory } from "./types";

export type { LibraryCard, LibraryCategory } from "./types";
export { isPercentUnit } from "./units";

/** Category names for the picker, in display order. */
export const LIBRARY_CATEGORIES: Readonly<Record<LibraryCategory, LocalText>> = {
  sales: { en: "Sales", ru: "Продажи" },
  deals: { en: "Leads and deals", ru: "Лиды и сделки" },
  customers: { en: "Customers and service", ru: "Покупатели и сервис" },
  productivity: { en: "Productivity and costs", ru: "Эффективность и затраты" },
  staff: { en: "Staff", ru: "Персонал" },
  stock: { en: "Stock and logistics", ru: "Запасы и логистика" },
  ecommerce: { en: "E-commerce and support", ru: "Интернет-магазин и поддержка" },
  development: { en: "Development", ru: "Развитие" },
};

const CATEGORY_ORDER = Object.keys(LIBRARY_CATEGORIES) as LibraryCategory[];

/**
 * Every library card, grouped by category in picker order (the picker groups cards as they
 * come); within a category, the older cards first.
 */
export const KPI_LIBRARY: readonly LibraryCard[] = [
  ...RETAIL_CARDS,
  ...OPERATIONS_CARDS,
  ...ONLINE_AND_DEVELOPMENT_CARDS,
  ...DEALS_CARDS,
  ...STORE_CARDS,
].sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category));

/** The library card with exactly this code (codes match as written, case included), if any. */
export function findLibraryCard(code: string): LibraryCard | undefined {
  return KPI_LIBRARY.find((l) => l.code === code);
}

/** Library cards whose name, description or code contains the query, in either language. */
export function searchLibrary(query: string): LibraryCard[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...KPI_LIBRARY];
  return KPI_LIBRARY.filter((l) =>
    [l.code, l.name.en, l.name.ru, l.description.en, l.description.ru].some((s) =>
      s.toLowerCase().includes(q)
    )
  );
}

/** A card for the card table made from a library card, with texts in `lang`. */
export function cardFromLibrary(lib: LibraryCard, lang: Lang, overrides: Partial<Card> = {}): Card {
  const card: Card = {
    code: lib.code,
    name: lib.name[lang],
    goal: lib.description[lang],
    unit: lib.unit[lang],
    method: lib.method,
    direction: lib.direction,
    min: lib.min,
    plan: lib.plan,
    max: lib.max,
    source: lib.source?.[lang],
    libraryCode: lib.code,
    ...(lib.collective ? { collective: true } : {}),
  };
  return { ...card, ...overrides };
}
