/**
 * ABC-XYZ analysis of a selected range (DESIGN.md "KPI.STATUS, KPI.RUNRATE, KPI.ABC, KPI.XYZ"):
 * names in the first column, values in the others (one column: ABC; two or more period columns:
 * also XYZ on the periods and ABC on their total). The add-in writes beside the data, never over
 * it: the ABC class of each row (one spilled KPI.ABC), the XYZ class (KPI.XYZ), and a summary
 * with the thresholds as cells the user can edit, the count and share of value of each class
 * and the nine ABC×XYZ combinations (native COUNTIFS / SUMIFS over the classes). Running it again
 * on the same data rewrites the add-in's formulas in place and keeps what the user typed.
 */
import type { Lang, LocalText } from "../core/card";
import { cellAddress, columnIndex, rangeAddress } from "./a1";
import {
  cellArgs,
  cellFree,
  findFreeColumns,
  type Area,
  type PlannedCell,
  threeWay,
  writeCells,
} from "./beside";
import { normalizeHeader } from "./headers";
import { blankGuard, INPUT_FILL } from "./matrix-plan";
import type { PlanStep, StylePlan, WorkbookPlan } from "./plan";
import { kpiFormulasOf } from "./plan";
import type { SheetCells, SheetRead } from "./snapshot";
import { isBlankCell, numberFromCell } from "./text";

/** The class thresholds: ABC cumulative shares a ≤ b, XYZ coefficients of variation x ≤ y. */
export interface AnalysisThresholds {
  a: number;
  b: number;
  x: number;
  y: number;
}

/** KPI.ABC's and KPI.XYZ's defaults. */
export const DEFAULT_THRESHOLDS: AnalysisThresholds = { a: 0.8, b: 0.95, x: 0.1, y: 0.25 };

const THRESHOLD_KEYS = ["a", "b", "x", "y"] as const;

/** How far right of the data the block may move when the columns next to it are taken. */
export const MAX_SHIFT = 10;

/** The words the analysis writes, in both languages. */
export const ANALYSIS_LABELS = {
  total: { en: "Total", ru: "Итого" },
  abc: { en: "ABC", ru: "ABC" },
  xyz: { en: "XYZ", ru: "XYZ" },
  titleAbc: { en: "ABC analysis", ru: "ABC-анализ" },
  titleAbcXyz: { en: "ABC-XYZ analysis", ru: "ABC-XYZ-анализ" },
  a: { en: "A: cumulative share up to", ru: "A: накопленная доля до" },
  b: { en: "B: cumulative share up to", ru: "B: накопленная доля до" },
  x: { en: "X: variation up to", ru: "X: вариация до" },
  y: { en: "Y: variation up to", ru: "Y: вариация до" },
  klass: { en: "Class", ru: "Класс" },
  items: { en: "Items", ru: "Позиций" },
  share: { en: "Share of value", ru: "Доля в сумме" },
  cross: { en: "ABC \\ XYZ", ru: "ABC \\ XYZ" },
} as const satisfies Record<string, LocalText>;

const both = (t: LocalText): string[] => [t.en, t.ru];

/** The data of an analysis as found on the sheet. */
export interface AnalysisShape {
  sheet: string;
  /** The data analysed (header row included), A1. */
  address: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** True when the first row holds headers (text over the value columns). */
  header: boolean;
  /** The names column (the first one), when the data has more than one column. */
  nameCol?: number;
  firstValueCol: number;
  /** Value columns: 1 → ABC only; 2 or more (periods) → ABC on their total and XYZ (a total column of the data's own excluded). */
  periods: number;
  firstRow: number;
  /** Items analysed (a total row of the data's own excluded). */
  rows: number;
}

/** Why an analysis cannot be written; nothing was. */
export type AnalysisProblem =
  /** The selection holds no numbers under its names (or nothing at all). */
  | { kind: "empty"; sheet: string; address: string }
  /** The workbook is a portable copy: KPI formulas would be written into it. */
  | { kind: "portable"; sheet: string }
  /** A cell of the user's is where the classes or the summary would go. */
  | { kind: "occupied"; sheet: string; address: string };

/** What the pane shows before the analysis is written. */
export interface AnalysisPreview {
  shape: AnalysisShape;
  /** Rows analysed. */
  items: number;
  /** True when an earlier analysis of this data is beside it (it is updated in place). */
  existing: boolean;
  /** The thresholds in the sheet (existing), else the defaults. */
  thresholds: AnalysisThresholds;
  /** Where the classes and the summary go. */
  classes?: string;
  summary?: string;
  problem?: AnalysisProblem;
}

