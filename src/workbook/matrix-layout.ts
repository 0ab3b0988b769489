/** Where each part of a matrix sheet lives (DESIGN.md "The workbook", "Matrix sheet"). */
import type { MatrixAddresses, MatrixColumn } from "../core/matrix/types";
import { cellAddress, rangeAddress } from "./a1";

/** Matrix table columns, left to right (column A first). */
export const MATRIX_COLUMNS: readonly MatrixColumn[] = [
  "name",
  "code",
  "unit",
  "method",
  "weight",
  "min",
  "plan",
  "max",
  "fact",
  "index",
  "score",
  "status",
];

/** Labels of the status threshold cells under the bonus (label, then the value beside it). */
export const STATUS_THRESHOLD_LABELS = {
  amber: { en: "Status amber from", ru: "Жёлтый от" },
  green: { en: "Status green from", ru: "Зелёный от" },
} as const;

/** 0-based column of a matrix column. */
export const COL: Readonly<Record<MatrixColumn, number>> = Object.fromEntries(
  MATRIX_COLUMNS.map((c, i) => [c, i])
) as Record<MatrixColumn, number>;

/** 0-based rows of the fixed header: title, employee, period; the table header row. */
export const TITLE_ROW = 0;
export const EMPLOYEE_ROW = 1;
export const PERIOD_ROW = 2;
export const HEADER_ROW = 4;

/** 0-based row numbers of every part, for a matrix of `n` KPIs and `s` scale points. */
export interface MatrixGeometry {
  firstKpiRow: number;
  totalRow: number;
  baseRow: number;
  scaleHeaderRow: number;
  firstScaleRow: number;
  bonusRow: number;
  lastRow: number;
}

/** The geometry of a matrix sheet with `n` KPI rows and `s` scale points. */
export function matrixGeometry(n: number, s: number): MatrixGeometry {
  const firstKpiRow = HEADER_ROW + 1;
  const totalRow = firstKpiRow + Math.max(n, 1);
  const baseRow = totalRow + 2;
  const scaleHeaderRow = baseRow + 1;
  const firstScaleRow = scaleHeaderRow + 1;
  const bonusRow = firstScaleRow + s + (s > 0 ? 1 : 0);
  return {
    firstKpiRow,
    totalRow,
    baseRow,
    scaleHeaderRow,
    firstScaleRow,
    bonusRow,
    lastRow: bonusRow,
  };
}

/** Addresses of every cell a finding may point at. */
export function matrixAddresses(n: number, s: number, g = matrixGeometry(n, s)): MatrixAddresses {
  const rows = Array.from({ length: n }, (_, i) => {
    const r = g.firstKpiRow + i;
    return Object.fromEntries(MATRIX_COLUMNS.map((c) => [c, cellAddress(r, COL[c])])) as Record<
      MatrixColumn,
      string
    >;
  });
  return {
    name: cellAddress(TITLE_ROW, 0),
    employee: cellAddress(EMPLOYEE_ROW, 1),
    period: cellAddress(PERIOD_ROW, 1),
    rows,
    weightTotal: cellAddress(g.totalRow, COL.weight),
    total: cellAddress(g.totalRow, COL.score),
    totalStatus: cellAddress(g.totalRow, COL.status),
    base: cellAddress(g.baseRow, 1),
    scale: s > 0 ? rangeAddress(g.firstScaleRow + 1, 0, s, 2) : "",
    bonus: cellAddress(g.bonusRow, 1),
  };
}
