/* global Excel, Office */
/**
 * The WorkbookHost in Excel: the only module that calls Excel.run for cards and matrices. It
 * reads snapshots and applies plans; every decision is the planner's (src/workbook). Every
 * method is one Excel.run with at most three context.sync() calls: an inventory of sheets and
 * tables, one read of the cells the planner needs, one batch of writes.
 */
import type { Card } from "../core/card";
import type { Finding, LintScope } from "../core/lint";
import type { CellRef, Matrix, MatrixSnapshot, MatrixSummary } from "../core/matrix/types";
import {
  cardWriteReach,
  deleteCardsPlan,
  newCardTablePlan,
  readCardGrid,
  saveCardsPlan,
  type CardTableSnapshot,
  type CardWritePlan,
} from "../workbook/card-table";
import { CARD_TABLE_NAME } from "../workbook/headers";
import {
  WorkbookRefusal,
  type BuildOptions,
  type HostEnvironment,
  type MatrixBuildResult,
  type WorkbookHost,
  type WriteOptions,
} from "../workbook/host";
import {
  isPortable,
  matrixTarget,
  originalsCandidates,
  planBuildMatrix,
} from "../workbook/matrix-build";
import { readMatrixCells, summarize } from "../workbook/matrix-read";
import { matrixSheets, type Inventory, type SheetCells } from "../workbook/snapshot";
import { queuePlan, type Capabilities } from "./apply-plan";
import { officeEnvironment } from "./environment";
import { areasOf, cellsFromRange, loadUsed } from "./grid";
import { readSetting, writeSetting } from "./settings";

/** Sync 1 of every method: sheet names and table names with their sheets. */
async function inventory(ctx: Excel.RequestContext): Promise<Inventory> {
  const sheets = ctx.workbook.worksheets.load("items/name");
  const tables = ctx.workbook.tables.load("items/name,items/worksheet/name");
  await ctx.sync();
  return {
    sheets: sheets.items.map((s) => s.name),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name, address: "" })),
  };
}

function supports(version: string): boolean {
  return (
    typeof Office !== "undefined" &&
    !!Office.context?.requirements?.isSetSupported("ExcelApi", version)
  );
}

const capabilities = (): Capabilities => ({ freeze: supports("1.7") });

interface Reads {
  sheets: SheetCells[];
  cards?: CardTableSnapshot;
}

/**
 * Sync 2: the cells of these sheets (values and formulas) and, when asked, the card table with
 * the merged cells where a write of `cardRows` new rows could land (ExcelApi 1.13; on older
 * builds none are reported, see docs/MANUAL-TESTS.md).
 */
async function read(
  ctx: Excel.RequestContext,
  inv: Inventory,
  sheets: string[],
  cards: { rows: number } | false
): Promise<Reads> {
  const used = sheets.map((s) => loadUsed(ctx.workbook.worksheets.getItem(s), true));
  const info = inv.tables.find((t) => t.name.toLowerCase() === CARD_TABLE_NAME.toLowerCase());
  let tableRange: Excel.Range | undefined;
  let merged: Excel.RangeAreas | undefined;
  if (cards && info) {
    const table = ctx.workbook.tables.getItem(info.name);
    tableRange = table.getRange().load("address,values");
    if (supports("1.13")) {
      // Merged cells can only be under or beside the table (a table holds none).
      const reach = cardWriteReach(cards.rows);
      merged = table
        .getRange()
        .getResizedRange(reach.rows, reach.cols)
        .getMergedAreasOrNullObject();
      merged.load("address");
    }
  }
  await ctx.sync();
  const out: Reads = { sheets: sheets.map((s, i) => cellsFromRange(s, used[i])) };
  if (cards && info && tableRange) {
    const address = areasOf(tableRange.address)[0];
    out.cards = {
      table: { ...info, address },
      headers: tableRange.values[0] ?? [],
      rows: tableRange.values.slice(1),
      merged: merged && !merged.isNullObject ? areasOf(merged.address) : [],
    };
  }
  return out;
}

/** The Office adapter; construct once after Office.onReady. */
export class OfficeHost implements WorkbookHost {
  async environment(): Promise<HostEnvironment> {
    return officeEnvironment();
  }

  async readCards(): Promise<Card[]> {
    return Excel.run(async (ctx) => {
      const inv = await inventory(ctx);
      const { cards } = await read(ctx, inv, [], { rows: 0 });
      return cards ? readCardGrid(cards) : [];
    });
  }

