/**
 * KPI.NEEDED: the fact that gives a target index, the inverse of KPI.INDEX (kpi-index.ts) with
 * the same methods, defaults, gates, caps and input errors (DESIGN.md "Custom functions").
 *
 * Which fact, when several reach the target: the one of least effort, the boundary. On a
 * higher-is-better KPI the smallest fact whose index reaches the target, on a lower-is-better one
 * the largest; a target equal to the cap's index gives max itself, binary 1 gives the plan. The
 * analytic fact (t × plan, plan ÷ t, min + t × (plan − min)) is moved by at most a few units in
 * the last place to that boundary, so KPI.INDEX of the result equals the target at 15 significant
 * digits wherever any fact's index does (where the fact's own precision cannot resolve the
 * target, it is the first fact whose index reaches it).
 *
 * Target 0 (the index of no effort) gives a fact that scores 0: ratio 0, corridor min, binary min
 * (else 0 below a positive plan, else a value below the plan), inverse a fact above the gate min
 * (min + |min|, at least min + 1), else with plan 0 a positive fact, else a negative fact (which
 * scores 0); #N/A where no fact scores 0.
 *
 * #N/A with a message wherever no fact gives the target: a target below 0 (no index is), above
 * the cap's index, a target a gate jumps over (ratio: facts below min score 0 and min scores
 * more; inverse: facts above min score 0), a binary target other than 0 and 1, a target above 0
 * for inverse with plan 0.
 */
import { kpiError, KpiError } from "./errors";
import { indexValue } from "./kpi-index";
import { type IndexMethod, parseMethod } from "./options";
import { evaluateCell, type RunSpec } from "./runner";
import { wholePercentError } from "./thresholds";
import { above, atLeast, atMost, below, type Blank, compare15, equal15 } from "./values";

/** The fact of least effort that gives index `target`; null arguments are "not given". */
export function neededValue(
  target: number | Blank,
  plan: number | Blank,
  min: number | Blank,
  max: number | Blank,
  method: IndexMethod | Blank
): number | Blank | KpiError {
  if (target === null) return null;
  const typo = wholePercentError(target);
  if (typo !== null) return typo;
  if (plan === null) return NO_PLAN;
  const m = method ?? (min === null ? "ratio" : "corridor");
  const bad = inputError(plan, min, max, m);
  if (bad !== null) return bad;
  if (below(target, 0)) return kpiError("#N/A", "neededNegative", { percent: target });
  const score = (f: number) => indexValue(f, plan, min, max, m);
  if (m === "binary") return binary(target, plan, min);
  if (target === 0) return zeroFact(plan, min, max, m, score);
  const gate = { at: min, reason: "neededGated" } as const;
  const cap = { at: max, reason: "neededAboveCap" } as const;
  const none = { at: null, reason: "neededAboveCap" } as const;
  // ratio: facts at or below min are gated, at or above max capped.
  if (m === "ratio") return reach(target, target * plan, true, gate, cap, score);
  // inverse (lower is better): facts at or below max count as max, at or above min score 0.
  if (m === "inverse") {
    if (plan === 0) return kpiError("#N/A", "neededInversePlanZero", { percent: target });
    return reach(target, plan / target, false, cap, gate, score);
  }
  // corridor: min scores 0, so only the cap bounds a target above 0. Halves, as KPI.INDEX: the
  // width plan − min cannot overflow.
  const lo = min as number;
  const rising = plan > lo;
  const c = 2 * (lo / 2 + target * (plan / 2 - lo / 2));
  return rising
    ? reach(target, c, true, none, cap, score)
    : reach(target, c, false, cap, none, score);
}

const NO_PLAN = kpiError("#N/A", "noPlan");

/** The errors KPI.INDEX gives for this plan, min, max and method whatever the fact. */
function inputError(
  plan: number,
  min: number | Blank,
  max: number | Blank,
  m: IndexMethod
): KpiError | null {
  if (m === "ratio") {
    if (plan === 0) return kpiError("#DIV/0!", "planZero");
    if (plan < 0) return kpiError("#NUM!", "planNegative");
    if (min !== null && max !== null && below(max, min))
      return kpiError("#VALUE!", "maxBelowMin", max, min);
    return null;
  }
  if (m === "inverse") {
    if (plan < 0) return kpiError("#NUM!", "planNegative");
    if (min !== null && max !== null && above(max, min))
      return kpiError("#VALUE!", "maxAboveMin", max, min);
    return null;
  }
  if (m === "corridor") {
    if (min === null) return kpiError("#VALUE!", "corridorNeedsMin");
    if (equal15(plan, min)) return kpiError("#DIV/0!", "planEqualsMin", min);
    const up = plan > min;
    if (max !== null && (up ? below(max, min) : above(max, min)))
      return kpiError("#VALUE!", up ? "maxBelowMin" : "maxAboveMin", max, min);
    return null;
  }
  if (min !== null && equal15(plan, min)) return kpiError("#DIV/0!", "planEqualsMin", min);
  return null;
}

