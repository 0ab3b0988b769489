/**
 * Names users type for methods, modes and interpolations, in English and Russian, and the
 * method lookup cards use. Matching ignores case, white space around the name (any Unicode white
 * space: tabs, no-break spaces, line breaks) and the difference between "ё" and "е". No error
 * values here, so the task pane can read methods without the messages.
 */

/** How an index is computed (DESIGN.md, "KPI.INDEX methods"). */
export type IndexMethod = "ratio" | "inverse" | "corridor" | "binary";

/** How KPI.WEIGHTED treats weights and blank indices. */
export type WeightMode = "strict" | "normalize" | "partial";

/** How KPI.BONUS reads its scale. */
export type Interpolation = "step" | "linear";

/** What KPI.STATUS returns: the word token ("green") or the language-neutral level (3). */
export type StatusForm = "word" | "level";

/** Methods in their numbered order (1–4). */
export const INDEX_METHODS: readonly IndexMethod[] = ["ratio", "inverse", "corridor", "binary"];

/** Every accepted spelling of each method; the first Russian one is the documented name. */
export const METHOD_NAMES: Record<IndexMethod, readonly string[]> = {
  ratio: ["ratio", "прямой", "прямая", "отношение"],
  inverse: ["inverse", "обратный", "обратная"],
  corridor: ["corridor", "вилка", "коридор"],
  binary: ["binary", "бинарный", "бинарная", "да/нет"],
};

/** Every accepted spelling of each weighting mode. */
export const MODE_NAMES: Record<WeightMode, readonly string[]> = {
  strict: ["strict", "строгий", "строго"],
  normalize: ["normalize", "нормировать", "нормализовать", "normalise"],
  partial: ["partial", "частичный", "частично"],
};

/** Every accepted spelling of each interpolation. */
export const INTERPOLATION_NAMES: Record<Interpolation, readonly string[]> = {
  step: ["step", "ступенчатая", "ступенька", "шаг"],
  linear: ["linear", "линейная", "линейно"],
};

/** Every accepted spelling of each KPI.STATUS form. */
export const STATUS_FORM_NAMES: Record<StatusForm, readonly string[]> = {
  word: ["word", "слово", "text", "текст"],
  level: ["level", "уровень", "number", "число"],
};

/**
 * Every Unicode White_Space character (JavaScript's \s, which also covers U+FEFF, plus U+0085).
 * The portable formulas strip the same list (src/workbook/portable/options.ts).
 */
export const WHITE_SPACE_CODES: readonly number[] = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
  0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];

const EDGE_SPACE = /^[\s\u0085]+|[\s\u0085]+$/g;

/** Text without the white space around it (any Unicode white space). */
export function trimWhiteSpace(text: string): string {
  return text.replace(EDGE_SPACE, "");
}

function normalizeName(text: string): string {
  return trimWhiteSpace(text).toLowerCase().replace(/ё/g, "е");
}

function lookupTable<T extends string>(names: Record<T, readonly string[]>): Map<string, T> {
  const table = new Map<string, T>();
  for (const key of Object.keys(names) as T[]) {
    for (const name of names[key]) table.set(normalizeName(name), key);
  }
  return table;
}

const METHODS = lookupTable(METHOD_NAMES);
const MODES = lookupTable(MODE_NAMES);
const INTERPOLATIONS = lookupTable(INTERPOLATION_NAMES);
const STATUS_FORMS = lookupTable(STATUS_FORM_NAMES);

/** The option a name stands for, or undefined (names only; numbers are not names). */
function lookupName<T>(table: Map<string, T>, value: string | number): T | undefined {
  return typeof value === "string" ? table.get(normalizeName(value)) : undefined;
}

/**
 * The method a name in English or Russian or a whole number 1–4 stands for, else undefined. A
 * number is whole at 15 significant digits, as Excel compares (3.0000000000000004 is 3).
 */
export function lookupMethod(value: string | number): IndexMethod | undefined {
  if (typeof value === "number") {
    const n = Number(value.toPrecision(15));
    return Number.isInteger(n) ? INDEX_METHODS[n - 1] : undefined;
  }
  const trimmed = trimWhiteSpace(value);
  if (/^[1-4]$/.test(trimmed)) return INDEX_METHODS[Number(trimmed) - 1];
  return lookupName(METHODS, value);
}

/** The weighting mode a name stands for, else undefined. */
export function lookupWeightMode(value: string | number): WeightMode | undefined {
  return lookupName(MODES, value);
}

/** The interpolation a name stands for, else undefined. */
export function lookupInterpolation(value: string | number): Interpolation | undefined {
  return lookupName(INTERPOLATIONS, value);
}

/** The KPI.STATUS form a name stands for, else undefined. */
export function lookupStatusForm(value: string | number): StatusForm | undefined {
  return lookupName(STATUS_FORMS, value);
}
