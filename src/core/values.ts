/**
 * Cell values as the KPI functions see them, and the conversions every argument goes through.
 * A blank is `null`: an empty cell, an omitted argument, `undefined` or the empty text "" (Excel
 * hands empty cells to custom functions as "" or null, and "" inside an array constant is treated
 * the same way so `{"",650}` can leave a min "not given").
 */
import { asKpiError, kpiError, KpiError } from "./errors";

/** A blank cell or a "not given" argument. */
export type Blank = null;

/** What a function returns for one cell. */
export type CellResult = number | string | Blank | KpiError;

/** A rectangular block of values, rows first (the shape Excel passes ranges in). */
export type Grid<T> = T[][];

/** True for a blank: null, undefined or "". */
export function isBlank(value: unknown): value is null | undefined | "" {
  return value === null || value === undefined || value === "";
}

/** Number of rows and columns of a grid. */
export interface Shape {
  rows: number;
  cols: number;
}

/** Writes a shape as "3×1" for messages. */
export function shapeText(shape: Shape): string {
  return `${shape.rows}×${shape.cols}`;
}

/**
 * Holds one parameter's ready-made errors, so a type error in a million-cell range does not build
 * a million messages (errors are immutable values, so sharing them is safe).
 */
export interface NumberReader {
  readonly text: KpiError;
  readonly boolean: KpiError;
  readonly notFinite: KpiError;
}

/** Makes the shared errors for reading numbers of one parameter. */
export function numberReader(param: string): NumberReader {
  return {
    text: kpiError("#VALUE!", "numberIsText", { param }),
    boolean: kpiError("#VALUE!", "numberIsBoolean", { param }),
    notFinite: kpiError("#NUM!", "numberNotFinite", { param }),
  };
}

/**
 * Reads one cell where a number is needed: a finite number, a blank (null), or an error (an error
 * value passes through; text and booleans give #VALUE!; NaN and infinities give #NUM!).
 */
export function readNumber(value: unknown, reader: NumberReader): number | Blank | KpiError {
  if (typeof value === "number") return value - value === 0 ? value : reader.notFinite;
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "boolean") return reader.boolean;
  if (typeof value === "string") return reader.text;
  return asKpiError(value) ?? reader.text;
}

/**
 * Reads one cell where a name or a number chosen from a list is needed (a method, a mode):
 * text or a number, a blank, or an error passed through. Booleans are returned as "TRUE"/"FALSE"
 * so the caller's parser rejects them with its own message.
 */
export function readOption(value: unknown): string | number | Blank | KpiError {
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number") return value;
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return asKpiError(value) ?? String(value);
}

/** A number rounded to 15 significant digits, the precision Excel compares numbers at. */
function round15(n: number): number {
  return Number(n.toPrecision(15));
}

/**
 * Compares two numbers the way Excel's comparison operators do: both sides rounded to 15
 * significant digits, so floating-point noise (0.1 + 0.2 = 0.30000000000000004, 0.4 + 0.4 + 0.15 =
 * 0.9500000000000001) cannot move a KPI across a threshold or make plan and min differ, and the
 * portable native formulas (compared by the spreadsheet itself) make the same decisions.
 * Returns -1, 0 or 1. This is the one comparison rule of every KPI function (DESIGN.md).
 */
export function compare15(x: number, y: number): -1 | 0 | 1 {
  if (x === y) return 0;
  if (clearlyApart(x, y)) return x < y ? -1 : 1;
  const a = round15(x);
  const b = round15(y);
  return a === b ? 0 : a < b ? -1 : 1;
}

/** x = y at 15 significant digits (see compare15). */
export function equal15(x: number, y: number): boolean {
  return compare15(x, y) === 0;
}

/** x ≤ limit at 15 significant digits (see compare15). */
export function atMost(x: number, limit: number): boolean {
  return x <= limit || compare15(x, limit) === 0;
}

/** x ≥ limit at 15 significant digits (see compare15). */
export function atLeast(x: number, limit: number): boolean {
  return x >= limit || compare15(x, limit) === 0;
}

/** x < limit at 15 significant digits (see compare15). */
export function below(x: number, limit: number): boolean {
  return !atLeast(x, limit);
}

/** x > limit at 15 significant digits (see compare15). */
export function above(x: number, limit: number): boolean {
  return !atMost(x, limit);
}

/** x is a whole number at 15 significant digits (3.0000000000000004 is 3, as Excel sees it). */
export function wholeAt15(x: number): boolean {
  return Number.isInteger(x) || Number.isInteger(round15(x));
}

/** x rounded to 15 significant digits (the number Excel shows and compares). */
export function at15(x: number): number {
  return round15(x);
}

/**
 * True when two numbers differ by far more than 15-digit rounding can hide (relative 1e-13), so
 * the costly rounding is skipped for nearly every comparison.
 */
function clearlyApart(x: number, y: number): boolean {
  return Math.abs(x - y) > 1e-13 * Math.max(Math.abs(x), Math.abs(y));
}

/** Wraps a single value as a 1×1 grid; passes a grid through. */
export function toGrid(value: unknown): Grid<unknown> {
  if (Array.isArray(value)) {
    if (value.length > 0 && !Array.isArray(value[0])) return [value];
    return value as Grid<unknown>;
  }
  return [[value]];
}

/** The shape of a grid (columns from the first row). */
export function shapeOf(grid: Grid<unknown>): Shape {
  return { rows: grid.length, cols: grid.length === 0 ? 0 : grid[0].length };
}

/** True when every row has the same number of cells and there is at least one cell. */
export function isRectangular(grid: Grid<unknown>): boolean {
  if (grid.length === 0) return false;
  const cols = grid[0]?.length ?? 0;
  if (cols === 0) return false;
  for (let r = 1; r < grid.length; r++) {
    if (!Array.isArray(grid[r]) || grid[r].length !== cols) return false;
  }
  return true;
}
