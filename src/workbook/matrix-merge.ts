/**
 * What an update of an existing matrix keeps (DESIGN.md "The workbook": the matrix owns its
 * targets). Three versions meet: the matrix as the pane read it when the user opened it
 * (`base`), as the user left it in the pane (`pane`), and as the sheet holds it now (`sheet`).
 * A value the user changed only in the pane is written; anything else stays as the sheet has
 * it; a value changed in both, to different values, stays as the sheet has it and is reported.
 */
import type { BonusScalePoint, Matrix, MatrixRow } from "../core/matrix/types";

/** Row fields the pane may change. */
export const ROW_FIELDS = [
  "name",
  "code",
  "unit",
  "method",
  "weight",
  "min",
  "plan",
  "max",
  "fact",
] as const;
export type RowField = (typeof ROW_FIELDS)[number];

/** Matrix fields the pane may change. */
export const MATRIX_FIELDS = [
  "name",
  "employee",
  "period",
  "bonusBase",
  "scale",
  "interpolation",
  "mode",
  "statusAmber",
  "statusGreen",
] as const;
export type MatrixField = (typeof MATRIX_FIELDS)[number];

/** A value the user changed both in the pane and in the sheet: the sheet's stays. */
export interface MatrixConflict {
  /** The KPI's name as the sheet shows it; undefined for a field of the matrix itself. */
  kpi?: string;
  field: RowField | MatrixField | "row";
  /** What stays (the sheet's) and what the pane asked for, for the message. */
  sheet: unknown;
  pane: unknown;
}

/** One row of the merged matrix and where it comes from. */
export interface MergedRow {
  row: MatrixRow;
  /** Index of the sheet row it is (undefined: a new row from the pane). */
  from?: number;
  /** Fields whose value comes from the pane (the cells to write). */
  changed: Set<RowField>;
}

export interface MatrixMerge {
  matrix: Matrix;
  rows: MergedRow[];
  /** Matrix fields whose value comes from the pane. */
  changed: Set<MatrixField>;
  /** Sheet rows (indices) the pane removed. */
  removed: number[];
  conflicts: MatrixConflict[];
}

/** Equality of two field values (numbers at 15 significant digits, scales point by point). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") {
    return Number(a.toPrecision(15)) === Number(b.toPrecision(15));
  }
  if (typeof a === "string" && typeof b === "string") return a.trim() === b.trim();
  if (Array.isArray(a) && Array.isArray(b)) {
    return (
      a.length === b.length &&
      a.every((p: BonusScalePoint, i) => {
        const q = b[i] as BonusScalePoint;
        return sameValue(p.threshold, q.threshold) && sameValue(p.coefficient, q.coefficient);
      })
    );
  }
  // Blank text and a missing value are the same thing in a cell.
  const blank = (v: unknown) => v === undefined || v === null || v === "";
  return blank(a) && blank(b);
}

/**
 * The identity of a row across the three versions: its card code exactly as written (trimmed;
 * case matters: "abc" and "ABC" are different cards), else its name; a repeated key gets a
 * running number so every row has its own.
 */
export function rowKeys(rows: readonly MatrixRow[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const k = r.code.trim() ? `code:${r.code.trim()}` : `name:${r.name.trim().toLowerCase()}`;
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}#${n}`;
  });
}

function keyed(rows: readonly MatrixRow[]): Map<string, MatrixRow> {
  const keys = rowKeys(rows);
  return new Map(keys.map((k, i) => [k, rows[i]]));
}

function rowDiffers(a: MatrixRow, b: MatrixRow): boolean {
  return ROW_FIELDS.some((f) => !sameValue(a[f], b[f]));
}

/**
 * Merges the pane's request into the sheet's matrix. Without `base` (nothing was read before),
 * the pane is taken to have changed nothing of what the sheet holds: only rows it adds are new.
 */
export function mergeMatrix(sheet: Matrix, base: Matrix | undefined, pane: Matrix): MatrixMerge {
  const ref = base ?? pane;
  const conflicts: MatrixConflict[] = [];
  const baseRows = keyed(ref.rows);
  const paneRows = keyed(pane.rows);
  const sheetKeys = rowKeys(sheet.rows);
  const sheetSet = new Set(sheetKeys);
  const rows: MergedRow[] = [];
  const removed: number[] = [];

  sheet.rows.forEach((s, i) => {
    const k = sheetKeys[i];
    const b = baseRows.get(k);
    const p = paneRows.get(k);
    if (!p) {
      if (b && !rowDiffers(s, b)) {
        removed.push(i);
        return;
      }
      if (b) conflicts.push({ kpi: s.name, field: "row", sheet: "kept", pane: "removed" });
      rows.push({ row: s, from: i, changed: new Set() });
      return;
    }
    const row: MatrixRow = { ...s };
    const changed = new Set<RowField>();
    for (const f of ROW_FIELDS) {
      const was = b ? b[f] : s[f];
      const paneChanged = !sameValue(p[f], was);
      if (!paneChanged) continue;
      const sheetChanged = b ? !sameValue(s[f], b[f]) : false;
      if (sheetChanged && !sameValue(s[f], p[f])) {
        conflicts.push({ kpi: s.name, field: f, sheet: s[f], pane: p[f] });
        continue;
      }
      if (sameValue(s[f], p[f])) continue;
      (row as unknown as Record<string, unknown>)[f] = p[f];
      changed.add(f);
    }
    rows.push({ row, from: i, changed });
  });

  for (const [k, p] of paneRows) {
    if (sheetSet.has(k)) continue;
    const b = baseRows.get(k);
    if (b && base) {
      // The user deleted the row in the sheet: that stands. Changed in the pane too: say so.
      if (rowDiffers(p, b))
        conflicts.push({ kpi: p.name, field: "row", sheet: "removed", pane: "kept" });
      continue;
    }
    rows.push({ row: { ...p }, changed: new Set(ROW_FIELDS) });
  }

  const matrix: Matrix = { ...sheet, rows: rows.map((r) => r.row) };
  const changed = new Set<MatrixField>();
  for (const f of MATRIX_FIELDS) {
    const was = ref[f];
    if (sameValue(pane[f], was)) continue;
    const sheetChanged = base ? !sameValue(sheet[f], base[f]) : false;
    if (sheetChanged && !sameValue(sheet[f], pane[f])) {
      conflicts.push({ field: f, sheet: sheet[f], pane: pane[f] });
      continue;
    }
    if (sameValue(sheet[f], pane[f])) continue;
    (matrix as unknown as Record<string, unknown>)[f] = pane[f];
    changed.add(f);
  }
  if (pane.templateId) matrix.templateId = pane.templateId;
  return { matrix, rows, changed, removed, conflicts };
}
