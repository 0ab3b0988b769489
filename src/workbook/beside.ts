/**
 * Blocks the add-in writes beside the user's data (the run-rate forecast beside a matrix, the
 * ABC-XYZ classes beside a selected range): where free columns are, and which cells of an
 * earlier block of the add-in may be written again. Never over a cell the user filled.
 */
import { cellAddress, rangeAddress } from "./a1";
import type { CellInput, PlanStep, StylePlan } from "./plan";
import type { SheetCells } from "./snapshot";
import { isBlankCell } from "./text";

/** Excel's last column (XFD), 0-based. */
export const LAST_COLUMN = 16383;
/** Excel's last row, 0-based. */
export const LAST_ROW = 1048575;

/** True when a cell holds nothing: no value and no formula (a formula giving "" is not blank). */
export function cellFree(cells: SheetCells, row: number, col: number): boolean {
  return isBlankCell(cells.values[row]?.[col]) && isBlankCell(cells.formulas[row]?.[col]);
}

/** A rectangle of cells (0-based), rows × cols from (row, col). */
export interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** The first filled cell of an area, by rows then columns; undefined when all are free. */
export function firstFilled(cells: SheetCells, a: Area): { row: number; col: number } | undefined {
  for (let r = a.row; r < a.row + a.rows; r++)
    for (let c = a.col; c < a.col + a.cols; c++)
      if (!cellFree(cells, r, c)) return { row: r, col: c };
  return undefined;
}

/** Where a block goes: its first column, or the cell that stops it there (A1). */
export type Placement = { col: number } | { blocked: string };

/**
 * The first column from `from` (and at most `maxShift` columns further right) where every area
 * `areas(col)` gives is free of the user's cells. When none is, the cell that blocks the
 * nearest position, so the user is told which cell to clear or move; past Excel's last column,
 * that column's address.
 */
export function findFreeColumns(
  cells: SheetCells,
  from: number,
  maxShift: number,
  areas: (col: number) => Area[]
): Placement {
  let first: string | undefined;
  for (let col = from; col <= from + maxShift; col++) {
    const list = areas(col);
    const end = Math.max(...list.map((a) => a.col + a.cols - 1));
    if (end > LAST_COLUMN) {
      first ??= cellAddress(list[0].row, LAST_COLUMN);
      break;
    }
    let blocked: { row: number; col: number } | undefined;
    for (const a of list) {
      blocked = firstFilled(cells, a);
      if (blocked) break;
    }
    if (!blocked) return { col };
    first ??= cellAddress(blocked.row, blocked.col);
  }
  return { blocked: first! };
}

/** What a planned cell is: the add-in's formula or label (rewritten), or a value the user may edit. */
export type OwnKind = "formula" | "label";

/** One cell of a block the add-in writes. */
export interface PlannedCell {
  row: number;
  col: number;
  input: CellInput;
  format?: string;
  /** Label texts this cell may hold from an earlier run (either language). */
  labels?: readonly string[];
  /** Written whatever the cell holds: the planner has decided (a value the user changed in the pane). */
  force?: boolean;
}

/**
 * True when an earlier run of the add-in could have left this content in a cell it now writes:
 * a formula (the add-in's cells are formulas or labels; a formula the user typed there instead
 * is replaced, as a matrix's index formulas are), or one of the cell's labels.
 */
function oursBefore(cells: SheetCells, p: PlannedCell): boolean {
  const f = cells.formulas[p.row]?.[p.col];
  if (typeof f === "string" && f.startsWith("=")) return true;
  const v = cells.values[p.row]?.[p.col];
  if (typeof v !== "string") return false;
  const t = v.trim().toLowerCase();
  return (p.labels ?? []).some((l) => l.toLowerCase() === t) || t === String(p.input).toLowerCase();
}

/** The writes of a set of planned cells, and the cells kept because the user typed there. */
export interface BlockWrites {
  steps: PlanStep[];
  /** A1 addresses of cells the plan would write but the user filled: they stay as typed. */
  kept: string[];
}

