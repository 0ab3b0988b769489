/**
 * KPI.ABC: Pareto classes by cumulative share. Values are ranked in descending order (ties keep
 * input order, row by row); an item's cumulative share includes itself; share ≤ a → "A",
 * ≤ b → "B", else "C". The result has the input's shape and order; blanks stay blank.
 */
import { kpiError, KpiError } from "./errors";
import { evaluateGrid, type RunSpec } from "./runner";
import { wholePercentError } from "./thresholds";
import {
  above,
  atMost,
  type Blank,
  type CellResult,
  type Grid,
  numberReader,
  readNumber,
} from "./values";

/** The ABC classes. */
export type AbcClass = "A" | "B" | "C";

const VALUE_READER = numberReader("values");

/**
 * Classes for a flat list of values (null = blank); a and b are cumulative-share thresholds.
 * Shares are computed from the values scaled by the largest one, so totals beyond the largest
 * number (1e308 + 1e308) still give the classes (finite in, finite out).
 */
export function abcClasses(
  values: readonly (number | Blank)[],
  a: number,
  b: number
): (AbcClass | Blank)[] | KpiError {
  // Shares run from 0 to 1: thresholds typed as whole percents (80, 95) would make every item "A".
  const typo = wholePercentError(a) ?? wholePercentError(b);
  if (typo !== null) return typo;
  if (above(a, b))
    return kpiError(
      "#VALUE!",
      "thresholdOrder",
      { param: "a" },
      { percent: a },
      { param: "b" },
      { percent: b }
    );
  if (a < 0) return kpiError("#VALUE!", "shareOutOfRange", { param: "a" }, { percent: a });
  if (above(b, 1)) return kpiError("#VALUE!", "shareOutOfRange", { param: "b" }, { percent: b });
  const order: number[] = [];
  let largest = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null) continue;
    if (v < 0) return kpiError("#NUM!", "valueNegative", v);
    if (v > largest) largest = v;
    order.push(i);
  }
  if (largest === 0) return kpiError("#DIV/0!", "valuesTotalZero");
  // Array.prototype.sort is stable, so equal values keep input order.
  order.sort((i, j) => (values[j] as number) - (values[i] as number));
  let total = 0;
  for (const i of order) total += (values[i] as number) / largest;
  const out: (AbcClass | Blank)[] = values.map(() => null);
  let cumulative = 0;
  for (const i of order) {
    cumulative += (values[i] as number) / largest;
    const share = cumulative / total;
    out[i] = atMost(share, a) ? "A" : atMost(share, b) ? "B" : "C";
  }
  return out;
}

function abcBody(args: unknown[]): Grid<CellResult> | KpiError {
  const [grid, a, b] = args as [Grid<unknown> | null, number, number];
  const g = grid ?? [[null]];
  const flat: (number | Blank)[] = [];
  for (const row of g) {
    for (const cell of row) {
      const v = readNumber(cell, VALUE_READER);
      if (v instanceof KpiError) return v;
      flat.push(v);
    }
  }
  const classes = abcClasses(flat, a, b);
  if (classes instanceof KpiError) return classes;
  const cols = g[0].length;
  return g.map((row, r) => row.map((_, c) => classes[r * cols + c]));
}

/** Parameters, defaults and result shape of KPI.ABC. */
export const ABC_SPEC: RunSpec = {
  params: [
    { name: "values", type: "range" },
    { name: "a", type: "number", shape: "single", optional: true, default: 0.8 },
    { name: "b", type: "number", shape: "single", optional: true, default: 0.95 },
  ],
  result: { kind: "like", param: 0 },
  whole: abcBody,
};

/** KPI.ABC for other code: a range of values in, a grid of classes (or one error) out. */
export function kpiAbc(values: unknown, a?: unknown, b?: unknown): Grid<CellResult> {
  return evaluateGrid(ABC_SPEC, [values, a, b]);
}
