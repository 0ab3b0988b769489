/**
 * Names users type for methods, modes and interpolations, in English and Russian. Matching ignores
 * case, surrounding spaces and the difference between "ё" and "е".
 */
import { kpiError, KpiError } from "./errors";
import type { MessageId } from "./messages";

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

function parseName<T>(
  table: Map<string, T>,
  value: string | number,
  reason: MessageId
): T | KpiError {
  const found = typeof value === "string" ? table.get(normalizeName(value)) : undefined;
  return found ?? kpiError("#VALUE!", reason, String(value));
}

/** Parses a method: a name in English or Russian, or a whole number 1–4. */
export function parseMethod(value: string | number): IndexMethod | KpiError {
  if (typeof value === "number") {
    const m = Number.isInteger(value) ? INDEX_METHODS[value - 1] : undefined;
    return m ?? kpiError("#VALUE!", "unknownMethod", String(value));
  }
  const trimmed = value.trim();
  if (/^[1-4]$/.test(trimmed)) return INDEX_METHODS[Number(trimmed) - 1];
  return parseName(METHODS, value, "unknownMethod");
}

/** Parses a KPI.WEIGHTED mode name. */
export function parseWeightMode(value: string | number): WeightMode | KpiError {
  return parseName(MODES, value, "unknownMode");
}

/** Parses a KPI.BONUS interpolation name. */
export function parseInterpolation(value: string | number): Interpolation | KpiError {
  return parseName(INTERPOLATIONS, value, "unknownInterpolation");
}