/**
 * The steps that write planned cells onto a sheet: one "cells" step per run of adjacent cells
 * in a row (a cell the plan does not write is never inside a write). On a first run every cell
 * is free (the placement made sure); on a later run a cell that holds something the add-in did
 * not write stays as the user left it and is reported in `kept`.
 */
export function writeCells(
  sheet: string,
  cells: SheetCells,
  planned: readonly PlannedCell[],
  styles: readonly StylePlan[] = []
): BlockWrites {
  const kept: string[] = [];
  const byRow = new Map<number, PlannedCell[]>();
  for (const p of planned) {
    if (!p.force && !cellFree(cells, p.row, p.col) && !oursBefore(cells, p)) {
      kept.push(cellAddress(p.row, p.col));
      continue;
    }
    const line = byRow.get(p.row) ?? [];
    line.push(p);
    byRow.set(p.row, line);
  }
  const steps: PlanStep[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const line = byRow.get(row)!.sort((a, b) => a.col - b.col);
    let i = 0;
    while (i < line.length) {
      let j = i;
      while (j + 1 < line.length && line[j + 1].col === line[j].col + 1) j++;
      const run = line.slice(i, j + 1);
      const anyFormat = run.some((p) => p.format !== undefined);
      steps.push({
        kind: "cells",
        sheet,
        address: rangeAddress(row, run[0].col, 1, run.length),
        inputs: [run.map((p) => p.input)],
        ...(anyFormat ? { numberFormats: [run.map((p) => p.format ?? null)] } : {}),
      });
      i = j + 1;
    }
  }
  for (const s of styles) steps.push({ kind: "style", sheet, ...s });
  return { steps, kept };
}

/** Reads a cell reference argument ("$N$5", "N5") of a formula's call, when it is one cell. */
export function cellArgs(formula: unknown, fn: string): string[] | undefined {
  if (typeof formula !== "string") return undefined;
  const at = formula.toUpperCase().indexOf(`${fn.toUpperCase()}(`);
  if (at < 0) return undefined;
  const args: string[] = [];
  let depth = 0;
  let cur = "";
  let inText = false;
  for (const ch of formula.slice(at + fn.length + 1)) {
    if (ch === '"') inText = !inText;
    if (!inText && ch === "(") depth++;
    if (!inText && ch === ")") {
      if (depth === 0) break;
      depth--;
    }
    if (!inText && depth === 0 && ch === ",") {
      args.push(cur.trim());
      cur = "";
      continue;
    }
    cur += ch;
  }
  args.push(cur.trim());
  return args;
}

/** Numbers equal as Excel compares them (15 significant digits); blanks equal blanks. */
export function sameNumber(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a === b || Number(a.toPrecision(15)) === Number(b.toPrecision(15));
}

/**
 * A value the user may edit both in the pane and in the sheet, three-way: `sheet` as it is now,
 * `base` as the pane read it, `pane` as the pane asks. The pane's value is written when the user
 * changed it in the pane and the sheet still holds what the pane read; a value changed in the
 * sheet meanwhile stays (a conflict when the pane changed it too). Without a base (the pane did
 * not read the sheet), a filled cell stays.
 */
export function threeWay(
  sheet: number | undefined,
  sheetBlank: boolean,
  base: number | undefined,
  pane: number | undefined,
  hasBase: boolean
): { write: boolean; conflict: boolean } {
  if (!hasBase) return { write: sheetBlank, conflict: false };
  if (sameNumber(pane, base)) return { write: false, conflict: false };
  if (sameNumber(sheet, base)) return { write: true, conflict: false };
  return { write: false, conflict: !sameNumber(sheet, pane) };
}

/** A range address as Excel reports it ("'My sheet'!B2:D9", "Data!A1"): its sheet and A1 part. */
export function splitSheetAddress(address: string): { sheet?: string; address: string } {
  const i = address.lastIndexOf("!");
  if (i < 0) return { address };
  let sheet = address.slice(0, i);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: address.slice(i + 1) };
}