/** Binary scores 0 or 1: 1 needs the plan itself, 0 a fact on the bad side of it. */
function binary(target: number, plan: number, min: number | Blank): number | KpiError {
  if (equal15(target, 1)) return plan;
  if (target !== 0) return kpiError("#N/A", "neededBinary", { percent: target });
  if (min !== null) return min;
  return plan > 0 ? 0 : plan - Math.max(1, -plan * 1e-12);
}

/** A fact that scores 0 (see the module comment), or #N/A when none does. */
function zeroFact(
  plan: number,
  min: number | Blank,
  max: number | Blank,
  m: IndexMethod,
  score: (f: number) => unknown
): number | KpiError {
  let f: number | null;
  if (m === "ratio") f = 0;
  else if (m === "corridor") f = min as number;
  else if (min !== null) f = min + Math.max(1, Math.abs(min));
  else if (plan === 0) f = Math.max(1, max ?? 1);
  else if (max === null) f = -1;
  else f = max < 0 ? max : null;
  if (f !== null && score(f) === 0) return f;
  return kpiError("#N/A", "neededNeverZero");
}

/** A fact past which the index jumps or stops, and the message when the target lies beyond it. */
interface Bound {
  at: number | Blank;
  reason: "neededGated" | "neededAboveCap";
}

/**
 * The fact for a target above 0 whose analytic value is `c`; `rising`: the index rises with the
 * fact. `low` is the bound that a fact at or below ends at, `high` the one a fact at or above
 * ends at (a gate scores 0 past it, a cap stops the index there). At a bound the answer is the
 * bound itself when its index is the target, else no fact reaches the target.
 */
function reach(
  target: number,
  c: number,
  rising: boolean,
  low: Bound,
  high: Bound,
  score: (f: number) => number | Blank | KpiError
): number | KpiError {
  if (low.at !== null && atMost(c, low.at)) return boundary(target, low, score);
  if (high.at !== null && atLeast(c, high.at)) return boundary(target, high, score);
  return polish(target, c, rising, score);
}

function boundary(
  target: number,
  b: Bound,
  score: (f: number) => number | Blank | KpiError
): number | KpiError {
  const at = b.at as number;
  const s = score(at);
  if (typeof s === "number" && equal15(s, target)) return at;
  return kpiError("#N/A", b.reason, { percent: target }, at, {
    percent: typeof s === "number" ? s : 0,
  });
}

/**
 * Moves the analytic fact `c` by units in the last place until its index equals the target at
 * 15 digits: toward less effort while it is above, toward more while below (at most 64 steps,
 * far more than the arithmetic's few ulps). Where no fact's index equals the target (the fact's
 * own precision is coarser), the first fact whose index reaches it.
 */
function polish(
  target: number,
  c: number,
  rising: boolean,
  score: (f: number) => number | Blank | KpiError
): number {
  const s0 = score(c);
  if (typeof s0 !== "number") return c;
  const cmp = compare15(s0, target);
  if (cmp === 0) return c;
  let f = c;
  if (cmp < 0) {
    for (let i = 0; i < 64; i++) {
      f = nextFact(f, rising);
      const s = score(f);
      if (typeof s === "number" && atLeast(s, target)) return f;
    }
    return c;
  }
  for (let i = 0; i < 64; i++) {
    const g = nextFact(f, !rising);
    const s = score(g);
    if (typeof s !== "number" || below(s, target)) return f;
    f = g;
    if (equal15(s, target)) return f;
  }
  return f;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LO = LITTLE ? 0 : 1;
const HI = LITTLE ? 1 : 0;

/** The next double above (`up`) or below x. */
function nextFact(x: number, up: boolean): number {
  if (x - x !== 0) return x;
  if (x === 0) return up ? Number.MIN_VALUE : -Number.MIN_VALUE;
  F64[0] = x;
  if (x > 0 === up) {
    U32[LO] = (U32[LO] + 1) >>> 0;
    if (U32[LO] === 0) U32[HI] = (U32[HI] + 1) >>> 0;
  } else {
    if (U32[LO] === 0) U32[HI] = (U32[HI] - 1) >>> 0;
    U32[LO] = (U32[LO] - 1) >>> 0;
  }
  return F64[0];
}

/** Parameters, defaults and result shape of KPI.NEEDED (those of KPI.INDEX, target for fact). */
export const NEEDED_SPEC: RunSpec = {
  params: [
    { name: "target", type: "number", shape: "each" },
    { name: "plan", type: "number", shape: "each" },
    { name: "min", type: "number", shape: "each", optional: true },
    { name: "max", type: "number", shape: "each", optional: true },
    { name: "method", type: "option", shape: "each", optional: true, parse: parseMethod },
  ],
  result: { kind: "each" },
  each: neededValue,
};

/** KPI.NEEDED on single values, for other code (the task pane, tests): raw cell values in. */
export function kpiNeeded(
  target: unknown,
  plan: unknown,
  min?: unknown,
  max?: unknown,
  method?: unknown
): number | Blank | KpiError {
  return evaluateCell(NEEDED_SPEC, [target, plan, min, max, method]) as number | Blank | KpiError;
}
