/**
 * The matrix sheet plans: a new matrix (header, KPI rows with live KPI formulas, total, bonus
 * block, formats) and the update of an existing one, which writes only what the pane changed
 * plus the add-in's own formulas, and keeps every other cell as the user left it.
 */
import { METHOD_NAMES, type Lang } from "../core/card";
import { isPercentUnit } from "../core/library/units";
import { INTERPOLATION_NAMES } from "../core/option-names";
import {
  STATUS_COLOURS as STATUS_FILLS,
  STATUS_LEVEL,
  STATUS_TOKENS,
  statusNumberFormat,
} from "../core/status";
import { thresholdsFromScale, type StatusThresholds } from "../core/thresholds";
import { at15 } from "../core/values";
import type { Matrix, MatrixColumn, MatrixRow } from "../core/matrix/types";
import { cellAddress, rangeAddress } from "./a1";
import { MATRIX_HEADERS, MATRIX_LABELS } from "./headers";
import { COL, HEADER_ROW, MATRIX_COLUMNS, STATUS_THRESHOLD_LABELS } from "./matrix-layout";
import {
  mergeMatrix,
  sameValue,
  type MatrixConflict,
  type MatrixMerge,
  type RowField,
} from "./matrix-merge";
import type { MatrixLayout, MatrixReading } from "./matrix-read";
import type { CellInput, PlanStep, SheetPlan, StylePlan, WorkbookPlan } from "./plan";
import { kpiFormulasOf, sheetPlanSteps } from "./plan";
import { isBlankCell, textInput } from "./text";

/** Number formats (Excel's invariant codes: Range.numberFormat is locale-independent). */
export const FORMATS = {
  percent: "0%",
  percent1: "0.0%",
  number: "#,##0.##########",
  general: "General",
  money: "#,##0.00",
} as const;

/** Status colours: Excel's own Good / Neutral / Bad cell styles (src/core/status.ts). */
export const STATUS_COLOURS = STATUS_FILLS;

/**
 * The status thresholds a matrix uses: the ones it holds, else those its bonus scale implies
 * (red pays nothing, green pays the full bonus; 90 % / 100 % without a scale).
 */
export function matrixThresholds(
  m: Pick<Matrix, "scale" | "interpolation" | "statusAmber" | "statusGreen">
): StatusThresholds {
  const derived = thresholdsFromScale(m.scale, m.interpolation ?? "step");
  return { amber: m.statusAmber ?? derived.amber, green: m.statusGreen ?? derived.green };
}

/** The fill that marks cells the user types into. */
export const INPUT_FILL = "#FFF2CC";
const WIDTHS = [230, 95, 60, 70, 55, 60, 60, 60, 70, 60, 85, 60];
const TABLE_STYLE = "TableStyleLight9";

const blank = (v: number | undefined): CellInput => (v === undefined ? "" : v);

/** The layout of a new matrix with `n` KPI rows and `s` scale points, from A1. */
export function defaultLayout(n: number, s: number): MatrixLayout {
  const firstRow = HEADER_ROW + 1;
  const rowCount = Math.max(n, 1);
  const totalRow = firstRow + rowCount;
  const baseRow = totalRow + 2;
  const scaleRow = baseRow + 1;
  return {
    headerRow: HEADER_ROW,
    cols: { ...COL },
    left: 0,
    right: MATRIX_COLUMNS.length - 1,
    firstRow,
    rowCount,
    rowAt: Array.from({ length: n }, (_, i) => firstRow + i),
    totalRow,
    titleRow: 0,
    employeeRow: 1,
    periodRow: 2,
    baseRow,
    scaleRow,
    thresholdRow: s > 0 ? scaleRow + 1 : -1,
    scaleCount: s,
    bonusRow: scaleRow + 1 + (s > 0 ? s + 1 : 0),
    amberRow: scaleRow + 2 + (s > 0 ? s + 1 : 0),
    greenRow: scaleRow + 3 + (s > 0 ? s + 1 : 0),
  };
}

/** The scale mode as the sheet shows it (either spelling is read back). */
function modeText(matrix: Pick<Matrix, "interpolation">, lang: Lang): string {
  return INTERPOLATION_NAMES[matrix.interpolation ?? "step"][lang === "ru" ? 1 : 0];
}

