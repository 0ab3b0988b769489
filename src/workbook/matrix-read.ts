/**
 * Reads a matrix sheet back from what an adapter read (values, and formulas where it has them),
 * in either language, wherever the user moved its parts: the layout found on the sheet is what
 * a rebuild keeps.
 */
import { defaultMethod, parseMethod } from "../core/card";
import { lookupInterpolation, lookupWeightMode } from "../core/option-names";
import type { BonusScalePoint, CellResult, MatrixColumn, MatrixRow } from "../core/matrix/types";
import type {
  Interpolation,
  MatrixSnapshot,
  MatrixSummary,
  WeightMode,
} from "../core/matrix/types";
import { cellAddress, parseRange, rangeAddress } from "./a1";
import { cellResult } from "./cells";
import { MATRIX_HEADERS, MATRIX_LABELS, isLabel, recognizeHeaders } from "./headers";
import { MATRIX_COLUMNS, STATUS_THRESHOLD_LABELS } from "./matrix-layout";
import type { Grid, SheetCells } from "./snapshot";
import { isBlankCell, numberFromCell, textFromCell } from "./text";

export type { Grid } from "./snapshot";

const REQUIRED: MatrixColumn[] = ["name", "weight", "fact", "index"];
const HEADER_SEARCH_ROWS = 20;

/** Where the parts of a matrix sit on its sheet (0-based rows and columns; -1: not there). */
export interface MatrixLayout {
  /** The table's header row and the column of each known column found there. */
  headerRow: number;
  cols: Partial<Record<MatrixColumn, number>>;
  /** Leftmost and rightmost column of the table (user columns inside it included). */
  left: number;
  right: number;
  /** Rows of the KPI rows. */
  firstRow: number;
  /** Rows of the table body, blank ones included (a blank matrix keeps one). */
  rowCount: number;
  /** The sheet row of each KPI read (same order as the snapshot's rows). */
  rowAt: number[];
  totalRow: number;
  titleRow: number;
  employeeRow: number;
  periodRow: number;
  baseRow: number;
  /** The "Bonus scale" label row; its second cell holds the scale mode. */
  scaleRow: number;
  /** The scale's own header row ("Score from", "Coefficient"); its points follow. */
  thresholdRow: number;
  scaleCount: number;
  bonusRow: number;
  /** The status threshold rows under the bonus ("Status amber from", "Status green from"). */
  amberRow?: number;
  greenRow?: number;
}

/** A matrix as read, with where it sits and the cells it was read from. */
export interface MatrixReading {
  snapshot: MatrixSnapshot;
  layout: MatrixLayout;
  cells: SheetCells;
}

/** The header row and column map of a matrix table, when the grid has one. */
export function findMatrixHeader(
  grid: Grid
): { row: number; cols: Partial<Record<MatrixColumn, number>> } | undefined {
  for (let r = 0; r < Math.min(grid.length, HEADER_SEARCH_ROWS); r++) {
    const keys = recognizeHeaders(grid[r] ?? [], MATRIX_HEADERS);
    const cols: Partial<Record<MatrixColumn, number>> = {};
    keys.forEach((k, c) => {
      if (k) cols[k] = c;
    });
    if (REQUIRED.every((k) => cols[k] !== undefined)) return { row: r, cols };
  }
  return undefined;
}

const cell = (grid: Grid, r: number, c: number | undefined): unknown =>
  c === undefined || r < 0 ? undefined : grid[r]?.[c];

function labelRow(grid: Grid, from: number, to: number, col: number, text: LocalLabel): number {
  for (let r = Math.max(from, 0); r < to; r++) if (isLabel(grid[r]?.[col], text)) return r;
  return -1;
}

type LocalLabel = { en: string; ru: string };

/** The weighting mode written in a KPI.WEIGHTED formula (its third argument), when it is text. */
export function modeFromFormula(formula: unknown): WeightMode | undefined {
  if (typeof formula !== "string") return undefined;
  const m = /KPI\.WEIGHTED\(\s*[^,()]*,\s*[^,()]*,\s*"([^"]*)"\s*\)/i.exec(formula);
  return m ? lookupWeightMode(m[1]) : undefined;
}

