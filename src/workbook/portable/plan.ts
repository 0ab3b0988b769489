/**
 * "Make portable" and "Restore KPI formulas" as pure plans over cell formulas, shared by the
 * Office adapter (src/office/portable.ts), the file tool (scripts/portable.ts) and the sandbox.
 */
import { cellAddress, parseRange } from "../a1";
import { cellKey, latestRecords, type OriginalRecord } from "./originals";
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
  /** The records of this conversion only (a host may append them below the kept ones). */
  added: OriginalRecord[];
  perSheet: SheetCount[];
  warnings: CellWarning[];
}

/** What "Restore KPI formulas" will do. */
export interface RestorePlan {
  writes: FormulaCell[];
  /** Records that stay (other sheets, and cells edited since, which are not overwritten). */
  records: OriginalRecord[];
  perSheet: SheetCount[];
  /** Cells whose portable formula was edited since (or typed into, in a spill area): left alone. */
  edited: FormulaCell[];
  /**
   * Spilled KPI formulas not restored because a cell of their spill area was edited: restoring
   * would overwrite or block it. Their area stays portable, and their records stay.
   */
  blocked: FormulaCell[];
}

/** The hosts leave their originals sheet out of `cells`: it is found by a marker, not a name. */
function inScope(scope: PortableScope, sheet: string): boolean {
  return scope.kind === "workbook" || scope.sheet === sheet;
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
  const records = latestRecords(existing).filter((r) => !added.has(cellKey(r.sheet, r.address)));
  records.push(...added.values());
  return { writes, records, added: [...added.values()], perSheet: countBySheet(writes), warnings };
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

/** What a cell holds, as a `current` entry of planRestore: its formula, or `'` and its value. */
export function cellContent(formula: unknown, value: unknown): string | undefined {
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return formula;
  if (value === null || value === undefined || value === "") return undefined;
  return `'${String(value)}`;
}

/**
 * Plans the restore of the originals in scope. `current` maps cellKey → what the cell holds now
 * (`cellContent`: a formula, or `'` and a typed value; no entry when empty). A cell that no
 * longer holds the portable formula we wrote (the user edited it) is left alone; a cell that
 * already holds its original (an earlier restore stopped half way) only loses its record. A
 * spilled KPI formula is restored only when no cell of its area was edited, so restoring never
 * overwrites, or spills into, what the user typed there.
 */
export function planRestore(
  records: readonly OriginalRecord[],
  current: ReadonlyMap<string, string>,
  scope: PortableScope
): RestorePlan {
  const writes: FormulaCell[] = [];
  const edited: FormulaCell[] = [];
  const blocked: FormulaCell[] = [];
  const kept: OriginalRecord[] = [];
  const latest = latestRecords(records);
  const now = (r: OriginalRecord) => current.get(cellKey(r.sheet, r.address)) ?? "";
  const isEdited = (r: OriginalRecord) =>
    r.portable !== "" && !sameFormula(now(r), r.portable) && !sameFormula(now(r), r.original);
  const editedKeys = new Set(
    latest
      .filter((r) => inScope(scope, r.sheet) && isEdited(r))
      .map((r) => cellKey(r.sheet, r.address))
  );
  // The cells of each spilled anchor's area whose record says it was emptied by the conversion.
  const areaOf = new Map<string, string[]>();
  for (const r of latest) {
    if (r.original === "" || !inScope(scope, r.sheet)) continue;
    const area = spillArea(r);
    if (area.length > 1)
      areaOf.set(
        cellKey(r.sheet, r.address),
        area.map((a) => cellKey(r.sheet, a))
      );
  }
  const blockedKeys = new Set<string>();
  for (const [anchor, area] of areaOf) {
    if (area.some((k) => k !== anchor && editedKeys.has(k)))
      area.forEach((k) => blockedKeys.add(k));
  }
  for (const r of latest) {
    const key = cellKey(r.sheet, r.address);
    if (!inScope(scope, r.sheet)) {
      kept.push(r);
      continue;
    }
    if (editedKeys.has(key)) {
      edited.push({ sheet: r.sheet, address: r.address, formula: now(r) });
      kept.push(r);
      continue;
    }
    if (blockedKeys.has(key)) {
      if (r.original !== "") blocked.push({ sheet: r.sheet, address: r.address, formula: now(r) });
      kept.push(r);
      continue;
    }
    // Already back (a restore that stopped half way): nothing to write, the record goes.
    if (sameFormula(now(r), r.original)) continue;
    writes.push({ sheet: r.sheet, address: r.address, formula: r.original });
  }
  // Empty the rest of a spill area before its anchor spills into it again.
  writes.sort((a, b) => (a.formula === "" ? 0 : 1) - (b.formula === "" ? 0 : 1));
  const restored = writes.filter((w) => w.formula !== "");
  return { writes, records: kept, perSheet: countBySheet(restored), edited, blocked };
}

/** Addresses of the area a recorded spilled anchor covered (itself alone if it did not spill). */
function spillArea(r: OriginalRecord): string[] {
  const cells = translateSpill(r.original);
  if (!cells) return [r.address];
  const at = parseRange(r.address);
  return cells.map((c) => cellAddress(at.row + c.row, at.col + c.col));
}

/** Counts the KPI formulas in scope and what converting them would do, for the confirmation. */
export function previewConversion(
  cells: readonly FormulaCell[],
  scope: PortableScope
): ConversionPlan {
  return planConversion(cells, [], scope);
}
