/** A1 references inside one reference token: size, corners and shifted copies. */
import { columnIndex, columnName } from "../a1";

/** A rectangular A1 reference, e.g. `'KPI Cards'!$B$3:C9`, split into its parts. */
export interface A1Range {
  /** Sheet prefix exactly as written, including "!" ("" when none). */
  sheet: string;
  col1: number;
  row1: number;
  col2: number;
  row2: number;
  abs: [boolean, boolean, boolean, boolean];
}

// One reference token's text (already isolated by the tokenizer), not a formula.
const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)$/;

const colNumber = (letters: string): number => columnIndex(letters) + 1;

/** Column letters of a 1-based column number (the one A1 helper: workbook/a1.ts). */
export function colLetters(n: number): string {
  return columnName(n - 1);
}

/** Parses a reference token as an A1 cell or rectangle; undefined for names, tables, columns. */
export function parseA1(text: string): A1Range | undefined {
  const bang = text.lastIndexOf("!");
  const sheet = bang >= 0 ? text.slice(0, bang + 1) : "";
  const parts = text.slice(bang + 1).split(":");
  if (parts.length > 2) return undefined;
  const a = CELL.exec(parts[0]);
  const b = CELL.exec(parts[parts.length - 1]);
  if (!a || !b) return undefined;
  const [c1, c2] = [colNumber(a[2]), colNumber(b[2])];
  const [r1, r2] = [Number(a[4]), Number(b[4])];
  return {
    sheet,
    col1: Math.min(c1, c2),
    row1: Math.min(r1, r2),
    col2: Math.max(c1, c2),
    row2: Math.max(r1, r2),
    abs: [a[1] === "$", a[3] === "$", b[1] === "$", b[3] === "$"],
  };
}

/** Rows × columns of a range. */
export function a1Size(r: A1Range): { rows: number; cols: number } {
  return { rows: r.row2 - r.row1 + 1, cols: r.col2 - r.col1 + 1 };
}

/** Writes a sub-rectangle of `r` (0-based offsets from its top-left), keeping its $ signs. */
export function subRange(
  r: A1Range,
  top: number,
  left: number,
  rows: number,
  cols: number
): string {
  const cell = (c: number, row: number, ac: boolean, ar: boolean) =>
    `${ac ? "$" : ""}${colLetters(c)}${ar ? "$" : ""}${row}`;
  const c1 = r.col1 + left;
  const r1 = r.row1 + top;
  const first = cell(c1, r1, r.abs[0], r.abs[1]);
  if (rows === 1 && cols === 1) return r.sheet + first;
  return r.sheet + first + ":" + cell(c1 + cols - 1, r1 + rows - 1, r.abs[2], r.abs[3]);
}
