/**
 * KPI.STATUS: a traffic-light status for an index, as a word token ("green" / "amber" / "red",
 * the same in every language) or as a language-neutral level (3 / 2 / 1), and the one mapping
 * between the two that every part of the add-in shares (matrix, register, pane, dashboard).
 *
 * Why levels: a word in a cell is in one language for every reader, and formulas that compare
 * with it break when it is translated. A level is a number: formulas compare numbers, colours
 * and icon sets follow numbers, and a number format shows the word (statusNumberFormat).
 */
import type { Lang, LocalText } from "./card";
import { kpiError, KpiError } from "./errors";
import { parseStatusForm, type StatusForm } from "./options";
import { evaluateCell, type RunSpec } from "./runner";
import { DEFAULT_STATUS_THRESHOLDS, wholePercentError } from "./thresholds";
import { above, atLeast, type Blank } from "./values";

export type { StatusForm } from "./options";

/** The status tokens; sheets move between languages, so they are never translated. */
export type StatusToken = "green" | "amber" | "red";

/** The tokens from worst to best. */
export const STATUS_TOKENS: readonly StatusToken[] = ["red", "amber", "green"];

/**
 * The language-neutral level of each status: red 1, amber 2, green 3 (no level is 0, so a
 * reference to an empty cell, which Excel reads as 0, is never taken for a status).
 */
export const STATUS_LEVEL: Readonly<Record<StatusToken, 1 | 2 | 3>> = {
  red: 1,
  amber: 2,
  green: 3,
};

/** The status a level stands for (a whole 1, 2 or 3), else undefined. */
export function statusOfLevel(level: number): StatusToken | undefined {
  return level === 1 ? "red" : level === 2 ? "amber" : level === 3 ? "green" : undefined;
}

/** The status words people read, in each language. */
export const STATUS_WORDS: Readonly<Record<StatusToken, LocalText>> = {
  green: { en: "green", ru: "зелёный" },
  amber: { en: "amber", ru: "жёлтый" },
  red: { en: "red", ru: "красный" },
};

/** Status colours: Excel's own Good / Neutral / Bad cell styles (fill and font). */
export const STATUS_COLOURS: Readonly<Record<StatusToken, { fill: string; fontColor: string }>> = {
  green: { fill: "#C6EFCE", fontColor: "#006100" },
  amber: { fill: "#FFEB9C", fontColor: "#9C5700" },
  red: { fill: "#FFC7CE", fontColor: "#9C0006" },
};

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * The number format that shows a level as its word in a language: `[=3]"green";[=2]"amber";
 * "red"` (Excel's invariant format code, as Range.numberFormat takes it; LibreOffice reads the
 * same conditions). The cell's value stays the number.
 */
export function statusNumberFormat(lang: Lang): string {
  const w = (t: StatusToken) => quoted(STATUS_WORDS[t][lang]);
  return `[=3]${w("green")};[=2]${w("amber")};${w("red")}`;
}

/** True for a number format statusNumberFormat writes (in either language). */
export function isStatusNumberFormat(format: unknown): boolean {
  return format === statusNumberFormat("en") || format === statusNumberFormat("ru");
}

const normalizeWord = (s: string) => s.trim().toLowerCase().replace(/ё/g, "е");
const BY_WORD = new Map<string, StatusToken>();
for (const t of STATUS_TOKENS) {
  BY_WORD.set(t, t);
  BY_WORD.set(normalizeWord(STATUS_WORDS[t].ru), t);
}

/**
 * The status a cell shows, whichever way it holds it: a level (1–3), a token ("green") or a
 * word in either language ("жёлтый"); undefined for anything else (blank, an error, text).
 * Old matrices hold tokens, new ones levels: readers accept both.
 */
export function readStatus(value: unknown): StatusToken | undefined {
  if (typeof value === "number") return statusOfLevel(value);
  if (typeof value === "string") return BY_WORD.get(normalizeWord(value));
  return undefined;
}

/** The word of a status cell's value in a language ("" when it holds no status). */
export function statusWord(value: unknown, lang: Lang): string {
  const t = readStatus(value);
  return t ? STATUS_WORDS[t][lang] : "";
}

/** The status of an index for two thresholds (amber from `watch`, green from `ok`). */
export function statusOf(index: number, watch: number, ok: number): StatusToken {
  if (atLeast(index, ok)) return "green";
  return atLeast(index, watch) ? "amber" : "red";
}

/**
 * Status of one index; watch and ok are thresholds in the index's units (1 = 100 %). A threshold
 * above 10 is a whole percent typed for a fraction (90 for 90 %): #VALUE! saying what to type.
 * `form` "level" gives 3 / 2 / 1 instead of the token.
 */
export function statusValue(
  index: number | Blank,
  watch: number,
  ok: number,
  form: StatusForm = "word"
): StatusToken | 1 | 2 | 3 | Blank | KpiError {
  const typo = wholePercentError(watch) ?? wholePercentError(ok);
  if (typo !== null) return typo;
  if (above(watch, ok))
    return kpiError(
      "#VALUE!",
      "thresholdOrder",
      { param: "watch" },
      { percent: watch },
      { param: "ok" },
      { percent: ok }
    );
  if (index === null) return null;
  const t = statusOf(index, watch, ok);
  return form === "level" ? STATUS_LEVEL[t] : t;
}

/** Parameters, defaults and result shape of KPI.STATUS. */
export const STATUS_SPEC: RunSpec = {
  params: [
    { name: "index", type: "number", shape: "each" },
    {
      name: "watch",
      type: "number",
      shape: "each",
      optional: true,
      default: DEFAULT_STATUS_THRESHOLDS.amber,
    },
    {
      name: "ok",
      type: "number",
      shape: "each",
      optional: true,
      default: DEFAULT_STATUS_THRESHOLDS.green,
    },
    {
      name: "form",
      type: "option",
      shape: "single",
      optional: true,
      default: "word",
      parse: parseStatusForm,
    },
  ],
  result: { kind: "each" },
  each: statusValue,
};

/** KPI.STATUS for other code, on single values. */
export function kpiStatus(
  index: unknown,
  watch?: unknown,
  ok?: unknown,
  form?: unknown
): StatusToken | 1 | 2 | 3 | Blank | KpiError {
  return evaluateCell(STATUS_SPEC, [index, watch, ok, form]) as
    StatusToken | 1 | 2 | 3 | Blank | KpiError;
}
