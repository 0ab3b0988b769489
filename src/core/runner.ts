/**
 * The one runner every KPI function goes through (the way HyperFormula's FunctionPlugin.runFunction
 * serves its plugins): it checks shapes, converts argument types, applies defaults, passes errors
 * through and broadcasts single values, so a function body is only its math.
 *
 * Order of checks: first the arguments that apply to the whole call (ranges of different shapes,
 * a single-value argument given a range, a bad scale or mode) in argument order — one of these
 * makes the whole result that one error; then, per element, the first error among that element's
 * arguments in argument order; then the body.
 */
import { kpiError, KpiError } from "./errors";
import {
  type CellResult,
  type Grid,
  isRectangular,
  numberReader,
  type NumberReader,
  readNumber,
  readOption,
  shapeOf,
  shapeText,
  toGrid,
} from "./values";

/** How an argument is read. */
export type ParamType = "number" | "option" | "range";

/** One parameter of a KPI function. */
export interface ParamSpec {
  /** English name (also the name in functions.json and the key of the Russian table). */
  name: string;
  /** number: numbers; option: a name or number parsed by `parse`; range: the whole range. */
  type: ParamType;
  /** each: one value per element of the result (broadcast); single: one value for the call. */
  shape?: "each" | "single";
  optional?: boolean;
  /** Used when the argument is omitted or blank. */
  default?: number | string;
  /** For options: turns a name or number into the value the body wants. */
  parse?: (value: string | number) => unknown;
  /** For ranges: checks and converts the whole range once (null when omitted or blank). */
  prepare?: (grid: Grid<unknown> | null) => unknown;
}

/** Where the result's shape comes from. */
export type ResultShape =
  | { kind: "each" }
  | { kind: "scalar" }
  | { kind: "like"; param: number }
  | { kind: "rows"; param: number };

/** Body of an element-wise function: converted arguments in, one cell out. */
export type EachBody = (a: any, b: any, c: any, d: any, e: any) => CellResult;

/** Body of a whole-range function: converted arguments in, a grid (or one cell) out. */
export type WholeBody = (args: unknown[]) => CellResult | Grid<CellResult>;

/** What the runner needs to know about a function. */
export interface RunSpec {
  params: readonly ParamSpec[];
  result: ResultShape;
  each?: EachBody;
  whole?: WholeBody;
  /** Optional hot loop over numeric ranges (see Kernel). */
  kernel?: Kernel;
}

/**
 * A function's own loop over its arguments when every range argument is numeric. `grids[k]` is
 * argument k's range (null when k is a single value, then `consts[k]` holds it). The kernel returns
 * the result grid: for each cell whose arguments are finite numbers and whose result is a finite
 * number, that number; for every other cell `full(r, c)`, the runner's full path (finishRow helps).
 * Living in the function's own module keeps the body call monomorphic, so V8 inlines it even when
 * Excel runs all seven functions through the one shared runner.
 *
 * `fresh` (see HostArgs): the argument arrays were made for this call alone, so the kernel may
 * return them as its result, writing a cell's result over that cell once every argument's value
 * for the cell has been read (a result row per cell is what makes a long column slow). `full(r, c)`
 * reads argument cells (r, c), so a kernel calls it before it writes anything into cell (r, c).
 * With `fresh` and a column (cols = 1), the runner leaves the rows after the first of number
 * arguments unchecked, so a long column is walked once, not twice: the kernel checks each row of
 * every range it reads is an array of one cell before it reads it, and returns null at the first
 * that is not (the runner then reports that range's shape, as its own check would have).
 */
export type Kernel = (
  grids: readonly (Grid<unknown> | null)[],
  consts: readonly unknown[],
  rows: number,
  cols: number,
  full: (r: number, c: number) => unknown,
  fresh: boolean
) => Grid<unknown> | null;

const resultTooLarge = kpiError("#NUM!", "resultTooLarge");

const READERS = new WeakMap<RunSpec, NumberReader[]>();

/** Per-parameter shared errors, made once per function rather than once per call. */
function readersFor(spec: RunSpec): NumberReader[] {
  let readers = READERS.get(spec);
  if (readers === undefined) {
    readers = spec.params.map((p) => numberReader(p.name));
    READERS.set(spec, readers);
  }
  return readers;
}

/** True for a converted element-wise argument that is an error (the only objects among them). */
function isErr(v: unknown): v is KpiError {
  return typeof v === "object" && v !== null;
}

function readEach(raw: unknown, p: ParamSpec, reader: NumberReader): unknown {
  if (p.type === "number") {
    const v = readNumber(raw, reader);
    return v === null && p.default !== undefined ? p.default : v;
  }
  let v = readOption(raw);
  if (v === null && p.default !== undefined) v = p.default;
  return v === null || isErr(v) || p.parse === undefined ? v : p.parse(v);
}

