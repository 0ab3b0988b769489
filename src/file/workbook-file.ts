/**
 * The file adapter: reads an .xlsx (written by the add-in's example script, or saved by Excel or
 * LibreOffice) with exceljs into the same snapshot of cells the Office and sandbox adapters read,
 * and hands it to the same readers (src/workbook) and the same check (src/core/lint). Node only
 * (`npm run check`); exceljs is a devDependency and never part of the add-in bundle.
 */
import ExcelJS from "exceljs";
import type { Card } from "../core/card";
import { lintWorkbook, type Finding } from "../core/lint";
import type { MatrixSnapshot } from "../core/matrix/types";
import { parseRange } from "../workbook/a1";
import { cardColumns, readCardGrid, type CardGrid } from "../workbook/card-table";
import { CARD_SHEET, CARD_TABLE_NAME, isLabel } from "../workbook/headers";
import { readMatrixCells } from "../workbook/matrix-read";
import { matrixSheets, type SheetCells, type TableInfo } from "../workbook/snapshot";

/** One sheet as read: values (cached results for formulas) and formulas ("=…"), from A1. */
export type FileSheet = SheetCells;

/** Everything the check reads from a file. */
export interface WorkbookFile {
  sheets: FileSheet[];
  tables: TableInfo[];
  /** Formula cells the file holds no computed value for (a file nobody opened in Excel yet). */
  uncalculated: number;
}

/** Days from 1899-12-30 (Excel's day 0 in the 1900 date system) to 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25569;

/** A value exceljs gives for a constant or a cached result, as Range.values would report it. */
function plainValue(v: unknown): unknown {
  if (v === null || v === undefined) return "";
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.getTime() / 86400000 + EXCEL_EPOCH_DAYS;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return { error: o.error };
    if (Array.isArray(o.richText)) {
      return (o.richText as { text?: unknown }[]).map((r) => String(r.text ?? "")).join("");
    }
    if ("text" in o) return plainValue(o.text);
  }
  return String(v);
}

/** Reads one cell: its value (a formula's cached result) and its formula, if any. */
function readCell(cell: ExcelJS.Cell): { value: unknown; formula: unknown; uncalculated: boolean } {
  if (cell.type === ExcelJS.ValueType.Merge) return { value: "", formula: "", uncalculated: false };
  if (cell.type === ExcelJS.ValueType.Formula) {
    // Cell.value drops a falsy cached result (0) when it copies the model; Cell.result does not.
    const result: unknown = cell.result;
    const formula = `=${cell.formula}`;
    const missing = result === undefined || result === null;
    return { value: missing ? "" : plainValue(result), formula, uncalculated: missing };
  }
  const value = plainValue(cell.value);
  return { value, formula: value, uncalculated: false };
}

/** Reads a workbook already loaded by exceljs into sheets of cells and its tables. */
export function readWorkbook(wb: ExcelJS.Workbook): WorkbookFile {
  const sheets: FileSheet[] = [];
  const tables: TableInfo[] = [];
  let uncalculated = 0;
  wb.eachSheet((ws) => {
    const values: unknown[][] = [];
    const formulas: unknown[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const v: unknown[] = [];
      const f: unknown[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const c = readCell(cell);
        v[colNumber - 1] = c.value;
        f[colNumber - 1] = c.formula;
        if (c.uncalculated) uncalculated += 1;
      });
      values[rowNumber - 1] = Array.from(v, (x) => (x === undefined ? "" : x));
      formulas[rowNumber - 1] = Array.from(f, (x) => (x === undefined ? "" : x));
    });
    const fill = (g: unknown[][]): unknown[][] => Array.from(g, (line) => line ?? []);
    sheets.push({ sheet: ws.name, values: fill(values), formulas: fill(formulas) });
    for (const entry of ws.getTables() as unknown[]) {
      // exceljs 4.4 declares [Table, void][] but returns the tables themselves.
      const t = (Array.isArray(entry) ? entry[0] : entry) as {
        table?: { name?: string; tableRef?: string; ref?: string };
      };
      const name = t.table?.name;
      const address = t.table?.tableRef ?? t.table?.ref;
      if (name && address) tables.push({ name, sheet: ws.name, address });
    }
  });
  return { sheets, tables, uncalculated };
}

/** Reads an .xlsx file; throws (with exceljs's reason) when it is not a readable workbook. */
export async function readWorkbookFile(file: string): Promise<WorkbookFile> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return readWorkbook(wb);
}

const HEADER_SEARCH_ROWS = 20;

/** The card table's cells: the KpiCards table, else a "KPI Cards" sheet with card headers. */
export function cardGridOf(book: WorkbookFile): CardGrid | undefined {
  const table = book.tables.find((t) => t.name.toLowerCase() === CARD_TABLE_NAME.toLowerCase());
  const sheetOf = (name: string): FileSheet | undefined =>
    book.sheets.find((s) => s.sheet === name);
  if (table) {
    const values = sheetOf(table.sheet)?.values ?? [];
    const r = parseRange(table.address);
    const line = (row: number): unknown[] =>
      Array.from({ length: r.cols }, (_, c) => values[row]?.[r.col + c] ?? "");
    return {
      headers: line(r.row),
      rows: Array.from({ length: r.rows - 1 }, (_, i) => line(r.row + 1 + i)),
    };
  }
  // A file whose table was lost on the way (saved as plain cells): the sheet by its name.
  const sheet = book.sheets.find((s) => isLabel(s.sheet, CARD_SHEET));
  if (!sheet) return undefined;
  for (let row = 0; row < Math.min(sheet.values.length, HEADER_SEARCH_ROWS); row++) {
    const headers = sheet.values[row] ?? [];
    if (cardColumns(headers).code === undefined) continue;
    return { headers, rows: sheet.values.slice(row + 1).map((line) => line ?? []) };
  }
  return undefined;
}

/**
 * The matrices of a file: as in the add-in, the sheets holding a matrix table (KpiMatrix…);
 * in a file whose tables were lost on the way (plain cells), every sheet laid out as a matrix.
 */
export function matricesOf(book: WorkbookFile): MatrixSnapshot[] {
  const read = (sheets: readonly FileSheet[]): MatrixSnapshot[] =>
    sheets
      .map((s) => readMatrixCells(s)?.snapshot)
      .filter((m): m is MatrixSnapshot => m !== undefined);
  const names = new Set(
    matrixSheets({ sheets: book.sheets.map((s) => s.sheet), tables: book.tables })
  );
  const tabled = read(book.sheets.filter((s) => names.has(s.sheet)));
  return tabled.length > 0 ? tabled : read(book.sheets);
}

/** What the file holds for the check: its cards (undefined: no card table) and matrices. */
export function snapshotsOf(book: WorkbookFile): { cards?: Card[]; matrices: MatrixSnapshot[] } {
  const grid = cardGridOf(book);
  return { cards: grid ? readCardGrid(grid) : undefined, matrices: matricesOf(book) };
}

/** The result of checking a file. */
export interface FileCheck {
  findings: Finding[];
  matrices: number;
  uncalculated: number;
}

/** Reads a workbook file and runs the check (DESIGN.md "Lint") on every matrix in it. */
export async function checkWorkbookFile(file: string): Promise<FileCheck> {
  const book = await readWorkbookFile(file);
  const { cards, matrices } = snapshotsOf(book);
  return {
    findings: lintWorkbook({ cards, matrices }),
    matrices: matrices.length,
    uncalculated: book.uncalculated,
  };
}