/** Cells to write, by position; a cell never set is left as it is (null in the block). */
class Canvas {
  private readonly cells = new Map<string, { input: CellInput | null; format: string | null }>();
  private r0 = Infinity;
  private r1 = -Infinity;
  private c0 = Infinity;
  private c1 = -Infinity;

  set(row: number, col: number | undefined, input: CellInput, format?: string): void {
    if (col === undefined || row < 0) return;
    const k = `${row},${col}`;
    this.cells.set(k, { input, format: format ?? this.cells.get(k)?.format ?? null });
    this.grow(row, col);
  }

  format(row: number, col: number | undefined, format: string): void {
    if (col === undefined || row < 0) return;
    const k = `${row},${col}`;
    this.cells.set(k, { input: this.cells.get(k)?.input ?? null, format });
    this.grow(row, col);
  }

  private grow(row: number, col: number): void {
    this.r0 = Math.min(this.r0, row);
    this.r1 = Math.max(this.r1, row);
    this.c0 = Math.min(this.c0, col);
    this.c1 = Math.max(this.c1, col);
  }

  /**
   * The cells set, as blocks: one per run of adjacent set cells in a row (a cell with only a
   * format set gets a null input). No block covers a cell the plan does not write, so a cell of
   * the user's beside the matrix (merged, locked, anything) is never part of a write.
   */
  block(): SheetPlan["blocks"] {
    if (this.r1 < 0) return [];
    const out: SheetPlan["blocks"] = [];
    for (let r = this.r0; r <= this.r1; r++) {
      let c = this.c0;
      while (c <= this.c1) {
        if (!this.cells.has(`${r},${c}`)) {
          c++;
          continue;
        }
        const start = c;
        const inputs: (CellInput | null)[] = [];
        const formats: (string | null)[] = [];
        let anyFormat = false;
        while (c <= this.c1 && this.cells.has(`${r},${c}`)) {
          const cell = this.cells.get(`${r},${c}`)!;
          inputs.push(cell.input);
          formats.push(cell.format);
          if (cell.format) anyFormat = true;
          c++;
        }
        out.push({
          address: rangeAddress(r, start, 1, inputs.length),
          inputs: [inputs],
          ...(anyFormat ? { numberFormats: [formats] } : {}),
        });
      }
    }
    return out;
  }
}

const colRange = (L: MatrixLayout, c: MatrixColumn, rows: number): string =>
  L.cols[c] === undefined ? "" : rangeAddress(L.firstRow, L.cols[c]!, Math.max(rows, 1), 1);

/**
 * An input cell as a KPI function argument: `IF(X="","",X)`. Some desktop Excel builds hand a
 * custom function a blank cell as 0 (office-js#4702, #5262): a blank min would then gate at 0,
 * a blank fact score 0 and a blank method read "unknown method 0". The guard hands "" instead,
 * which every KPI function reads as "not given", on every build. The portable translation sees
 * through it (native formulas read blanks as they are).
 */
export function blankGuard(ref: string): string {
  return ref === "" ? "" : `IF(${ref}="","",${ref})`;
}

/** A threshold for a status formula: the number itself, or the matrix's cell (blank-guarded). */
function thresholdArg(own: number | undefined, cell: string): string {
  if (own !== undefined) return String(at15(own));
  return cell === "" ? "" : blankGuard(cell);
}

/** The matrix's status threshold cells, absolute ("$B$24"), or "" where it has none. */
function thresholdCells(L: Pick<MatrixLayout, "left" | "amberRow" | "greenRow">): {
  amber: string;
  green: string;
} {
  const abs = (row: number | undefined) =>
    row === undefined || row < 0
      ? ""
      : cellAddress(row, L.left + 1).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return { amber: abs(L.amberRow), green: abs(L.greenRow) };
}

/**
 * A status formula: the level (3 / 2 / 1) of an index cell against the row's own thresholds or
 * the matrix's threshold cells: `IF(J6="","",KPI.STATUS(J6,…,…,"level"))`.
 */
