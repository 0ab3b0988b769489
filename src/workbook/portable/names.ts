/** Recognises KPI function names as they appear in formulas. */
import { FUNCTION_IDS, type FunctionId } from "../../core/function-ids";

/** The KPI functions, by their English name after "KPI.". */
export type KpiFunctionName = FunctionId;

/**
 * Which KPI function a function token names: `KPI.INDEX` as Office.js reports formulas, or
 * `_xldudf_KPI_INDEX`, the form Excel saves in a file while the add-in is not loaded
 * (office-js issues #5611, #3558). Case does not matter; anything else is undefined.
 */
export function kpiFunctionOf(name: string): KpiFunctionName | undefined {
  const upper = name.toUpperCase();
  let rest: string;
  if (upper.startsWith("KPI.")) rest = upper.slice(4);
  else if (upper.startsWith("_XLDUDF_KPI_")) rest = upper.slice(12);
  else return undefined;
  return (FUNCTION_IDS as readonly string[]).includes(rest) ? (rest as KpiFunctionName) : undefined;
}