/** What a host says about the arguments it hands the runner (Excel's: src/functions/excel-adapter.ts). */
export interface HostArgs {
  /**
   * The arrays were made for this call alone — every row its own array, read by nobody once the
   * call returns — as Excel's are (it marshals a fresh copy of every argument for each call). Then
   * the result may be built in those arrays instead of new ones (a kernel's choice). Callers that
   * keep or share their arrays (tests, the core's own helpers) leave it false: their arguments are
   * never written to.
   */
  fresh: boolean;
  /**
   * Turns a host cell into a core value before it is read as a number or an option (Excel's
   * data-type objects), and returns plain values unchanged. Every cell of a number or option
   * parameter that is not a finite number passes through it (finite numbers skip it); the cells of
   * "range" parameters reach `prepare` as they are: the host reads those itself.
   */
  readCell?: (cell: unknown) => unknown;
}

const PLAIN_HOST: HostArgs = { fresh: false };

const asIs = (cell: unknown): unknown => cell;

/** Runs a function on host arguments (scalars or 2-D arrays; undefined/null when omitted). */
export function runFunction<E>(
  spec: RunSpec,
  rawArgs: readonly unknown[],
  emit: (r: CellResult) => E,
  host: HostArgs = PLAIN_HOST
): Grid<E> {
  // Contract: emit returns numbers unchanged (the hot loops skip it for numbers).
  try {
    return run(spec, rawArgs, emit, host);
  } catch (e) {
    // No input may make a function throw; a bug becomes a #VALUE! with its text.
    const error = kpiError("#VALUE!", "unexpected", e instanceof Error ? e.message : String(e));
    try {
      return [[emit(error)]];
    } catch {
      return [[error as unknown as E]];
    }
  }
}

function run<E>(
  spec: RunSpec,
  rawArgs: readonly unknown[],
  emit: (r: CellResult) => E,
  host: HostArgs
): Grid<E> {
  const params = spec.params;
  const n = params.length;
  const readCell = host.readCell ?? asIs;
  const grids: (Grid<unknown> | null)[] = new Array(n).fill(null);
  const consts: unknown[] = new Array(n).fill(null);
  const readers = readersFor(spec);
  let rows = 1;
  let cols = 1;
  let sized: Grid<unknown> | null = null;
  // Columns of number arguments whose rows the kernel checks as it reads them (see Kernel).
  const deferColumns = host.fresh && spec.kernel !== undefined && spec.result.kind === "each";
  const unchecked: { name: string; grid: Grid<unknown> }[] = [];
  /** The shape error of the first unchecked range that is not rectangular, else null. */
  const checkDeferred = (): Grid<E> | null => {
    for (const u of unchecked)
      if (!isRectangular(u.grid))
        return [[emit(kpiError("#VALUE!", "emptyRange", { param: u.name }))]];
    return null;
  };
  /** A whole-call error, unless an earlier argument's shape error comes first. */
  const fail = (err: KpiError): Grid<E> => checkDeferred() ?? [[emit(err)]];

  for (let i = 0; i < n; i++) {
    const p = params[i];
    const raw = rawArgs[i];
    const grid = raw === undefined || raw === null ? null : toGrid(raw);
    if (
      deferColumns &&
      p.type === "number" &&
      grid !== null &&
      grid.length > 1 &&
      Array.isArray(grid[0]) &&
      grid[0].length === 1
    ) {
      unchecked.push({ name: p.name, grid });
    } else if (grid !== null && !isRectangular(grid)) {
      return fail(kpiError("#VALUE!", "emptyRange", { param: p.name }));
    }
    if (p.type === "range") {
      const prepared = p.prepare ? p.prepare(grid) : grid;
      if (prepared instanceof KpiError) return fail(prepared);
      consts[i] = prepared;
      continue;
    }
    const single = grid === null || (grid.length === 1 && grid[0].length === 1);
    if (!single && (p.shape === "single" || spec.result.kind !== "each")) {
      const err = kpiError(
        "#VALUE!",
        "singleValueExpected",
        { param: p.name },
        shapeText(shapeOf(grid))
      );
      return fail(err);
    }
    if (single) {
      consts[i] = readEach(grid === null ? null : readCell(grid[0][0]), p, readers[i]);
      if (p.shape === "single" && isErr(consts[i])) return fail(consts[i] as KpiError);
      continue;
    }
    if (sized !== null && (grid.length !== rows || grid[0].length !== cols)) {
      const err = kpiError(
        "#VALUE!",
        "shapeMismatch",
        shapeText(shapeOf(sized)),
        shapeText(shapeOf(grid))
      );
      return fail(err);
    }
    sized = grid;
    rows = grid.length;
    cols = grid[0].length;
    grids[i] = grid;
  }

  if (spec.result.kind !== "each") return runWhole(spec, consts, emit);
  return runEach(
    spec,
    grids,
    consts,
    readers,
    rows,
    cols,
    emit,
    host.fresh,
    readCell,
    checkDeferred
  );
}