/** What the pane asks for. */
export interface AnalysisRequest {
  sheet: string;
  /** The data as previewed (AnalysisShape.address). */
  address: string;
  thresholds: AnalysisThresholds;
  /** The thresholds as the pane showed them (the preview's): only those the user changed are written. */
  base?: AnalysisThresholds;
}

/** What writing the analysis did. */
export interface AnalysisResult {
  sheet: string;
  classes: string;
  summary: string;
  existing: boolean;
  /** Cells the user filled where the add-in would write: they stay as typed. */
  kept: string[];
  /** Thresholds changed in the pane and in the sheet: the sheet's stayed. */
  conflicts: (keyof AnalysisThresholds)[];
}

export type AnalysisOutcome =
  { ok: true; result: AnalysisResult } | { ok: false; problem: AnalysisProblem };

/** The used extent of a grid: rows and the widest row. */
function extent(cells: SheetCells): { rows: number; cols: number } {
  let cols = 0;
  const rows = Math.max(cells.values.length, cells.formulas.length);
  for (let r = 0; r < rows; r++)
    cols = Math.max(cols, cells.values[r]?.length ?? 0, cells.formulas[r]?.length ?? 0);
  return { rows, cols };
}

/**
 * The area a selection address means: "B2:D9", a cell, whole columns ("B:D") or whole rows
 * ("2:9") clipped to the used cells. A single cell means the data around it (Excel's current
 * region: the rectangle bounded by blank rows and columns).
 */
export function selectionArea(cells: SheetCells, address: string): Area | undefined {
  const bare = (address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address)
    .replace(/\$/g, "")
    .trim()
    .toUpperCase();
  const ext = extent(cells);
  const [p, q = p] = bare.split(":");
  const part = (s: string): { row?: number; col?: number } | undefined => {
    const m = /^([A-Z]{0,3})(\d*)$/.exec(s);
    if (!m || (m[1] === "" && m[2] === "")) return undefined;
    return {
      ...(m[1] ? { col: columnIndex(m[1]) } : {}),
      ...(m[2] ? { row: Number(m[2]) - 1 } : {}),
    };
  };
  const a = part(p);
  const b = part(q);
  if (!a || !b) return undefined;
  const r0 = Math.min(a.row ?? 0, b.row ?? 0);
  const r1 = Math.max(a.row ?? ext.rows - 1, b.row ?? ext.rows - 1);
  const c0 = Math.min(a.col ?? 0, b.col ?? 0);
  const c1 = Math.max(a.col ?? ext.cols - 1, b.col ?? ext.cols - 1);
  if (r0 === r1 && c0 === c1) return withoutAnalysis(cells, currentRegion(cells, r0, c0));
  const bottom = Math.min(r1, ext.rows - 1);
  const right = Math.min(c1, ext.cols - 1);
  if (bottom < r0 || right < c0) return { row: r0, col: c0, rows: 1, cols: 1 };
  return withoutAnalysis(
    cells,
    trimBlankEdges(cells, { row: r0, col: c0, rows: bottom - r0 + 1, cols: right - c0 + 1 })
  );
}

/**
 * The data without an earlier analysis's columns at its right (they touch the data, so the
 * region around a cell, or a selection made wider, takes them in): the columns from the first
 * KPI.ABC formula (or the row total before it) are the add-in's, not data.
 */
