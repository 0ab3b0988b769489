/**
 * KPI.BONUS: the payout from a score and a base amount, optionally through a bonus scale (a
 * two-column range: threshold, coefficient; thresholds strictly increasing).
 */
import { kpiError, KpiError } from "./errors";
import { type Interpolation, parseInterpolation } from "./options";
import { evaluateCell, type RunSpec } from "./runner";
import { wholePercentError } from "./thresholds";
import {
  atLeast,
  atMost,
  type Blank,
  type Grid,
  isBlank,
  numberReader,
  readNumber,
} from "./values";

/** A checked bonus scale: thresholds strictly increase; coefficients line up with them. */
export interface BonusScale {
  thresholds: number[];
  coefficients: number[];
}

const SCALE_READER = numberReader("scale");

/**
 * Checks a scale range. Rows that are entirely blank are skipped (spare rows in a scale table);
 * an empty or omitted scale means "no scale" (null). Row by row, in this order: an error in a cell
 * passes through; text → #VALUE!; a row with one of its two values → #VALUE!; a threshold above
 * 10 (a whole percent such as 80 for 80 %) → #VALUE!; a threshold not above the one before →
 * #VALUE!; a negative coefficient → #NUM! (so no payout is ever negative). The portable formula
 * (src/workbook/portable/fn-bonus.ts) makes the same checks in the same order.
 */
export function readScale(grid: Grid<unknown> | null): BonusScale | Blank | KpiError {
  if (grid === null) return null;
  if (grid.every((row) => row.every(isBlank))) return null;
  const cols = grid[0].length;
  if (cols !== 2) return kpiError("#VALUE!", "scaleNotTwoColumns", cols);
  const thresholds: number[] = [];
  const coefficients: number[] = [];
  for (let r = 0; r < grid.length; r++) {
    const t = readNumber(grid[r][0], SCALE_READER);
    const k = readNumber(grid[r][1], SCALE_READER);
    // Errors from cells pass through; text or TRUE/FALSE gets a message naming the row.
    if (t instanceof KpiError) return scaleCellError(t, r);
    if (k instanceof KpiError) return scaleCellError(k, r);
    if (t === null && k === null) continue;
    if (t === null || k === null) return kpiError("#VALUE!", "scaleIncomplete", r + 1);
    const percent = wholePercentError(t);
    if (percent !== null) return percent;
    if (thresholds.length > 0 && atMost(t, thresholds[thresholds.length - 1])) {
      return kpiError("#VALUE!", "scaleNotIncreasing", r + 1);
    }
    if (k < 0) return kpiError("#NUM!", "scaleCoefficientNegative", r + 1, k);
    thresholds.push(t);
    coefficients.push(k);
  }
  return { thresholds, coefficients };
}

function scaleCellError(e: KpiError, r: number): KpiError {
  return e.code === "#VALUE!" && e.reason !== null ? kpiError("#VALUE!", "scaleText", r + 1) : e;
}

/** The coefficient the scale gives a score (0 below the first threshold). */
export function scaleCoefficient(scale: BonusScale, score: number, how: Interpolation): number {
  const { thresholds: t, coefficients: k } = scale;
  if (!atLeast(score, t[0])) return 0;
  let i = 0;
  while (i + 1 < t.length && atLeast(score, t[i + 1])) i++;
  if (how === "step" || i + 1 >= t.length) return k[i];
  // A score equal to t[i] at 15 digits but a hair below it must not make the coefficient < 0.
  const lerp = k[i] + ((k[i + 1] - k[i]) * (score - t[i])) / (t[i + 1] - t[i]);
  return lerp > 0 ? lerp : 0;
}

/**
 * Payout for one score: base × max(0, score) without a scale, base × coefficient with one. Never
 * negative: a negative score pays 0, coefficients are ≥ 0 (readScale) and a negative base is
 * #NUM! (a negative amount cannot be a payout, and 0 would hide the typing mistake).
 */
export function bonusValue(
  score: number | Blank,
  base: number | Blank,
  scale: BonusScale | Blank,
  how: Interpolation
): number | Blank | KpiError {
  if (score === null || base === null) return null;
  if (base < 0) return kpiError("#NUM!", "baseNegative", base);
  if (scale === null) return base * Math.max(0, score);
  return base * scaleCoefficient(scale, score, how);
}

/** Parameters, defaults and result shape of KPI.BONUS. */
export const BONUS_SPEC: RunSpec = {
  params: [
    { name: "score", type: "number", shape: "each" },
    { name: "base", type: "number", shape: "each" },
    { name: "scale", type: "range", optional: true, prepare: readScale },
    {
      name: "interpolation",
      type: "option",
      shape: "single",
      optional: true,
      default: "step",
      parse: parseInterpolation,
    },
  ],
  result: { kind: "each" },
  each: bonusValue,
};

/** KPI.BONUS for other code: a single score and base, an optional scale range and interpolation. */
export function kpiBonus(
  score: unknown,
  base: unknown,
  scale?: unknown,
  interpolation?: unknown
): number | Blank | KpiError {
  return evaluateCell(BONUS_SPEC, [score, base, scale, interpolation]) as number | Blank | KpiError;
}
