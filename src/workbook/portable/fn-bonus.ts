/**
 * KPI.BONUS(score, base, [scale], [interpolation]) as native formula text, mirroring
 * src/core/bonus.ts. The scale must be an A1 range. Its checks are unrolled row by row (four
 * nesting levels a row: a scale of up to ~12 rows stays within Excel's 64 levels; a longer one
 * is left as a KPI call by the translator's limit check); the coefficient lookup is flat.
 */
import { INTERPOLATION_NAMES, parseInterpolation, type Interpolation } from "../../core/options";
import { FRACTION_LIMIT } from "../../core/thresholds";
import { a1Size, subRange } from "./a1";
import type { Arg } from "./args";
import { blank, ERR, errorLiteral, guardAll, guardNumber, iff, num, or } from "./native";
import { BIG } from "./fn-weighted";
import { optionCode } from "./options";

const HOWS: readonly Interpolation[] = ["step", "linear"];

interface ScaleCells {
  /** Each row's threshold and coefficient cell. */
  t: string[];
  k: string[];
  /** The threshold and coefficient columns as ranges. */
  T: string;
  K: string;
}

/** The core's readScale checks, row by row, in front of `body`. */
function guardScale(s: ScaleCells, body: string): string {
  let out = body;
  for (let r = s.t.length - 1; r >= 0; r--) {
    const [t, k] = [s.t[r], s.k[r]];
    const prev = r === 0 ? "" : `${s.t[0].split(":")[0]}:${s.t[r - 1].replace(/^.*!/, "")}`;
    // One IF per row for both row checks (one occurrence of `out`, one nesting level): AND and OR
    // evaluate all their arguments, and MAX of blanks is 0, harmless because COUNT guards it.
    const incomplete = `(${t}="")<>(${k}="")`;
    // A threshold above 10 is a whole percent typed for a fraction (80 for 80 %).
    const percent = `,AND(${t}<>"",${t}>${FRACTION_LIMIT})`;
    const decreasing = r === 0 ? "" : `,AND(${t}<>"",COUNT(${prev})>0,${t}<=MAX(${prev}))`;
    // A negative coefficient is #NUM!, after this row's #VALUE! checks (readScale's order).
    const negative = `IF(AND(${k}<>"",${k}<0),${ERR.num},${out})`;
    const complete = `IF(OR(${incomplete}${percent}${decreasing}),${ERR.value},${negative})`;
    // A cell's own check in one level on the path to `out`: an error passes, text other than ""
    // or TRUE/FALSE is #VALUE! (the test is error-safe: ISNUMBER(1/LEN(x)) is FALSE for an error).
    const bad = (x: string) => `ISERROR(${x})+ISLOGICAL(${x})+ISTEXT(${x})*ISNUMBER(1/LEN(${x}))`;
    const cell = (x: string, inner: string) =>
      `IF(${bad(x)}>0,IF(ISERROR(${x}),${x},${ERR.value}),${inner})`;
    out = cell(t, cell(k, complete));
  }
  return out;
}

/**
 * The coefficient for score `S`: step or linear, 0 below the first threshold. Flat (no nesting
 * per row): the row of the largest threshold ≤ S, and the next non-blank row after it, are found
 * with SUMPRODUCT over the row numbers {1;2;…}.
 */
function coefficient(s: ScaleCells, S: string, how: Interpolation): string {
  const rows = `{${s.t.map((_, i) => i + 1).join(";")}}`;
  const { T, K } = s;
  const idx = `SUMPRODUCT(MAX((${T}<>"")*(${T}<=${S})*${rows}))`;
  const at = (range: string, row: string) => `INDEX(${range},${row},1)`;
  if (how === "step") return `IF(${idx}=0,0,${at(K, idx)})`;
  const next = `SUMPRODUCT(MIN(${rows}+${BIG}*(1-(${T}<>"")*(${rows}>${idx}))))`;
  const [k0, k1, t0, t1] = [at(K, idx), at(K, next), at(T, idx), at(T, next)];
  const lerp = `MAX(0,${k0}+((${k1}-${k0})*(${S}-${t0}))/(${t1}-${t0}))`;
  return `IF(${idx}=0,0,IF(${next}>${s.t.length},${k0},${lerp}))`;
}

/** Native text for KPI.BONUS, or undefined when the scale is not a small A1 range. */
export function translateBonus(args: Arg[]): string | undefined {
  const [score, base, scale, how] = args;
  let cells: ScaleCells | undefined;
  let notTwoColumns = "";
  if (!scale.omitted) {
    if (!scale.ref) return undefined;
    const size = a1Size(scale.ref);
    // The core reads an all-blank scale as "no scale" before it counts columns.
    if (size.cols !== 2) notTwoColumns = `COUNTBLANK(${scale.text})<>${size.rows * size.cols}`;
  }
  if (!scale.omitted && scale.ref && !notTwoColumns) {
    const size = a1Size(scale.ref);
    cells = {
      t: [],
      k: [],
      T: subRange(scale.ref, 0, 0, size.rows, 1),
      K: subRange(scale.ref, 0, 1, size.rows, 1),
    };
    for (let r = 0; r < size.rows; r++) {
      cells.t.push(subRange(scale.ref, r, 0, 1, 1));
      cells.k.push(subRange(scale.ref, r, 1, 1, 1));
    }
  }
  const [S, B] = [num(score), num(base)];
  // `coef` is the coefficient expression (step, linear, or a CHOOSE between them).
  const each = (coef: string) => {
    const noScale = `${B}*MAX(0,${S})`;
    const allBlank = cells ? `COUNTBLANK(${scale.text})=${cells.t.length * 2}` : "";
    const payout = cells ? `IF(${allBlank},${noScale},${B}*${coef})` : noScale;
    const body = iff(or(blank(score), blank(base)), '""', `IF(${B}<0,${ERR.num},${payout})`);
    return guardAll(
      [score, base].map((arg) => ({ arg, guard: guardNumber })),
      body
    );
  };
  const coef = (h: Interpolation) => (cells ? coefficient(cells, S, h) : "");
  let out: string;
  if (how.omitted || how.literal === "") out = each(coef("step"));
  else if (how.error) out = errorLiteral(how.error);
  else if (how.literal !== undefined) {
    const parsed = typeof how.literal === "boolean" ? undefined : parseInterpolation(how.literal);
    out = typeof parsed === "string" ? each(coef(parsed)) : ERR.value;
  } else {
    const code = optionCode(how, HOWS, INTERPOLATION_NAMES, false);
    const pick = cells ? `CHOOSE(${code}+1,${coef("step")},${coef("step")},${coef("linear")})` : "";
    out = `IF(ISERROR(${code}),${code},${each(pick)})`;
  }
  if (notTwoColumns) return `IF(${notTwoColumns},${ERR.value},${out})`;
  return cells ? guardScale(cells, out) : out;
}
