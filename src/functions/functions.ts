/**
 * Entry points of the KPI custom functions (the webpack entry "functions"). The JSDoc tags
 * generate functions.json; each function only hands Excel's arguments to the registry, so the
 * math, checks and error mapping live in one place (src/core, registry.ts, excel-adapter.ts).
 * Every numeric argument may be a single value or a range, so they are declared `any[][]`.
 */
import { callFromExcel } from "./excel-adapter";
import { ABC, BONUS, INDEX, NEEDED, RUNRATE, STATUS, WEIGHTED, XYZ } from "./registry";

/** The part of Excel's custom functions runtime this file uses. */
interface Associator {
  associate(id: string, fn: (...args: any[]) => unknown): void;
}

/**
 * Excel's CustomFunctions in the shared runtime, else a stand-in whose associate does nothing.
 * This module-level name is also what custom-functions-metadata-plugin's appended, unguarded
 * `CustomFunctions.associate("ID", fn)` lines resolve to, so they cannot throw where the runtime is
 * absent (a browser outside Office, tests, the sandbox).
 */
const CustomFunctions: Associator = (globalThis as { CustomFunctions?: Associator })
  .CustomFunctions ?? {
  associate: () => undefined,
};

/**
 * Performance index of a KPI (1 = 100 %) from its fact and plan.
 * @customfunction INDEX INDEX
 * @param fact Actual value (a number or a range).
 * @param plan Planned value (a number or a range).
 * @param [min] Value that scores 0 (a gate); blank = not given.
 * @param [max] Best value that still counts (a cap); blank = not given.
 * @param [method] ratio (1), inverse (2), corridor (3) or binary (4); default corridor when min is given, else ratio.
 * @returns Index per element of the inputs (spills for ranges).
 */
export function index(
  fact: any[][],
  plan: any[][],
  min?: any[][],
  max?: any[][],
  method?: any[][]
): any[][] {
  return callFromExcel(INDEX, [fact, plan, min, max, method]);
}

/**
 * Weighted result coefficient of KPI indices.
 * @customfunction WEIGHTED WEIGHTED
 * @param indices KPI indices (a range; blank = no fact yet).
 * @param weights Weights, same shape as indices (fractions or percent).
 * @param [mode] strict (default: weights total 100 %), normalize or partial (skips blank indices).
 * @returns One number: the weighted score.
 */
export function weighted(indices: any[][], weights: any[][], mode?: any): any[][] {
  return callFromExcel(WEIGHTED, [indices, weights, mode]);
}

/**
 * Bonus payout from a score and a base amount, optionally through a bonus scale.
 * @customfunction BONUS BONUS
 * @param score Score or index (1 = 100 %).
 * @param base Base amount of the bonus.
 * @param [scale] Two columns: threshold, coefficient (thresholds increasing); omitted = base × score.
 * @param [interpolation] step (default) or linear.
 * @returns Payout per element of score and base.
 */
export function bonus(
  score: any[][],
  base: any[][],
  scale?: any[][],
  interpolation?: any
): any[][] {
  return callFromExcel(BONUS, [score, base, scale, interpolation]);
}

/**
 * Traffic-light status of an index: green, amber or red (or the level 3, 2 or 1).
 * @customfunction STATUS STATUS
 * @param index Index (1 = 100 %).
 * @param [watch] Lowest index that is amber (default 0.9).
 * @param [ok] Lowest index that is green (default 1).
 * @param [form] word (default: the text green, amber or red) or level (the number 3, 2 or 1).
 * @returns The text "green", "amber" or "red" (or the level 3, 2 or 1) per index.
 */
export function status(index: any[][], watch?: any[][], ok?: any[][], form?: any): any[][] {
  return callFromExcel(STATUS, [index, watch, ok, form]);
}

/**
 * Forecast at period end from the pace so far (or that forecast ÷ plan).
 * @customfunction RUNRATE RUNRATE
 * @param fact Fact so far.
 * @param elapsed Time elapsed (for example working days).
 * @param total Time in the whole period.
 * @param [plan] Plan for the period; given, the result is forecast ÷ plan.
 * @returns Forecast (or forecast ÷ plan) per element.
 */
export function runRate(fact: any[][], elapsed: any[][], total: any[][], plan?: any[][]): any[][] {
  return callFromExcel(RUNRATE, [fact, elapsed, total, plan]);
}

/**
 * ABC class of each value by cumulative share (Pareto).
 * @customfunction ABC ABC
 * @param values Values to classify (a range, none negative).
 * @param [a] Cumulative share up to which items are A (default 0.8).
 * @param [b] Cumulative share up to which items are B (default 0.95).
 * @returns "A", "B" or "C" per value, in the shape of values.
 */
export function abc(values: any[][], a?: any, b?: any): any[][] {
  return callFromExcel(ABC, [values, a, b]);
}

/**
 * XYZ class of each row of a series by coefficient of variation.
 * @customfunction XYZ XYZ
 * @param series Series, one item per row (periods across).
 * @param [x] Coefficient of variation up to which a row is X (default 0.1).
 * @param [y] Coefficient of variation up to which a row is Y (default 0.25).
 * @returns "X", "Y" or "Z" per row.
 */
export function xyz(series: any[][], x?: any, y?: any): any[][] {
  return callFromExcel(XYZ, [series, x, y]);
}

/**
 * Fact that gives a target index: the inverse of KPI.INDEX, with its gates and caps.
 * @customfunction NEEDED NEEDED
 * @param target Target index (1 = 100 %).
 * @param plan Planned value (a number or a range).
 * @param [min] Value that scores 0 (a gate), as in KPI.INDEX; blank = not given.
 * @param [max] Best value that still counts (a cap), as in KPI.INDEX; blank = not given.
 * @param [method] ratio (1), inverse (2), corridor (3) or binary (4); default corridor when min is given, else ratio.
 * @returns Fact per element (the least effort when several give the target); #N/A where no fact does.
 */
export function needed(
  target: any[][],
  plan: any[][],
  min?: any[][],
  max?: any[][],
  method?: any[][]
): any[][] {
  return callFromExcel(NEEDED, [target, plan, min, max, method]);
}

/** Entry points by function id, for registration and tests. */
export const ENTRY_POINTS = {
  INDEX: index,
  WEIGHTED: weighted,
  BONUS: bonus,
  STATUS: status,
  RUNRATE: runRate,
  ABC: abc,
  XYZ: xyz,
  NEEDED: needed,
};

// Shared runtime: registers every function with Excel (a no-op outside Excel, see above). The
// build's plugin appends the same associations; associating an id again with the same function
// changes nothing.
for (const [id, fn] of Object.entries(ENTRY_POINTS)) CustomFunctions.associate(id, fn);
