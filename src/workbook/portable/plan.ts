/**
 * "Make portable" and "Restore KPI formulas" as pure plans over cell formulas, shared by the
 * Office adapter (src/office/portable.ts), the file tool (scripts/portable.ts) and the sandbox.
 */
import { cellAddress, parseRange } from "../a1";
import { cellKey, ORIGINALS_SHEET, type OriginalRecord } from "./originals";
import { translateSpill } from "./spill";
import { type PortableWarningCode, translateFormula } from "./translator";

/** One formula cell. `formula` starts with "=". */
export interface FormulaCell {
  sheet: string;
  address: string;
  /** "=…"; in a write, "" empties the cell (the rest of a spill area on restore). */
  formula: string;
  /**
   * When the formula's result spills, the area it spills into (rows × columns from this cell),
   * as the host reports it. Only then is a spilled KPI call translated cell by cell.
   */
  spill?: { rows: number; cols: number };
}

/** Which sheets an action covers: the whole workbook or one sheet. */
export type PortableScope = { kind: "workbook" } | { kind: "sheet"; sheet: string };

/** A KPI formula left as it was, and why. */
export interface CellWarning {
  sheet: string;
  address: string;
  code: PortableWarningCode;
  fn: string;
}

/** How many formulas change on one sheet. */
export interface SheetCount {
  sheet: string;
  count: number;
}

/** What "Make portable" will do (shown in the confirmation) and the writes it makes. */
export interface ConversionPlan {
  writes: FormulaCell[];
  /** All records after the conversion (existing ones kept, converted cells added or replaced). */
  records: OriginalRecord[];
  perSheet: SheetCount[];
  warnings: CellWarning[];
}

/** What "Restore KPI formulas" will do. */
export interface RestorePlan {
  writes: FormulaCell[];
  /** Records that stay (other sheets, and cells edited since, which are not overwritten). */
  records: OriginalRecord[];
  perSheet: SheetCount[];
  /** Cells whose portable formula was edited since: left alone. */
  edited: FormulaCell[];
}

function inScope(scope: PortableScope, sheet: string): boolean {
  return sheet !== ORIGINALS_SHEET && (scope.kind === "workbook" || scope.sheet === sheet);
}

function countBySheet(cells: readonly { sheet: string }[]): SheetCount[] {
  const counts = new Map<string, number>();
  for (const c of cells) counts.set(c.sheet, (counts.get(c.sheet) ?? 0) + 1);
  return [...counts].map(([sheet, count]) => ({ sheet, count }));
}

/** Plans the conversion of every KPI formula in scope; `cells` are the workbook's formulas. */
export function planConversion(
  cells: readonly FormulaCell[],
  existing: readonly OriginalRecord[],
  scope: PortableScope
): ConversionPlan {
  const writes: FormulaCell[] = [];
  const warnings: CellWarning[] = [];
  const added = new Map<string, OriginalRecord>();
  const add = (sheet: string, address: string, original: string, portable: string) => {
    writes.push({ sheet, address, formula: portable });
    added.set(cellKey(sheet, address), { sheet, address, original, portable });
  };
  for (const cell of cells) {
    if (!inScope(scope, cell.sheet)) continue;
    const t = translateFormula(cell.formula);
    const spilled = t.warnings.some((w) => w.code === "spill") ? spillWrites(cell) : undefined;
    if (spilled) {
      // Each cell of the area gets its own formula; the anchor keeps the original, the others
      // were empty (Excel filled them from the anchor) and are emptied again on restore.
      spilled.forEach((w, k) => add(cell.sheet, w.address, k === 0 ? cell.formula : "", w.formula));
      continue;
    }
    for (const w of t.warnings) warnings.push({ sheet: cell.sheet, address: cell.address, ...w });
    if (t.translated > 0) add(cell.sheet, cell.address, cell.formula, t.formula);
  }
  const records = existing.filter((r) => !added.has(cellKey(r.sheet, r.address)));
  records.push(...added.values());
  return { writes, records, perSheet: countBySheet(writes), warnings };
}

/** Per-cell writes for a spilled KPI call whose spill area the host reported; else undefined. */
function spillWrites(cell: FormulaCell): FormulaCell[] | undefined {
  if (!cell.spill) return undefined;
  const cells = translateSpill(cell.formula);
  if (!cells) return undefined;
  const rows = Math.max(...cells.map((c) => c.row)) + 1;
  const cols = Math.max(...cells.map((c) => c.col)) + 1;
  if (rows !== cell.spill.rows || cols !== cell.spill.cols) return undefined;
  const at = parseRange(cell.address);
  return cells.map((c) => ({
    sheet: cell.sheet,
    address: cellAddress(at.row + c.row, at.col + c.col),
    formula: c.formula,
  }));
}

/**
 * Formula text compared the way Excel may rewrite it on entry: case and white space outside
 * text literals do not count.
 */
export function sameFormula(a: string, b: string): boolean {
  const norm = (f: string) =>
    f
      .split('"')
      .map((part, i) => (i % 2 === 1 ? part : part.replace(/\s+/g, "").toUpperCase()))
      .join('"');
  return norm(a) === norm(b);
}

/**
 * Plans the restore of the originals in scope. `current` maps cellKey → the cell's formula now;
 * a cell whose formula is no longer the portable one we wrote (the user edited it) is left alone.
 */
export function planRestore(
  records: readonly OriginalRecord[],
  current: ReadonlyMap<string, string>,
  scope: PortableScope
): RestorePlan {
  const writes: FormulaCell[] = [];
  const edited: FormulaCell[] = [];
  const kept: OriginalRecord[] = [];
  for (const r of records) {
    if (!inScope(scope, r.sheet)) {
      kept.push(r);
      continue;
    }
    const now = current.get(cellKey(r.sheet, r.address)) ?? "";
    if (r.portable !== "" && !sameFormula(now, r.portable)) {
      edited.push({ sheet: r.sheet, address: r.address, formula: now });
      kept.push(r);
      continue;
    }
    writes.push({ sheet: r.sheet, address: r.address, formula: r.original });
  }
  // Empty the rest of a spill area before its anchor spills into it again.
  writes.sort((a, b) => (a.formula === "" ? 0 : 1) - (b.formula === "" ? 0 : 1));
  const restored = writes.filter((w) => w.formula !== "");
  return { writes, records: kept, perSheet: countBySheet(restored), edited };
}

/** Counts the KPI formulas in scope and what converting them would do, for the confirmation. */
export function previewConversion(
  cells: readonly FormulaCell[],
  scope: PortableScope
): ConversionPlan {
  return planConversion(cells, [], scope);
}
