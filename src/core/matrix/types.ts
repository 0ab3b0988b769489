/** The KPI matrix model ("матрица KPI"): what a matrix sheet holds, as pure data. */
import type { IndexMethod } from "../card";

/** A place in the workbook a finding or a button can take the user to. */
export interface CellRef {
  sheet: string;
  /** A1 address without the sheet, e.g. "G7" or "B3:B9". */
  address: string;
}

/** One KPI of a matrix: a row of the matrix table. */
export interface MatrixRow {
  /** Code of the card the row comes from ("" for a row typed by hand). */
  code: string;
  name: string;
  unit?: string;
  method: IndexMethod;
  /** Weight as a fraction (0.45 = 45 %). */
  weight: number;
  min?: number;
  plan?: number;
  max?: number;
  /** The user's input; undefined while blank. */
  fact?: number;
  /**
   * The card's own status thresholds for this row (amber from, green from; 1 = 100 %), when
   * its card sets them; undefined: the matrix's thresholds.
   */
  statusAmber?: number;
  statusGreen?: number;
}

/** One step of the bonus scale: from `threshold` (a score, 1 = 100 %) the payout coefficient. */
export interface BonusScalePoint {
  threshold: number;
  coefficient: number;
}

/** KPI.WEIGHTED mode for the total (DESIGN.md, "KPI.WEIGHTED modes"). */
export type WeightMode = "strict" | "normalize" | "partial";

/** KPI.BONUS interpolation between scale points. */
export type Interpolation = "step" | "linear";

/** A whole matrix: header, KPI rows, total and bonus. */
export interface Matrix {
  /** The sheet it lives on; set when the matrix was read from or built into a workbook. */
  sheet?: string;
  name: string;
  /** The employee's name or the role ("Store director"). */
  employee: string;
  /** Free text, e.g. "2026-Q1" or "March 2026". */
  period: string;
  rows: MatrixRow[];
  /** The bonus base amount (e.g. a monthly target bonus); undefined: no bonus block value. */
  bonusBase?: number;
  /** Empty: the bonus is base × max(0, score). */
  scale: BonusScalePoint[];
  interpolation?: Interpolation;
  mode?: WeightMode;
  /** Code of the role template it was built from, when it was. */
  templateId?: string;
  /**
   * Status thresholds of the matrix (amber from, green from; 1 = 100 %), as its bonus block
   * holds them; undefined: derived from the bonus scale (thresholdsFromScale).
   */
  statusAmber?: number;
  statusGreen?: number;
}

/** The columns of the matrix table, left to right. */
export type MatrixColumn =
  | "code"
  | "name"
  | "unit"
  | "method"
  | "weight"
  | "min"
  | "plan"
  | "max"
  | "fact"
  | "index"
  | "score"
  | "status";

/** An Excel error shown in a cell ("#VALUE!") with the message Excel shows, when known. */
export interface CellError {
  error: string;
  message?: string;
}

/** What a formula cell shows: a number, a text (e.g. a status token), an error or blank. */
export type CellResult = number | string | boolean | CellError | undefined;

/** True when a cell result is an Excel error. */
export function isCellError(v: CellResult): v is CellError {
  return typeof v === "object" && v !== null && "error" in v;
}

/** Addresses of a matrix's cells (A1, without the sheet), so findings can point at them. */
export interface MatrixAddresses {
  name: string;
  employee: string;
  period: string;
  /** One per KPI row, same order as `Matrix.rows`. */
  rows: Record<MatrixColumn, string>[];
  /** The SUM of weights in the total row. */
  weightTotal: string;
  /** The KPI.WEIGHTED cell. */
  total: string;
  totalStatus: string;
  base: string;
  /** The two-column scale range (threshold, coefficient); "" when there is no scale. */
  scale: string;
  /** The KPI.BONUS cell. */
  bonus: string;
  /** The status threshold cells of the bonus block, when the matrix has them. */
  statusAmber?: string;
  statusGreen?: string;
}

/** The computed cells of one KPI row. */
export interface RowResult {
  index: CellResult;
  score: CellResult;
  status: CellResult;
}

/** A matrix as read back from a sheet: the model (facts included), results and addresses. */
export interface MatrixSnapshot {
  sheet: string;
  matrix: Matrix;
  /** One per row of `matrix.rows`. */
  results: RowResult[];
  weightTotal: CellResult;
  total: CellResult;
  totalStatus: CellResult;
  bonus: CellResult;
  at: MatrixAddresses;
}

/** A matrix sheet in the workbook, for lists and pickers. */
export interface MatrixSummary {
  sheet: string;
  name: string;
  employee: string;
  period: string;
  rowCount: number;
}
