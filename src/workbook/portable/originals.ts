/**
 * Where a portable workbook keeps its original KPI formulas: a very hidden sheet
 * "KPI_Originals", one row per converted cell (sheet, cell, original formula, portable formula),
 * every formula stored as text — never as a formula, so the sheet itself needs no add-in.
 * A sheet works the same through Office.js and in a file (exceljs), survives Save As and is
 * copied with the workbook; a very hidden sheet is not listed under Unhide.
 */

/**
 * The name the add-in gives the sheet that keeps the originals when it is free. The sheet is
 * found by its note in A1 (`isOriginalsSheet`), never by name: a user's own sheet of this name
 * is an ordinary sheet, converted like any other and never overwritten, hidden or deleted; the
 * add-in then names its sheet `KPI_Originals_2` (or the next free number).
 */
export const ORIGINALS_SHEET = "KPI_Originals";

/** First row: a note for anyone who finds the sheet (EN + RU in one cell each). */
export const ORIGINALS_NOTE = [
  "KPI Cards: original KPI formulas of this portable copy. Do not edit: used by Restore KPI formulas.",
  "Карточки KPI: исходные формулы KPI этой переносимой копии. Не изменяйте: нужны для «Вернуть формулы KPI».",
];

/** Second row: column headers. */
export const ORIGINALS_HEADER = ["Sheet", "Cell", "Original formula", "Portable formula"];

/** Records start on this 0-based row. */
export const FIRST_RECORD_ROW = 2;

/** One converted cell. */
export interface OriginalRecord {
  sheet: string;
  /** A1 address without the sheet, e.g. "J6". */
  address: string;
  /**
   * The KPI formula as it was, with its leading "="; "" for a cell that was part of a spill
   * area (empty before the conversion, emptied again on restore).
   */
  original: string;
  /** The native formula written in its place, with "=". */
  portable: string;
}

/** The rows of the originals sheet (note, header, records) as text. */
export function originalsRows(records: readonly OriginalRecord[]): string[][] {
  return [
    [ORIGINALS_NOTE[0], ORIGINALS_NOTE[1], "", ""],
    [...ORIGINALS_HEADER],
    ...records.map((r) => [r.sheet, r.address, r.original, r.portable]),
  ];
}

/** True when a sheet whose first cell (A1) holds `a1` is the add-in's originals sheet. */
export function isOriginalsSheet(a1: unknown): boolean {
  return typeof a1 === "string" && a1.trim() === ORIGINALS_NOTE[0];
}

/**
 * The name for a new originals sheet: `KPI_Originals`, or `KPI_Originals_2`, `_3`… when a sheet
 * already has that name (Excel compares sheet names ignoring case).
 */
export function freeOriginalsName(sheets: readonly string[]): string {
  const taken = new Set(sheets.map((n) => n.toUpperCase()));
  if (!taken.has(ORIGINALS_SHEET.toUpperCase())) return ORIGINALS_SHEET;
  for (let i = 2; ; i++) {
    const name = `${ORIGINALS_SHEET}_${i}`;
    if (!taken.has(name.toUpperCase())) return name;
  }
}

/**
 * The records that count: one per cell, the last one written wins (a conversion appends its
 * records below the kept ones, so a cell converted again has a newer record further down).
 */
export function latestRecords(records: readonly OriginalRecord[]): OriginalRecord[] {
  const byCell = new Map<string, OriginalRecord>();
  for (const r of records) {
    const key = cellKey(r.sheet, r.address);
    byCell.delete(key);
    byCell.set(key, r);
  }
  return [...byCell.values()];
}

/** Reads records back from the sheet's values (rows of any cell values); bad rows are skipped. */
export function readOriginals(values: readonly (readonly unknown[])[]): OriginalRecord[] {
  const out: OriginalRecord[] = [];
  for (let r = FIRST_RECORD_ROW; r < values.length; r++) {
    const [sheet, address, raw, portable] = values[r] ?? [];
    const original = raw === null || raw === undefined ? "" : raw;
    if (typeof sheet !== "string" || typeof address !== "string" || typeof original !== "string") {
      continue;
    }
    if (sheet === "" || address === "" || typeof portable !== "string") continue;
    // A record is an original formula, or an emptied spill cell with the formula we wrote there.
    if (!original.startsWith("=") && !(original === "" && portable.startsWith("="))) continue;
    out.push({ sheet, address, original, portable });
  }
  return out;
}

/** Key of a cell for lookups. */
export function cellKey(sheet: string, address: string): string {
  return `${sheet}\u0000${address.replace(/\$/g, "").toUpperCase()}`;
}