export function statusFormula(
  L: Pick<MatrixLayout, "left" | "amberRow" | "greenRow">,
  indexCell: string,
  own: Pick<MatrixRow, "statusAmber" | "statusGreen"> = {}
): string {
  const c = thresholdCells(L);
  const amber = thresholdArg(own.statusAmber, c.amber);
  const green = thresholdArg(own.statusGreen, c.green);
  return `=IF(${indexCell}="","",KPI.STATUS(${indexCell},${amber},${green},"level"))`;
}

/** The row formulas: index from the row's own cells, so Excel recalculates as facts change. */
export function rowFormulas(
  L: Pick<MatrixLayout, "cols"> & Partial<Pick<MatrixLayout, "left" | "amberRow" | "greenRow">>,
  r: number,
  row: Pick<MatrixRow, "statusAmber" | "statusGreen"> = {}
): Partial<Record<"index" | "score" | "status", string>> {
  const a = (c: MatrixColumn): string =>
    L.cols[c] === undefined ? "" : cellAddress(r, L.cols[c]!);
  const idx = a("index");
  const out: Partial<Record<"index" | "score" | "status", string>> = {
    index: `=KPI.INDEX(${(["fact", "plan", "min", "max", "method"] as const)
      .map((c) => blankGuard(a(c)))
      .join(",")})`,
  };
  if (L.cols.score !== undefined) out.score = `=IF(${idx}="","",${idx}*${a("weight")})`;
  if (L.cols.status !== undefined)
    out.status = statusFormula(
      { left: L.left ?? 0, amberRow: L.amberRow, greenRow: L.greenRow },
      idx,
      row
    );
  return out;
}

/** Writes one KPI row: the fields in `fields` (all for a new row) and the row formulas. */
function writeRow(
  cv: Canvas,
  L: MatrixLayout,
  r: number,
  row: MatrixRow,
  fields: ReadonlySet<RowField> | "all",
  lang: Lang,
  statusFormat = false
): void {
  const valueFormat = isPercentUnit(row.unit) ? FORMATS.percent1 : FORMATS.number;
  const all = fields === "all";
  const want = (f: RowField) => all || fields.has(f);
  const fmt = (f: string) => (all ? f : undefined);
  if (want("name")) cv.set(r, L.cols.name, textInput(row.name), fmt(FORMATS.general));
  if (want("code")) cv.set(r, L.cols.code, textInput(row.code), fmt(FORMATS.general));
  if (want("unit")) cv.set(r, L.cols.unit, textInput(row.unit ?? ""), fmt(FORMATS.general));
  if (want("method"))
    cv.set(r, L.cols.method, METHOD_NAMES[row.method][lang], fmt(FORMATS.general));
  if (want("weight")) cv.set(r, L.cols.weight, row.weight, fmt(FORMATS.percent));
  for (const f of ["min", "plan", "max", "fact"] as const) {
    if (want(f)) cv.set(r, L.cols[f], blank(row[f]), fmt(valueFormat));
  }
  const f = rowFormulas(L, r, row);
  // The add-in's formulas are rewritten on every update; their formats only on a new row, so a
  // format the user gave an existing Index, Score or Status cell stays. A status cell of an
  // older matrix (a word as its value) gets the level's format once, as it turns into a level.
  cv.set(r, L.cols.index, f.index!, fmt(FORMATS.percent1));
  if (f.score) cv.set(r, L.cols.score, f.score, fmt(FORMATS.percent1));
  if (f.status)
    cv.set(r, L.cols.status, f.status, all || statusFormat ? statusNumberFormat(lang) : undefined);
}

/** The total row's formulas (label only when `label`). */
function writeTotal(
  cv: Canvas,
  L: MatrixLayout,
  n: number,
  mode: Matrix["mode"],
  lang: Lang,
  label: boolean,
  statusFormat = true
): void {
  const r = L.totalRow;
  if (label) cv.set(r, L.cols.name ?? L.left, MATRIX_LABELS.total[lang], FORMATS.general);
  const m = mode && mode !== "strict" ? `,"${mode}"` : "";
  if (L.cols.weight !== undefined)
    cv.set(r, L.cols.weight, `=SUM(${colRange(L, "weight", n)})`, FORMATS.percent);
  const total = L.cols.score !== undefined ? cellAddress(r, L.cols.score) : "";
  if (total) {
    cv.set(
      r,
      L.cols.score,
      `=KPI.WEIGHTED(${colRange(L, "index", n)},${colRange(L, "weight", n)}${m})`,
      FORMATS.percent1
    );
    if (L.cols.status !== undefined)
      cv.set(
        r,
        L.cols.status,
        statusFormula(L, total),
        statusFormat ? statusNumberFormat(lang) : undefined
      );
  }
}

