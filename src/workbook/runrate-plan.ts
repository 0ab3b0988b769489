/**
 * The run-rate forecast block of a matrix mid-period (DESIGN.md "KPI.STATUS, KPI.RUNRATE, …"):
 * beside the matrix table, per KPI row a live KPI.RUNRATE forecast of the fact at period end and
 * the index that forecast would give (KPI.INDEX with the row's plan, min, max and method cells),
 * the forecast score on the total row, and the days elapsed and days in the period as input
 * cells the formulas refer to. Never over a cell the user filled: the block goes to the first
 * free columns right of the table, or the cell in the way is named. A second run rewrites the
 * add-in's formulas in place and keeps what the user typed (the days three-way, as a matrix
 * update keeps its facts).
 */
import type { Lang, LocalText } from "../core/card";
import { isPercentUnit } from "../core/library/units";
import type { MatrixColumn } from "../core/matrix/types";
import { cellAddress, rangeAddress } from "./a1";
import { cellFree, findFreeColumns, type PlannedCell, threeWay, writeCells } from "./beside";
import { isLabel } from "./headers";
import {
  modeFromFormula,
  readMatrixCells,
  type MatrixLayout,
  type MatrixReading,
} from "./matrix-read";
import type { SheetRead } from "./snapshot";
import { blankGuard, FORMATS, INPUT_FILL } from "./matrix-plan";
import type { PlanStep, StylePlan, WorkbookPlan } from "./plan";
import { kpiFormulasOf } from "./plan";
import { isBlankCell, numberFromCell } from "./text";

/** How far right of the matrix table the block may move when the columns next to it are taken. */
export const MAX_SHIFT = 10;

/** The block's words, in both languages. */
export const RUNRATE_LABELS = {
  forecast: { en: "Forecast at period end", ru: "Прогноз на конец периода" },
  index: { en: "Forecast index", ru: "Индекс прогноза" },
  score: { en: "Forecast score", ru: "Прогноз результата" },
  elapsed: { en: "Days elapsed", ru: "Прошло дней" },
  total: { en: "Days in period", ru: "Дней в периоде" },
} as const satisfies Record<string, LocalText>;

const both = (t: LocalText): string[] => [t.en, t.ru];

/** Days elapsed and days in the period. */
export interface PeriodDays {
  elapsed: number;
  total: number;
}

/** Why the block cannot be written; nothing was. */
export type ForecastProblem =
  | { kind: "notMatrix"; sheet: string }
  | { kind: "portable"; sheet: string }
  /** A cell of the user's is where the block would go. */
  | { kind: "occupied"; sheet: string; address: string };

/** What the pane shows before writing. */
export interface ForecastPreview {
  sheet: string;
  period: string;
  /** True when the block is already beside the matrix (it is updated in place). */
  existing: boolean;
  /** The days in the sheet's input cells (an existing block), when they hold numbers. */
  days: Partial<PeriodDays>;
  /** Where the block goes (A1), or why it cannot. */
  block?: string;
  problem?: ForecastProblem;
}

/** What the pane asks for. */
export interface ForecastRequest {
  sheet: string;
  days: PeriodDays;
  /** The days as the pane showed them (the preview's): only what the user changed is written. */
  base?: Partial<PeriodDays>;
}

/** What writing the block did. */
export interface ForecastResult {
  sheet: string;
  block: string;
  existing: boolean;
  /** The two input cells (A1). */
  elapsedCell: string;
  totalCell: string;
  /** Cells the user filled where the add-in would write: they stay as typed. */
  kept: string[];
  /** Days changed in the pane and in the sheet: the sheet's stayed. */
  conflicts: (keyof PeriodDays)[];
}

export type ForecastOutcome =
  { ok: true; result: ForecastResult } | { ok: false; problem: ForecastProblem };

const MONTHS: readonly (readonly string[])[] = [
  ["jan", "янв"],
  ["feb", "фев"],
  ["mar", "мар"],
  ["apr", "апр"],
  ["may", "мая", "май"],
  ["jun", "июн"],
  ["jul", "июл"],
  ["aug", "авг"],
  ["sep", "сен"],
  ["oct", "окт"],
  ["nov", "ноя"],
  ["dec", "дек"],
];

/** The month a period names ("2026-03", "03.2026", "March 2026", "март"): year and 0-based month. */
export function periodMonth(
  period: string,
  today: Date
): { year: number; month: number } | undefined {
  const p = period.trim().toLowerCase().replace(/ё/g, "е");
  let m = /^(\d{4})[-/.](\d{1,2})$/.exec(p);
  if (m) return valid(Number(m[1]), Number(m[2]) - 1);
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(p);
  if (m) return valid(Number(m[2]), Number(m[1]) - 1);
  m = /^(\p{L}+)\.?(?:\s+(\d{4}))?$/u.exec(p) ?? /^(\d{4})\s+(\p{L}+)$/u.exec(p);
  if (!m) return undefined;
  const [word, year] = /^\d/.test(m[1]) ? [m[2], m[1]] : [m[1], m[2]];
  const month = MONTHS.findIndex((names) => names.some((n) => word.startsWith(n)));
  if (month < 0 || word.length < 3) return undefined;
  return valid(year ? Number(year) : today.getFullYear(), month);
}

