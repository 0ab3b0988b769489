/**
 * KPI.WEIGHTED(indices, weights, [mode]) as native formula text, mirroring src/core/weighted.ts.
 * Indices and weights must be references (A1 ranges, names or table columns): the formula finds
 * "the first bad cell" with ROW/COLUMN positions inside SUMPRODUCT, the array idiom that Excel
 * 2016 evaluates without Ctrl+Shift+Enter and LibreOffice evaluates the same way.
 */
import { MODE_NAMES, parseWeightMode, type WeightMode } from "../../core/options";
import { a1Size } from "./a1";
import type { Arg } from "./args";
import { ERR, errorLiteral, iff } from "./native";
import { optionCode } from "./options";

const MODES: readonly WeightMode[] = ["strict", "normalize", "partial"];
/** Larger than any cell position; written out as an expression: HyperFormula does not read "1E9", and Excel would rewrite 0.000000001 as "1E-09". */
export const BIG = "10^9";

/** Ranges up to this many cells get their positions as an array constant. */
const MAX_CONSTANT_CELLS = 200;

/**
 * 1-based row-major position of each cell of `a`, as an array expression. An A1 range of known
 * size gets an array constant ({1;2;3}); other references use ROW/COLUMN, which Excel and
 * LibreOffice expand to arrays inside SUMPRODUCT (HyperFormula does not, so only the constant
 * form is checked there).
 */
export function positions(a: Arg): string {
  const r = a.text;
  if (a.ref) {
    const { rows, cols } = a1Size(a.ref);
    if (rows * cols <= MAX_CONSTANT_CELLS) {
      const lines = Array.from({ length: rows }, (_, i) =>
        Array.from({ length: cols }, (_, j) => i * cols + j + 1).join(",")
      );
      return `{${lines.join(";")}}`;
    }
  }
  return `((ROW(${r})-MIN(ROW(${r})))*COLUMNS(${r})+COLUMN(${r})-MIN(COLUMN(${r}))+1)`;
}

/** Position of the first cell where `cond` (a 0/1 array expression) holds; BIG+ when none. */
export function firstWhere(a: Arg, cond: string): string {
  return `SUMPRODUCT(MIN(${positions(a)}+${BIG}*(1-(${cond}))))`;
}

/** The cell at a 1-based row-major position. */
function cellAt(a: Arg, pos: string): string {
  return `INDEX(${a.text},INT((${pos}-1)/COLUMNS(${a.text}))+1,MOD(${pos}-1,COLUMNS(${a.text}))+1)`;
}

/**
 * The core's readNumber over a whole range: the first cell (row by row) holding an error passes
 * it through; the first holding text other than "" or a boolean gives #VALUE!.
 */
export function guardRange(a: Arg, body: string): string {
  const r = a.text;
  const bad = `ISERROR(${r})+ISLOGICAL(${r})+ISTEXT(${r})*ISNUMBER(1/LEN(${r}))`;
  const p = firstWhere(a, bad);
  const at = cellAt(a, p);
  return `IF(${p}<${BIG},IF(ISERROR(${at}),${at},${ERR.value}),${body})`;
}

/** True when the argument can be read cell by cell natively (a reference). */
export function isReference(a: Arg): boolean {
  return (
    !a.omitted &&
    a.literal === undefined &&
    !a.error &&
    (a.ref !== undefined || /^[^(){}",]+$/.test(a.text))
  );
}

/** Native text for KPI.WEIGHTED, or undefined when the arguments are not references. */
export function translateWeighted(args: Arg[]): string | undefined {
  const [I, W, m] = args;
  if (!isReference(I) || !isReference(W)) return undefined;
  const i = I.text;
  const w = W.text;
  const total = `SUM(${w})`;
  const sum = `SUMPRODUCT(${w},${i})`;
  const missing = `SUMPRODUCT((${i}="")*(${w}<>"")*(${w}>0))`;
  const present = `SUMPRODUCT(--(${i}<>""),${w})`;
  const whole = `OR(ABS(${total}-1)<=10^-9,ABS(${total}-100)<=10^-7)`;
  // Finite in, finite out (as the core): while weights and indices stay within 1e±150, the plain
  // Σ w × index ÷ Σ w; beyond, the weights scaled by the largest one first, so no product
  // overflows or underflows (KPI.WEIGHTED of 1e308 indices is 1e308, not #NUM!).
  const M = `MAX(${w})`;
  const top = `MAX(MAX(${i}),-MIN(${i}))`;
  const safe = `AND(${M}<10^150,${M}>10^-150,${top}<10^150,OR(${top}=0,${top}>10^-150))`;
  const s = `(${w}/${M})`;
  const mean = (plainTotal: string, scaledTotal: string) =>
    `IF(${safe},${sum}/${plainTotal},SUMPRODUCT(${s}/${scaledTotal},${i}))`;
  const all = mean(total, `SUMPRODUCT(${s})`);
  const some = mean(present, `SUMPRODUCT((${i}<>"")*${s})`);
  const byMode: Record<WeightMode, string> = {
    strict: iff(`NOT(${whole})`, ERR.value, iff(`${missing}>0`, ERR.na, all)),
    normalize: iff(`${missing}>0`, ERR.na, all),
    partial: iff(`${present}=0`, ERR.na, some),
  };
  const missPos = firstWhere(W, `(${w}="")*(${i}<>"")`);
  const negPos = firstWhere(W, `(${w}<>"")*(${w}<0)`);
  const wrap = (tail: string) => {
    const pairs = `IF(MIN(${missPos},${negPos})<${BIG},IF(${missPos}<${negPos},${ERR.value},${ERR.num}),IF(${total}=0,${ERR.div0},${tail}))`;
    const read = guardRange(I, guardRange(W, pairs));
    if (I.ref && W.ref) {
      const [si, sw] = [a1Size(I.ref), a1Size(W.ref)];
      return si.rows === sw.rows && si.cols === sw.cols ? read : ERR.value;
    }
    return `IF(OR(ROWS(${i})<>ROWS(${w}),COLUMNS(${i})<>COLUMNS(${w})),${ERR.value},${read})`;
  };
  if (m.omitted || m.literal === "") return wrap(byMode.strict);
  if (m.error) return errorLiteral(m.error);
  if (m.literal !== undefined) {
    const parsed = typeof m.literal === "boolean" ? undefined : parseWeightMode(m.literal);
    return typeof parsed === "string" ? wrap(byMode[parsed]) : ERR.value;
  }
  const code = optionCode(m, MODES, MODE_NAMES, false);
  const pick = `CHOOSE(${code}+1,${byMode.strict},${byMode.strict},${byMode.normalize},${byMode.partial})`;
  return `IF(ISERROR(${code}),${code},${wrap(pick)})`;
}
