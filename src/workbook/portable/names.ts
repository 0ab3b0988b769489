/** Recognises KPI function names as they appear in formulas. */
import { FUNCTION_IDS, type FunctionId } from "../../core/function-ids";

/** The KPI functions, by their English name after "KPI.". */
export type KpiFunctionName = FunctionId;

/**
 * The Russian names Excel shows when its display language is Russian: the `name` of each
 * function in src/functions/functions.ru.json (a test keeps the two equal). Kept here rather
 * than imported, so the task pane does not download the Russian descriptions with them.
 */
export const RUSSIAN_NAMES: Readonly<Record<KpiFunctionName, string>> = {
  INDEX: "ВЫПОЛНЕНИЕ",
  WEIGHTED: "ВЗВЕШЕННЫЙ",
  BONUS: "ПРЕМИЯ",
  STATUS: "СТАТУС",
  RUNRATE: "ТЕМП",
  ABC: "ABC",
  XYZ: "XYZ",
  NEEDED: "НУЖНО",
};

const BY_NAME = new Map<string, KpiFunctionName>();
for (const id of FUNCTION_IDS) {
  BY_NAME.set(id, id);
  BY_NAME.set(RUSSIAN_NAMES[id].toUpperCase(), id);
}

/**
 * Which KPI function a function token names, however Excel reports it; undefined for anything
 * else. Case does not matter. Accepted:
 * - `KPI.INDEX`, as Office.js reports formulas, and the Russian name `KPI.ВЫПОЛНЕНИЕ`, which
 *   localized Excel may report for a custom function (office-js #891);
 * - `_xldudf_KPI_INDEX`, the form Excel saves and reports while the add-in is not loaded
 *   (office-js #5611, #3558);
 * - `_xll.KPI.INDEX`, the form of an XLL-compatible function (office-js Excel-Custom-Functions
 *   #108);
 * - any of these behind the external-workbook prefix Excel puts before a function when a COM
 *   add-in such as the Analysis ToolPak has taken its place: `[2]!_xldudf_KPI_INDEX`, or a path
 *   `'C:\…\ATPVBAEN.XLAM'!_xldudf_KPI_INDEX` (office-js #2568, #2051).
 */
export function kpiFunctionOf(name: string): KpiFunctionName | undefined {
  let upper = name.toUpperCase();
  const bang = upper.lastIndexOf("!");
  if (bang >= 0) upper = upper.slice(bang + 1);
  if (upper.startsWith("_XLL.")) upper = upper.slice(5);
  let rest: string;
  if (upper.startsWith("KPI.")) rest = upper.slice(4);
  else if (upper.startsWith("_XLDUDF_KPI_")) rest = upper.slice(12);
  else return undefined;
  return BY_NAME.get(rest);
}
