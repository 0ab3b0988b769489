/** KPI.RUNRATE: the forecast at period end from the pace so far (or that forecast ÷ plan). */
import { kpiError, KpiError } from "./errors";
import { evaluateCell, type RunSpec } from "./runner";
import { above, type Blank } from "./values";

/**
 * fact × total ÷ elapsed; with a plan, divided by the plan. Computed as fact × (total ÷ elapsed)
 * (and fact ÷ plan × (total ÷ elapsed)): total ÷ elapsed ≥ 1, so no intermediate product
 * overflows where the forecast itself is a finite number. elapsed > total compares at 15
 * significant digits, as Excel does.
 */
export function runRateValue(
  fact: number | Blank,
  elapsed: number | Blank,
  total: number | Blank,
  plan: number | Blank
): number | Blank | KpiError {
  if (fact === null || elapsed === null || total === null) return null;
  if (elapsed <= 0 || above(elapsed, total))
    return kpiError("#NUM!", "elapsedOutOfRange", elapsed, total);
  const pace = total / elapsed;
  if (plan === null) return fact * pace;
  if (plan === 0) return kpiError("#DIV/0!", "forecastPlanZero");
  if (plan < 0) return kpiError("#NUM!", "forecastPlanNegative", plan);
  return (fact / plan) * pace;
}

/** Parameters, defaults and result shape of KPI.RUNRATE. */
export const RUNRATE_SPEC: RunSpec = {
  params: [
    { name: "fact", type: "number", shape: "each" },
    { name: "elapsed", type: "number", shape: "each" },
    { name: "total", type: "number", shape: "each" },
    { name: "plan", type: "number", shape: "each", optional: true },
  ],
  result: { kind: "each" },
  each: runRateValue,
};

/** KPI.RUNRATE for other code, on single values. */
export function kpiRunRate(
  fact: unknown,
  elapsed: unknown,
  total: unknown,
  plan?: unknown
): number | Blank | KpiError {
  return evaluateCell(RUNRATE_SPEC, [fact, elapsed, total, plan]) as number | Blank | KpiError;
}
