/* global Excel, Office */
/**
 * The WorkbookHost in Excel: the only module that calls Excel.run. Every method is one
 * Excel.run with at most three context.sync() calls: an inventory of sheets and tables, one read
 * of the cells it needs, one batch of writes.
 */
import type { Card } from "../core/card";
import type { Finding, LintScope } from "../core/lint";
import { keepFacts } from "../core/matrix";
import type { CellRef, Matrix, MatrixSnapshot, MatrixSummary } from "../core/matrix/types";
import { parseRange, rangeAddress } from "../workbook/a1";
import { newCardTable, planCardSave, readCardGrid, rowsToDelete } from "../workbook/card-table";
import { CARD_SHEET, CARD_TABLE_NAME, MATRIX_TABLE_PREFIX } from "../workbook/headers";
import type { HostEnvironment, WorkbookHost, WriteOptions } from "../workbook/host";
import { MATRIX_COLUMNS } from "../workbook/matrix-layout";
import { matrixSheetPlan } from "../workbook/matrix-plan";
import { matrixLastRow, readMatrixGrid, summarize } from "../workbook/matrix-read";
import { uniqueSheetName } from "../workbook/sheet-names";
import { queueSheetPlan } from "./apply-plan";
import { officeEnvironment } from "./environment";
import { gridFromRange, loadUsed } from "./grid";
import { readSetting, writeSetting } from "./settings";

interface Inventory {
  sheets: string[];
  /** Table name → its worksheet's name. */
  tables: Map<string, string>;
}

/** Sync 1 of every method: sheet names and table names with their sheets. */
async function inventory(ctx: Excel.RequestContext): Promise<Inventory> {
  const sheets = ctx.workbook.worksheets.load("items/name");
  const tables = ctx.workbook.tables.load("items/name,items/worksheet/name");
  await ctx.sync();
  return {
    sheets: sheets.items.map((s) => s.name),
    tables: new Map(tables.items.map((t) => [t.name, t.worksheet.name])),
  };
}

const isMatrixTable = (name: string): boolean =>
  name.toLowerCase().startsWith(MATRIX_TABLE_PREFIX.toLowerCase());

/** Sheets holding a matrix table, in sheet order. */
function matrixSheets(inv: Inventory): string[] {
  const withTable = new Set([...inv.tables].filter(([n]) => isMatrixTable(n)).map(([, s]) => s));
  return inv.sheets.filter((s) => withTable.has(s));
}

