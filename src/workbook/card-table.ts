/** The card table ("KPI Cards" / "Карточки KPI"): reading its grid and planning writes. */
import {
  DIRECTION_NAMES,
  METHOD_NAMES,
  defaultMethod,
  parseDirection,
  parseMethod,
  type Card,
  type Lang,
} from "../core/card";
import { isPercentUnit } from "../core/library/units";
import { cellAddress, parseRange, rangeAddress, rangesOverlap } from "./a1";
import {
  CARD_COLUMNS,
  CARD_HEADERS,
  CARD_SHEET,
  CARD_TABLE_NAME,
  recognizeHeaders,
  type CardColumn,
} from "./headers";
import { FORMATS } from "./matrix-plan";
import type { CellInput, PlanStep, WorkbookPlan } from "./plan";
import { uniqueSheetName } from "./sheet-names";
import type { Inventory, TableInfo } from "./snapshot";
import { numberFromCell, textFromCell, textInput } from "./text";

/** The card table as read: its header row and data rows (values), in sheet order. */
export interface CardGrid {
  headers: readonly unknown[];
  rows: readonly (readonly unknown[])[];
}

/** A cell write in the table body (0-based row and column within the data rows). */
export interface CardCellWrite {
  row: number;
  col: number;
  input: CellInput;
  numberFormat: string;
}

/** What saving cards changes in an existing table. */
export interface CardSavePlan {
  /** Columns the table lacks but the cards need, appended at its right, with their headers. */
  addColumns: { key: CardColumn; header: string }[];
  /** Changed cells of existing rows (only the ones that differ). */
  updates: CardCellWrite[];
  /** New rows, full table width (after addColumns), in the table's column order. */
  appends: CellInput[][];
  /** Number formats of the appended rows, same shape. */
  appendFormats: string[][];
}

const NUMERIC: ReadonlySet<CardColumn> = new Set(["min", "plan", "max", "weight"]);

const YES = new Set(["true", "yes", "y", "x", "1", "✓", "✔", "истина", "да", "д", "+"]);

/**
 * A yes/no cell (the card table's "Collective" column): TRUE (ИСТИНА), 1, or a word such as
 * "yes", "да", "x", "✓" in either language is yes; anything else, blank included, is no.
 */
export function flagFromCell(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1;
  return YES.has(textFromCell(value).trim().toLowerCase());
}

/** A card's own status thresholds from its cells (numbers only; blank: the matrix's). */
function ownThresholds(amber: unknown, green: unknown): Pick<Card, "statusAmber" | "statusGreen"> {
  const a = numberFromCell(amber);
  const g = numberFromCell(green);
  return {
    ...(a !== undefined ? { statusAmber: a } : {}),
    ...(g !== undefined ? { statusGreen: g } : {}),
  };
}

/** Column of each known field, from the header row (either language). */
export function cardColumns(headers: readonly unknown[]): Partial<Record<CardColumn, number>> {
  const out: Partial<Record<CardColumn, number>> = {};
  recognizeHeaders(headers, CARD_HEADERS).forEach((k, i) => {
    if (k) out[k] = i;
  });
  return out;
}

/** The language a table's headers are in ("ru" when any header is a Russian one). */
export function headerLanguage(headers: readonly unknown[], fallback: Lang): Lang {
  const texts = headers.map((h) => textFromCell(h).trim());
  if (CARD_COLUMNS.some((k) => texts.includes(CARD_HEADERS[k].ru))) return "ru";
  if (CARD_COLUMNS.some((k) => texts.includes(CARD_HEADERS[k].en))) return "en";
  return fallback;
}

/** The header row of a new card table. */
export function cardHeaderRow(lang: Lang): string[] {
  return CARD_COLUMNS.map((k) => CARD_HEADERS[k][lang]);
}

/** One card's cells by field, as written (text escaped, numbers as numbers, blanks as ""). */
export function cardCells(card: Card, lang: Lang): Record<CardColumn, CellInput> {
  const text = (s: string | undefined): CellInput => textInput(s ?? "");
  const num = (n: number | undefined): CellInput => (n === undefined ? "" : n);
  return {
    code: text(card.code),
    name: text(card.name),
    goal: text(card.goal),
    unit: text(card.unit),
    period: text(card.period),
    method: METHOD_NAMES[card.method][lang],
    direction: card.direction ? DIRECTION_NAMES[card.direction][lang] : "",
    min: num(card.min),
    plan: num(card.plan),
    max: num(card.max),
    weight: num(card.weight),
    owner: text(card.owner),
    source: text(card.source),
    actions: text(card.actions),
    // A boolean, so Excel shows TRUE / ИСТИНА in the user's language; blank when not collective.
    collective: card.collective ? true : "",
    statusAmber: num(card.statusAmber),
    statusGreen: num(card.statusGreen),
  };
}

