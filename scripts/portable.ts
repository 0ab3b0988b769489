/**
 * `npm run portable -- in.xlsx out.xlsx [--sheet NAME] [--restore]`: the task pane's
 * "Make portable" (or "Restore KPI formulas") on a file, with exceljs. Only KPI formula cells and
 * the very hidden originals sheet change; cached values are kept, so the file shows the same
 * numbers before any recalculation.
 */
import ExcelJS from "exceljs";
import {
  cellKey,
  freeOriginalsName,
  isOriginalsSheet,
  originalsRows,
  readOriginals,
  type OriginalRecord,
} from "../src/workbook/portable/originals";
import {
  cellContent,
  planConversion,
  planRestore,
  type ConversionPlan,
  type FormulaCell,
  type PortableScope,
  type RestorePlan,
} from "../src/workbook/portable/plan";
import { cellAddress, parseRange } from "../src/workbook/a1";
import { translateSpill } from "../src/workbook/portable/spill";
import { mentionsKpi, translateFormula } from "../src/workbook/portable/translator";

/**
 * The sheet keeping the originals: found by its note in A1, never by name (a user's own sheet
 * called KPI_Originals is an ordinary sheet).
 */
export function originalsSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => isOriginalsSheet(ws.getCell(1, 1).value));
}

/** What every cell outside the originals sheet holds (see cellContent), for restore. */
function workbookContents(wb: ExcelJS.Workbook): Map<string, string> {
  const own = originalsSheet(wb);
  const out = new Map<string, string>();
  wb.eachSheet((ws) => {
    if (ws === own) return;
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const isFormula = cell.type === ExcelJS.ValueType.Formula && cell.formula;
        const held = isFormula
          ? `=${cell.formula}`
          : cellContent(undefined, cell.type === ExcelJS.ValueType.Null ? null : cell.text);
        if (held !== undefined) out.set(cellKey(ws.name, cell.address), held);
      });
    });
  });
  return out;
}

/**
 * Every formula cell of the workbook (outside the originals sheet), with "=". An array formula
 * (a spilled result as Excel saves it, or Ctrl+Shift+Enter) comes with its area as `spill`.
 */
export function workbookFormulas(wb: ExcelJS.Workbook): FormulaCell[] {
  const out: FormulaCell[] = [];
  const own = originalsSheet(wb);
  wb.eachSheet((ws) => {
    if (ws === own) return;
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula || !cell.formula) return;
        const value = cell.value as ExcelJS.CellFormulaValue & { shareType?: string; ref?: string };
        const formula: FormulaCell = {
          sheet: ws.name,
          address: cell.address,
          formula: `=${cell.formula}`,
        };
        if (value.shareType === "array" && value.ref) {
          const area = parseRange(value.ref);
          formula.spill = { rows: area.rows, cols: area.cols };
        }
        out.push(formula);
      });
    });
  });
  return out;
}

/** The records kept in the originals sheet (none when it is missing). */
export function workbookOriginals(wb: ExcelJS.Workbook): OriginalRecord[] {
  const ws = originalsSheet(wb);
  if (!ws) return [];
  const rows: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const values = ws.getRow(r).values as unknown[];
    rows.push(Array.isArray(values) ? values.slice(1) : []);
  }
  return readOriginals(rows);
}

/**
 * Writes a formula over a cell, keeping its cached result and style; "" empties the cell.
 * A KPI call that spills is written back as an array formula over its area.
 */
function setFormula(ws: ExcelJS.Worksheet, address: string, formula: string): void {
  const cell = ws.getCell(address);
  if (formula === "") {
    cell.value = null;
    return;
  }
  // exceljs, not Office.js (the office-addins rules mistake getCell for Excel's). Cell.result
  // keeps a cached 0 that a copy of Cell.value would drop. A cell of a spill area holds the
  // spilled value itself: it becomes the cached result of the formula written there.
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
  const shown = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  const result =
    typeof shown === "object" && shown !== null && !("error" in shown) ? undefined : shown;
  const spill = translateFormula(formula).warnings.some((w) => w.code === "spill")
    ? translateSpill(formula)
    : undefined;
  const value: Record<string, unknown> = { formula: formula.replace(/^=/, ""), result };
  if (spill && spill.length > 1) {
    const at = parseRange(address);
    const last = spill[spill.length - 1];
    value.shareType = "array";
    value.ref = `${address}:${cellAddress(at.row + last.row, at.col + last.col)}`;
  }
  cell.value = value as unknown as ExcelJS.CellFormulaValue;
}

/**
 * Shared formulas: a follower cell only points at its master, so before a master changes, every
 * KPI follower becomes a formula of its own (with the same text exceljs derives for it).
 */
