/** The KPI functions' ids: the `@customfunction` ids, functions.json ids and names after "KPI.". */

/** Id of one KPI function. */
export type FunctionId =
  "INDEX" | "WEIGHTED" | "BONUS" | "STATUS" | "RUNRATE" | "ABC" | "XYZ" | "NEEDED";

/** Every id, in the order docs and menus list them. */
export const FUNCTION_IDS: readonly FunctionId[] = [
  "INDEX",
  "WEIGHTED",
  "BONUS",
  "STATUS",
  "RUNRATE",
  "ABC",
  "XYZ",
  "NEEDED",
];