/** The number format of a card field: weights in %, bounds in % for "%" units. */
export function cardFormat(card: Pick<Card, "unit">, key: CardColumn): string {
  if (key === "weight") return FORMATS.percent;
  if (key === "statusAmber" || key === "statusGreen") return FORMATS.percent1;
  if (NUMERIC.has(key)) return isPercentUnit(card.unit) ? FORMATS.percent1 : FORMATS.number;
  return FORMATS.general;
}

/** Reads one data row into a card; undefined when the row has no code. */
export function cardFromRow(
  row: readonly unknown[],
  cols: Partial<Record<CardColumn, number>>
): Card | undefined {
  const get = (k: CardColumn): unknown => (cols[k] === undefined ? undefined : row[cols[k]!]);
  const text = (k: CardColumn): string | undefined => textFromCell(get(k)).trim() || undefined;
  const code = text("code");
  if (!code) return undefined;
  const min = numberFromCell(get("min"));
  return {
    code,
    name: text("name") ?? code,
    goal: text("goal"),
    unit: text("unit"),
    period: text("period"),
    method: parseMethod(get("method")) ?? defaultMethod(min),
    direction: parseDirection(get("direction")),
    min,
    plan: numberFromCell(get("plan")),
    max: numberFromCell(get("max")),
    weight: numberFromCell(get("weight")),
    owner: text("owner"),
    source: text("source"),
    actions: text("actions"),
    ...(flagFromCell(get("collective")) ? { collective: true } : {}),
    ...ownThresholds(get("statusAmber"), get("statusGreen")),
  };
}

/** Every card of the table (rows without a code are the user's own and are skipped). */
export function readCardGrid(grid: CardGrid): Card[] {
  const cols = cardColumns(grid.headers);
  if (cols.code === undefined) return [];
  const seen = new Set<string>();
  const out: Card[] = [];
  for (const row of grid.rows) {
    const card = cardFromRow(row, cols);
    // Codes match exactly as written (trimmed; case matters): a repeated code is shown once,
    // its first row, and that is the row a save updates and a delete removes.
    if (!card || seen.has(card.code)) continue;
    seen.add(card.code);
    out.push(card);
  }
  return out;
}

/** Whether a cell already holds what a field would write (so it is left untouched). */
function same(key: CardColumn, current: unknown, card: Card): boolean {
  switch (key) {
    case "method":
      return parseMethod(current) === card.method;
    case "direction":
      return parseDirection(current) === card.direction;
    case "collective":
      return flagFromCell(current) === (card.collective === true);
    case "min":
    case "plan":
    case "max":
    case "weight":
    case "statusAmber":
    case "statusGreen":
      return numberFromCell(current) === card[key];
    default:
      return textFromCell(current).trim() === (card[key] ?? "").trim();
  }
}

/** A card's field as its cell would hold it (for comparing two versions of a card). */
function cellOf(card: Card, field: CardColumn, lang: Lang): unknown {
  const v = cardCells(card, lang)[field];
  return typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
}

