/**
 * KPI.BONUS(score, base, [scale], [interpolation]) as native formula text, mirroring
 * src/core/bonus.ts. The scale must be an A1 range: it is unrolled row by row into nested IFs
 * (a bonus scale has a handful of rows), which needs no array evaluation in any engine.
 */
import { INTERPOLATION_NAMES, parseInterpolation, type Interpolation } from "../../core/options";
import { a1Size, subRange } from "./a1";
import type { Arg } from "./args";
import { blank, ERR, errorLiteral, guardAll, guardNumber, iff, num, or } from "./native";
import { optionCode } from "./options";

/** Scales longer than this are left as KPI calls (the unrolled formula would grow too long). */
export const MAX_SCALE_ROWS = 20;

const HOWS: readonly Interpolation[] = ["step", "linear"];

interface ScaleCells {
  t: string[];
  k: string[];
}

/** The core's readScale checks, row by row, in front of `body`. */
function guardScale(s: ScaleCells, body: string): string {
  let out = body;
  for (let r = s.t.length - 1; r >= 0; r--) {
    const [t, k] = [s.t[r], s.k[r]];
    const prev = r === 0 ? "" : `${s.t[0].split(":")[0]}:${s.t[r - 1].replace(/^.*!/, "")}`;
    // One occurrence of `out` per row: AND evaluates all its arguments, and MAX of blanks is 0,
    // harmless because COUNT guards it.
    const increasing =
      r === 0 ? out : `IF(AND(${t}<>"",COUNT(${prev})>0,${t}<=MAX(${prev})),${ERR.value},${out})`;
    const complete = `IF((${t}="")<>(${k}=""),${ERR.value},${increasing})`;
    const cell = (x: string, inner: string) =>
      `IF(ISERROR(${x}),${x},IF(OR(ISNUMBER(${x}),${x}=""),${inner},${ERR.value}))`;
    out = cell(t, cell(k, complete));
  }
  return out;
}

/** The coefficient for score `S`: step or linear, 0 below the first threshold. */
function coefficient(s: ScaleCells, S: string, how: Interpolation): string {
  const n = s.t.length;
  let out = "0";
  for (let r = 0; r < n; r++) {
    let value = s.k[r];
    if (how === "linear") {
      // Interpolate towards the next non-blank row; flat past the last one.
      for (let j = n - 1; j > r; j--) {
        const lerp = `${s.k[r]}+((${s.k[j]}-${s.k[r]})*(${S}-${s.t[r]}))/(${s.t[j]}-${s.t[r]})`;
        value = `IF(${s.t[j]}<>"",${lerp},${value})`;
      }
    }
    out = `IF(AND(${s.t[r]}<>"",${S}>=${s.t[r]}),${value},${out})`;
  }
  return out;
}

/** Native text for KPI.BONUS, or undefined when the scale is not a small A1 range. */
export function translateBonus(args: Arg[]): string | undefined {
  const [score, base, scale, how] = args;
  let cells: ScaleCells | undefined;
  let notTwoColumns = "";
  if (!scale.omitted) {
    if (!scale.ref) return undefined;
    const size = a1Size(scale.ref);
    if (size.rows > MAX_SCALE_ROWS) return undefined;
    // The core reads an all-blank scale as "no scale" before it counts columns.
    if (size.cols !== 2) notTwoColumns = `COUNTBLANK(${scale.text})<>${size.rows * size.cols}`;
  }
  if (!scale.omitted && scale.ref && !notTwoColumns) {
    const size = a1Size(scale.ref);
    cells = { t: [], k: [] };
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
