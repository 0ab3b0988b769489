/**
 * Per-cell translation of a spilled KPI call: a formula that is exactly one KPI call whose
 * range arguments are A1 ranges of one shape (or, for KPI.XYZ and KPI.ABC, whose series or
 * values is an A1 range) becomes one native formula per cell of the spill area. The anchor cell
 * gets the first; the callers write the rest into the cells the result spilled into.
 */
import { a1Size, subRange } from "./a1";
import { classifyArg, OMITTED, type Arg } from "./args";
import { findCalls, trimSpan } from "./calls";
import { abcChecks, translateAbcElement } from "./fn-abc";
import { translateXyz } from "./fn-simple";
import { kpiFunctionOf } from "./names";
import { ERR, given, guardNumber, iff, num } from "./native";
import { asTerm, errorsFirst, SPECS, withinExcelLimits } from "./translator";
import { locateTokens } from "./tokens";

/** One cell of a spill area, 0-based offsets from the anchor. */
export interface SpillCell {
  row: number;
  col: number;
  formula: string;
}

/** The formula of every cell of the spill area (anchor first), or undefined when not possible. */
export function translateSpill(formula: string): SpillCell[] | undefined {
  const tokens = locateTokens(formula);
  if (!tokens || tokens.length === 0) return undefined;
  const calls = findCalls(tokens);
  const call = calls[0];
  const name = call ? kpiFunctionOf(call.name) : undefined;
  // Exactly one call, spanning the whole formula, with no other KPI call inside.
  if (
    !call ||
    !name ||
    call.start !== tokens[0].start ||
    call.end !== tokens[tokens.length - 1].end
  )
    return undefined;
  if (calls.slice(1).some((c) => kpiFunctionOf(c.name))) return undefined;
  if (name === "WEIGHTED") return undefined; // one value, never a spill
  const spec = SPECS[name];
  if (call.args.length < spec.min || call.args.length > spec.max) return undefined;
  const args = call.args.map((a) => {
    const [s, e] = trimSpan(formula, a.start, a.end);
    return classifyArg(a.tokens, formula.slice(s, e), true);
  });
  while (args.length < spec.max) args.push(OMITTED);

  let cells: SpillCell[] | undefined;
  let whole: string;
  if (name === "XYZ") {
    cells = xyzRows(args);
    whole = xyzWhole(args);
  } else if (name === "ABC") {
    cells = abcCells(args);
    whole = cells ? abcWhole(args) : "0";
  } else {
    // KPI.BONUS's scale is a range of its own, not an element-wise argument.
    cells = elementwise(args, spec.run, name === "BONUS" ? [2] : []);
    whole = errorsFirst(args, "0");
  }
  if (!cells) return undefined;
  // An error of the whole call is one value, not an array: Excel shows it in the anchor cell
  // alone and the rest of the area stays empty. The other cells show "" then.
  if (whole !== "0") {
    cells = cells.map((c, i) =>
      i === 0 ? c : { ...c, formula: `=IF(ISERROR(${whole}),"",${c.formula.slice(1)})` }
    );
  }
  if (cells.some((c) => !withinExcelLimits(c.formula))) return undefined;
  return cells;
}

/** 0 when KPI.XYZ's single-value checks pass, else their error. */
function xyzWhole(args: Arg[]): string {
  const [, x, y] = args;
  const X = given(x) === false ? "0.1" : iff(given(x), num(x), "0.1");
  const Y = given(y) === false ? "0.25" : iff(given(y), num(y), "0.25");
  return errorsFirst([x, y], guardNumber(x, guardNumber(y, `IF(${X}>${Y},${ERR.value},0)`)));
}

/** 0 when KPI.ABC's checks of the whole range pass, else their error. */
function abcWhole(args: Arg[]): string {
  const [values, a, b] = args;
  return errorsFirst([a, b], abcChecks(values, a, b, "0"));
}

/** A range argument's cell as a single-value argument. */
function element(a: Arg, row: number, col: number): Arg {
  const ref = a.ref as NonNullable<Arg["ref"]>;
  const text = subRange(ref, row, col, 1, 1);
  const cell = {
    ...ref,
    row1: ref.row1 + row,
    row2: ref.row1 + row,
    col1: ref.col1 + col,
    col2: ref.col1 + col,
  };
  return { text, omitted: false, ref: cell, scalar: true, mayBeBlank: true, element: true };
}

function finish(args: Arg[], text: string | undefined): string | undefined {
  return text === undefined ? undefined : `=${asTerm(errorsFirst(args, text))}`;
}

/** Element-wise functions; `whole` are parameters that take a whole range (left as they are). */
function elementwise(
  args: Arg[],
  run: (a: Arg[]) => string | undefined,
  whole: number[]
): SpillCell[] | undefined {
  let shape: { rows: number; cols: number } | undefined;
  for (const [i, a] of args.entries()) {
    if (a.scalar || whole.includes(i)) continue;
    if (!a.ref) return undefined;
    const s = a1Size(a.ref);
    if (shape && (shape.rows !== s.rows || shape.cols !== s.cols)) return undefined;
    shape = s;
  }
  if (!shape) return undefined;
  const out: SpillCell[] = [];
  for (let r = 0; r < shape.rows; r++) {
    for (let c = 0; c < shape.cols; c++) {
      const cellArgs = args.map((a, i) => (a.scalar || whole.includes(i) ? a : element(a, r, c)));
      const f = finish(cellArgs, run(cellArgs));
      if (f === undefined) return undefined;
      out.push({ row: r, col: c, formula: f });
    }
  }
  return out;
}

/** KPI.XYZ over several rows: one KPI.XYZ of each row. */
function xyzRows(args: Arg[]): SpillCell[] | undefined {
  const [series, x, y] = args;
  if (!series.ref || !x.scalar || !y.scalar) return undefined;
  const { rows, cols } = a1Size(series.ref);
  if (rows < 2) return undefined;
  const out: SpillCell[] = [];
  for (let r = 0; r < rows; r++) {
    const ref = { ...series.ref, row1: series.ref.row1 + r, row2: series.ref.row1 + r };
    const row: Arg = {
      text: subRange(series.ref, r, 0, 1, cols),
      omitted: false,
      ref,
      scalar: false,
      mayBeBlank: true,
    };
    const f = finish([row, x, y], translateXyz([row, x, y]));
    if (f === undefined) return undefined;
    out.push({ row: r, col: 0, formula: f });
  }
  return out;
}

/** KPI.ABC over a range: one class per cell. */
function abcCells(args: Arg[]): SpillCell[] | undefined {
  const [values, a, b] = args;
  if (!values.ref || values.scalar || !a.scalar || !b.scalar) return undefined;
  const { rows, cols } = a1Size(values.ref);
  const out: SpillCell[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const text = translateAbcElement(values, element(values, r, c), r * cols + c, a, b);
      out.push({ row: r, col: c, formula: `=${asTerm(errorsFirst([a, b], text))}` });
    }
  }
  return out;
}