/** Plans saving cards into an existing table: update rows by code, append new codes. */
export function planCardSave(
  grid: CardGrid,
  cards: readonly Card[],
  fallback: Lang,
  options: { base?: readonly Card[]; onlyNew?: boolean } = {}
): CardSavePlan {
  const baseOf = new Map((options.base ?? []).map((c) => [c.code.trim(), c]));
  const lang = headerLanguage(grid.headers, fallback);
  const cols = cardColumns(grid.headers);
  const width = grid.headers.length;
  const addColumns: CardSavePlan["addColumns"] = [];
  const allCols = { ...cols };
  for (const key of CARD_COLUMNS) {
    if (cols[key] !== undefined) continue;
    const needed =
      key === "code" ||
      key === "name" ||
      key === "method" ||
      cards.some((c) => (key === "collective" ? c.collective === true : c[key] !== undefined));
    if (!needed) continue;
    allCols[key] = width + addColumns.length;
    addColumns.push({ key, header: CARD_HEADERS[key][lang] });
  }
  const fullWidth = width + addColumns.length;
  const rowOf = new Map<string, number>();
  grid.rows.forEach((row, i) => {
    const code = cols.code === undefined ? "" : cardCode(row[cols.code]);
    if (code && !rowOf.has(code)) rowOf.set(code, i);
  });
  const updates: CardCellWrite[] = [];
  const appends: CellInput[][] = [];
  const appendFormats: string[][] = [];
  // Wholly blank rows (a new table's first row, rows the user cleared) take new cards first.
  const blankRows = grid.rows
    .map((row, i) => (row.every((v) => v === null || v === undefined || v === "") ? i : -1))
    .filter((i) => i >= 0);
  for (const card of cards) {
    const cells = cardCells(card, lang);
    const key = card.code.trim();
    if (!rowOf.has(key) && blankRows.length > 0) {
      const blankAt = blankRows.shift()!;
      rowOf.set(key, blankAt);
      for (const k of CARD_COLUMNS) {
        const col = allCols[k];
        if (col === undefined || cells[k] === "") continue;
        updates.push({ row: blankAt, col, input: cells[k], numberFormat: cardFormat(card, k) });
      }
      continue;
    }
    const at = rowOf.get(key);
    if (at !== undefined && at >= grid.rows.length) continue; // a code given twice
    if (at !== undefined) {
      if (options.onlyNew) continue;
      const before = baseOf.get(key);
      for (const field of CARD_COLUMNS) {
        const col = allCols[field];
        if (col === undefined) continue;
        const current = grid.rows[at][col];
        // Only what the user changed in the pane: a field equal to the pane's copy stays as the
        // table has it (typed there meanwhile); without a copy, an empty field never blanks a cell.
        if (before && same(field, cellOf(before, field, lang), card)) continue;
        if (!before && cells[field] === "" && textFromCell(current) !== "") continue;
        if (col < width && same(field, current, card)) continue;
        if (col >= width && cells[field] === "") continue;
        updates.push({ row: at, col, input: cells[field], numberFormat: cardFormat(card, field) });
      }
    } else {
      const row: CellInput[] = new Array(fullWidth).fill("");
      const fmt: string[] = new Array(fullWidth).fill(FORMATS.general);
      for (const key of CARD_COLUMNS) {
        const col = allCols[key];
        if (col === undefined) continue;
        row[col] = cells[key];
        fmt[col] = cardFormat(card, key);
      }
      appends.push(row);
      appendFormats.push(fmt);
      rowOf.set(key, grid.rows.length + appends.length - 1);
    }
  }
  return { addColumns, updates, appends, appendFormats };
}

/** A card code as read from its cell: the text exactly as written, trimmed. */
export function cardCode(value: unknown): string {
  return textFromCell(value).trim();
}

/**
 * Data-row indices (0-based) of the cards with these codes, highest first (delete from the
 * bottom): for each code, only the row the pane showed, the first one with exactly that code.
 * A row whose code differs in case, or repeats a code further down, is another row and stays.
 */
export function rowsToDelete(grid: CardGrid, codes: readonly string[]): number[] {
  const cols = cardColumns(grid.headers);
  if (cols.code === undefined) return [];
  const wanted = new Set(codes.map((c) => c.trim()));
  const out: number[] = [];
  grid.rows.forEach((row, i) => {
    const code = cardCode(row[cols.code!]);
    if (wanted.has(code)) {
      out.push(i);
      wanted.delete(code);
    }
  });
  return out.reverse();
}

/** A new card table's rows and formats (header first). */
export function newCardTable(
  cards: readonly Card[],
  lang: Lang
): { inputs: CellInput[][]; formats: string[][] } {
  // The Collective and status threshold columns come when a card has them (a save adds them
  // later when needed).
  const keys = CARD_COLUMNS.filter((k) =>
    k === "collective"
      ? cards.some((c) => c.collective)
      : k === "statusAmber" || k === "statusGreen"
        ? cards.some((c) => c[k] !== undefined)
        : true
  );
  const inputs: CellInput[][] = [keys.map((k) => CARD_HEADERS[k][lang])];
  const formats: string[][] = [keys.map(() => FORMATS.general)];
  for (const card of cards) {
    const cells = cardCells(card, lang);
    inputs.push(keys.map((k) => cells[k]));
    formats.push(keys.map((k) => cardFormat(card, k)));
  }
  return { inputs, formats };
}

