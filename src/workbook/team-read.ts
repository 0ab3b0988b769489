/**
 * The bonus register read for the task pane's team list: one row a person with the score,
 * status and bonus the sheet shows now, and the matrix sheet a click opens. Columns are found by
 * their headers in either language (a renamed or moved column is still found when its header
 * is one the register writes); both adapters read the KpiRegister table and call this.
 */
import type { LocalText } from "../core/card";
import type { CellResult } from "../core/matrix/types";
import { cellResult } from "./cells";
import { recognizeHeaders } from "./headers";
import type { TableGrid } from "./staff";
import { textFromCell } from "./text";

/** One person of the register as the sheet shows it. */
export interface TeamRow {
  employee: string;
  position?: string;
  unit?: string;
  score: CellResult;
  status: CellResult;
  bonus: CellResult;
  /** The person's matrix sheet, when the register names one that exists. */
  matrixSheet?: string;
}

/** The register table as read: its sheet and people in table order. */
export interface TeamSnapshot {
  sheet: string;
  rows: TeamRow[];
}

type TeamColumn = "employee" | "position" | "unit" | "score" | "status" | "bonus" | "matrix";

/** The register's headers as team-plan.ts writes them (either language is recognised). */
const TEAM_HEADERS: Readonly<Record<TeamColumn, LocalText>> = {
  employee: { en: "Employee", ru: "Сотрудник" },
  position: { en: "Position", ru: "Должность" },
  unit: { en: "Unit", ru: "Подразделение" },
  score: { en: "Score", ru: "Результат" },
  status: { en: "Status", ru: "Статус" },
  bonus: { en: "Bonus", ru: "Премия" },
  matrix: { en: "Matrix sheet", ru: "Лист матрицы" },
};

/**
 * The people of a register table (`grid`: header row and body, the table's own range). Rows
 * without an employee are skipped; `sheets` are the workbook's sheet names, so a "Matrix sheet"
 * cell that names no sheet (the register's "no matrix", a removed sheet) links nowhere.
 * Undefined when the table has no Employee column.
 */
export function readTeamGrid(
  grid: TableGrid & { sheet: string },
  sheets: readonly string[]
): TeamSnapshot | undefined {
  const cols: Partial<Record<TeamColumn, number>> = {};
  recognizeHeaders(grid.headers, TEAM_HEADERS).forEach((k, i) => {
    if (k) cols[k] = i;
  });
  if (cols.employee === undefined) return undefined;
  const text = (row: readonly unknown[], c: number | undefined) =>
    c === undefined ? "" : textFromCell(row[c]).trim();
  const result = (row: readonly unknown[], c: number | undefined) =>
    c === undefined ? undefined : cellResult(row[c]);
  const rows: TeamRow[] = [];
  for (const row of grid.rows) {
    const employee = text(row, cols.employee);
    if (!employee) continue;
    const position = text(row, cols.position);
    const unit = text(row, cols.unit);
    const sheet = text(row, cols.matrix);
    rows.push({
      employee,
      ...(position ? { position } : {}),
      ...(unit ? { unit } : {}),
      score: result(row, cols.score),
      status: result(row, cols.status),
      bonus: result(row, cols.bonus),
      ...(sheet && sheets.includes(sheet) ? { matrixSheet: sheet } : {}),
    });
  }
  return { sheet: grid.sheet, rows };
}
