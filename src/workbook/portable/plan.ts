/**
 * "Make portable" and "Restore KPI formulas" as pure plans over cell formulas, shared by the
 * Office adapter (src/office/portable.ts), the file tool (scripts/portable.ts) and the sandbox.
 */
import { cellKey, ORIGINALS_SHEET, type OriginalRecord } from "./originals";
import { type PortableWarningCode, translateFormula } from "./translator";

/** One formula cell. `formula` starts with "=". */
export interface FormulaCell {
  sheet: string;
  address: string;
  formula: string;
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
  for (const cell of cells) {
    if (!inScope(scope, cell.sheet)) continue;
    const t = translateFormula(cell.formula);
    for (const w of t.warnings) warnings.push({ sheet: cell.sheet, address: cell.address, ...w });
    if (t.translated === 0) continue;
    writes.push({ sheet: cell.sheet, address: cell.address, formula: t.formula });
    const record = {
      sheet: cell.sheet,
      address: cell.address,
      original: cell.formula,
      portable: t.formula,
    };
    added.set(cellKey(cell.sheet, cell.address), record);
  }
  const records = existing.filter((r) => !added.has(cellKey(r.sheet, r.address)));
  records.push(...added.values());
  return { writes, records, perSheet: countBySheet(writes), warnings };
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
  return { writes, records: kept, perSheet: countBySheet(writes), edited };
}

/** Counts the KPI formulas in scope and what converting them would do, for the confirmation. */
export function previewConversion(
  cells: readonly FormulaCell[],
  scope: PortableScope
): ConversionPlan {
  return planConversion(cells, [], scope);
}
