/**
 * KPI.XYZ: one class per row of a series by coefficient of variation = population standard
 * deviation ÷ mean (as STDEV.P / AVERAGE); ≤ x → "X", ≤ y → "Y", else "Z". Blanks are ignored;
 * each row is judged on its own, so a bad row gives an error in its own cell only.
 */
import { kpiError, KpiError } from "./errors";
import { evaluateGrid, type RunSpec } from "./runner";
import { wholePercentError } from "./thresholds";
import { above, atMost, type CellResult, type Grid, numberReader, readNumber } from "./values";

/** The XYZ classes. */
export type XyzClass = "X" | "Y" | "Z";

const SERIES_READER = numberReader("series");

/**
 * Coefficient of variation of one row's values (blanks already removed); `row` is 1-based. The
 * values are scaled by the largest magnitude first, so neither 1e308 (sums overflow) nor 1e-200
 * (squares underflow to 0, which would class a varying row X) changes the class.
 */
export function variationOf(values: readonly number[], row: number): number | KpiError {
  if (values.length < 2) return kpiError("#N/A", "tooFewValues", row);
  let largest = 0;
  for (const v of values) largest = Math.max(largest, Math.abs(v));
  if (largest === 0) return kpiError("#DIV/0!", "meanNotPositive", row);
  let sum = 0;
  for (const v of values) sum += v / largest;
  const mean = sum / values.length;
  if (!(mean > 0)) return kpiError("#DIV/0!", "meanNotPositive", row);
  let squares = 0;
  for (const v of values) squares += (v / largest - mean) * (v / largest - mean);
  // A mean just above 0 can make the ratio overflow: Infinity is still "more than y" (Z).
  return Math.sqrt(squares / values.length) / mean;
}

/** Class of one row of raw cells; x and y are coefficient-of-variation thresholds. */
export function xyzClass(
  cells: readonly unknown[],
  row: number,
  x: number,
  y: number
): XyzClass | KpiError {
  const values: number[] = [];
  for (const cell of cells) {
    const v = readNumber(cell, SERIES_READER);
    if (v instanceof KpiError) return v;
    if (v !== null) values.push(v);
  }
  const cv = variationOf(values, row);
  if (cv instanceof KpiError) return cv;
  return atMost(cv, x) ? "X" : atMost(cv, y) ? "Y" : "Z";
}

function xyzBody(args: unknown[]): Grid<CellResult> | KpiError {
  const [grid, x, y] = args as [Grid<unknown> | null, number, number];
  const typo = wholePercentError(x) ?? wholePercentError(y);
  if (typo !== null) return typo;
  if (above(x, y))
    return kpiError(
      "#VALUE!",
      "thresholdOrder",
      { param: "x" },
      { percent: x },
      { param: "y" },
      { percent: y }
    );
  return (grid ?? [[null]]).map((cells, r) => [xyzClass(cells, r + 1, x, y)]);
}

/** Parameters, defaults and result shape of KPI.XYZ. */
export const XYZ_SPEC: RunSpec = {
  params: [
    { name: "series", type: "range" },
    { name: "x", type: "number", shape: "single", optional: true, default: 0.1 },
    { name: "y", type: "number", shape: "single", optional: true, default: 0.25 },
  ],
  result: { kind: "rows", param: 0 },
  whole: xyzBody,
};

/** KPI.XYZ for other code: a range (one series per row) in, a column of classes out. */
export function kpiXyz(series: unknown, x?: unknown, y?: unknown): Grid<CellResult> {
  return evaluateGrid(XYZ_SPEC, [series, x, y]);
}
