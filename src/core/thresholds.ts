/**
 * Thresholds that are fractions by meaning (KPI.STATUS watch/ok, KPI.XYZ x/y, KPI.ABC a/b, a
 * KPI.BONUS scale threshold): one typed as a whole percent (90 for 90 %) would read as 9000 % and
 * silently change a status, class or payout, so above 10 (1000 %) is refused with a message that
 * says what to type (DESIGN.md, "Rules every function shares").
 *
 * Also the status thresholds a matrix uses by default, derived from its bonus scale, so that a
 * status says what the score pays (docs/FUNCTIONS.md, "Status thresholds from the bonus scale").
 */
import { kpiError, type KpiError } from "./errors";
import { above, at15, atLeast, below, equal15 } from "./values";

/** The largest fraction threshold accepted: 10 = 1000 %. */
export const FRACTION_LIMIT = 10;

/** #VALUE! "90 reads as 9000 %: type 90% or 0.9" for a threshold above 10, else null. */
export function wholePercentError(x: number): KpiError | null {
  return above(x, FRACTION_LIMIT)
    ? kpiError("#VALUE!", "wholePercent", x, { percent: x }, { hundredth: x })
    : null;
}

/** The two status thresholds: amber from `amber`, green from `green` (1 = 100 %). */
export interface StatusThresholds {
  amber: number;
  green: number;
}

/** KPI.STATUS's defaults, and a matrix's when it has no bonus scale: 90 % and 100 %. */
export const DEFAULT_STATUS_THRESHOLDS: Readonly<StatusThresholds> = { amber: 0.9, green: 1 };

/** The coefficient that is "the full bonus": 100 % of the base. */
export const FULL_COEFFICIENT = 1;

/** One point of a bonus scale (a score from which a coefficient applies). */
export interface ScalePoint {
  threshold: number;
  coefficient: number;
}

/**
 * True when a scale can give status thresholds: at least one point, thresholds strictly
 * increasing and at most 10, coefficients ≥ 0 and never decreasing (a scale whose coefficient
 * falls back has paying bands on both sides of a non-paying one, which two thresholds cannot
 * describe), and some point pays more than 0.
 */
export function scaleGivesThresholds(points: readonly ScalePoint[]): boolean {
  if (points.length === 0) return false;
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    if (!Number.isFinite(p.threshold) || !Number.isFinite(p.coefficient)) return false;
    if (p.coefficient < 0 || above(p.threshold, FRACTION_LIMIT)) return false;
    if (i > 0 && !above(p.threshold, points[i - 1].threshold)) return false;
    if (i > 0 && p.coefficient < points[i - 1].coefficient) return false;
  }
  return points[points.length - 1].coefficient > 0;
}

/** The coefficient that counts as full for a scale: 100 %, or the scale's top when lower. */
export function fullCoefficient(points: readonly ScalePoint[]): number {
  const top = Math.max(...points.map((p) => p.coefficient));
  return Math.min(FULL_COEFFICIENT, top);
}

/**
 * The status thresholds a bonus scale implies, so that red means "pays nothing", amber "pays
 * something, less than the full bonus" and green "pays the full bonus or more" (the full bonus:
 * a coefficient of 100 %, or the scale's highest coefficient when it never reaches 100 %).
 * - step: amber from the first point that pays more than 0; green from the first point that pays
 *   the full bonus.
 * - linear: the payout grows between points, so amber starts at the last point that pays 0 (just
 *   above it the payout is already > 0; exactly at it the score pays 0 but reads amber: the one
 *   score where the two can differ) or at the first point when it pays; green from the score
 *   where the line reaches the full bonus (15 significant digits).
 * A matrix without a scale (base × score), or a scale that cannot give thresholds
 * (scaleGivesThresholds), keeps the defaults 90 % / 100 %.
 */
export function thresholdsFromScale(
  points: readonly ScalePoint[],
  how: "step" | "linear" = "step"
): StatusThresholds {
  if (!scaleGivesThresholds(points)) return { ...DEFAULT_STATUS_THRESHOLDS };
  const full = fullCoefficient(points);
  const firstPaying = points.findIndex((p) => p.coefficient > 0);
  const firstFull = points.findIndex((p) => atLeast(p.coefficient, full));
  if (how === "step") {
    return { amber: points[firstPaying].threshold, green: points[firstFull].threshold };
  }
  const amber = firstPaying === 0 ? points[0].threshold : points[firstPaying - 1].threshold;
  let green = points[firstFull].threshold;
  if (firstFull > 0) {
    const a = points[firstFull - 1];
    const b = points[firstFull];
    if (below(a.coefficient, full) && !equal15(b.coefficient, a.coefficient)) {
      const t =
        a.threshold +
        ((full - a.coefficient) / (b.coefficient - a.coefficient)) * (b.threshold - a.threshold);
      green = Math.min(b.threshold, Math.max(a.threshold, at15(t)));
    }
  }
  return { amber, green: Math.max(green, amber) };
}

/** What is wrong with a pair of status thresholds, for the check and the pane. */
export type ThresholdProblem =
  | { kind: "wholePercent"; which: "amber" | "green"; value: number }
  | { kind: "order"; amber: number; green: number };

/** Problems of a pair of status thresholds: a whole percent (above 10), or amber above green. */
export function thresholdProblems(t: Partial<StatusThresholds>): ThresholdProblem[] {
  const out: ThresholdProblem[] = [];
  for (const which of ["amber", "green"] as const) {
    const v = t[which];
    if (v !== undefined && above(v, FRACTION_LIMIT))
      out.push({ kind: "wholePercent", which, value: v });
  }
  if (out.length === 0 && t.amber !== undefined && t.green !== undefined && above(t.amber, t.green))
    out.push({ kind: "order", amber: t.amber, green: t.green });
  return out;
}

/**
 * How a status contradicts the bonus coefficient it goes with, if it does: red that pays, amber
 * that pays nothing or the full bonus, green that pays less than the full bonus (`full`:
 * fullCoefficient of the scale).
 */
export type StatusContradiction =
  "redPays" | "amberPaysNothing" | "amberPaysFull" | "greenPaysLess";

export function statusContradiction(
  status: "green" | "amber" | "red",
  coefficient: number,
  full: number
): StatusContradiction | undefined {
  const pays = coefficient > 0 && !equal15(coefficient, 0);
  const paysFull = atLeast(coefficient, full);
  if (status === "red") return pays ? "redPays" : undefined;
  if (status === "amber")
    return !pays ? "amberPaysNothing" : paysFull ? "amberPaysFull" : undefined;
  return paysFull ? undefined : "greenPaysLess";
}
