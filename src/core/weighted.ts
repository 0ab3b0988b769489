/**
 * KPI.WEIGHTED: the weighted result coefficient (коэффициент результативности) of a set of KPI
 * indices, per DESIGN.md "KPI.WEIGHTED modes".
 */
import { kpiError, KpiError } from "./errors";
import { parseWeightMode, type WeightMode } from "./options";
import { evaluateCell, type RunSpec } from "./runner";
import { totalIsWhole } from "./weights";
import { type Blank, type Grid, numberReader, readNumber, shapeOf, shapeText } from "./values";

const INDEX_READER = numberReader("indices");
const WEIGHT_READER = numberReader("weights");

/** Weights as the user sees them, in percent: 0.95 and 95 both read "95". */
function totalInPercent(total: number): number {
  return total <= 2 ? total * 100 : total;
}

/**
 * Weighted score of indices (numbers or null for "no fact yet") with weights (numbers or null),
 * in row-major order. A pair with both blank is skipped (spare rows in a matrix).
 */
export function weightedValue(
  indices: readonly (number | Blank)[],
  weights: readonly (number | Blank)[],
  mode: WeightMode
): number | KpiError {
  let total = 0;
  let presentWeight = 0;
  let sum = 0;
  let missing = 0;
  let counted = 0;
  for (let i = 0; i < indices.length; i++) {
    const x = indices[i];
    const w = weights[i];
    if (w === null) {
      if (x === null) continue;
      return kpiError("#VALUE!", "weightMissing", i + 1);
    }
    if (w < 0) return kpiError("#NUM!", "weightNegative", i + 1);
    counted++;
    total += w;
    if (x === null) {
      if (w > 0) missing++;
      continue;
    }
    sum += w * x;
    presentWeight += w;
  }
  if (total === 0) return kpiError("#DIV/0!", "weightsZero");
  if (mode === "strict" && !totalIsWhole(total)) {
    return kpiError("#VALUE!", "weightsTotal", totalInPercent(total));
  }
  if (mode !== "partial") {
    return missing > 0 ? kpiError("#N/A", "missingIndices", missing, counted) : sum / total;
  }
  return presentWeight === 0 ? kpiError("#N/A", "noIndices") : sum / presentWeight;
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
  return weightedValue(indices, weights, mode);
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
