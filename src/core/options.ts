/**
 * Parsing the option arguments of the KPI functions: a name the user typed (see option-names.ts)
 * or an Excel error value that says what is accepted.
 */
import { kpiError, KpiError } from "./errors";
import {
  type IndexMethod,
  type Interpolation,
  lookupInterpolation,
  lookupMethod,
  lookupStatusForm,
  lookupWeightMode,
  type StatusForm,
  type WeightMode,
} from "./option-names";

export * from "./option-names";

/** Parses a method: a name in English or Russian, or a whole number 1–4. */
export function parseMethod(value: string | number): IndexMethod | KpiError {
  return lookupMethod(value) ?? kpiError("#VALUE!", "unknownMethod", value);
}

/** Parses a KPI.WEIGHTED mode name. */
export function parseWeightMode(value: string | number): WeightMode | KpiError {
  return lookupWeightMode(value) ?? kpiError("#VALUE!", "unknownMode", value);
}

/** Parses a KPI.BONUS interpolation name. */
export function parseInterpolation(value: string | number): Interpolation | KpiError {
  return lookupInterpolation(value) ?? kpiError("#VALUE!", "unknownInterpolation", value);
}

/** Parses a KPI.STATUS form name (word or level). */
export function parseStatusForm(value: string | number): StatusForm | KpiError {
  return lookupStatusForm(value) ?? kpiError("#VALUE!", "unknownStatusForm", value);
}