function valid(year: number, month: number): { year: number; month: number } | undefined {
  return month >= 0 && month < 12 && year >= 1900 && year <= 9999 ? { year, month } : undefined;
}

/**
 * The days proposed for a period on `today` (calendar days; the user edits them for working
 * days): the month's length, and the days up to and including today (the whole month once it is
 * over). Undefined when the period is not a month, or has not started.
 */
export function proposeDays(period: string, today: Date): PeriodDays | undefined {
  const pm = periodMonth(period, today);
  if (!pm) return undefined;
  const total = new Date(pm.year, pm.month + 1, 0).getDate();
  const start = new Date(pm.year, pm.month, 1);
  const day = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  if (day < start) return undefined;
  const after = day.getFullYear() * 12 + day.getMonth() > pm.year * 12 + pm.month;
  return { elapsed: after ? total : day.getDate(), total };
}

/** Rows the block spans: the matrix header row to the second input row under the total. */
function blockRows(L: MatrixLayout): { top: number; total: number; bottom: number } {
  const total = L.totalRow >= 0 ? L.totalRow : L.firstRow + L.rowCount;
  return { top: L.headerRow, total, bottom: total + 2 };
}

/** The first column of a block already beside the matrix (its two headers), when there is one. */
function existingAt(reading: MatrixReading): number | undefined {
  const L = reading.layout;
  const line = reading.cells.values[L.headerRow] ?? [];
  for (let c = L.right + 1; c < line.length; c++)
    if (isLabel(line[c], RUNRATE_LABELS.forecast) && isLabel(line[c + 1], RUNRATE_LABELS.index))
      return c;
  return undefined;
}

/** The row of a label in the block's first column below the header, or -1. */
function labelRow(reading: MatrixReading, col: number, label: LocalText): number {
  const grid = reading.cells.values;
  for (let r = reading.layout.headerRow + 1; r < grid.length; r++)
    if (isLabel(grid[r]?.[col], label)) return r;
  return -1;
}

interface Placed {
  col: number;
  existing: boolean;
  elapsedRow: number;
  totalRow: number;
}

function place(reading: MatrixReading): Placed | ForecastProblem {
  const L = reading.layout;
  const rows = blockRows(L);
  const old = existingAt(reading);
  if (old !== undefined) {
    const e = labelRow(reading, old, RUNRATE_LABELS.elapsed);
    const t = labelRow(reading, old, RUNRATE_LABELS.total);
    return {
      col: old,
      existing: true,
      elapsedRow: e >= 0 ? e : rows.total + 1,
      totalRow: t >= 0 ? t : rows.total + 2,
    };
  }
  // One blank column between the table and the block, so the table can still grow to the right.
  const p = findFreeColumns(reading.cells, L.right + 2, MAX_SHIFT, (col) => [
    { row: rows.top, col: col - 1, rows: rows.bottom - rows.top + 1, cols: 3 },
  ]);
  if ("blocked" in p)
    return { kind: "occupied", sheet: reading.snapshot.sheet, address: p.blocked };
  return { col: p.col, existing: false, elapsedRow: rows.total + 1, totalRow: rows.total + 2 };
}

const dayIn = (reading: MatrixReading, row: number, col: number) =>
  numberFromCell(reading.cells.values[row]?.[col]);

/** What the pane shows for a matrix sheet before writing the block. */
export function forecastPreview(
  reading: MatrixReading | undefined,
  sheet: string,
  portable: boolean
): ForecastPreview {
  if (!reading)
    return { sheet, period: "", existing: false, days: {}, problem: { kind: "notMatrix", sheet } };
  const p = place(reading);
  const period = reading.snapshot.matrix.period;
  if ("kind" in p) return { sheet, period, existing: false, days: {}, problem: p };
  const rows = blockRows(reading.layout);
  const days: Partial<PeriodDays> = {};
  if (p.existing) {
    const e = dayIn(reading, p.elapsedRow, p.col + 1);
    const t = dayIn(reading, p.totalRow, p.col + 1);
    if (e !== undefined) days.elapsed = e;
    if (t !== undefined) days.total = t;
  }
  return {
    sheet,
    period,
    existing: p.existing,
    days,
    block: rangeAddress(rows.top, p.col, Math.max(rows.bottom, p.totalRow) - rows.top + 1, 2),
    ...(portable ? { problem: { kind: "portable", sheet } } : {}),
  };
}