/** The bonus formula: KPI.BONUS(total, base, scale, the scale-mode cell). */
function bonusFormula(L: MatrixLayout): string {
  const total =
    L.cols.score !== undefined && L.totalRow >= 0 ? cellAddress(L.totalRow, L.cols.score) : "";
  const base = blankGuard(cellAddress(L.baseRow, L.left + 1));
  const scale = L.scaleCount > 0 ? rangeAddress(L.thresholdRow + 1, L.left, L.scaleCount, 2) : "";
  const mode = blankGuard(cellAddress(L.scaleRow, L.left + 1));
  return scale ? `=KPI.BONUS(${total},${base},${scale},${mode})` : `=KPI.BONUS(${total},${base})`;
}

/** Writes the bonus block's parts: labels when `labels`, values of `what`, always the formula. */
function writeBonus(
  cv: Canvas,
  L: MatrixLayout,
  m: Matrix,
  lang: Lang,
  what: {
    labels: boolean;
    base: boolean;
    mode: boolean;
    scale: boolean;
    scaleHeader: boolean;
    /** The status threshold rows: their labels, and which values to write. */
    statusLabels: boolean;
    amber: boolean;
    green: boolean;
  }
): void {
  const a = L.left;
  if (what.labels) {
    cv.set(L.baseRow, a, MATRIX_LABELS.base[lang], FORMATS.general);
    cv.set(L.scaleRow, a, MATRIX_LABELS.scale[lang], FORMATS.general);
    cv.set(L.bonusRow, a, MATRIX_LABELS.bonus[lang], FORMATS.general);
  }
  if (what.base) cv.set(L.baseRow, a + 1, blank(m.bonusBase), FORMATS.money);
  if (what.mode) cv.set(L.scaleRow, a + 1, modeText(m, lang), FORMATS.general);
  if (L.scaleCount > 0 && what.scaleHeader) {
    cv.set(L.thresholdRow, a, MATRIX_LABELS.threshold[lang], FORMATS.general);
    cv.set(L.thresholdRow, a + 1, MATRIX_LABELS.coefficient[lang], FORMATS.general);
  }
  if (what.scale) {
    m.scale.forEach((p, i) => {
      cv.set(L.thresholdRow + 1 + i, a, p.threshold, FORMATS.percent);
      cv.set(L.thresholdRow + 1 + i, a + 1, p.coefficient, FORMATS.percent);
    });
  }
  cv.set(L.bonusRow, a + 1, bonusFormula(L), FORMATS.money);
  const t = matrixThresholds(m);
  const rows = [
    ["amber", L.amberRow, what.amber, t.amber],
    ["green", L.greenRow, what.green, t.green],
  ] as const;
  for (const [k, row, value, v] of rows) {
    if (row === undefined || row < 0) continue;
    if (what.statusLabels) cv.set(row, a, STATUS_THRESHOLD_LABELS[k][lang], FORMATS.general);
    if (value || what.statusLabels) cv.set(row, a + 1, v, FORMATS.percent1);
  }
}

/** Conditional formats: a data bar on the index column, colours on the status tokens. */
function conditionalFormats(L: MatrixLayout, n: number): SheetPlan["conditionalFormats"] {
  const out: SheetPlan["conditionalFormats"] = [];
  if (L.cols.index !== undefined)
    out.push({ kind: "dataBar", address: colRange(L, "index", n), color: "#5B9BD5" });
  if (L.cols.status !== undefined) {
    const last = L.totalRow >= 0 ? L.totalRow : L.firstRow + Math.max(n, 1) - 1;
    const address = rangeAddress(L.firstRow, L.cols.status, last - L.firstRow + 1, 1);
    // The colours follow the level (3 / 2 / 1), the same in every language.
    for (const t of STATUS_TOKENS)
      out.push({ kind: "valueEquals", address, value: STATUS_LEVEL[t], ...STATUS_COLOURS[t] });
  }
  return out;
}

