/**
 * Names users type for methods, modes and interpolations, in English and Russian, and the
 * method lookup cards use. Matching ignores case, surrounding spaces and the difference between
 * "ё" and "е". No error values here, so the task pane can read methods without the messages.
 */

/** How an index is computed (DESIGN.md, "KPI.INDEX methods"). */
export type IndexMethod = "ratio" | "inverse" | "corridor" | "binary";

/** How KPI.WEIGHTED treats weights and blank indices. */
export type WeightMode = "strict" | "normalize" | "partial";

/** How KPI.BONUS reads its scale. */
export type Interpolation = "step" | "linear";

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

function normalizeName(text: string): string {
  return text.trim().toLowerCase().replace(/ё/g, "е");
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

/** The option a name stands for, or undefined (names only; numbers are not names). */
function lookupName<T>(table: Map<string, T>, value: string | number): T | undefined {
  return typeof value === "string" ? table.get(normalizeName(value)) : undefined;
}

/** The method a name in English or Russian or a whole number 1–4 stands for, else undefined. */
export function lookupMethod(value: string | number): IndexMethod | undefined {
  if (typeof value === "number")
    return Number.isInteger(value) ? INDEX_METHODS[value - 1] : undefined;
  const trimmed = value.trim();
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
