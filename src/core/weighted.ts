/**
 * KPI.WEIGHTED: the weighted result coefficient (коэффициент результативности) of a set of KPI
 * indices, per DESIGN.md "KPI.WEIGHTED modes".
 */
import { kpiError, KpiError } from "./errors";
import { parseWeightMode, type WeightMode } from "./options";
import { evaluateCell, type RunSpec } from "./runner";
import { totalIsWhole } from "./weights";
import {
  type Blank,
  type Grid,
  numberReader,
  readNumber,
  type Shape,
  shapeOf,
  shapeText,
} from "./values";

const INDEX_READER = numberReader("indices");
const WEIGHT_READER = numberReader("weights");

/** Weights as the user sees them, in percent: 0.95 and 95 both read "95". */
function totalInPercent(total: number): number {
  return total <= 2 ? total * 100 : total;
}

/**
 * Weighted score of indices (numbers or null for "no fact yet") with weights (numbers or null),
 * in row-major order of a range of `shape` (for messages that say where a KPI is). A pair with
 * both blank is skipped (spare rows in a matrix). An error index never gets here: it passes
 * through in every mode (readAll), so a KPI whose index is an error is never skipped.
 *
 * Finite in, finite out: beyond 1e±150, the weights are scaled by the largest one and then to
 * fractions of their total before they multiply the indices, so the result is a mean of the
 * indices with weights that total 1 and cannot overflow or underflow where the true result is a
 * finite number (KPI.WEIGHTED({1e308;1e308},{60;40}) = 1e308). The portable formula switches at
 * the same bounds.
 */
export function weightedValue(
  indices: readonly (number | Blank)[],
  weights: readonly (number | Blank)[],
  mode: WeightMode,
  shape: Shape = { rows: indices.length, cols: 1 }
): number | KpiError {
  const at = (i: number) => ({ at: { index: i, rows: shape.rows, cols: shape.cols } });
  let largest = 0;
  let missing = 0;
  let firstMissing = -1;
  let counted = 0;
  for (let i = 0; i < indices.length; i++) {
    const x = indices[i];
    const w = weights[i];
    if (w === null) {
      if (x === null) continue;
      return kpiError("#VALUE!", "weightMissing", at(i));
    }
    if (w < 0) return kpiError("#NUM!", "weightNegative", at(i), w);
    counted++;
    if (w > largest) largest = w;
    if (x === null && w > 0) {
      missing++;
      if (firstMissing < 0) firstMissing = i;
    }
  }
  if (largest === 0) return kpiError("#DIV/0!", "weightsZero");
  // Totals of the weights scaled by the largest one (each term ≤ 1: no overflow, no underflow).
  let scaledTotal = 0;
  let scaledPresent = 0;
  for (let i = 0; i < indices.length; i++) {
    const w = weights[i];
    if (w === null) continue;
    scaledTotal += w / largest;
    if (indices[i] !== null) scaledPresent += w / largest;
  }
  if (mode === "strict") {
    const total = scaledTotal * largest;
    if (!totalIsWhole(total)) return kpiError("#VALUE!", "weightsTotal", totalInPercent(total));
  }
  if (mode !== "partial" && missing > 0) {
    return kpiError("#N/A", "missingIndices", missing, counted, at(firstMissing));
  }
  if (mode === "partial" && scaledPresent === 0) return kpiError("#N/A", "noIndices");
  const denominator = mode === "partial" ? scaledPresent : scaledTotal;
  return inRange(largest, indices)
    ? plainMean(indices, weights, mode)
    : scaledMean(indices, weights, largest, denominator);
}

/** Weights and indices within 1e±150 of 1: Σ w × index cannot overflow or underflow. */
function inRange(largestWeight: number, indices: readonly (number | Blank)[]): boolean {
  let top = 0;
  for (const x of indices) if (x !== null) top = Math.max(top, Math.abs(x));
  return (
    largestWeight < SAFE && largestWeight > 1 / SAFE && top < SAFE && (top === 0 || top > 1 / SAFE)
  );
}

const SAFE = 1e150;

/**
 * Σ weight × index ÷ Σ weight, summed in row-major order: the arithmetic of the portable formula
 * (SUMPRODUCT ÷ SUM), so a converted workbook shows the same digits.
 */
function plainMean(
  indices: readonly (number | Blank)[],
  weights: readonly (number | Blank)[],
  mode: WeightMode
): number {
  let sum = 0;
  let total = 0;
  for (let i = 0; i < indices.length; i++) {
    const x = indices[i];
    const w = weights[i];
    if (w === null) continue;
    if (x !== null) sum += w * x;
    if (x !== null || mode !== "partial") total += w;
  }
  return sum / total;
}

/** The mean with weights scaled to fractions of their total first (no overflow, no underflow). */
function scaledMean(
  indices: readonly (number | Blank)[],
  weights: readonly (number | Blank)[],
  largest: number,
  denominator: number
): number {
  let sum = 0;
  for (let i = 0; i < indices.length; i++) {
    const x = indices[i];
    const w = weights[i];
    if (x === null || w === null || w === 0) continue;
    sum += (w / largest / denominator) * x;
  }
  return sum;
}

function readAll(grid: Grid<unknown>, reader: typeof INDEX_READER): (number | Blank)[] | KpiError {
  const out: (number | Blank)[] = [];
  for (const row of grid) {
    for (const cell of row) {
      const v = readNumber(cell, reader);
      if (v instanceof KpiError) return v;
      out.push(v);
    }
  }
  return out;
}

function weightedBody(args: unknown[]): number | KpiError {
  const [indexGrid, weightGrid, mode] = args as [
    Grid<unknown> | null,
    Grid<unknown> | null,
    WeightMode,
  ];
  const ig = indexGrid ?? [[null]];
  const wg = weightGrid ?? [[null]];
  const is = shapeOf(ig);
  const ws = shapeOf(wg);
  if (is.rows !== ws.rows || is.cols !== ws.cols) {
    return kpiError("#VALUE!", "shapeMismatch", shapeText(is), shapeText(ws));
  }
  const indices = readAll(ig, INDEX_READER);
  if (indices instanceof KpiError) return indices;
  const weights = readAll(wg, WEIGHT_READER);
  if (weights instanceof KpiError) return weights;
  return weightedValue(indices, weights, mode, is);
}

/** Parameters, defaults and result shape of KPI.WEIGHTED. */
export const WEIGHTED_SPEC: RunSpec = {
  params: [
    { name: "indices", type: "range" },
    { name: "weights", type: "range" },
    {
      name: "mode",
      type: "option",
      shape: "single",
      optional: true,
      default: "strict",
      parse: parseWeightMode,
    },
  ],
  result: { kind: "scalar" },
  whole: weightedBody,
};

/** KPI.WEIGHTED for other code: indices and weights as ranges (or single values), an optional mode. */
export function kpiWeighted(
  indices: unknown,
  weights: unknown,
  mode?: unknown
): number | Blank | KpiError {
  return evaluateCell(WEIGHTED_SPEC, [indices, weights, mode]) as number | Blank | KpiError;
}