/** The interpolation written as text in a KPI.BONUS formula's last argument (older sheets). */
function interpolationFromFormula(formula: unknown): Interpolation | undefined {
  if (typeof formula !== "string") return undefined;
  const m = /KPI\.BONUS\([^)]*"([^"]*)"\s*\)/i.exec(formula);
  return m ? lookupInterpolation(m[1]) : undefined;
}

const INDEX_ARGS: readonly MatrixColumn[] = ["fact", "plan", "min", "max", "method"];

/**
 * The columns a KPI.INDEX formula reads its arguments from (fact, plan, min, max, method), as
 * the add-in writes it (bare or blank-guarded references): a column whose header the user
 * renamed is still found by what the formula refers to.
 */
export function columnsFromIndexFormula(formula: unknown): Partial<Record<MatrixColumn, number>> {
  const out: Partial<Record<MatrixColumn, number>> = {};
  if (typeof formula !== "string") return out;
  const m = /KPI\.INDEX\((.*)\)\s*$/i.exec(formula);
  if (!m) return out;
  const args = splitArgs(m[1]);
  args.slice(0, INDEX_ARGS.length).forEach((a, i) => {
    const ref = /\$?([A-Za-z]{1,3})\$?\d+/.exec(a.replace(/"[^"]*"/g, ""));
    if (ref) out[INDEX_ARGS[i]] = parseRange(`${ref[1]}1`).col;
  });
  return out;
}

/** The arguments of a call, split at its top-level commas (text and brackets respected). */
function splitArgs(inner: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let cur = "";
  let inText = false;
  for (const ch of inner) {
    if (ch === '"') inText = !inText;
    if (!inText && ch === "(") depth++;
    if (!inText && ch === ")") depth--;
    if (!inText && depth === 0 && ch === ",") {
      args.push(cur);
      cur = "";
      continue;
    }
    cur += ch;
  }
  args.push(cur);
  return args;
}

/**
 * A row's own status thresholds: the numbers written in its KPI.STATUS formula (a card's own
 * thresholds), as the add-in writes them; a threshold that refers to the matrix's cell is not
 * the row's own (undefined).
 */
export function thresholdsFromStatusFormula(formula: unknown): {
  statusAmber?: number;
  statusGreen?: number;
} {
  if (typeof formula !== "string") return {};
  const at = formula.search(/KPI\.STATUS\(/i);
  if (at < 0) return {};
  const open = at + "KPI.STATUS(".length;
  let depth = 1;
  let inText = false;
  let end = open;
  for (; end < formula.length && depth > 0; end++) {
    const ch = formula[end];
    if (ch === '"') inText = !inText;
    if (!inText && ch === "(") depth++;
    if (!inText && ch === ")") depth--;
  }
  const args = splitArgs(formula.slice(open, end - 1));
  const literal = (a: string | undefined): number | undefined =>
    a !== undefined && /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(a)
      ? Number(a)
      : undefined;
  const out: { statusAmber?: number; statusGreen?: number } = {};
  const amber = literal(args[1]);
  const green = literal(args[2]);
  if (amber !== undefined) out.statusAmber = amber;
  if (green !== undefined) out.statusGreen = green;
  return out;
}

/** Reads a matrix from a sheet's cells; undefined when the sheet holds no matrix. */
export function readMatrixCells(cells: SheetCells): MatrixReading | undefined {
  const grid = cells.values;
  const formulas = cells.formulas;
  const head = findMatrixHeader(grid);
  if (!head) return undefined;
  const { cols } = head;
  // A renamed header: the first row's KPI.INDEX still says which column holds what.
  if (INDEX_ARGS.some((c) => cols[c] === undefined) && cols.index !== undefined) {
    const taken = new Set(Object.values(cols));
    const found = columnsFromIndexFormula(formulas[head.row + 1]?.[cols.index]);
    for (const c of INDEX_ARGS) {
      const at = found[c];
      if (cols[c] === undefined && at !== undefined && !taken.has(at)) {
        cols[c] = at;
        taken.add(at);
      }
    }
  }
  const known = Object.values(cols) as number[];
  const left = Math.min(...known);
  let right = Math.max(...known);
  const headerLine = grid[head.row] ?? [];
  while (right + 1 < headerLine.length && !isBlankCell(headerLine[right + 1])) right += 1;
  const labelCol = left;
  const employeeRow = labelRow(grid, 0, head.row, labelCol, MATRIX_LABELS.employee);
  const periodRow = labelRow(grid, 0, head.row, labelCol, MATRIX_LABELS.period);
  const titleRow = employeeRow > 0 ? employeeRow - 1 : 0;

  const rowBlank = (r: number): boolean => {
    const line = grid[r];
    if (!line) return true;
    for (let c = left; c <= right; c++) if (!isBlankCell(line[c])) return false;
    return true;
  };
  const isTotal = (r: number): boolean =>
    isLabel(cell(grid, r, cols.name), MATRIX_LABELS.total) ||
    isLabel(cell(grid, r, labelCol), MATRIX_LABELS.total);

  const rows: MatrixRow[] = [];
  const results: MatrixSnapshot["results"] = [];
  const at: MatrixSnapshot["at"]["rows"] = [];
  const rowAt: number[] = [];
  // The body ends at the Total row: blank rows inside it (a blank matrix has one; a user may
  // insert one) are skipped, not the end. Without a Total, it ends at its first blank row.
  let totalAhead = -1;
  for (let t = head.row + 1; t < grid.length; t++) {
    if (isTotal(t)) {
      totalAhead = t;
      break;
    }
    if (isLabel(cell(grid, t, labelCol), MATRIX_LABELS.base)) break;
  }
  let r = head.row + 1;
  let totalRow = -1;
  for (; r < grid.length; r++) {
    if (isTotal(r)) {
      totalRow = r;
      break;
    }
    if (rowBlank(r)) {
      if (totalAhead > r) continue;
      break;
    }
    const num = (c: MatrixColumn): number | undefined => numberFromCell(cell(grid, r, cols[c]));
    const min = num("min");
    rowAt.push(r);
    const own = thresholdsFromStatusFormula(cell(formulas, r, cols.status));
    rows.push({
      code: textFromCell(cell(grid, r, cols.code)).trim(),
      name: textFromCell(cell(grid, r, cols.name)),
      unit: textFromCell(cell(grid, r, cols.unit)) || undefined,
      method: parseMethod(cell(grid, r, cols.method)) ?? defaultMethod(min),
      weight: num("weight") ?? 0,
      min,
      plan: num("plan"),
      max: num("max"),
      fact: num("fact"),
      ...own,
    });
    results.push({
      index: cellResult(cell(grid, r, cols.index)),
      score: cellResult(cell(grid, r, cols.score)),
      status: cellResult(cell(grid, r, cols.status)),
    });
    at.push(
      Object.fromEntries(
        MATRIX_COLUMNS.map((c) => [c, cellAddress(r, cols[c] ?? cols.name ?? 0)])
      ) as Record<MatrixColumn, string>
    );
  }
  const firstRow = head.row + 1;
  // A blank matrix keeps one blank row in its table.
  const rowCount = totalRow >= 0 ? totalRow - firstRow : r - firstRow;
  const end = grid.length;
  const after = totalRow >= 0 ? totalRow + 1 : firstRow + rowCount;
  const baseRow = labelRow(grid, after, end, labelCol, MATRIX_LABELS.base);
  const scaleRow =
    baseRow >= 0 ? labelRow(grid, baseRow + 1, end, labelCol, MATRIX_LABELS.scale) : -1;
  const thresholdRow =
    scaleRow >= 0 && isLabel(cell(grid, scaleRow + 1, labelCol), MATRIX_LABELS.threshold)
      ? scaleRow + 1
      : -1;
  const bonusRow = labelRow(grid, Math.max(after, baseRow + 1), end, labelCol, MATRIX_LABELS.bonus);
  // The status thresholds under the bonus (or under the bonus block's last part found).
  const statusFrom = Math.max(after, baseRow + 1, scaleRow + 1, bonusRow + 1);
  const amberRow = labelRow(grid, statusFrom, end, labelCol, STATUS_THRESHOLD_LABELS.amber);
  const greenRow = labelRow(grid, statusFrom, end, labelCol, STATUS_THRESHOLD_LABELS.green);
  const scale: BonusScalePoint[] = [];
  if (thresholdRow >= 0) {
    for (let s = thresholdRow + 1; s < end && (bonusRow < 0 || s < bonusRow); s++) {
      const threshold = numberFromCell(cell(grid, s, labelCol));
      const coefficient = numberFromCell(cell(grid, s, labelCol + 1));
      if (threshold === undefined || coefficient === undefined) break;
      scale.push({ threshold, coefficient });
    }
  }
  const at1 = (row: number, c: number | undefined): string =>
    row >= 0 && c !== undefined ? cellAddress(row, c) : "";
  const value = (row: number, c: number | undefined): CellResult =>
    row >= 0 ? cellResult(cell(grid, row, c)) : undefined;
  const valueCol = labelCol + 1;
  const interpolation =
    (scaleRow >= 0 ? lookupInterpolationCell(cell(grid, scaleRow, valueCol)) : undefined) ??
    interpolationFromFormula(cell(formulas, bonusRow, valueCol));
  const mode = modeFromFormula(cell(formulas, totalRow, cols.score));
  const statusAmber = amberRow >= 0 ? numberFromCell(cell(grid, amberRow, valueCol)) : undefined;
  const statusGreen = greenRow >= 0 ? numberFromCell(cell(grid, greenRow, valueCol)) : undefined;
  const sheet = cells.sheet;
  const snapshot: MatrixSnapshot = {
    sheet,
    matrix: {
      sheet,
      name: textFromCell(cell(grid, titleRow, labelCol)),
      employee: employeeRow >= 0 ? textFromCell(cell(grid, employeeRow, valueCol)) : "",
      period: periodRow >= 0 ? textFromCell(cell(grid, periodRow, valueCol)) : "",
      rows,
      bonusBase: baseRow >= 0 ? numberFromCell(cell(grid, baseRow, valueCol)) : undefined,
      scale,
      ...(interpolation ? { interpolation } : {}),
      ...(mode ? { mode } : {}),
      ...(statusAmber !== undefined ? { statusAmber } : {}),
      ...(statusGreen !== undefined ? { statusGreen } : {}),
    },
    results,
    weightTotal: value(totalRow, cols.weight),
    total: value(totalRow, cols.score),
    totalStatus: value(totalRow, cols.status),
    bonus: value(bonusRow, valueCol),
    at: {
      name: cellAddress(titleRow, labelCol),
      employee: at1(employeeRow, valueCol),
      period: at1(periodRow, valueCol),
      rows: at,
      weightTotal: at1(totalRow, cols.weight),
      total: at1(totalRow, cols.score),
      totalStatus: at1(totalRow, cols.status),
      base: at1(baseRow, valueCol),
      scale: scale.length ? rangeAddress(thresholdRow + 1, labelCol, scale.length, 2) : "",
      bonus: at1(bonusRow, valueCol),
      ...(amberRow >= 0 ? { statusAmber: at1(amberRow, valueCol) } : {}),
      ...(greenRow >= 0 ? { statusGreen: at1(greenRow, valueCol) } : {}),
    },
  };
  const layout: MatrixLayout = {
    headerRow: head.row,
    cols,
    left,
    right,
    firstRow,
    rowCount,
    rowAt,
    totalRow,
    titleRow,
    employeeRow,
    periodRow,
    baseRow,
    scaleRow,
    thresholdRow,
    scaleCount: scale.length,
    bonusRow,
    amberRow,
    greenRow,
  };
  return { snapshot, layout, cells };
}

function lookupInterpolationCell(v: unknown): Interpolation | undefined {
  return typeof v === "string" ? lookupInterpolation(v) : undefined;
}

/** The matrix on a sheet, read from its grid of values; undefined when the sheet holds no matrix. */
export function readMatrixGrid(sheet: string, grid: Grid): MatrixSnapshot | undefined {
  return readMatrixCells({ sheet, values: grid, formulas: grid })?.snapshot;
}

/** A matrix's summary for lists, from its snapshot. */
export function summarize(s: MatrixSnapshot): MatrixSummary {
  return {
    sheet: s.sheet,
    name: s.matrix.name,
    employee: s.matrix.employee,
    period: s.matrix.period,
    rowCount: s.matrix.rows.length,
  };
}
