/**
 * Snapshots: what an adapter read from a workbook, as plain data, for the planner. Adapters fill
 * them and decide nothing; every decision made from them lives in src/workbook.
 */
import { MATRIX_TABLE_PREFIX } from "./headers";

/** A sheet's cells from A1 down and right (row 0 / column 0 are A1). */
export type Grid = readonly (readonly unknown[])[];

/** A sheet's values (errors as "#VALUE!" text or { error } objects) and formulas, from A1. */
export interface SheetCells {
  sheet: string;
  values: Grid;
  /** Formulas as Range.formulas reports them (constants as values); may equal `values`. */
  formulas: Grid;
}

/** An Excel table: its name, sheet and range (header row included). */
export interface TableInfo {
  name: string;
  sheet: string;
  /** A1 range on its sheet, header row included; "" when the adapter did not read it. */
  address: string;
}

/** Sheet names in order and the workbook's tables. */
export interface Inventory {
  sheets: string[];
  tables: TableInfo[];
}

/** True for a table the add-in made for a matrix. */
export function isMatrixTable(name: string): boolean {
  return name.toLowerCase().startsWith(MATRIX_TABLE_PREFIX.toLowerCase());
}

/** The sheets that hold a matrix table, in sheet order (what counts as a matrix sheet). */
export function matrixSheets(inv: Inventory): string[] {
  const withTable = new Set(inv.tables.filter((t) => isMatrixTable(t.name)).map((t) => t.sheet));
  return inv.sheets.filter((s) => withTable.has(s));
}

/** The matrix tables on one sheet. */
export function matrixTablesOn(inv: Inventory, sheet: string): string[] {
  return inv.tables.filter((t) => t.sheet === sheet && isMatrixTable(t.name)).map((t) => t.name);
}

/** A matrix table name no table of the workbook has (Excel compares names case-insensitively). */
export function freshMatrixTableName(inv: Inventory): string {
  const taken = new Set(inv.tables.map((t) => t.name.toLowerCase()));
  for (let i = 1; ; i++) {
    const name = `${MATRIX_TABLE_PREFIX}${i}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** True when a sheet of that name exists (Excel compares sheet names case-insensitively). */
export function hasSheet(inv: Inventory, sheet: string): boolean {
  return inv.sheets.some((s) => s.toLowerCase() === sheet.toLowerCase());
}

/**
 * One sheet as an adapter read it for a planner that works on a single sheet (an analysis, a
 * forecast): its cells, and whether the workbook is a portable copy. Undefined: no such sheet.
 */
export interface SheetRead {
  cells: SheetCells;
  portable: boolean;
}
