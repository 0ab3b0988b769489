/**
 * The History table ("KPI history" / "История", table KpiHistory): its fixed columns, reading it
 * back in either language (wherever the user moved or renamed its headers) and the steps that
 * append a closed period's rows to it, creating it when the workbook has none. The rows are a
 * snapshot: plain numbers and text, never formulas.
 */
import type { Lang, LocalText } from "../core/card";
import { parseRange, rangeAddress } from "./a1";
import { recognizeHeaders } from "./headers";
import { FORMATS } from "./matrix-plan";
import type { CellInput, PlanStep } from "./plan";
import { uniqueSheetName } from "./sheet-names";
import type { Grid, Inventory } from "./snapshot";
import { numberFromCell, textFromCell } from "./text";

/** Not "History": Excel keeps that sheet name for itself (worksheets.add("History") fails). */
export const HISTORY_SHEET: LocalText = { en: "KPI history", ru: "История" };
export const HISTORY_TABLE_NAME = "KpiHistory";
export const HISTORY_COLUMNS = [
  "period",
  "employee",
  "unit",
  "code",
  "weight",
  "min",
  "plan",
  "max",
  "fact",
  "index",
  "score",
  "bonus",
] as const;
export type HistoryColumn = (typeof HISTORY_COLUMNS)[number];

export const HISTORY_HEADERS: Readonly<Record<HistoryColumn, LocalText>> = {
  period: { en: "Period", ru: "Период" },
  employee: { en: "Employee", ru: "Сотрудник" },
  unit: { en: "Unit", ru: "Подразделение" },
  code: { en: "Code", ru: "Код" },
  weight: { en: "Weight", ru: "Вес" },
  min: { en: "Min", ru: "Минимум" },
  plan: { en: "Plan", ru: "План" },
  max: { en: "Max", ru: "Максимум" },
  fact: { en: "Fact", ru: "Факт" },
  index: { en: "Index", ru: "Индекс" },
  score: { en: "Score", ru: "Результат" },
  bonus: { en: "Bonus", ru: "Премия" },
};

/** History's header row in a language, column by column. */
export function historyHeaders(lang: Lang): string[] {
  return HISTORY_COLUMNS.map((c) => HISTORY_HEADERS[c][lang]);
}

const HISTORY_FORMATS: Readonly<Record<HistoryColumn, string>> = {
  period: FORMATS.general,
  employee: FORMATS.general,
  unit: FORMATS.general,
  code: FORMATS.general,
  weight: FORMATS.percent,
  min: FORMATS.number,
  plan: FORMATS.number,
  max: FORMATS.number,
  fact: FORMATS.number,
  index: FORMATS.percent1,
  score: FORMATS.percent1,
  bonus: FORMATS.money,
};

/** An Excel table as read: where it is (header row included), its values and formulas. */
export interface TableCells {
  name: string;
  sheet: string;
  /** A1 range on its sheet, header row included. */
  address: string;
  values: Grid;
  formulas: Grid;
}

/** One row of History, as read (numbers where the cell holds one). */
export interface HistoryRow {
  period: string;
  employee: string;
  unit: string;
  code: string;
  weight?: number;
  min?: number;
  plan?: number;
  max?: number;
  fact?: number;
  index?: number;
  score?: number;
  bonus?: number;
}

/** The History table read back: its rows and where each known column is (0-based, on the sheet). */
export interface HistoryReading {
  rows: HistoryRow[];
  /** Sheet columns of the known headers (the user may have moved or renamed some). */
  cols: Partial<Record<HistoryColumn, number>>;
  sheet: string;
  /** The table's range, header row included. */
  address: string;
}

const TEXT_COLUMNS = new Set<HistoryColumn>(["period", "employee", "unit", "code"]);

/**
 * Where History's known columns are in its header row (0-based within the table), in either
 * language, wherever the user moved them. A header the user renamed keeps its place: a column not
 * found by name is the one at its usual position, when no other known header is there.
 */
export function historyColumns(header: readonly unknown[]): Partial<Record<HistoryColumn, number>> {
  const keys = recognizeHeaders(header as unknown[], HISTORY_HEADERS);
  HISTORY_COLUMNS.forEach((c, i) => {
    if (!keys.includes(c) && i < header.length && keys[i] === undefined) keys[i] = c;
  });
  const out: Partial<Record<HistoryColumn, number>> = {};
  keys.forEach((k, i) => {
    if (k) out[k] = i;
  });
  return out;
}

