/** KPI card model: one row of the card table ("Карточки KPI"). Pure data, no Office. */
import {
  INDEX_METHODS,
  type IndexMethod,
  lookupMethod,
  METHOD_NAMES as METHOD_SPELLINGS,
} from "./option-names";

export { INDEX_METHODS, type IndexMethod };

/** The two languages of everything a user reads. */
export type Lang = "en" | "ru";

/** The language for a locale tag: "ru" for any Russian one (ru-RU, ru-KZ, …), else "en". */
export function langOf(tag: string | undefined): Lang {
  return (tag ?? "").trim().toLowerCase().startsWith("ru") ? "ru" : "en";
}

/** A text a user reads, in both languages. */
export interface LocalText {
  en: string;
  ru: string;
}

/** Whether a larger fact is better ("higher") or a smaller one ("lower"). */
export type Direction = "higher" | "lower";

/** Method names as the sheet shows them: the documented English and Russian spellings. */
export const METHOD_NAMES: Readonly<Record<IndexMethod, LocalText>> = Object.fromEntries(
  INDEX_METHODS.map((m) => [m, { en: METHOD_SPELLINGS[m][0], ru: METHOD_SPELLINGS[m][1] }])
) as Record<IndexMethod, LocalText>;

/** Direction names as the card table shows them. */
export const DIRECTION_NAMES: Readonly<Record<Direction, LocalText>> = {
  higher: { en: "higher is better", ru: "больше — лучше" },
  lower: { en: "lower is better", ru: "меньше — лучше" },
};

/** A KPI card as the card table stores it. Numbers are optional: a blank cell is `undefined`. */
export interface Card {
  /** Stable short code, unique in the workbook, e.g. "SALES_VOL". */
  code: string;
  name: string;
  /** What the KPI is for (the card table's "goal" column; the library's description). */
  goal?: string;
  unit?: string;
  period?: string;
  method: IndexMethod;
  /** Which way is better; lint compares it with the method and min/plan. */
  direction?: Direction;
  min?: number;
  plan?: number;
  max?: number;
  /** Weight as a fraction (0.45 = 45 %). */
  weight?: number;
  owner?: string;
  source?: string;
  actions?: string;
  /** Code of the library card this card was made from, when it was. */
  libraryCode?: string;
  /**
   * A collective KPI: one fact for a whole unit (the store's shrinkage for every clerk there),
   * typed once in the unit facts table; every matrix of the unit refers to it.
   */
  collective?: boolean;
  /**
   * The card's own status thresholds (amber from, green from; 1 = 100 %): its rows in a matrix
   * use them instead of the matrix's. Undefined: the matrix's thresholds.
   */
  statusAmber?: number;
  statusGreen?: number;
}

/** The method KPI.INDEX uses when none is given: corridor with a min, else ratio. */
export function defaultMethod(min?: number): IndexMethod {
  return min === undefined ? "ratio" : "corridor";
}

/**
 * Reads a method from a cell with exactly the spellings KPI.INDEX accepts (src/core/option-names.ts):
 * English or Russian names, ignoring case, spaces and ё/е, or 1–4; undefined when unknown.
 */
export function parseMethod(text: unknown): IndexMethod | undefined {
  return typeof text === "number" || typeof text === "string" ? lookupMethod(text) : undefined;
}

/** Reads a direction from a cell in either language ("higher", "lower", "больше — лучше", …). */
export function parseDirection(text: unknown): Direction | undefined {
  if (typeof text !== "string") return undefined;
  const t = text.trim().toLowerCase().replace(/\s+/g, " ");
  if (!t) return undefined;
  for (const d of ["higher", "lower"] as const) {
    const names = DIRECTION_NAMES[d];
    if (t === d || t === names.en || t === names.ru) return d;
  }
  if (t.startsWith("больше") || t.startsWith("выше") || t === "up" || t === "↑") return "higher";
  if (t.startsWith("меньше") || t.startsWith("ниже") || t === "down" || t === "↓") return "lower";
  return undefined;
}

/**
 * The direction that min and plan imply for a method, when they imply one: corridor and binary
 * follow the numbers (min < plan: higher is better), inverse is always lower-is-better and
 * ratio higher-is-better.
 */
export function impliedDirection(
  method: IndexMethod,
  min?: number,
  plan?: number
): Direction | undefined {
  if (method === "inverse") return "lower";
  if (method === "ratio") return "higher";
  if (min === undefined || plan === undefined || min === plan) {
    return method === "binary" && min === undefined ? "higher" : undefined;
  }
  return min < plan ? "higher" : "lower";
}

/** Which field of a card a problem is about (the editor shows it on that `Field`). */
export type CardField = "code" | "name" | "method" | "min" | "plan" | "max" | "weight";

/** One problem with a card, for the editor's `Field` validation. */
export interface CardProblem {
  field: CardField;
  severity: "error" | "warning";
  message: LocalText;
}

