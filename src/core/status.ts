/** KPI.STATUS: a traffic-light token for an index ("green" / "amber" / "red" in every language). */
import { kpiError, KpiError } from "./errors";
import { evaluateCell, type RunSpec } from "./runner";
import { wholePercentError } from "./thresholds";
import { above, atLeast, type Blank } from "./values";

/** The status tokens; sheets move between languages, so they are never translated. */
export type StatusToken = "green" | "amber" | "red";

/**
 * Status of one index; watch and ok are thresholds in the index's units (1 = 100 %). A threshold
 * above 10 is a whole percent typed for a fraction (90 for 90 %): #VALUE! saying what to type.
 */
export function statusValue(
  index: number | Blank,
  watch: number,
  ok: number
): StatusToken | Blank | KpiError {
  const typo = wholePercentError(watch) ?? wholePercentError(ok);
  if (typo !== null) return typo;
  if (above(watch, ok))
    return kpiError(
      "#VALUE!",
      "thresholdOrder",
      { param: "watch" },
      { percent: watch },
      { param: "ok" },
      { percent: ok }
    );
  if (index === null) return null;
  if (atLeast(index, ok)) return "green";
  return atLeast(index, watch) ? "amber" : "red";
}

/** Parameters, defaults and result shape of KPI.STATUS. */
export const STATUS_SPEC: RunSpec = {
  params: [
    { name: "index", type: "number", shape: "each" },
    { name: "watch", type: "number", shape: "each", optional: true, default: 0.9 },
    { name: "ok", type: "number", shape: "each", optional: true, default: 1 },
  ],
  result: { kind: "each" },
  each: statusValue,
};

/** KPI.STATUS for other code, on single values. */
export function kpiStatus(
  index: unknown,
  watch?: unknown,
  ok?: unknown
): StatusToken | Blank | KpiError {
  return evaluateCell(STATUS_SPEC, [index, watch, ok]) as StatusToken | Blank | KpiError;
}
