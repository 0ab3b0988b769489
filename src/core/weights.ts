/** "Weights total 100 %": one rule for KPI.WEIGHTED strict, the matrix builder and the lint. */

/** Relative tolerance for "weights total 100 %". */
export const WEIGHT_TOLERANCE = 1e-9;

/** True when weights total 100 %: 1 as fractions or 100 as percents, within WEIGHT_TOLERANCE. */
export function totalIsWhole(total: number): boolean {
  return Math.abs(total - 1) <= WEIGHT_TOLERANCE || Math.abs(total - 100) <= 100 * WEIGHT_TOLERANCE;
}
