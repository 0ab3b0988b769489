/**
 * `npm run portable -- in.xlsx out.xlsx [--sheet NAME] [--restore]`: the task pane's
 * "Make portable" (or "Restore KPI formulas") on a file, with exceljs. Only KPI formula cells and
 * the very hidden originals sheet change; cached values are kept, so the file shows the same
 * numbers before any recalculation.
 */
import ExcelJS from "exceljs";
import {
  ORIGINALS_SHEET,
  cellKey,
  originalsRows,
  readOriginals,
  type OriginalRecord,
} from "../src/workbook/portable/originals";
import {
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
 * Every formula cell of the workbook (outside the originals sheet), with "=". An array formula
 * (a spilled result as Excel saves it, or Ctrl+Shift+Enter) comes with its area as `spill`.
 */
export function workbookFormulas(wb: ExcelJS.Workbook): FormulaCell[] {
  const out: FormulaCell[] = [];
  wb.eachSheet((ws) => {
    if (ws.name === ORIGINALS_SHEET) return;
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
  const ws = wb.getWorksheet(ORIGINALS_SHEET);
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
  const old = wb.getWorksheet(ORIGINALS_SHEET);
  if (old) wb.removeWorksheet(old.id);
  if (records.length === 0) return;
  const ws = wb.addWorksheet(ORIGINALS_SHEET, { state: "veryHidden" });
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
  const current = new Map(
    workbookFormulas(wb).map((c) => [cellKey(c.sheet, c.address), c.formula])
  );
  const plan = planRestore(workbookOriginals(wb), current, scope);
  for (const w of plan.writes) {
    const ws = wb.getWorksheet(w.sheet);
    if (ws) setFormula(ws, w.address, w.formula);
  }
  writeOriginals(wb, plan.records);
  return plan;
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
  } else {
    const plan = convertWorkbook(wb, scope);
    for (const s of plan.perSheet) console.log(`${s.sheet}: ${s.count} KPI formulas made portable`);
    for (const w of plan.warnings)
      console.log(`${w.sheet}!${w.address}: ${w.fn} left as it is (${w.code})`);
  }
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
