/**
 * Thresholds that are fractions by meaning (KPI.STATUS watch/ok, KPI.XYZ x/y, KPI.ABC a/b, a
 * KPI.BONUS scale threshold): one typed as a whole percent (90 for 90 %) would read as 9000 % and
 * silently change a status, class or payout, so above 10 (1000 %) is refused with a message that
 * says what to type (DESIGN.md, "Rules every function shares").
 */
import { kpiError, type KpiError } from "./errors";
import { above } from "./values";

/** The largest fraction threshold accepted: 10 = 1000 %. */
export const FRACTION_LIMIT = 10;

/** #VALUE! "90 reads as 9000 %: type 90% or 0.9" for a threshold above 10, else null. */
export function wholePercentError(x: number): KpiError | null {
  return above(x, FRACTION_LIMIT)
    ? kpiError("#VALUE!", "wholePercent", x, { percent: x }, { hundredth: x })
    : null;
}
