/** Sheet names, headers and labels the add-in writes, in both languages, and their recognition. */
import type { Lang, LocalText } from "../core/card";
import type { MatrixColumn } from "../core/matrix/types";

/** The fields of a card, in the card table's column order. */
export const CARD_COLUMNS = [
  "code",
  "name",
  "goal",
  "unit",
  "period",
  "method",
  "direction",
  "min",
  "plan",
  "max",
  "weight",
  "owner",
  "source",
  "actions",
  "collective",
  "statusAmber",
  "statusGreen",
] as const;

/** One field of the card table. */
export type CardColumn = (typeof CARD_COLUMNS)[number];

/** Headers of the card table; the extra names are recognized when a user typed them. */
export const CARD_HEADERS: Readonly<Record<CardColumn, LocalText & { also?: string[] }>> = {
  code: { en: "Code", ru: "Код" },
  name: { en: "KPI", ru: "Показатель", also: ["Name", "Название", "Наименование", "KPI name"] },
  goal: { en: "Goal", ru: "Цель", also: ["Description", "Описание"] },
  unit: { en: "Unit", ru: "Ед. изм.", also: ["Единица", "Единица измерения"] },
  period: { en: "Period", ru: "Период" },
  method: { en: "Method", ru: "Метод", also: ["Метод расчёта", "Calculation method"] },
  direction: { en: "Direction", ru: "Направление" },
  min: { en: "Min", ru: "Мин.", also: ["Minimum", "Минимум", "Порог", "Threshold"] },
  plan: { en: "Plan", ru: "План", also: ["Target", "Цель (план)"] },
  max: { en: "Max", ru: "Макс.", also: ["Maximum", "Максимум"] },
  weight: { en: "Weight", ru: "Вес", also: ["Weight, %", "Вес, %"] },
  owner: { en: "Owner", ru: "Ответственный", also: ["Владелец"] },
  source: { en: "Data source", ru: "Источник данных", also: ["Source", "Источник"] },
  actions: { en: "Actions", ru: "Мероприятия", also: ["Действия"] },
  collective: {
    en: "Collective",
    ru: "Коллективный",
    also: ["Collective KPI", "Коллективный KPI", "Коллективный показатель", "Общий"],
  },
  statusAmber: {
    en: "Status amber from",
    ru: "Жёлтый от",
    also: ["Amber from", "Amber from, %", "Жёлтый от, %", "Жёлтый статус от"],
  },
  statusGreen: {
    en: "Status green from",
    ru: "Зелёный от",
    also: ["Green from", "Green from, %", "Зелёный от, %", "Зелёный статус от"],
  },
};

/** Headers of the matrix table. */
export const MATRIX_HEADERS: Readonly<Record<MatrixColumn, LocalText & { also?: string[] }>> = {
  name: { en: "KPI", ru: "Показатель" },
  code: { en: "Code", ru: "Код" },
  unit: { en: "Unit", ru: "Ед. изм." },
  method: { en: "Method", ru: "Метод" },
  weight: { en: "Weight", ru: "Вес" },
  min: { en: "Min", ru: "Мин." },
  plan: { en: "Plan", ru: "План" },
  max: { en: "Max", ru: "Макс." },
  fact: { en: "Fact", ru: "Факт" },
  index: { en: "Index", ru: "Индекс" },
  score: { en: "Weighted score", ru: "Взвешенный результат" },
  status: { en: "Status", ru: "Статус" },
};

/** Labels of the matrix sheet outside its table. */
export const MATRIX_LABELS = {
  employee: { en: "Employee or role", ru: "Сотрудник или должность" },
  period: { en: "Period", ru: "Период" },
  total: { en: "Total", ru: "Итого" },
  base: { en: "Bonus base", ru: "База премии" },
  scale: { en: "Bonus scale", ru: "Шкала премирования" },
  threshold: { en: "Score from", ru: "Результат от" },
  coefficient: { en: "Coefficient", ru: "Коэффициент" },
  bonus: { en: "Bonus", ru: "Премия" },
} as const satisfies Record<string, LocalText>;

/** The card table's sheet name. */
export const CARD_SHEET: LocalText = { en: "KPI Cards", ru: "Карточки KPI" };
/** The card table's Excel table name (table names are workbook-wide and language-free). */
export const CARD_TABLE_NAME = "KpiCards";
/** Matrix tables are named with this prefix and a number. */
export const MATRIX_TABLE_PREFIX = "KpiMatrix";

/** A header as compared: lower case, ё as е, punctuation and extra spaces dropped. */
export function normalizeHeader(text: unknown): string {
  return String(text ?? "")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Maps each column of a header row to a known key (either language), or undefined. The add-in's
 * own headers (English or Russian) are matched first; an alias ("Target", "Порог") recognizes a
 * column only for a key no own header claims, so a column the user renamed to an alias of
 * another field ("Goal" → "Target" beside "Plan") stays the user's and is never written to.
 */
export function recognizeHeaders<K extends string>(
  headers: readonly unknown[],
  known: Readonly<Record<K, LocalText & { also?: string[] }>>
): (K | undefined)[] {
  const own = new Map<string, K>();
  const alias = new Map<string, K>();
  for (const key of Object.keys(known) as K[]) {
    const h = known[key];
    for (const name of [h.en, h.ru]) own.set(normalizeHeader(name), key);
    for (const name of h.also ?? []) {
      const n = normalizeHeader(name);
      if (!alias.has(n)) alias.set(n, key);
    }
  }
  const out: (K | undefined)[] = headers.map(() => undefined);
  const seen = new Set<K>();
  const texts = headers.map((h) => normalizeHeader(h));
  texts.forEach((t, i) => {
    const key = own.get(t);
    if (key && !seen.has(key)) {
      seen.add(key);
      out[i] = key;
    }
  });
  texts.forEach((t, i) => {
    if (out[i] !== undefined || own.has(t)) return;
    const key = alias.get(t);
    if (key && !seen.has(key)) {
      seen.add(key);
      out[i] = key;
    }
  });
  return out;
}

/** True when a cell holds this label in either language. */
export function isLabel(value: unknown, label: LocalText): boolean {
  const v = normalizeHeader(value);
  return v !== "" && (v === normalizeHeader(label.en) || v === normalizeHeader(label.ru));
}

/** The text of a label in a language. */
export function label(text: LocalText, lang: Lang): string {
  return text[lang];
}