function detachSharedFormulas(wb: ExcelJS.Workbook, cells: readonly FormulaCell[]): void {
  for (const c of cells) {
    const ws = wb.getWorksheet(c.sheet);
    const cell = ws?.getCell(c.address);
    const value = cell?.value as { sharedFormula?: string; shareType?: string } | undefined;
    if (!ws || !cell || !value || !mentionsKpi(c.formula)) continue;
    if (value.sharedFormula || value.shareType === "shared") setFormula(ws, c.address, c.formula);
  }
}

/** Replaces the originals sheet's content (removes the sheet when no record is left). */
function writeOriginals(wb: ExcelJS.Workbook, records: readonly OriginalRecord[]): void {
  const old = originalsSheet(wb);
  if (old) wb.removeWorksheet(old.id);
  if (records.length === 0) return;
  const name = old?.name ?? freeOriginalsName(wb.worksheets.map((w) => w.name));
  const ws = wb.addWorksheet(name, { state: "veryHidden" });
  // Text format, so Excel never reads a stored "=…" as a formula when the sheet is edited.
  for (const c of [1, 2, 3, 4]) ws.getColumn(c).numFmt = "@";
  originalsRows(records).forEach((row, r) => {
    row.forEach((text, c) => {
      ws.getCell(r + 1, c + 1).value = text;
    });
  });
}

/** Makes the KPI formulas in scope portable, in place. */
export function convertWorkbook(
  wb: ExcelJS.Workbook,
  scope: PortableScope = { kind: "workbook" }
): ConversionPlan {
  const cells = workbookFormulas(wb);
  const plan = planConversion(cells, workbookOriginals(wb), scope);
  if (plan.writes.length === 0) return plan;
  detachSharedFormulas(wb, cells);
  for (const w of plan.writes)
    setFormula(wb.getWorksheet(w.sheet) as ExcelJS.Worksheet, w.address, w.formula);
  writeOriginals(wb, plan.records);
  return plan;
}

/** Writes the kept original KPI formulas in scope back, in place. */
export function restoreWorkbook(
  wb: ExcelJS.Workbook,
  scope: PortableScope = { kind: "workbook" }
): RestorePlan {
  const plan = planRestore(workbookOriginals(wb), workbookContents(wb), scope);
  for (const w of plan.writes) {
    const ws = wb.getWorksheet(w.sheet);
    if (ws) setFormula(ws, w.address, w.formula);
  }
  writeOriginals(wb, plan.records);
  return plan;
}

/**
 * Works around two exceljs 4.4 writer bugs on files saved by LibreOffice (the library has had no
 * release since 2023; both are open upstream):
 * - a table without `<tableStyleInfo>` reads as style null and the writer crashes with "Cannot
 *   read properties of null (reading 'theme')": give such a table an empty style, which writes
 *   `<tableStyleInfo>` without a name (no table style, as LibreOffice had it);
 * - a file without a theme part reads as no themes, and the writer then leaves out
 *   xl/theme/theme1.xml while still listing it in the workbook's relationships, so Excel must
 *   repair the file (exceljs PR #2009): let it write its default theme instead.
 */
export function prepareForWrite(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    for (const t of ws.getTables() as unknown as { table?: { style?: unknown } }[]) {
      const model = t.table;
      if (model && !model.style) {
        model.style = {
          theme: null,
          showFirstColumn: false,
          showLastColumn: false,
          showRowStripes: false,
          showColumnStripes: false,
        };
      }
    }
  }
  const book = wb as unknown as { _themes?: Record<string, string> };
  if (!book._themes || Object.keys(book._themes).length === 0) book._themes = undefined;
}

/** The command line. */
export async function main(argv: string[]): Promise<number> {
  const files = argv.filter((a, i) => !a.startsWith("--") && argv[i - 1] !== "--sheet");
  const sheetAt = argv.indexOf("--sheet");
  const scope: PortableScope =
    sheetAt >= 0 ? { kind: "sheet", sheet: argv[sheetAt + 1] ?? "" } : { kind: "workbook" };
  if (files.length !== 2) {
    console.error("Usage: npm run portable -- in.xlsx out.xlsx [--sheet NAME] [--restore]");
    return 2;
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(files[0]);
  if (argv.includes("--restore")) {
    const plan = restoreWorkbook(wb, scope);
    for (const s of plan.perSheet) console.log(`${s.sheet}: ${s.count} KPI formulas restored`);
    if (plan.edited.length > 0)
      console.log(`${plan.edited.length} cells edited since: left as they are`);
    for (const b of plan.blocked)
      console.log(
        `${b.sheet}!${b.address}: left portable, a cell of its spill area was typed into ` +
          `(clear it and restore again)`
      );
  } else {
    const plan = convertWorkbook(wb, scope);
    for (const s of plan.perSheet) console.log(`${s.sheet}: ${s.count} KPI formulas made portable`);
    for (const w of plan.warnings)
      console.log(`${w.sheet}!${w.address}: ${w.fn} left as it is (${w.code})`);
  }
  prepareForWrite(wb);
  await wb.xlsx.writeFile(files[1]);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exit(1);
    }
  );
}
