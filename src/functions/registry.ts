/**
 * The registry of KPI functions: each function's id, name, help text and its core spec
 * (parameters, optional ones, defaults, result shape, body). The Excel entry points
 * (functions.ts) and the HyperFormula plugin (src/sandbox/engine) both run functions from here,
 * through the same core runner; docs and tests read it too.
 */
import { ABC_SPEC } from "../core/abc";
import { BONUS_SPEC } from "../core/bonus";
import type { FunctionId } from "../core/function-ids";
import { INDEX_SPEC } from "../core/kpi-index";
import { NEEDED_SPEC } from "../core/needed";
import type { ParamSpec, RunSpec } from "../core/runner";
import { RUNRATE_SPEC } from "../core/runrate";
import { STATUS_SPEC } from "../core/status";
import { WEIGHTED_SPEC } from "../core/weighted";
import { XYZ_SPEC } from "../core/xyz";

export type { FunctionId };

/** The custom functions namespace (set in the manifest). */
export const NAMESPACE = "KPI";

/** One function of the library. */
export interface KpiFunction {
  id: FunctionId;
  /** English name; Excel shows it after the namespace: KPI.INDEX. */
  name: string;
  /** English help text; functions.ts repeats it in JSDoc (a test keeps them equal). */
  description: string;
  /** English help per parameter, in the spec's order. */
  params: readonly { name: string; description: string }[];
  /** What the result is and its shape. */
  returns: string;
  spec: RunSpec;
}

function define(
  id: FunctionId,
  description: string,
  spec: RunSpec,
  params: Record<string, string>,
  returns: string
): KpiFunction {
  const list = spec.params.map((p: ParamSpec) => ({ name: p.name, description: params[p.name] }));
  return { id, name: id, description, params: list, returns, spec };
}

/** KPI.INDEX. */
export const INDEX = define(
  "INDEX",
  "Performance index of a KPI (1 = 100 %) from its fact and plan.",
  INDEX_SPEC,
  {
    fact: "Actual value (a number or a range).",
    plan: "Planned value (a number or a range).",
    min: "Value that scores 0 (a gate); blank = not given.",
    max: "Best value that still counts (a cap); blank = not given.",
    method:
      "ratio (1), inverse (2), corridor (3) or binary (4); default corridor when min is given, else ratio.",
  },
  "Index per element of the inputs (spills for ranges)."
);

/** KPI.WEIGHTED. */
export const WEIGHTED = define(
  "WEIGHTED",
  "Weighted result coefficient of KPI indices.",
  WEIGHTED_SPEC,
  {
    indices: "KPI indices (a range; blank = no fact yet).",
    weights: "Weights, same shape as indices (fractions or percent).",
    mode: "strict (default: weights total 100 %), normalize or partial (skips blank indices).",
  },
  "One number: the weighted score."
);

/** KPI.BONUS. */
export const BONUS = define(
  "BONUS",
  "Bonus payout from a score and a base amount, optionally through a bonus scale.",
  BONUS_SPEC,
  {
    score: "Score or index (1 = 100 %).",
    base: "Base amount of the bonus.",
    scale: "Two columns: threshold, coefficient (thresholds increasing); omitted = base × score.",
    interpolation: "step (default) or linear.",
  },
  "Payout per element of score and base."
);

/** KPI.STATUS. */
export const STATUS = define(
  "STATUS",
  "Traffic-light status of an index: green, amber or red (or the level 3, 2 or 1).",
  STATUS_SPEC,
  {
    index: "Index (1 = 100 %).",
    watch: "Lowest index that is amber (default 0.9).",
    ok: "Lowest index that is green (default 1).",
    form: "word (default: the text green, amber or red) or level (the number 3, 2 or 1).",
  },
  'The text "green", "amber" or "red" (or the level 3, 2 or 1) per index.'
);

/** KPI.RUNRATE. */
export const RUNRATE = define(
  "RUNRATE",
  "Forecast at period end from the pace so far (or that forecast ÷ plan).",
  RUNRATE_SPEC,
  {
    fact: "Fact so far.",
    elapsed: "Time elapsed (for example working days).",
    total: "Time in the whole period.",
    plan: "Plan for the period; given, the result is forecast ÷ plan.",
  },
  "Forecast (or forecast ÷ plan) per element."
);

/** KPI.ABC. */
export const ABC = define(
  "ABC",
  "ABC class of each value by cumulative share (Pareto).",
  ABC_SPEC,
  {
    values: "Values to classify (a range, none negative).",
    a: "Cumulative share up to which items are A (default 0.8).",
    b: "Cumulative share up to which items are B (default 0.95).",
  },
  '"A", "B" or "C" per value, in the shape of values.'
);

/** KPI.XYZ. */
export const XYZ = define(
  "XYZ",
  "XYZ class of each row of a series by coefficient of variation.",
  XYZ_SPEC,
  {
    series: "Series, one item per row (periods across).",
    x: "Coefficient of variation up to which a row is X (default 0.1).",
    y: "Coefficient of variation up to which a row is Y (default 0.25).",
  },
  '"X", "Y" or "Z" per row.'
);

/** KPI.NEEDED. */
export const NEEDED = define(
  "NEEDED",
  "Fact that gives a target index: the inverse of KPI.INDEX, with its gates and caps.",
  NEEDED_SPEC,
  {
    target: "Target index (1 = 100 %).",
    plan: "Planned value (a number or a range).",
    min: "Value that scores 0 (a gate), as in KPI.INDEX; blank = not given.",
    max: "Best value that still counts (a cap), as in KPI.INDEX; blank = not given.",
    method:
      "ratio (1), inverse (2), corridor (3) or binary (4); default corridor when min is given, else ratio.",
  },
  "Fact per element (the least effort when several give the target); #N/A where no fact does."
);

/** All functions, in the order docs and menus list them. */
export const KPI_FUNCTIONS: readonly KpiFunction[] = [
  INDEX,
  WEIGHTED,
  BONUS,
  STATUS,
  RUNRATE,
  ABC,
  XYZ,
  NEEDED,
];