/** A matrix table name not yet used in the workbook. */
function freshTableName(inv: Inventory): string {
  const taken = new Set([...inv.tables.keys()].map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const name = `${MATRIX_TABLE_PREFIX}${i}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

function supports(version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    !!Office.context?.requirements?.isSetSupported("ExcelApi", version)
  );
}

/** Reads several matrix sheets and (optionally) the card table in one sync. */
async function readAll(
  ctx: Excel.RequestContext,
  inv: Inventory,
  sheets: string[],
  withCards: boolean
): Promise<{ snapshots: MatrixSnapshot[]; cards?: Card[] }> {
  const used = sheets.map((s) => loadUsed(ctx.workbook.worksheets.getItem(s)));
  const hasCards = withCards && inv.tables.has(CARD_TABLE_NAME);
  const table = hasCards ? ctx.workbook.tables.getItem(CARD_TABLE_NAME) : undefined;
  const header = table?.getHeaderRowRange().load("values");
  const body = table?.getDataBodyRange().load("values");
  await ctx.sync();
  const snapshots = sheets
    .map((s, i) => readMatrixGrid(s, gridFromRange(used[i])))
    .filter((x): x is MatrixSnapshot => x !== undefined);
  const cards =
    header && body ? readCardGrid({ headers: header.values[0], rows: body.values }) : undefined;
  return { snapshots, cards };
}

/** The Office adapter; construct once after Office.onReady. */
export class OfficeHost implements WorkbookHost {
  async environment(): Promise<HostEnvironment> {
    return officeEnvironment();
  }

  async readCards(): Promise<Card[]> {
    return Excel.run(async (ctx) => {
      const inv = await inventory(ctx);
      if (!inv.tables.has(CARD_TABLE_NAME)) return [];
      return (await readAll(ctx, inv, [], true)).cards ?? [];
    });
  }

  async saveCards(cards: Card[], options: WriteOptions = {}): Promise<void> {
    const lang = options.lang ?? "en";
    await Excel.run(async (ctx) => {
      const inv = await inventory(ctx);
      if (!inv.tables.has(CARD_TABLE_NAME)) {
        const name = uniqueSheetName(CARD_SHEET[lang], inv.sheets);
        const ws = ctx.workbook.worksheets.add(name);
        const { inputs, formats } = newCardTable(cards, lang);
        const address = rangeAddress(0, 0, inputs.length, inputs[0].length);
        const range = ws.getRange(address);
        range.numberFormat = formats;
        range.formulas = inputs;
        const t = ws.tables.add(address, true);
        t.name = CARD_TABLE_NAME;
        t.style = "TableStyleMedium2";
        range.format.autofitColumns();
        await ctx.sync();
        return;
      }
      const t = ctx.workbook.tables.getItem(CARD_TABLE_NAME);
      const header = t.getHeaderRowRange().load("values");
      const body = t.getDataBodyRange().load("values");
      await ctx.sync();
      const rows = body.values;
      const plan = planCardSave({ headers: header.values[0], rows }, cards, lang);
      for (const c of plan.addColumns) t.columns.add(undefined, undefined, c.header);
      // One cell at a time: writing a block across a filtered table lands in the wrong rows
      // (office-js#224); single cells are addressed exactly, hidden or not, sorted or not.
      for (const u of plan.updates) {
        const cell = body.getCell(u.row, u.col);
        cell.numberFormat = [[u.numberFormat]];
        cell.formulas = [[u.input]];
      }
      if (plan.appends.length > 0) {
        t.rows.add(undefined, plan.appends);
        plan.appendFormats.forEach((f, i) => {
          body.getCell(rows.length + i, 0).getResizedRange(0, f.length - 1).numberFormat = [f];
        });
      }
      await ctx.sync();
    });
  }

  async deleteCards(codes: string[]): Promise<void> {
    await Excel.run(async (ctx) => {
      const inv = await inventory(ctx);
      if (!inv.tables.has(CARD_TABLE_NAME)) return;
      const t = ctx.workbook.tables.getItem(CARD_TABLE_NAME);
      const header = t.getHeaderRowRange().load("values");
      const body = t.getDataBodyRange().load("values");
      await ctx.sync();
      const doomed = rowsToDelete({ headers: header.values[0], rows: body.values }, codes);
      if (doomed.length === 0) return;
      for (const i of doomed) t.rows.getItemAt(i).delete();
      await ctx.sync();
    });
  }

  async buildMatrix(matrix: Matrix, options: WriteOptions = {}): Promise<string> {
    const lang = options.lang ?? "en";
    return Excel.run(async (ctx) => {
      const inv = await inventory(ctx);
      const target = matrix.sheet && inv.sheets.includes(matrix.sheet) ? matrix.sheet : undefined;
      let old: MatrixSnapshot | undefined;
      if (target) {
        const used = loadUsed(ctx.workbook.worksheets.getItem(target));
        await ctx.sync();
        old = readMatrixGrid(target, gridFromRange(used));
      }
      // Only a sheet that holds a matrix is rebuilt in place; any other sheet is left alone.
      const sheet = old ? old.sheet : uniqueSheetName(matrix.name || "KPI", inv.sheets);
      let ws: Excel.Worksheet;
      if (old) {
        ws = ctx.workbook.worksheets.getItem(sheet);
        // The old matrix goes (its tables first, then the cells, formats and conditional
        // formats of its own rows and columns); anything the user keeps around it stays.
        for (const [name, s] of inv.tables) {
          if (s === sheet && isMatrixTable(name)) {
            const table = ctx.workbook.tables.getItem(name);
            // A filter the user left on the old table would keep rows hidden after conversion.
            table.clearFilters();
            table.convertToRange();
          }
        }
        const area = ws.getRange(rangeAddress(0, 0, matrixLastRow(old) + 1, MATRIX_COLUMNS.length));
        area.conditionalFormats.clearAll();
        area.clear(Excel.ClearApplyTo.all);
      } else {
        ws = ctx.workbook.worksheets.add(sheet);
      }
      const previous = old?.matrix;
      const plan = matrixSheetPlan(keepFacts(matrix, previous), sheet, lang, freshTableName(inv));
      if (old) {
        // A matrix that grows (more KPIs, a longer scale) gets whole new rows under the old one,
        // so whatever the user keeps below moves down with its rows instead of being overwritten.
        const from = matrixLastRow(old) + 1;
        const grow = parseRange(plan.area).rows - from;
        if (grow > 0)
          ws.getRange(`${from + 1}:${from + grow}`).insert(Excel.InsertShiftDirection.down);
      }
      queueSheetPlan(ws, plan, supports("1.7"));
      ws.activate();
      await ctx.sync();
      return sheet;
    });
  }

  async readMatrix(sheet: string): Promise<MatrixSnapshot | undefined> {
    return Excel.run(async (ctx) => {
      const inv = await inventory(ctx);
      if (!inv.sheets.includes(sheet)) return undefined;
      return (await readAll(ctx, inv, [sheet], false)).snapshots[0];
    });
  }

  async listMatrices(): Promise<MatrixSummary[]> {
    return Excel.run(async (ctx) => {
      const inv = await inventory(ctx);
      return (await readAll(ctx, inv, matrixSheets(inv), false)).snapshots.map(summarize);
    });
  }

  async lint(scope: LintScope): Promise<Finding[]> {
    return Excel.run(async (ctx) => {
      const inv = await inventory(ctx);
      const sheets =
        scope === "workbook" ? matrixSheets(inv) : inv.sheets.filter((s) => s === scope.sheet);
      const { snapshots, cards } = await readAll(ctx, inv, sheets, true);
      // The checks load with the first check the user runs, not with the pane.
      const { lintWorkbook } = await import("../core/lint");
      return lintWorkbook({ cards, matrices: snapshots });
    });
  }

  async goTo(ref: CellRef): Promise<void> {
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(ref.sheet);
      ws.activate();
      ws.getRange(ref.address).select();
      await ctx.sync();
    });
  }

  async getSetting(key: string): Promise<unknown> {
    return readSetting(key);
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await writeSetting(key, value);
  }
}
