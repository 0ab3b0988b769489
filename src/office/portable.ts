/**
 * "Make portable" and "Restore KPI formulas" in Excel: the PortableHost over Office.js. Each
 * action is one Excel.run with three context.sync() calls whatever the workbook's size: sheet
 * names; formulas of the used ranges (and the kept originals); then every write at once. A
 * workbook with spilled KPI calls takes one more, to read their spill areas.
 */
import { cellAddress } from "../workbook/a1";
import type { PortableHost, PortableOutcome, PortablePreview } from "../workbook/portable/host";
import {
  cellKey,
  ORIGINALS_SHEET,
  originalsRows,
  readOriginals,
  type OriginalRecord,
} from "../workbook/portable/originals";
import {
  planConversion,
  planRestore,
  type FormulaCell,
  type PortableScope,
} from "../workbook/portable/plan";
import { translateSpill } from "../workbook/portable/spill";
import { translateFormula } from "../workbook/portable/translator";

/** What the first two syncs read. */
interface Snapshot {
  sheets: string[];
  cells: FormulaCell[];
  records: OriginalRecord[];
  /** Rows the originals sheet holds now (0 when it does not exist). */
  originalRows: number;
}

function wanted(scope: PortableScope, sheet: string): boolean {
  return sheet !== ORIGINALS_SHEET && (scope.kind === "workbook" || scope.sheet === sheet);
}

/** Reads sheet names, the formulas of the sheets in scope and the originals (2 syncs). */
async function readSnapshot(ctx: Excel.RequestContext, scope: PortableScope): Promise<Snapshot> {
  const sheets = ctx.workbook.worksheets;
  sheets.load("items/name");
  await ctx.sync();
  const names = sheets.items.map((s) => s.name);
  const used = names
    .filter((n) => wanted(scope, n))
    .map((name) => {
      const range = sheets.getItem(name).getUsedRangeOrNullObject();
      range.load(["formulas", "values", "rowIndex", "columnIndex"]);
      return { name, range };
    });
  const kept = names.includes(ORIGINALS_SHEET)
    ? sheets.getItem(ORIGINALS_SHEET).getUsedRangeOrNullObject(true)
    : undefined;
  kept?.load(["values", "rowIndex"]);
  await ctx.sync();

  const cells: FormulaCell[] = [];
  for (const { name, range } of used) {
    if (range.isNullObject) continue;
    range.formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        // Text that starts with "=" reads the same from both properties; a formula does not.
        if (typeof f === "string" && f.startsWith("=") && f !== range.values[r][c]) {
          cells.push({
            sheet: name,
            address: cellAddress(range.rowIndex + r, range.columnIndex + c),
            formula: f,
          });
        }
      })
    );
  }
  const hasKept = kept !== undefined && !kept.isNullObject;
  const values = hasKept ? kept.values : [];
  return {
    sheets: names.filter((n) => n !== ORIGINALS_SHEET),
    cells,
    records: readOriginals(values),
    originalRows: hasKept ? kept.rowIndex + values.length : 0,
  };
}

/** Queues the rewrite of the originals sheet (or its removal when nothing is kept). */
function writeOriginals(
  ctx: Excel.RequestContext,
  snap: Snapshot,
  records: readonly OriginalRecord[]
): void {
  const sheets = ctx.workbook.worksheets;
  const exists = snap.originalRows > 0 || snap.records.length > 0;
  if (records.length === 0) {
    if (!exists) return;
    const old = sheets.getItem(ORIGINALS_SHEET);
    // Worksheet.delete fails on a very hidden sheet (learn.microsoft.com, Excel.Worksheet.delete).
    old.visibility = "Hidden";
    old.delete();
    return;
  }
  const ws = exists ? sheets.getItem(ORIGINALS_SHEET) : sheets.add(ORIGINALS_SHEET);
  if (snap.originalRows > 0) ws.getRange(`A1:D${snap.originalRows}`).clear("Contents");
  const rows = originalsRows(records);
  const block = ws.getRange(`A1:D${rows.length}`);
  // Text format first, so Excel stores "=KPI.INDEX(…)" as text, never as a formula.
  block.numberFormat = rows.map((row) => row.map(() => "@"));
  block.values = rows;
  ws.visibility = "VeryHidden";
}