/** The plan of a whole new matrix sheet; `tableName` must be unique in the workbook. */
export function matrixSheetPlan(
  matrix: Matrix,
  sheet: string,
  lang: Lang,
  tableName: string
): SheetPlan {
  const n = matrix.rows.length;
  const L = defaultLayout(n, matrix.scale.length);
  const width = MATRIX_COLUMNS.length;
  const cv = new Canvas();
  const styles: StylePlan[] = [];
  const inputs: string[] = [];

  cv.set(L.titleRow, 0, textInput(matrix.name), FORMATS.general);
  cv.set(L.employeeRow, 0, MATRIX_LABELS.employee[lang], FORMATS.general);
  cv.set(L.employeeRow, 1, textInput(matrix.employee), FORMATS.general);
  cv.set(L.periodRow, 0, MATRIX_LABELS.period[lang], FORMATS.general);
  cv.set(L.periodRow, 1, textInput(matrix.period), FORMATS.general);
  styles.push({ address: cellAddress(L.titleRow, 0), bold: true, fontSize: 14 });
  styles.push({ address: rangeAddress(L.employeeRow, 0, 2, 1), italic: true });

  MATRIX_COLUMNS.forEach((c, i) =>
    cv.set(L.headerRow, i, MATRIX_HEADERS[c][lang], FORMATS.general)
  );
  styles.push({ address: rangeAddress(L.headerRow, 0, 1, width), bold: true, wrap: true });
  matrix.rows.forEach((row, i) => {
    writeRow(cv, L, L.firstRow + i, row, "all", lang);
    inputs.push(cellAddress(L.firstRow + i, COL.fact));
  });
  if (n === 0) for (let c = 0; c < width; c++) cv.set(L.firstRow, c, "", FORMATS.general);

  writeTotal(cv, L, n, matrix.mode, lang, true);
  styles.push({ address: rangeAddress(L.totalRow, 0, 1, width), bold: true, borderTop: true });
  writeBonus(cv, L, matrix, lang, {
    labels: true,
    base: true,
    mode: true,
    scale: true,
    scaleHeader: true,
    statusLabels: true,
    amber: true,
    green: true,
  });
  styles.push({ address: cellAddress(L.scaleRow, 0), bold: true });
  if (L.scaleCount > 0)
    styles.push({ address: rangeAddress(L.thresholdRow, 0, 1, 2), italic: true });
  styles.push({ address: rangeAddress(L.bonusRow, 0, 1, 2), bold: true });
  inputs.push(cellAddress(L.baseRow, 1), cellAddress(L.scaleRow, 1));
  if (L.scaleCount > 0) inputs.push(rangeAddress(L.thresholdRow + 1, 0, L.scaleCount, 2));
  inputs.push(rangeAddress(L.amberRow!, 1, 2, 1));
  for (const a of inputs) styles.push({ address: a, fill: INPUT_FILL });

  return {
    sheet,
    blocks: cv.block(),
    styles,
    conditionalFormats: conditionalFormats(L, n),
    table: {
      name: tableName,
      address: rangeAddress(L.headerRow, 0, 1 + L.rowCount, width),
      style: TABLE_STYLE,
    },
    columnWidths: WIDTHS,
    freezeRows: L.headerRow + 1,
    area: rangeAddress(0, 0, L.greenRow! + 1, width),
    inputs,
  };
}

/** The plan of a new matrix on a new sheet. */
export function newMatrixPlan(
  matrix: Matrix,
  sheet: string,
  lang: Lang,
  tableName: string
): WorkbookPlan {
  const sp = matrixSheetPlan({ ...matrix, sheet }, sheet, lang, tableName);
  return {
    steps: [{ kind: "addSheet", sheet }, ...sheetPlanSteps(sp), { kind: "activate", sheet }],
    kpiFormulas: sp.blocks.map((b) => kpiFormulasOf(sheet, b)).filter((a) => a !== undefined),
  };
}

/** What updating an existing matrix writes, what it kept and where the sheet won. */
export interface MatrixUpdatePlan {
  plan: WorkbookPlan;
  matrix: Matrix;
  conflicts: MatrixConflict[];
  /** Where the matrix sits once the plan is applied (for references to its total and bonus). */
  layout: MatrixLayout;
}