/** The card table as an adapter read it, for the planner. */
export interface CardTableSnapshot extends CardGrid {
  table: TableInfo;
  /** Merged areas (A1) on the table's sheet that touch the table or the rows under it. */
  merged: string[];
}

/** Why a card write was refused before anything was written. */
export interface CardRefusal {
  reason: "merged";
  /** Sheet and A1 area of the first merged cells in the way. */
  sheet: string;
  address: string;
}

/** A card write: the steps, or a refusal that leaves the workbook as it was. */
export type CardWritePlan = { plan: WorkbookPlan } | { refused: CardRefusal };

/** The steps that create the card table on a new sheet. */
export function newCardTablePlan(inv: Inventory, cards: readonly Card[], lang: Lang): WorkbookPlan {
  const sheet = uniqueSheetName(CARD_SHEET[lang], inv.sheets);
  const { inputs, formats } = newCardTable(cards, lang);
  const address = rangeAddress(0, 0, inputs.length, inputs[0].length);
  return {
    steps: [
      { kind: "addSheet", sheet },
      { kind: "cells", sheet, address, inputs, numberFormats: formats },
      { kind: "addTable", sheet, name: CARD_TABLE_NAME, address, style: "TableStyleMedium2" },
      { kind: "autofitColumns", sheet, address },
    ],
  };
}

/**
 * The steps that save cards into the existing table: one cell at a time for changed cells
 * (writing a block across a filtered table lands in the wrong rows, office-js#224; single cells
 * are addressed exactly, hidden or not, sorted or not), columns the cards need appended at the
 * right, new codes appended at the bottom. Refused, with nothing written, when merged cells are
 * in the way (Excel would stop half-way through the batch).
 */
export function saveCardsPlan(
  snap: CardTableSnapshot,
  cards: readonly Card[],
  lang: Lang,
  options: { base?: readonly Card[]; onlyNew?: boolean } = {}
): CardWritePlan {
  const plan = planCardSave(snap, cards, lang, options);
  const t = parseRange(snap.table.address);
  const sheet = snap.table.sheet;
  const width = t.cols + plan.addColumns.length;
  const touched = rangeAddress(t.row, t.col, t.rows + plan.appends.length, width);
  const merged = snap.merged.find((m) => rangesOverlap(m, touched));
  if (merged) return { refused: { reason: "merged", sheet, address: merged } };
  const steps: PlanStep[] = [];
  for (const c of plan.addColumns)
    steps.push({ kind: "addTableColumn", table: snap.table.name, header: c.header });
  for (const u of plan.updates) {
    steps.push({
      kind: "cells",
      sheet,
      address: cellAddress(t.row + 1 + u.row, t.col + u.col),
      inputs: [[u.input]],
      numberFormats: [[u.numberFormat]],
    });
  }
  if (plan.appends.length > 0) {
    steps.push({
      kind: "addTableRows",
      table: snap.table.name,
      sheet,
      address: rangeAddress(t.row + t.rows, t.col, plan.appends.length, width),
      inputs: plan.appends,
      numberFormats: plan.appendFormats,
    });
  }
  return { plan: { steps } };
}

/** The steps that delete the cards with these codes (only the rows the pane showed). */
export function deleteCardsPlan(snap: CardTableSnapshot, codes: readonly string[]): CardWritePlan {
  const doomed = rowsToDelete(snap, codes);
  const t = parseRange(snap.table.address);
  const rows = doomed.map((i) => rangeAddress(t.row + 1 + i, t.col, 1, t.cols));
  const merged = snap.merged.find((m) => rows.some((r) => rangesOverlap(m, r)));
  if (merged) return { refused: { reason: "merged", sheet: snap.table.sheet, address: merged } };
  return {
    plan: {
      steps: doomed.map((row) => ({
        kind: "deleteTableRow" as const,
        table: snap.table.name,
        row,
      })),
    },
  };
}

/**
 * How far beyond the card table an adapter looks for merged cells before a card write: as many
 * rows under it and columns beside it as the write may use.
 */
export function cardWriteReach(rows: number): { rows: number; cols: number } {
  return { rows: Math.max(rows, 0), cols: CARD_COLUMNS.length };
}