/**
 * The element-wise loop. Constant arguments are converted once; arguments given as ranges are read
 * per element. Fast path: when every range argument is numeric and its cell holds a finite number,
 * the body gets the numbers directly; any other cell goes through the full conversion. Both paths
 * give the same result (a property test checks it); the fast one keeps a million-cell KPI.INDEX
 * within a small factor of a bare loop.
 */
function runEach<E>(
  spec: RunSpec,
  grids: (Grid<unknown> | null)[],
  consts: unknown[],
  readers: NumberReader[],
  rows: number,
  cols: number,
  emit: (r: CellResult) => E,
  fresh: boolean,
  readCell: (cell: unknown) => unknown,
  checkDeferred: () => Grid<E> | null
): Grid<E> {
  const params = spec.params;
  const n = params.length;
  const body = spec.each as EachBody;
  const v: unknown[] = [null, null, null, null, null];
  const live: number[] = [];
  const checked: number[] = [];
  let fast = true;
  for (let k = 0; k < n; k++) {
    v[k] = consts[k];
    if (grids[k] !== null) {
      live.push(k);
      if (params[k].type !== "number") fast = false;
    } else if (params[k].type !== "range" && isErr(consts[k])) {
      fast = false;
    }
    if (params[k].type !== "range") checked.push(k);
  }
  const L = live.length;
  const liveRows: unknown[][] = new Array(L);
  const slowCell = (cells: unknown[][], c: number): CellResult => {
    for (let j = 0; j < L; j++)
      v[live[j]] = readEach(readCell(cells[j][c]), params[live[j]], readers[live[j]]);
    for (let j = 0; j < checked.length; j++) {
      const x = v[checked[j]];
      if (isErr(x)) return x;
    }
    const res = body(v[0], v[1], v[2], v[3], v[4]);
    return typeof res === "number" && res - res !== 0 ? resultTooLarge : res;
  };
  if (fast && spec.kernel !== undefined && L > 0) {
    const full = (r: number, c: number): E => {
      for (let j = 0; j < L; j++) liveRows[j] = (grids[live[j]] as Grid<unknown>)[r];
      return emit(slowCell(liveRows, c));
    };
    const result = spec.kernel(grids, v, rows, cols, full, fresh) as Grid<E> | null;
    if (result !== null) return result;
    const shapeError = checkDeferred();
    if (shapeError === null) throw new Error("the kernel refused a rectangular range");
    return shapeError;
  }
  const shapeError = checkDeferred();
  if (shapeError !== null) return shapeError;
  const out: Grid<E> = new Array(rows);
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < L; j++) liveRows[j] = (grids[live[j]] as Grid<unknown>)[r];
    const outRow: E[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      let plain = fast;
      for (let j = 0; plain && j < L; j++) {
        const x = liveRows[j][c];
        if (typeof x === "number" && x - x === 0) v[live[j]] = x;
        else plain = false;
      }
      const res = plain ? body(v[0], v[1], v[2], v[3], v[4]) : slowCell(liveRows, c);
      // Numbers skip emit: adapters return them unchanged.
      if (typeof res === "number" && res - res === 0) outRow[c] = res as E;
      else outRow[c] = emit(typeof res === "number" ? resultTooLarge : res);
    }
    out[r] = outRow;
  }
  return out;
}

/**
 * For kernels: once row r meets a cell that is not a plain number, finishes the row in a new array
 * through the full path. The kernel's own row arrays then only ever hold numbers, so V8 keeps
 * their allocation site for unboxed numbers (one text or error would otherwise box every number).
 */
export function finishRow(
  numbers: readonly unknown[],
  r: number,
  from: number,
  cols: number,
  full: (r: number, c: number) => unknown
): unknown[] {
  const row = numbers.slice(0, from) as unknown[];
  for (let c = from; c < cols; c++) row.push(full(r, c));
  return row;
}

function runWhole<E>(spec: RunSpec, consts: unknown[], emit: (r: CellResult) => E): Grid<E> {
  for (let i = 0; i < consts.length; i++) {
    if (spec.params[i].type !== "range" && isErr(consts[i])) return [[emit(consts[i] as KpiError)]];
  }
  const result = (spec.whole as WholeBody)(consts);
  const grid: Grid<CellResult> = Array.isArray(result) ? result : [[result]];
  return grid.map((row) =>
    row.map((res) => emit(typeof res === "number" && res - res !== 0 ? resultTooLarge : res))
  );
}

const identity = (r: CellResult): CellResult => r;

/** Runs a function and returns its whole result grid in core values (KpiError, null for blank). */
export function evaluateGrid(spec: RunSpec, args: readonly unknown[]): Grid<CellResult> {
  return runFunction(spec, args, identity);
}

/** Runs a function on single values and returns its one result (the top-left cell). */
export function evaluateCell(spec: RunSpec, args: readonly unknown[]): CellResult {
  return runFunction(spec, args, identity)[0][0];
}