/** True where Excel can report spill areas (Range.getSpillingToRangeOrNullObject). */
function canReadSpills(): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", "1.12") === true
  );
}

/**
 * Finds the spill area of every KPI formula that spills and can be translated cell by cell
 * (one more sync, only when there is such a formula), so the plan can write each cell.
 */
async function readSpills(ctx: Excel.RequestContext, cells: FormulaCell[]): Promise<void> {
  const candidates = cells.filter((c) => {
    const t = translateFormula(c.formula);
    return t.warnings.some((w) => w.code === "spill") && translateSpill(c.formula) !== undefined;
  });
  if (candidates.length === 0 || !canReadSpills()) return;
  const areas = candidates.map((c) => {
    const area = ctx.workbook.worksheets
      .getItem(c.sheet)
      .getRange(c.address)
      .getSpillingToRangeOrNullObject();
    area.load(["rowCount", "columnCount"]);
    return { c, area };
  });
  await ctx.sync();
  for (const { c, area } of areas) {
    if (!area.isNullObject) c.spill = { rows: area.rowCount, cols: area.columnCount };
  }
}

/** Queues formula writes, one cell each ("" empties a cell). */
function writeFormulas(ctx: Excel.RequestContext, writes: readonly FormulaCell[]): void {
  for (const w of writes) {
    ctx.workbook.worksheets.getItem(w.sheet).getRange(w.address).formulas = [[w.formula]];
  }
}

/** The portable-workbook actions on the open workbook. */
export class OfficePortableHost implements PortableHost {
  /** The worksheets a user can choose (the originals sheet is not one of them). */
  async listSheets(): Promise<string[]> {
    return Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name");
      await ctx.sync();
      return sheets.items.map((s) => s.name).filter((n) => n !== ORIGINALS_SHEET);
    });
  }

  /** Counts what "Make portable" would change, for the confirmation (2 syncs, no writes). */
  async listKpiFormulas(scope: PortableScope): Promise<PortablePreview> {
    return Excel.run(async (ctx) => {
      const snap = await readSnapshot(ctx, scope);
      await readSpills(ctx, snap.cells);
      const plan = planConversion(snap.cells, [], scope);
      return { perSheet: plan.perSheet, warnings: plan.warnings, kept: snap.records.length };
    });
  }

  /** Rewrites the KPI formulas in scope as native ones and keeps the originals (3 syncs). */
  async makePortable(scope: PortableScope): Promise<PortableOutcome> {
    return Excel.run(async (ctx) => {
      const snap = await readSnapshot(ctx, scope);
      await readSpills(ctx, snap.cells);
      const plan = planConversion(snap.cells, snap.records, scope);
      if (plan.writes.length === 0) return { perSheet: [], warnings: plan.warnings, edited: 0 };
      writeFormulas(ctx, plan.writes);
      writeOriginals(ctx, snap, plan.records);
      await ctx.sync();
      return { perSheet: plan.perSheet, warnings: plan.warnings, edited: 0 };
    });
  }

  /** Writes the kept original formulas in scope back (3 syncs). */
  async restore(scope: PortableScope): Promise<PortableOutcome> {
    return Excel.run(async (ctx) => {
      const snap = await readSnapshot(ctx, scope);
      const current = new Map(snap.cells.map((c) => [cellKey(c.sheet, c.address), c.formula]));
      const plan = planRestore(snap.records, current, scope);
      if (plan.writes.length === 0 && plan.records.length === snap.records.length) {
        return { perSheet: [], warnings: [], edited: plan.edited.length };
      }
      writeFormulas(ctx, plan.writes);
      writeOriginals(ctx, snap, plan.records);
      await ctx.sync();
      return { perSheet: plan.perSheet, warnings: [], edited: plan.edited.length };
    });
  }
}