function withoutAnalysis(cells: SheetCells, a: Area): Area {
  for (let c = a.col + 1; c < a.col + a.cols; c++) {
    for (let r = a.row; r < a.row + a.rows; r++) {
      const f = cells.formulas[r]?.[c];
      if (typeof f !== "string" || !/^=\s*KPI\.ABC\(/i.test(f)) continue;
      const before = cells.formulas[r]?.[c - 1];
      const cut = typeof before === "string" && /^=IF\(COUNT\(/i.test(before) ? c - 1 : c;
      return cut > a.col ? { ...a, cols: cut - a.col } : a;
    }
  }
  return a;
}

/** Drops blank rows at the bottom and blank columns at the right of an area. */
function trimBlankEdges(cells: SheetCells, a: Area): Area {
  let { rows, cols } = a;
  const rowBlank = (r: number) => {
    for (let c = a.col; c < a.col + cols; c++) if (!cellFree(cells, r, c)) return false;
    return true;
  };
  const colBlank = (c: number) => {
    for (let r = a.row; r < a.row + rows; r++) if (!cellFree(cells, r, c)) return false;
    return true;
  };
  while (rows > 1 && rowBlank(a.row + rows - 1)) rows--;
  while (cols > 1 && colBlank(a.col + cols - 1)) cols--;
  return { ...a, rows, cols };
}

/** The rectangle of data around a cell, bounded by blank rows and columns (Excel's CurrentRegion). */
export function currentRegion(cells: SheetCells, row: number, col: number): Area {
  let r0 = row;
  let r1 = row;
  let c0 = col;
  let c1 = col;
  const filled = (r: number, c: number) => r >= 0 && c >= 0 && !cellFree(cells, r, c);
  const anyInRow = (r: number, from: number, to: number) => {
    for (let c = from; c <= to; c++) if (filled(r, c)) return true;
    return false;
  };
  const anyInCol = (c: number, from: number, to: number) => {
    for (let r = from; r <= to; r++) if (filled(r, c)) return true;
    return false;
  };
  for (let grown = true; grown;) {
    grown = false;
    if (r0 > 0 && anyInRow(r0 - 1, c0 - 1, c1 + 1)) (r0--, (grown = true));
    if (anyInRow(r1 + 1, c0 - 1, c1 + 1)) (r1++, (grown = true));
    if (c0 > 0 && anyInCol(c0 - 1, r0 - 1, r1 + 1)) (c0--, (grown = true));
    if (anyInCol(c1 + 1, r0 - 1, r1 + 1)) (c1++, (grown = true));
  }
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

const TOTAL_LABELS = new Set([
  "total",
  "totals",
  "grand total",
  "sum",
  "итого",
  "всего",
  "итог",
  "сумма",
]);

/** True for a cell that labels a total ("Total", "Итого:", "ВСЕГО"), compared as headers are. */
function isTotalLabel(value: unknown): boolean {
  return typeof value === "string" && TOTAL_LABELS.has(normalizeHeader(value));
}

/** The data of a selection: names, value columns, header row and body rows. */
export function analysisShape(cells: SheetCells, address: string): AnalysisShape | AnalysisProblem {
  const sheet = cells.sheet;
  const area = selectionArea(cells, address);
  if (!area) return { kind: "empty", sheet, address };
  const { row: top, col: left } = area;
  const bottom = top + area.rows - 1;
  const right = left + area.cols - 1;
  const nameCol = area.cols > 1 ? left : undefined;
  const firstValueCol = area.cols > 1 ? left + 1 : left;
  const v = (r: number, c: number) => cells.values[r]?.[c];
  // A header row: no number over the value columns, and some text there.
  let numbers = 0;
  let texts = 0;
  for (let c = firstValueCol; c <= right; c++) {
    const x = v(top, c);
    if (typeof x === "number") numbers++;
    else if (!isBlankCell(x) && numberFromCell(x) === undefined) texts++;
  }
  const header = numbers === 0 && texts > 0;
  const firstRow = header ? top + 1 : top;
  // The data's own totals are not items or periods: a last row named "Total" ("Итого", …) and,
  // after two or more periods, a last column headed so (the classes still go right of it).
  let periods = right - firstValueCol + 1;
  if (header && periods > 2 && isTotalLabel(v(top, right))) periods -= 1;
  let rows = bottom - firstRow + 1;
  if (nameCol !== undefined && rows > 1 && isTotalLabel(v(bottom, nameCol))) rows -= 1;
  let values = 0;
  for (let r = firstRow; r < firstRow + rows; r++)
    for (let c = firstValueCol; c < firstValueCol + periods; c++)
      if (numberFromCell(v(r, c)) !== undefined) values++;
  const shown = rangeAddress(top, left, area.rows, area.cols);
  if (rows < 1 || values === 0) return { kind: "empty", sheet, address: shown };
  return {
    sheet,
    address: shown,
    top,
    left,
    bottom,
    right,
    header,
    ...(nameCol !== undefined ? { nameCol } : {}),
    firstValueCol,
    periods,
    firstRow,
    rows,
  };
}

/** Where each part of the analysis goes, from its first column `s`. */
interface Layout {
  xyz: boolean;
  /** Columns: the row total (periods ≥ 2), the ABC and XYZ classes. */
  totalCol?: number;
  abcCol: number;
  xyzCol?: number;
  /** Rows of the class columns: the header row (when the data has one) to the last row. */
  classTop: number;
  /** The summary's first column and row, size. */
  sumCol: number;
  sumTop: number;
  sumRows: number;
  sumCols: number;
  /** Summary rows (0-based on the sheet). */
  at: {
    title: number;
    thresholds: Partial<Record<keyof AnalysisThresholds, number>>;
    classHead: number;
    classRows: Record<"A" | "B" | "C" | "X" | "Y" | "Z", number | undefined>;
    crossHead?: number;
  };
}

function layoutAt(shape: AnalysisShape, s: number): Layout {
  const xyz = shape.periods >= 2;
  const k = xyz ? 3 : 1;
  const classTop = shape.top;
  const sumCol = s + k + 1;
  const sumTop = shape.top;
  const rows = xyz ? 18 : 8;
  const t = sumTop;
  const thresholds: Layout["at"]["thresholds"] = xyz
    ? { a: t + 1, b: t + 2, x: t + 3, y: t + 4 }
    : { a: t + 1, b: t + 2 };
  const classHead = t + (xyz ? 6 : 4);
  const letter = (i: number) => classHead + 1 + i;
  return {
    xyz,
    ...(xyz ? { totalCol: s, xyzCol: s + 2 } : {}),
    abcCol: xyz ? s + 1 : s,
    classTop,
    sumCol,
    sumTop,
    sumRows: rows,
    sumCols: xyz ? 4 : 3,
    at: {
      title: t,
      thresholds,
      classHead,
      classRows: {
        A: letter(0),
        B: letter(1),
        C: letter(2),
        X: xyz ? letter(3) : undefined,
        Y: xyz ? letter(4) : undefined,
        Z: xyz ? letter(5) : undefined,
      },
      ...(xyz ? { crossHead: t + 14 } : {}),
    },
  };
}

const abs = (row: number, col: number) =>
  cellAddress(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
const absRange = (row: number, col: number, rows: number, cols = 1) =>
  rows === 1 && cols === 1
    ? abs(row, col)
    : `${abs(row, col)}:${abs(row + rows - 1, col + cols - 1)}`;
const plain = (ref: string) => ref.replace(/\$/g, "").toUpperCase();

/** The range KPI.ABC classifies: the row totals (periods ≥ 2) or the one value column. */
function valueRange(shape: AnalysisShape, L: Layout): string {
  const col = L.totalCol ?? shape.firstValueCol;
  return absRange(shape.firstRow, col, shape.rows);
}

/** An earlier analysis of this data beside it: its first column, when there is one. */
function existingAt(cells: SheetCells, shape: AnalysisShape): number | undefined {
  for (let s = shape.right + 1; s <= shape.right + 1 + MAX_SHIFT; s++) {
    const L = layoutAt(shape, s);
    const args = cellArgs(cells.formulas[shape.firstRow]?.[L.abcCol], "KPI.ABC");
    if (args && plain(args[0]) === plain(valueRange(shape, L))) return s;
  }
  return undefined;
}

function thresholdsIn(cells: SheetCells, L: Layout): Partial<AnalysisThresholds> {
  const out: Partial<AnalysisThresholds> = {};
  for (const k of THRESHOLD_KEYS) {
    const r = L.at.thresholds[k];
    if (r === undefined) continue;
    const n = numberFromCell(cells.values[r]?.[L.sumCol + 1]);
    if (n !== undefined) out[k] = n;
  }
  return out;
}

function areas(shape: AnalysisShape, L: Layout, s: number): Area[] {
  const k = L.xyz ? 3 : 1;
  return [
    { row: L.classTop, col: s, rows: shape.bottom - L.classTop + 1, cols: k },
    // The summary, with the blank column between it and the classes.
    { row: L.sumTop, col: s + k, rows: L.sumRows, cols: L.sumCols + 1 },
  ];
}

interface Placed {
  shape: AnalysisShape;
  layout: Layout;
  start: number;
  existing: boolean;
}

/** Where the analysis of a selection goes, or why it cannot be written. */
export function placeAnalysis(cells: SheetCells, address: string): Placed | AnalysisProblem {
  const shape = analysisShape(cells, address);
  if ("kind" in shape) return shape;
  const old = existingAt(cells, shape);
  if (old !== undefined) return { shape, layout: layoutAt(shape, old), start: old, existing: true };
  const p = findFreeColumns(cells, shape.right + 1, MAX_SHIFT, (s) =>
    areas(shape, layoutAt(shape, s), s)
  );
  if ("blocked" in p) return { kind: "occupied", sheet: cells.sheet, address: p.blocked };
  return { shape, layout: layoutAt(shape, p.col), start: p.col, existing: false };
}

const classesAddress = (p: Placed) =>
  rangeAddress(
    p.layout.classTop,
    p.start,
    p.shape.bottom - p.layout.classTop + 1,
    p.layout.xyz ? 3 : 1
  );
const summaryAddress = (p: Placed) =>
  rangeAddress(p.layout.sumTop, p.layout.sumCol, p.layout.sumRows, p.layout.sumCols);

/** What the pane shows for a selection before writing (nothing is decided by the pane). */
export function analysisPreview(
  cells: SheetCells,
  address: string,
  portable: boolean
): AnalysisPreview | AnalysisProblem {
  const placed = placeAnalysis(cells, address);
  if ("kind" in placed && placed.kind === "empty") return placed;
  if ("kind" in placed) {
    const shape = analysisShape(cells, address) as AnalysisShape;
    return {
      shape,
      items: shape.rows,
      existing: false,
      thresholds: { ...DEFAULT_THRESHOLDS },
      problem: placed,
    };
  }
  const thresholds = placed.existing
    ? { ...DEFAULT_THRESHOLDS, ...thresholdsIn(cells, placed.layout) }
    : { ...DEFAULT_THRESHOLDS };
  return {
    shape: placed.shape,
    items: placed.shape.rows,
    existing: placed.existing,
    thresholds,
    classes: classesAddress(placed),
    summary: summaryAddress(placed),
    ...(portable ? { problem: { kind: "portable", sheet: cells.sheet } } : {}),
  };
}

/** The plan that writes (or updates) the analysis of `request.address` on its sheet. */
export function analysisPlan(
  cells: SheetCells,
  request: AnalysisRequest,
  lang: Lang,
  portable: boolean
): { plan: WorkbookPlan; result: AnalysisResult } | { problem: AnalysisProblem } {
  const sheet = cells.sheet;
  if (portable) return { problem: { kind: "portable", sheet } };
  const placed = placeAnalysis(cells, request.address);
  if ("kind" in placed) return { problem: placed };
  const { shape, layout: L, existing } = placed;
  const planned: PlannedCell[] = [];
  const styles: StylePlan[] = [];
  const put = (
    row: number,
    col: number,
    input: string | number,
    format?: string,
    label?: LocalText
  ) =>
    planned.push({
      row,
      col,
      input,
      ...(format ? { format } : {}),
      ...(label ? { labels: both(label) } : {}),
    });
  const text = (t: LocalText) => t[lang];

  // Class columns: headers over them when the data has a header row.
  if (shape.header) {
    if (L.totalCol !== undefined)
      put(shape.top, L.totalCol, text(ANALYSIS_LABELS.total), "General", ANALYSIS_LABELS.total);
    put(shape.top, L.abcCol, text(ANALYSIS_LABELS.abc), "General", ANALYSIS_LABELS.abc);
    if (L.xyzCol !== undefined)
      put(shape.top, L.xyzCol, text(ANALYSIS_LABELS.xyz), "General", ANALYSIS_LABELS.xyz);
    styles.push({ address: rangeAddress(shape.top, placed.start, 1, L.xyz ? 3 : 1), bold: true });
  }
  const thresholdCell = (k: keyof AnalysisThresholds) =>
    L.at.thresholds[k] === undefined ? "" : abs(L.at.thresholds[k]!, L.sumCol + 1);
  const guard = (k: keyof AnalysisThresholds) => blankGuard(thresholdCell(k));
  if (L.totalCol !== undefined) {
    for (let r = shape.firstRow; r < shape.firstRow + shape.rows; r++) {
      const row = rangeAddress(r, shape.firstValueCol, 1, shape.periods);
      put(r, L.totalCol, `=IF(COUNT(${row})=0,"",SUM(${row}))`);
    }
  }
  const values = valueRange(shape, L);
  const abcRange = absRange(shape.firstRow, L.abcCol, shape.rows);
  put(shape.firstRow, L.abcCol, `=KPI.ABC(${values},${guard("a")},${guard("b")})`, "General");
  let xyzRange = "";
  if (L.xyzCol !== undefined) {
    const series = absRange(shape.firstRow, shape.firstValueCol, shape.rows, shape.periods);
    xyzRange = absRange(shape.firstRow, L.xyzCol, shape.rows);
    put(shape.firstRow, L.xyzCol, `=KPI.XYZ(${series},${guard("x")},${guard("y")})`, "General");
  }

  // The summary: title, thresholds (the user's to edit), classes, the ABC×XYZ combinations.
  const c = L.sumCol;
  const title = L.xyz ? ANALYSIS_LABELS.titleAbcXyz : ANALYSIS_LABELS.titleAbc;
  put(L.at.title, c, text(title), "General", title);
  styles.push({ address: cellAddress(L.at.title, c), bold: true });
  const conflicts: (keyof AnalysisThresholds)[] = [];
  const kept: string[] = [];
  for (const k of THRESHOLD_KEYS) {
    const r = L.at.thresholds[k];
    if (r === undefined) continue;
    put(r, c, text(ANALYSIS_LABELS[k]), "General", ANALYSIS_LABELS[k]);
    const now = cells.values[r]?.[c + 1];
    const decision = existing
      ? threeWay(
          numberFromCell(now),
          isBlankCell(now),
          request.base?.[k],
          request.thresholds[k],
          request.base !== undefined
        )
      : { write: cellFree(cells, r, c + 1), conflict: false };
    if (decision.write)
      planned.push({ row: r, col: c + 1, input: request.thresholds[k], format: "0%", force: true });
    if (decision.conflict) conflicts.push(k);
    styles.push({ address: cellAddress(r, c + 1), fill: INPUT_FILL });
  }
  const h = L.at.classHead;
  put(h, c, text(ANALYSIS_LABELS.klass), "General", ANALYSIS_LABELS.klass);
  put(h, c + 1, text(ANALYSIS_LABELS.items), "General", ANALYSIS_LABELS.items);
  put(h, c + 2, text(ANALYSIS_LABELS.share), "General", ANALYSIS_LABELS.share);
  styles.push({ address: rangeAddress(h, c, 1, 3), bold: true });
  for (const letter of ["A", "B", "C", "X", "Y", "Z"] as const) {
    const r = L.at.classRows[letter];
    if (r === undefined) continue;
    const range = "ABC".includes(letter) ? abcRange : xyzRange;
    put(r, c, letter, "General");
    put(r, c + 1, `=COUNTIFS(${range},"${letter}")`, "0");
    put(r, c + 2, `=SUMIFS(${values},${range},"${letter}")/SUM(${values})`, "0.0%");
  }
  if (L.at.crossHead !== undefined) {
    const x = L.at.crossHead;
    put(x, c, text(ANALYSIS_LABELS.cross), "General", ANALYSIS_LABELS.cross);
    (["X", "Y", "Z"] as const).forEach((z, j) => put(x, c + 1 + j, z, "General"));
    styles.push({ address: rangeAddress(x, c, 1, 4), bold: true });
    (["A", "B", "C"] as const).forEach((a, i) => {
      put(x + 1 + i, c, a, "General");
      (["X", "Y", "Z"] as const).forEach((z, j) =>
        put(x + 1 + i, c + 1 + j, `=COUNTIFS(${abcRange},"${a}",${xyzRange},"${z}")`, "0")
      );
    });
  }

  const writes = writeCells(sheet, cells, planned, styles);
  kept.push(...writes.kept);
  const steps: PlanStep[] = [
    ...writes.steps,
    { kind: "autofitColumns", sheet, address: rangeAddress(L.sumTop, c, L.sumRows, L.sumCols) },
  ];
  const kpiFormulas = steps
    .map((s) => (s.kind === "cells" ? kpiFormulasOf(sheet, s) : undefined))
    .filter((a) => a !== undefined);
  return {
    plan: { steps, kpiFormulas },
    result: {
      sheet,
      classes: classesAddress(placed),
      summary: summaryAddress(placed),
      existing,
      kept,
      conflicts,
    },
  };
}

/** The preview of a selection on a sheet as an adapter read it (no such sheet: nothing to analyse). */
export function selectionPreview(
  read: SheetRead | undefined,
  sheet: string,
  address: string
): AnalysisPreview | AnalysisProblem {
  if (!read) return { kind: "empty", sheet, address };
  return analysisPreview(read.cells, address, read.portable);
}

/** The analysis of a request on its sheet as an adapter read it. */
export function planAnalysis(
  read: SheetRead | undefined,
  request: AnalysisRequest,
  lang: Lang
): ReturnType<typeof analysisPlan> {
  if (!read) return { problem: { kind: "empty", sheet: request.sheet, address: request.address } };
  return analysisPlan(read.cells, request, lang, read.portable);
}
