/** Reads a matrix sheet back from its grid of values (either host, either language). */
import { defaultMethod, parseMethod } from "../core/card";
import type { BonusScalePoint, CellResult, MatrixColumn, MatrixRow } from "../core/matrix/types";
import type { MatrixSnapshot, MatrixSummary } from "../core/matrix/types";
import { cellAddress, parseRange, rangeAddress } from "./a1";
import { cellResult } from "./cells";
import { MATRIX_HEADERS, MATRIX_LABELS, isLabel, recognizeHeaders } from "./headers";
import { MATRIX_COLUMNS } from "./matrix-layout";
import { numberFromCell, textFromCell } from "./text";

/** A sheet's values from A1 down and right; errors as "#VALUE!" text or CellError objects. */
export type Grid = readonly (readonly unknown[])[];

const REQUIRED: MatrixColumn[] = ["name", "weight", "fact", "index"];
const HEADER_SEARCH_ROWS = 20;

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
  c === undefined ? undefined : grid[r]?.[c];

const rowBlank = (row: readonly unknown[] | undefined): boolean =>
  !row || row.every((v) => v === null || v === undefined || v === "");

function labelRow(grid: Grid, from: number, to: number, text: { en: string; ru: string }): number {
  for (let r = from; r < to; r++) if (isLabel(grid[r]?.[0], text)) return r;
  return -1;
}

/** The matrix on a sheet, read from its grid; undefined when the sheet holds no matrix. */
export function readMatrixGrid(sheet: string, grid: Grid): MatrixSnapshot | undefined {
  const head = findMatrixHeader(grid);
  if (!head) return undefined;
  const { cols } = head;
  const employeeRow = labelRow(grid, 0, head.row, MATRIX_LABELS.employee);
  const periodRow = labelRow(grid, 0, head.row, MATRIX_LABELS.period);

  const rows: MatrixRow[] = [];
  const results: MatrixSnapshot["results"] = [];
  const at: MatrixSnapshot["at"]["rows"] = [];
  let r = head.row + 1;
  for (; r < grid.length; r++) {
    const line = grid[r];
    if (
      isLabel(cell(grid, r, cols.name), MATRIX_LABELS.total) ||
      isLabel(line?.[0], MATRIX_LABELS.total)
    )
      break;
    if (rowBlank(line)) {
      // A blank row inside the table (a blank matrix has one) is skipped, not the end.
      if (isLabel(grid[r + 1]?.[0], MATRIX_LABELS.total)) continue;
      break;
    }
    const num = (c: MatrixColumn): number | undefined => numberFromCell(cell(grid, r, cols[c]));
    const min = num("min");
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
  const totalRow = r;
  const end = grid.length;
  const baseRow = labelRow(grid, totalRow + 1, end, MATRIX_LABELS.base);
  const thresholdRow = labelRow(grid, totalRow + 1, end, MATRIX_LABELS.threshold);
  const bonusRow = labelRow(grid, totalRow + 1, end, MATRIX_LABELS.bonus);
  const scale: BonusScalePoint[] = [];
  if (thresholdRow >= 0) {
    for (let s = thresholdRow + 1; s < end; s++) {
      const threshold = numberFromCell(grid[s]?.[0]);
      const coefficient = numberFromCell(grid[s]?.[1]);
      if (threshold === undefined || coefficient === undefined) break;
      scale.push({ threshold, coefficient });
    }
  }
  const at1 = (row: number, c: number | undefined): string =>
    row >= 0 && c !== undefined ? cellAddress(row, c) : "";
  const value = (row: number, c: number | undefined): CellResult =>
    row >= 0 ? cellResult(cell(grid, row, c)) : undefined;
  const title = textFromCell(grid[0]?.[0]);
  return {
    sheet,
    matrix: {
      sheet,
      name: title,
      employee: employeeRow >= 0 ? textFromCell(grid[employeeRow]?.[1]) : "",
      period: periodRow >= 0 ? textFromCell(grid[periodRow]?.[1]) : "",
      rows,
      bonusBase: baseRow >= 0 ? numberFromCell(grid[baseRow]?.[1]) : undefined,
      scale,
    },
    results,
    weightTotal: value(totalRow, cols.weight),
    total: value(totalRow, cols.score),
    totalStatus: value(totalRow, cols.status),
    bonus: value(bonusRow, 1),
    at: {
      name: "A1",
      employee: at1(employeeRow, 1),
      period: at1(periodRow, 1),
      rows: at,
      weightTotal: at1(totalRow, cols.weight),
      total: at1(totalRow, cols.score),
      totalStatus: at1(totalRow, cols.status),
      base: at1(baseRow, 1),
      scale: scale.length ? rangeAddress(thresholdRow + 1, 0, scale.length, 2) : "",
      bonus: at1(bonusRow, 1),
    },
  };
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

/** The last 0-based row a matrix occupies (its bonus row, or whatever of it comes last). */
export function matrixLastRow(s: MatrixSnapshot): number {
  const addresses = [
    s.at.name,
    s.at.weightTotal,
    s.at.total,
    s.at.base,
    s.at.scale,
    s.at.bonus,
    ...s.at.rows.map((r) => r.status),
  ].filter((a) => a !== "");
  return Math.max(
    ...addresses.map((a) => {
      const r = parseRange(a);
      return r.row + r.rows - 1;
    })
  );
}
