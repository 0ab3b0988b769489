/**
 * KPI.STATUS, KPI.RUNRATE, KPI.XYZ (one row) and KPI.ABC (one cell) as native formula text,
 * mirroring src/core/status.ts, runrate.ts, xyz.ts and abc.ts.
 */
import { lookupStatusForm, STATUS_FORM_NAMES, type StatusForm } from "../../core/option-names";
import { FRACTION_LIMIT } from "../../core/thresholds";
import { a1Size, subRange } from "./a1";
import type { Arg } from "./args";
import { blank, ERR, errorLiteral, given, guardAll, guardNumber, iff, num, or } from "./native";
import { optionCode } from "./options";

/** A number argument with a default: the default when omitted or blank. */
function withDefault(a: Arg, fallback: string): string {
  const g = given(a);
  return g === true ? num(a) : g === false ? fallback : `IF(${g},${num(a)},${fallback})`;
}

function guarded(args: Arg[], body: string): string {
  return guardAll(
    args.map((arg) => ({ arg, guard: guardNumber })),
    body
  );
}

const STATUS_FORMS: readonly StatusForm[] = ["word", "level"];

/** KPI.STATUS(index, [watch], [ok], [form]): the tokens, or with form "level" 3 / 2 / 1. */
export function translateStatus(args: Arg[]): string {
  const [index, watch, ok] = args;
  const form: Arg = args[3] ?? { text: "", omitted: true, scalar: true, mayBeBlank: false };
  const W = withDefault(watch, "0.9");
  const O = withDefault(ok, "1");
  const X = num(index);
  const statusIn = (f: StatusForm) => {
    const [g, a, r] = f === "level" ? ["3", "2", "1"] : ['"green"', '"amber"', '"red"'];
    return `IF(${X}>=${O},${g},IF(${X}>=${W},${a},${r}))`;
  };
  // A threshold above 10 (a whole percent), then watch above ok: both #VALUE!, as in the core.
  const each = (result: string) =>
    guarded(
      [index, watch, ok],
      `IF(OR(${W}>${FRACTION_LIMIT},${O}>${FRACTION_LIMIT},${W}>${O}),${ERR.value},${iff(blank(index), '""', result)})`
    );
  if (form.omitted || form.literal === "") return each(statusIn("word"));
  if (form.error) return errorLiteral(form.error);
  if (form.literal !== undefined) {
    const parsed = typeof form.literal === "boolean" ? undefined : lookupStatusForm(form.literal);
    return parsed ? each(statusIn(parsed)) : ERR.value;
  }
  // The form read from a cell: an unknown name is #VALUE! for the call, as the core's option.
  const code = optionCode(form, STATUS_FORMS, STATUS_FORM_NAMES, false);
  const pick = `CHOOSE(${code}+1,${statusIn("word")},${statusIn("word")},${statusIn("level")})`;
  return `IF(ISERROR(${code}),${code},${each(pick)})`;
}

/** KPI.RUNRATE(fact, elapsed, total, [plan]). */
export function translateRunRate(args: Arg[]): string {
  const [fact, elapsed, total, plan] = args;
  const [F, E, T, P] = [num(fact), num(elapsed), num(total), num(plan)];
  // fact × (total ÷ elapsed), as the core: no intermediate overflow where the forecast is finite.
  const pace = `(${T}/${E})`;
  const forecast = `${F}*${pace}`;
  const withPlan = `IF(${P}=0,${ERR.div0},IF(${P}<0,${ERR.num},(${F}/${P})*${pace}))`;
  const result = iff(given(plan), withPlan, forecast);
  const body = iff(
    or(blank(fact), blank(elapsed), blank(total)),
    '""',
    `IF(OR(${E}<=0,${E}>${T}),${ERR.num},${result})`
  );
  return guarded([fact, elapsed, total, plan], body);
}

/** A single-value option of a whole-range function (x, y, a, b): errors pass, then default. */
function singleNumber(
  a: Arg,
  fallback: string
): { value: string; guard: (body: string) => string } {
  return { value: withDefault(a, fallback), guard: (body) => guardNumber(a, body) };
}

/** KPI.XYZ(series, [x], [y]) when the series is one row of an A1 range; else undefined. */
export function translateXyz(args: Arg[]): string | undefined {
  const [series, x, y] = args;
  if (!series.ref || series.ref.row1 !== series.ref.row2) return undefined;
  const { cols } = a1Size(series.ref);
  const X = singleNumber(x, "0.1");
  const Y = singleNumber(y, "0.25");
  const r = series.text;
  const classOf = (cv: string) => `IF(${cv}<=${X.value},"X",IF(${cv}<=${Y.value},"Y","Z"))`;
  // Values within 1e±150 of each other: STDEVP ÷ AVERAGE. Beyond (1e308 sums overflow, 1e-200
  // squares underflow to 0), the values scaled by the largest magnitude, as the core always does.
  const M = `MAX(MAX(${r}),-MIN(${r}))`;
  const plain = `IF(NOT(AVERAGE(${r})>0),${ERR.div0},${classOf(`STDEVP(${r})/AVERAGE(${r})`)})`;
  const mean = `(SUMPRODUCT(${r}/${M})/COUNT(${r}))`;
  const sd = `SQRT(SUMPRODUCT((${r}<>"")*(${r}/${M}-${mean})^2)/COUNT(${r}))`;
  const scaled = `IF(${M}=0,${ERR.div0},IF(NOT(${mean}>0),${ERR.div0},${classOf(`${sd}/${mean}`)}))`;
  const safe = `AND(${M}<10^150,${M}>10^-150)`;
  let body = `IF(COUNT(${r})<2,${ERR.na},IF(${safe},${plain},${scaled}))`;
  // Cells are read left to right; the first error or text decides (xyz.ts, xyzClass).
  for (let c = cols - 1; c >= 0; c--) {
    const cell = subRange(series.ref, 0, c, 1, 1);
    body = `IF(ISERROR(${cell}),${cell},IF(OR(ISNUMBER(${cell}),${cell}=""),${body},${ERR.value}))`;
  }
  const L = FRACTION_LIMIT;
  body = `IF(OR(${X.value}>${L},${Y.value}>${L},${X.value}>${Y.value}),${ERR.value},${body})`;
  return X.guard(Y.guard(body));
}

/** KPI.ABC(value, [a], [b]) on one cell: its share of the total is 1. */
export function translateAbcCell(args: Arg[]): string | undefined {
  const [values, a, b] = args;
  if (!values.scalar) return undefined;
  const A = singleNumber(a, "0.8");
  const B = singleNumber(b, "0.95");
  const v = num(values);
  const cls = `IF(${v}<0,${ERR.num},IF(${v}=0,${ERR.div0},IF(1<=${A.value},"A",IF(1<=${B.value},"B","C"))))`;
  const L = FRACTION_LIMIT;
  const bad = `OR(${A.value}>${L},${B.value}>${L},${A.value}>${B.value},${A.value}<0,${B.value}>1)`;
  const body = `IF(${bad},${ERR.value},${iff(blank(values), ERR.div0, cls)})`;
  return A.guard(B.guard(guardNumber(values, body)));
}