/** Letters of any script (a Russian user may write ВЫРУЧКА), digits, _ . and -, up to 40. */
const CODE_PATTERN = /^[\p{L}\p{N}_.-]{1,40}$/u;

/**
 * A code proposed from a card's name, for a user who has not typed one: its first words in
 * capitals joined by "_" ("Выручка магазина" → "ВЫРУЧКА_МАГАЗИНА"), at most 24 characters, with
 * _2, _3 … when `taken` (compared ignoring case) already has it. "" for a name without letters.
 */
export function proposeCode(name: string, taken: Iterable<string> = []): string {
  const words = name.toUpperCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  let code = "";
  for (const w of words) {
    const next = code ? `${code}_${w}` : w;
    if (next.length > 24) {
      if (!code) code = w.slice(0, 24);
      break;
    }
    code = next;
  }
  if (!code) return "";
  const used = new Set([...taken].map((c) => c.toUpperCase()));
  if (!used.has(code)) return code;
  for (let n = 2; ; n++) if (!used.has(`${code}_${n}`)) return `${code}_${n}`;
}

/**
 * Checks one card before it is saved. `others` are the other cards of the workbook (for the
 * unique code check); pass the list without the card being edited.
 */
export function validateCard(card: Card, others: readonly Card[] = []): CardProblem[] {
  const out: CardProblem[] = [];
  const err = (field: CardField, en: string, ru: string): void => {
    out.push({ field, severity: "error", message: { en, ru } });
  };
  const warn = (field: CardField, en: string, ru: string): void => {
    out.push({ field, severity: "warning", message: { en, ru } });
  };
  const code = card.code.trim();
  if (!code) err("code", "Enter a code.", "Введите код.");
  else if (!CODE_PATTERN.test(code)) {
    err(
      "code",
      "Use up to 40 letters, digits, _ . or - (no spaces).",
      "Используйте до 40 букв, цифр, _ . или - (без пробелов)."
    );
  } else if (others.some((o) => o.code.trim().toLowerCase() === code.toLowerCase())) {
    // Codes match exactly everywhere; a new one that differs only in case would confuse people.
    err("code", `Code ${code} is already used.`, `Код ${code} уже занят.`);
  }
  if (!card.name.trim()) err("name", "Enter a name.", "Введите название.");
  if (!INDEX_METHODS.includes(card.method)) err("method", "Choose a method.", "Выберите метод.");
  for (const f of ["min", "plan", "max", "weight"] as const) {
    const v = card[f];
    if (v !== undefined && !Number.isFinite(v)) err(f, "Enter a number.", "Введите число.");
  }
  const { method, min, plan, max, weight } = card;
  if (weight !== undefined && weight < 0) {
    err("weight", "A weight cannot be negative.", "Вес не может быть отрицательным.");
  } else if (weight !== undefined && weight > 1) {
    err("weight", "A weight is at most 100 %.", "Вес не больше 100 %.");
  }
  if (method === "ratio" && plan !== undefined && plan <= 0) {
    err(
      "plan",
      "The ratio method needs a plan above 0; use the corridor for other plans.",
      "Прямому методу нужен план больше 0; для других планов используйте вилку."
    );
  }
  if (method === "corridor" && min === undefined) {
    err("min", "The corridor method needs a min.", "Методу «вилка» нужен минимум.");
  }
  if ((method === "corridor" || method === "binary") && min !== undefined && min === plan) {
    err("plan", `Plan equals min (${min}).`, `План равен минимуму (${min}).`);
  }
  if (method === "inverse" && min !== undefined && plan !== undefined && min < plan) {
    err(
      "min",
      `The inverse method means lower is better, but min ${min} is below plan ${plan}.`,
      `Обратный метод значит «меньше — лучше», но минимум ${min} ниже плана ${plan}.`
    );
  }
  if (method === "ratio" && min !== undefined && plan !== undefined && min > plan) {
    err(
      "min",
      `The ratio method means higher is better, but min ${min} is above plan ${plan}.`,
      `Прямой метод значит «больше — лучше», но минимум ${min} выше плана ${plan}.`
    );
  }
  const implied = impliedDirection(method, min, plan);
  if (card.direction && implied && implied !== card.direction) {
    warn(
      "method",
      `This KPI is "${DIRECTION_NAMES[card.direction].en}", but the method and min/plan score it as "${DIRECTION_NAMES[implied].en}".`,
      `Этот KPI — «${DIRECTION_NAMES[card.direction].ru}», а метод и минимум/план считают его как «${DIRECTION_NAMES[implied].ru}».`
    );
  }
  if (max !== undefined && plan !== undefined && implied) {
    const wrongSide = implied === "higher" ? max < plan : max > plan;
    if (wrongSide) {
      warn(
        "max",
        `Max ${max} is on the wrong side of plan ${plan}.`,
        `Максимум ${max} по другую сторону от плана ${plan}.`
      );
    }
  }
  return out;
}