const span = (L: MatrixLayout, row: number, rows: number): string =>
  rangeAddress(row, L.left, rows, L.right - L.left + 1);

/** True when the sheet row holds something of the user's beside the matrix's columns. */
function besideMatrix(old: MatrixReading, row: number): boolean {
  const line = old.cells.values[row] ?? [];
  const { left, right } = old.layout;
  return line.some((v, c) => (c < left || c > right) && v !== null && v !== undefined && v !== "");
}

/**
 * Updates a matrix in place. The sheet as read now (`old`), the matrix as the pane read it
 * (`base`) and as the pane asks (`pane`) are merged (matrix-merge.ts); then rows the pane
 * removed are deleted and rows it added are inserted inside the matrix's own columns (cells
 * beside it never move), and only the cells the pane changed are written, with the add-in's
 * formulas (index, score, status, total, bonus). Everything else stays as the user left it:
 * facts, plans and weights typed in the sheet, text in any cell, formulas the user wrote in an
 * input cell, notes, number formats and the user's own columns and rows.
 */
export function updateMatrixPlan(
  old: MatrixReading,
  base: Matrix | undefined,
  pane: Matrix,
  lang: Lang,
  tables: { unlist: string[]; name: string }
): MatrixUpdatePlan {
  const merge: MatrixMerge = mergeMatrix(old.snapshot.matrix, base, pane);
  const O = old.layout;
  const sheet = old.snapshot.sheet;
  const steps: PlanStep[] = [];
  for (const t of tables.unlist) steps.push({ kind: "unlistTable", table: t });
  // The add-in's own conditional formats go (index and status columns); the user's stay.
  const lastOld = O.totalRow >= 0 ? O.totalRow : O.firstRow + O.rowCount - 1;
  for (const c of ["index", "status"] as const) {
    if (O.cols[c] === undefined) continue;
    const address = rangeAddress(O.firstRow, O.cols[c]!, lastOld - O.firstRow + 1, 1);
    steps.push({ kind: "clearConditionalFormats", sheet, address });
  }

  // Rows: delete the removed ones (from the bottom), insert new ones under the last kept row.
  let shift = 0;
  const removed = merge.removed.map((i) => O.rowAt[i]).sort((a, b) => b - a);
  // A removed row goes whole, unless the user keeps something beside the matrix on it: then
  // its matrix cells are only emptied (a blank row stays in the table), so nothing beside the
  // matrix moves away from the KPI it is next to.
  const removedRows: number[] = [];
  for (const r of removed) {
    if (besideMatrix(old, r)) {
      steps.push({ kind: "clearCells", sheet, address: span(O, r, 1) });
    } else {
      steps.push({ kind: "deleteRows", sheet, row: r, count: 1 });
      removedRows.push(r);
    }
  }
  shift -= removedRows.length;
  const adjusted = (r: number) => r - removedRows.filter((x) => x < r).length;
  const keptAt = new Map<number, number>();
  for (const mr of merge.rows)
    if (mr.from !== undefined) keptAt.set(mr.from, adjusted(O.rowAt[mr.from]));
  const bodyRows = O.rowCount - removedRows.length;
  const lastKept = keptAt.size ? Math.max(...keptAt.values()) : O.firstRow - 1;
  const freeTail = O.firstRow + bodyRows - 1 - lastKept;
  const added = merge.rows.filter((r) => r.from === undefined).length;
  let insertRows = Math.max(0, added - freeTail);
  if (bodyRows + insertRows === 0) insertRows = 1; // a table keeps at least one body row
  if (insertRows > 0) {
    // Whole rows, so the user's rows under the matrix move down intact, never over-written.
    steps.push({ kind: "insertRows", sheet, row: O.firstRow + bodyRows, count: insertRows });
    shift += insertRows;
  }
  const bodyAfter = bodyRows + insertRows;
  const n = bodyAfter;

  const L: MatrixLayout = { ...O, rowCount: bodyAfter, rowAt: [] };
  const move = (r: number) => (r >= 0 ? r + shift : r);
  const cv = new Canvas();
  const styles: StylePlan[] = [];

  // A total row the user removed is put back under the table (in new cells).
  let totalLabel = false;
  if (O.totalRow >= 0) L.totalRow = move(O.totalRow);
  else {
    L.totalRow = L.firstRow + bodyAfter;
    steps.push({ kind: "insertRows", sheet, row: L.totalRow, count: 1 });
    shift += 1;
    totalLabel = true;
  }

  // Bonus block: resize the scale in place, or add a whole block when it is not there.
  const s = merge.changed.has("scale") ? merge.matrix.scale.length : O.scaleCount;
  const blockThere = O.baseRow >= 0 && O.scaleRow >= 0 && O.bonusRow >= 0;
  let labels = false;
  let scaleHeader = false;
  if (blockThere) {
    L.baseRow = move(O.baseRow);
    L.scaleRow = move(O.scaleRow);
    const oldExtra = O.thresholdRow >= 0 ? O.scaleCount + 1 : 0;
    const newExtra = s > 0 ? s + 1 : 0;
    const at = O.thresholdRow >= 0 ? move(O.thresholdRow) + O.scaleCount + 1 : L.scaleRow + 1;
    const d = newExtra - oldExtra;
    let moved = d > 0 ? d : 0;
    if (d > 0) steps.push({ kind: "insertRows", sheet, row: at, count: d });
    if (d < 0) {
      // As for KPI rows: rows with something of the user's beside them are emptied, not deleted.
      for (let r = at - 1; r >= at + d; r--) {
        if (besideMatrix(old, r - shift)) {
          steps.push({ kind: "clearCells", sheet, address: span(O, r, 1) });
        } else {
          steps.push({ kind: "deleteRows", sheet, row: r, count: 1 });
          moved -= 1;
        }
      }
    }
    scaleHeader = O.thresholdRow < 0 && s > 0;
    L.thresholdRow = s > 0 ? L.scaleRow + 1 : -1;
    L.bonusRow = move(O.bonusRow) + moved;
  } else {
    const top = L.totalRow + 1;
    const rows = 1 + 2 + (s > 0 ? s + 1 : 0) + 1;
    steps.push({ kind: "insertRows", sheet, row: top, count: rows });
    L.baseRow = top + 1;
    L.scaleRow = L.baseRow + 1;
    L.thresholdRow = s > 0 ? L.scaleRow + 1 : -1;
    L.bonusRow = L.scaleRow + 1 + (s > 0 ? s + 1 : 0);
    labels = true;
    scaleHeader = true;
  }
  L.scaleCount = s;

  // Status thresholds under the bonus: kept where they are, or added as two whole rows under it.
  const statusThere = blockThere && (O.amberRow ?? -1) >= 0 && (O.greenRow ?? -1) >= 0;
  if (statusThere) {
    const d = L.bonusRow - O.bonusRow;
    L.amberRow = O.amberRow! + d;
    L.greenRow = O.greenRow! + d;
  } else {
    steps.push({ kind: "insertRows", sheet, row: L.bonusRow + 1, count: 2 });
    L.amberRow = L.bonusRow + 1;
    L.greenRow = L.bonusRow + 2;
  }

  // Cells: the header fields the pane changed, every row's changes and formulas, total, bonus.
  const m = merge.matrix;
  const vcol = O.left + 1;
  // Thresholds typed in the sheet stay; those that still follow the scale move with a new one.
  // A blank threshold cell (nothing typed) is filled with the scale's value; a cell holding
  // something that is not a number (text, a formula of the user's) is left as it is.
  const blankAt = (row: number | undefined): boolean =>
    row === undefined ||
    (isBlankCell(old.cells.values[row]?.[vcol]) && isBlankCell(old.cells.formulas[row]?.[vcol]));
  const followsScale = { amber: blankAt(O.amberRow), green: blankAt(O.greenRow) };
  const write = {
    amber:
      !statusThere ||
      merge.changed.has("statusAmber") ||
      (m.statusAmber === undefined && followsScale.amber),
    green:
      !statusThere ||
      merge.changed.has("statusGreen") ||
      (m.statusGreen === undefined && followsScale.green),
  };
  if (merge.changed.has("scale") || merge.changed.has("interpolation")) {
    const sheetM = old.snapshot.matrix;
    const was = thresholdsFromScale(sheetM.scale, sheetM.interpolation ?? "step");
    const now = thresholdsFromScale(m.scale, m.interpolation ?? "step");
    for (const [k, f] of [
      ["amber", "statusAmber"],
      ["green", "statusGreen"],
    ] as const) {
      if (merge.changed.has(f)) continue;
      if (sheetM[f] !== undefined ? !sameValue(sheetM[f], was[k]) : !followsScale[k]) continue;
      m[f] = now[k];
      write[k] = true;
    }
  }
  // A status formula of an older matrix (a word, not a level) gets the level's number format.
  const oldWords = (r: number) => {
    const f = O.cols.status === undefined ? undefined : old.cells.formulas[r]?.[O.cols.status];
    return typeof f === "string" && /KPI\.STATUS\(/i.test(f) && !/"level"/i.test(f);
  };
  if (merge.changed.has("name")) cv.set(O.titleRow, O.left, textInput(m.name));
  if (merge.changed.has("employee") && O.employeeRow >= 0)
    cv.set(O.employeeRow, vcol, textInput(m.employee));
  if (merge.changed.has("period") && O.periodRow >= 0)
    cv.set(O.periodRow, vcol, textInput(m.period));
  let newSeen = 0;
  merge.rows.forEach((mr) => {
    const r = mr.from !== undefined ? keptAt.get(mr.from)! : lastKept + 1 + newSeen++;
    L.rowAt.push(r);
    const words = mr.from !== undefined && oldWords(O.rowAt[mr.from]);
    writeRow(cv, L, r, mr.row, mr.from === undefined ? "all" : mr.changed, lang, words);
    if (mr.from === undefined && L.cols.fact !== undefined)
      styles.push({ address: cellAddress(r, L.cols.fact), fill: INPUT_FILL });
  });
  writeTotal(cv, L, n, m.mode, lang, totalLabel, totalLabel || oldWords(O.totalRow));
  const modeCell = old.cells.values[O.scaleRow]?.[vcol];
  writeBonus(cv, L, m, lang, {
    labels,
    base: labels || merge.changed.has("bonusBase"),
    mode:
      labels ||
      merge.changed.has("interpolation") ||
      modeCell === undefined ||
      modeCell === null ||
      modeCell === "",
    scale: labels || merge.changed.has("scale") || scaleHeader,
    scaleHeader,
    statusLabels: !statusThere,
    amber: write.amber,
    green: write.green,
  });
  if (!statusThere)
    styles.push({ address: rangeAddress(L.amberRow, vcol, 2, 1), fill: INPUT_FILL });
  if (labels || scaleHeader) {
    const pts = s > 0 ? rangeAddress(L.thresholdRow + 1, O.left, s, 2) : "";
    if (pts) styles.push({ address: pts, fill: INPUT_FILL });
  }

  const blocks = cv.block();
  steps.push(...blocks.map((b) => ({ kind: "cells" as const, sheet, ...b })));
  for (const st of styles) steps.push({ kind: "style", sheet, ...st });
  steps.push({
    kind: "addTable",
    sheet,
    name: tables.name,
    address: span(O, L.headerRow, 1 + bodyAfter),
    style: TABLE_STYLE,
  });
  for (const c of conditionalFormats(L, bodyAfter))
    steps.push({ kind: "conditionalFormat", sheet, format: c });
  steps.push({ kind: "activate", sheet });
  const kpiFormulas = blocks.map((b) => kpiFormulasOf(sheet, b)).filter((a) => a !== undefined);
  return {
    plan: { steps, kpiFormulas },
    matrix: { ...m, sheet },
    conflicts: merge.conflicts,
    layout: L,
  };
}

/** The cells of a matrix other sheets refer to: its weighted total, its status and its bonus. */
export function matrixOutputs(L: MatrixLayout): { total: string; status: string; bonus: string } {
  const at = (c: number | undefined) =>
    c === undefined || L.totalRow < 0 ? "" : cellAddress(L.totalRow, c);
  return {
    total: at(L.cols.score),
    status: at(L.cols.status),
    bonus: L.bonusRow >= 0 ? cellAddress(L.bonusRow, L.left + 1) : "",
  };
}