/** Reads the History table in either language (rows without a period or employee are skipped). */
export function readHistory(table: TableCells): HistoryReading {
  const at = parseRange(table.address);
  const header = table.values[0] ?? [];
  const byIndex = historyColumns(header);
  const cols: Partial<Record<HistoryColumn, number>> = {};
  for (const c of HISTORY_COLUMNS) if (byIndex[c] !== undefined) cols[c] = at.col + byIndex[c]!;
  const rows: HistoryRow[] = [];
  for (const line of table.values.slice(1)) {
    const text = (c: HistoryColumn) =>
      byIndex[c] === undefined ? "" : textFromCell(line[byIndex[c]!]).trim();
    const row: HistoryRow = {
      period: text("period"),
      employee: text("employee"),
      unit: text("unit"),
      code: text("code"),
    };
    for (const c of HISTORY_COLUMNS) {
      if (TEXT_COLUMNS.has(c) || byIndex[c] === undefined) continue;
      const n = numberFromCell(line[byIndex[c]!]);
      if (n !== undefined) (row as unknown as Record<string, number>)[c] = n;
    }
    if (row.period && row.employee) rows.push(row);
  }
  return { rows, cols, sheet: table.sheet, address: table.address };
}

/** The History table's columns on its sheet, and where it is. */
export interface HistoryTarget {
  sheet: string;
  cols: Partial<Record<HistoryColumn, number>>;
}

/** The batches that append the closed rows to History (creating the table when missing). */
export function historyGroups(
  input: { history?: TableCells; inv: Inventory; lang: Lang },
  rows: CellInput[][],
  maxBytes: number
): { groups: PlanStep[][]; target: HistoryTarget; newSheets: string[] } {
  const width = HISTORY_COLUMNS.length;
  const formats = (n: number) =>
    Array.from({ length: n }, () => HISTORY_COLUMNS.map((c) => HISTORY_FORMATS[c]));
  // Rows per batch: a History row is ~150 bytes of JSON; stay well under the batch size.
  const perBatch = Math.max(1, Math.floor(maxBytes / 400));
  const chunks: CellInput[][][] = [];
  for (let i = 0; i < rows.length; i += perBatch) chunks.push(rows.slice(i, i + perBatch));
  const groups: PlanStep[][] = [];
  if (input.history) {
    const h = readHistory(input.history);
    const at = parseRange(input.history.address);
    let bottom = at.row + at.rows;
    for (const chunk of chunks) {
      groups.push([
        {
          kind: "addTableRows",
          table: input.history.name,
          sheet: input.history.sheet,
          address: rangeAddress(bottom, at.col, chunk.length, at.cols),
          inputs: chunk.map((r) => fitTo(r, h.cols, at.col, at.cols)),
          numberFormats: formats(chunk.length).map((f) =>
            fitTo(f, h.cols, at.col, at.cols, "General")
          ),
        },
      ]);
      bottom += chunk.length;
    }
    return { groups, target: { sheet: input.history.sheet, cols: h.cols }, newSheets: [] };
  }
  const sheet = uniqueSheetName(HISTORY_SHEET[input.lang], input.inv.sheets);
  const header = historyHeaders(input.lang);
  const firstRows = chunks[0] ?? [new Array<CellInput>(width).fill("")];
  const first: PlanStep[] = [
    { kind: "addSheet", sheet },
    {
      kind: "cells",
      sheet,
      address: rangeAddress(0, 0, firstRows.length + 1, width),
      inputs: [header, ...firstRows],
      numberFormats: [header.map(() => FORMATS.general), ...formats(firstRows.length)],
    },
    {
      kind: "addTable",
      sheet,
      name: HISTORY_TABLE_NAME,
      address: rangeAddress(0, 0, firstRows.length + 1, width),
      style: "TableStyleMedium2",
    },
    { kind: "columnWidths", sheet, widths: [80, 180, 120, 110, 60, 70, 70, 70, 70, 70, 70, 90] },
    { kind: "freezeRows", sheet, rows: 1 },
  ];
  groups.push(first);
  let bottom = firstRows.length + 1;
  for (const chunk of chunks.slice(1)) {
    groups.push([
      {
        kind: "addTableRows",
        table: HISTORY_TABLE_NAME,
        sheet,
        address: rangeAddress(bottom, 0, chunk.length, width),
        inputs: chunk,
        numberFormats: formats(chunk.length),
      },
    ]);
    bottom += chunk.length;
  }
  const cols = Object.fromEntries(HISTORY_COLUMNS.map((c, i) => [c, i])) as Record<
    HistoryColumn,
    number
  >;
  return { groups, target: { sheet, cols }, newSheets: [sheet] };
}

/**
 * A History line laid out as the user's table has its columns (moved, renamed or added ones):
 * each known value under its header, "" under the user's own columns.
 */
function fitTo<T>(
  line: T[],
  cols: Partial<Record<HistoryColumn, number>>,
  left: number,
  width: number,
  blank: T = "" as T
): T[] {
  const out: T[] = new Array<T>(width).fill(blank);
  HISTORY_COLUMNS.forEach((c, i) => {
    const at = cols[c];
    if (at !== undefined && at - left < width) out[at - left] = line[i];
  });
  return out;
}

/** A History line as planned, read back as a row (for the Trends sheet's lists). */
export function readHistoryLine(line: CellInput[]): HistoryRow {
  const v = (c: HistoryColumn) => line[HISTORY_COLUMNS.indexOf(c)];
  const text = (c: HistoryColumn) => String(v(c)).replace(/^'/, "");
  return {
    period: text("period"),
    employee: text("employee"),
    unit: text("unit"),
    code: text("code"),
  };
}
