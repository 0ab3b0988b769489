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
import { CARD_COLUMNS, CARD_HEADERS, recognizeHeaders, type CardColumn } from "./headers";
import { FORMATS } from "./matrix-plan";
import type { CellInput } from "./plan";
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
  };
}

/** The number format of a card field: weights in %, bounds in % for "%" units. */
export function cardFormat(card: Pick<Card, "unit">, key: CardColumn): string {
  if (key === "weight") return FORMATS.percent;
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
    if (!card || seen.has(card.code.toLowerCase())) continue;
    seen.add(card.code.toLowerCase());
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
    case "min":
    case "plan":
    case "max":
    case "weight":
      return numberFromCell(current) === card[key];
    default:
      return textFromCell(current).trim() === (card[key] ?? "").trim();
  }
}

/** Plans saving cards into an existing table: update rows by code, append new codes. */
export function planCardSave(grid: CardGrid, cards: readonly Card[], fallback: Lang): CardSavePlan {
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
      cards.some((c) => c[key] !== undefined);
    if (!needed) continue;
    allCols[key] = width + addColumns.length;
    addColumns.push({ key, header: CARD_HEADERS[key][lang] });
  }
  const fullWidth = width + addColumns.length;
  const rowOf = new Map<string, number>();
  grid.rows.forEach((row, i) => {
    const code = cols.code === undefined ? "" : textFromCell(row[cols.code]).trim().toLowerCase();
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
    const key = card.code.trim().toLowerCase();
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
      for (const key of CARD_COLUMNS) {
        const col = allCols[key];
        if (col === undefined) continue;
        const current = grid.rows[at][col];
        if (col < width && same(key, current, card)) continue;
        if (col >= width && cells[key] === "") continue;
        updates.push({ row: at, col, input: cells[key], numberFormat: cardFormat(card, key) });
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
      rowOf.set(card.code.trim().toLowerCase(), grid.rows.length + appends.length - 1);
    }
  }
  return { addColumns, updates, appends, appendFormats };
}

/** Data-row indices (0-based) holding these codes, highest first (delete from the bottom). */
export function rowsToDelete(grid: CardGrid, codes: readonly string[]): number[] {
  const cols = cardColumns(grid.headers);
  if (cols.code === undefined) return [];
  const wanted = new Set(codes.map((c) => c.trim().toLowerCase()));
  const out: number[] = [];
  grid.rows.forEach((row, i) => {
    if (wanted.has(textFromCell(row[cols.code!]).trim().toLowerCase())) out.push(i);
  });
  return out.reverse();
}

/** A new card table's rows and formats (header first). */
export function newCardTable(
  cards: readonly Card[],
  lang: Lang
): { inputs: CellInput[][]; formats: string[][] } {
  const inputs: CellInput[][] = [cardHeaderRow(lang)];
  const formats: string[][] = [CARD_COLUMNS.map(() => FORMATS.general)];
  for (const card of cards) {
    const cells = cardCells(card, lang);
    inputs.push(CARD_COLUMNS.map((k) => cells[k]));
    formats.push(CARD_COLUMNS.map((k) => cardFormat(card, k)));
  }
  return { inputs, formats };
}