const absolute = (row: number, col: number) =>
  cellAddress(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");

/** The plan that writes or updates the forecast block beside the matrix read. */
export function forecastPlan(
  reading: MatrixReading | undefined,
  request: ForecastRequest,
  lang: Lang,
  portable: boolean
): { plan: WorkbookPlan; result: ForecastResult } | { problem: ForecastProblem } {
  const sheet = request.sheet;
  if (!reading) return { problem: { kind: "notMatrix", sheet } };
  if (portable) return { problem: { kind: "portable", sheet } };
  const p = place(reading);
  if ("kind" in p) return { problem: p };
  const L = reading.layout;
  const rows = blockRows(L);
  const C = p.col;
  const planned: PlannedCell[] = [];
  const styles: StylePlan[] = [];
  const text = (t: LocalText) => t[lang];
  const label = (row: number, col: number, t: LocalText) =>
    planned.push({ row, col, input: text(t), format: FORMATS.general, labels: both(t) });

  label(rows.top, C, RUNRATE_LABELS.forecast);
  label(rows.top, C + 1, RUNRATE_LABELS.index);
  styles.push({ address: rangeAddress(rows.top, C, 1, 2), bold: true, wrap: true });

  const elapsed = absolute(p.elapsedRow, C + 1);
  const total = absolute(p.totalRow, C + 1);
  const at = (r: number, c: MatrixColumn) =>
    L.cols[c] === undefined ? "" : cellAddress(r, L.cols[c]!);
  reading.layout.rowAt.forEach((r, i) => {
    const row = reading.snapshot.matrix.rows[i];
    const valueFormat = isPercentUnit(row.unit) ? FORMATS.percent1 : FORMATS.number;
    const forecast = cellAddress(r, C);
    planned.push({
      row: r,
      col: C,
      input: `=KPI.RUNRATE(${blankGuard(at(r, "fact"))},${blankGuard(elapsed)},${blankGuard(total)})`,
      format: valueFormat,
    });
    const args = [forecast, at(r, "plan"), at(r, "min"), at(r, "max"), at(r, "method")];
    planned.push({
      row: r,
      col: C + 1,
      input: `=KPI.INDEX(${args.map(blankGuard).join(",")})`,
      format: FORMATS.percent1,
    });
  });

  // The forecast score: the matrix's weighting, skipping KPIs without a fact yet (mid-period).
  const body = Math.max(L.rowCount, 1);
  const indices = rangeAddress(L.firstRow, C + 1, body, 1);
  const weights =
    L.cols.weight === undefined ? "" : rangeAddress(L.firstRow, L.cols.weight, body, 1);
  const mode = modeFromFormula(
    L.cols.score !== undefined ? reading.cells.formulas[rows.total]?.[L.cols.score] : undefined
  );
  label(rows.total, C, RUNRATE_LABELS.score);
  planned.push({
    row: rows.total,
    col: C + 1,
    input: `=KPI.WEIGHTED(${indices},${weights},"${mode === "normalize" ? "normalize" : "partial"}")`,
    format: FORMATS.percent1,
  });
  styles.push({ address: rangeAddress(rows.total, C, 1, 2), bold: true, borderTop: true });

  // The days: input cells the user edits later; three-way on a second run.
  const conflicts: (keyof PeriodDays)[] = [];
  for (const [key, row, t] of [
    ["elapsed", p.elapsedRow, RUNRATE_LABELS.elapsed],
    ["total", p.totalRow, RUNRATE_LABELS.total],
  ] as const) {
    label(row, C, t);
    const now = reading.cells.values[row]?.[C + 1];
    const d = p.existing
      ? threeWay(
          numberFromCell(now),
          isBlankCell(now),
          request.base?.[key],
          request.days[key],
          request.base !== undefined
        )
      : { write: cellFree(reading.cells, row, C + 1), conflict: false };
    if (d.write)
      planned.push({
        row,
        col: C + 1,
        input: request.days[key],
        format: FORMATS.general,
        force: true,
      });
    if (d.conflict) conflicts.push(key);
    styles.push({ address: cellAddress(row, C + 1), fill: INPUT_FILL });
  }

  const writes = writeCells(sheet, reading.cells, planned, styles);
  const bottom = Math.max(rows.bottom, p.elapsedRow, p.totalRow);
  const block = rangeAddress(rows.top, C, bottom - rows.top + 1, 2);
  const steps: PlanStep[] = writes.steps;
  const kpiFormulas = steps
    .map((s) => (s.kind === "cells" ? kpiFormulasOf(sheet, s) : undefined))
    .filter((a) => a !== undefined);
  return {
    plan: { steps, kpiFormulas },
    result: {
      sheet,
      block,
      existing: p.existing,
      elapsedCell: cellAddress(p.elapsedRow, C + 1),
      totalCell: cellAddress(p.totalRow, C + 1),
      kept: writes.kept,
      conflicts,
    },
  };
}

/** The forecast preview of a sheet as an adapter read it (undefined: no such sheet). */
export function sheetForecastPreview(read: SheetRead | undefined, sheet: string): ForecastPreview {
  return forecastPreview(read && readMatrixCells(read.cells), sheet, read?.portable ?? false);
}

/** The forecast block for a request, on its sheet as an adapter read it. */
export function planForecast(
  read: SheetRead | undefined,
  request: ForecastRequest,
  lang: Lang
): ReturnType<typeof forecastPlan> {
  return forecastPlan(read && readMatrixCells(read.cells), request, lang, read?.portable ?? false);
}