  private async writeCards(
    plan: (snap: CardTableSnapshot | undefined, inv: Inventory) => CardWritePlan | undefined,
    rows: number
  ): Promise<void> {
    await Excel.run(async (ctx) => {
      const inv = await inventory(ctx);
      const { cards } = await read(ctx, inv, [], { rows });
      const p = plan(cards, inv);
      if (!p) return;
      if ("refused" in p) throw new WorkbookRefusal(p.refused);
      if (p.plan.steps.length === 0) return;
      queuePlan(ctx, p.plan, capabilities());
      await ctx.sync();
    });
  }

  async saveCards(cards: Card[], options: WriteOptions = {}): Promise<void> {
    const lang = options.lang ?? "en";
    await this.writeCards(
      (snap, inv) =>
        snap ? saveCardsPlan(snap, cards, lang) : { plan: newCardTablePlan(inv, cards, lang) },
      cards.length
    );
  }

  async deleteCards(codes: string[]): Promise<void> {
    await this.writeCards((snap) => (snap ? deleteCardsPlan(snap, codes) : undefined), 0);
  }

  async buildMatrix(matrix: Matrix, options: BuildOptions = {}): Promise<MatrixBuildResult> {
    const lang = options.lang ?? "en";
    return Excel.run(async (ctx) => {
      const inv = await inventory(ctx);
      const target = matrixTarget(inv, matrix);
      const candidates = originalsCandidates(inv);
      const { sheets } = await read(ctx, inv, [...(target ? [target] : []), ...candidates], false);
      const planned = planBuildMatrix({
        inv,
        matrix,
        base: options.base,
        lang,
        target: target ? sheets[0] : undefined,
        portable: isPortable(target ? sheets.slice(1) : sheets),
      });
      if ("refused" in planned) throw new WorkbookRefusal(planned.refused);
      queuePlan(ctx, planned.plan, capabilities());
      await ctx.sync();
      return planned.result;
    });
  }

  private async snapshots(which: (inv: Inventory) => string[]): Promise<MatrixSnapshot[]> {
    return Excel.run(async (ctx) => {
      const inv = await inventory(ctx);
      const names = which(inv);
      if (names.length === 0) return [];
      const { sheets } = await read(ctx, inv, names, false);
      return sheets
        .map((c) => readMatrixCells(c)?.snapshot)
        .filter((x): x is MatrixSnapshot => x !== undefined);
    });
  }

  async readMatrix(sheet: string): Promise<MatrixSnapshot | undefined> {
    const [s] = await this.snapshots((inv) => inv.sheets.filter((x) => x === sheet));
    return s;
  }

  async listMatrices(): Promise<MatrixSummary[]> {
    return (await this.snapshots(matrixSheets)).map(summarize);
  }

  async lint(scope: LintScope): Promise<Finding[]> {
    return Excel.run(async (ctx) => {
      const inv = await inventory(ctx);
      const names =
        scope === "workbook" ? matrixSheets(inv) : inv.sheets.filter((s) => s === scope.sheet);
      const { sheets, cards } = await read(ctx, inv, names, { rows: 0 });
      const matrices = sheets
        .map((c) => readMatrixCells(c)?.snapshot)
        .filter((x): x is MatrixSnapshot => x !== undefined);
      // The checks load with the first check the user runs, not with the pane.
      const { lintWorkbook } = await import("../core/lint");
      return lintWorkbook({ cards: cards ? readCardGrid(cards) : undefined, matrices });
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

  /**
   * Cell changes anywhere in the workbook (WorksheetCollection.onChanged, ExcelApi 1.9). On
   * older builds nothing is reported and the check refreshes when its tab opens.
   */
  onChanged(listener: () => void): () => void {
    if (!supports("1.9")) return () => undefined;
    let handler: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | undefined;
    let stopped = false;
    void Excel.run(async (ctx) => {
      handler = ctx.workbook.worksheets.onChanged.add(async () => listener());
      await ctx.sync();
    }).catch(() => undefined);
    return () => {
      if (stopped || !handler) return;
      stopped = true;
      const h = handler;
      void Excel.run(h.context, async (ctx) => {
        h.remove();
        await ctx.sync();
      }).catch(() => undefined);
    };
  }
}
