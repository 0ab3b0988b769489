/* global Excel, Office */
/**
 * The WorkbookHost in Excel: the only module that calls Excel.run for cards and matrices. It
 * reads snapshots and applies plans; every decision is the planner's (src/workbook). Every
 * method is one Excel.run with at most three context.sync() calls: an inventory of sheets and
 * tables, one read of the cells the planner needs, one batch of writes.
 */
import { langOf, type Card } from "../core/card";
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
  type CardSaveOptions,
  type MatrixBuildResult,
  type StaffSnapshot,
  type TeamBuildResult,
  type TeamOptions,
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
import { nameErrorCount, nameErrorRepair } from "../workbook/formula-local";
import { matrixSheets, type Inventory, type SheetCells } from "../workbook/snapshot";
import {
  newStaffTablesPlan,
  PLANS_TABLE_NAME,
  readPlansGrid,
  readStaffGrid,
  STAFF_TABLE_NAME,
  type TableGrid,
} from "../workbook/staff";
import {
  planTeamBuild,
  readRegister,
  registerSheetOf,
  teamReadChunks,
  type TeamRequest,
} from "../workbook/team-plan";
import { readTeamGrid, type TeamSnapshot } from "../workbook/team-read";
import { REGISTER_TABLE_NAME } from "../workbook/team-plan";
import type { StaffMember } from "../core/team";
import { collectiveLintInput, UNIT_FACTS_TABLE_NAME } from "../workbook/unit-facts";
import { HISTORY_TABLE_NAME, type TableCells } from "../workbook/history";
import {
  PERIOD_TABLES,
  periodInput,
  periodOverviewOf,
  periodSheets,
  planClosePeriod,
  type PeriodOverview,
  type PeriodReads,
  type PeriodRequest,
} from "../workbook/period-plan";
import type { PeriodCloseResult, PeriodOptions } from "../workbook/host";
import { parseRange, rangeAddress } from "../workbook/a1";
import { queuePlan, type Capabilities } from "./apply-plan";
import { officeEnvironment } from "./environment";
import { areasOf, cellsFromRange, loadUsed } from "./grid";
import { readSetting, writeSetting } from "./settings";
import {
  planRollup,
  rollupReads,
  ROLLUP_PIVOT_NAME,
  type RollupResult,
} from "../workbook/rollup-plan";
import type { RollupOptions } from "../workbook/host";
import {
  planAnalysis,
  selectionPreview,
  type AnalysisOutcome,
  type AnalysisPreview,
  type AnalysisProblem,
  type AnalysisRequest,
} from "../workbook/analysis-plan";
import { splitSheetAddress } from "../workbook/beside";
import {
  dashboardReads,
  planDashboard,
  type DashboardRequest,
  type DashboardResult,
} from "../workbook/dashboard-plan";
import type { WorkbookPlan } from "../workbook/plan";
import {
  planForecast,
  sheetForecastPreview,
  type ForecastOutcome,
  type ForecastPreview,
  type ForecastRequest,
} from "../workbook/runrate-plan";

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

/**
 * Queues a read of the workbook's decimal separator (ExcelApi 1.11), for the next sync; the
 * list separator of localized formulas follows from it.
 */
function decimalSeparator(ctx: Excel.RequestContext): { readonly decimal: string | undefined } {
  if (!supports("1.11")) return { decimal: undefined };
  const nf = ctx.workbook.application.cultureInfo.numberFormat.load("numberDecimalSeparator");
  return {
    get decimal() {
      return nf.numberDecimalSeparator;
    },
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

/** Sync 2 of a table read: these tables' ranges (header and body), the ones that exist. */
async function readTables(
  ctx: Excel.RequestContext,
  inv: Inventory,
  names: string[]
): Promise<Map<string, TableGrid & { sheet: string }>> {
  const found = names
    .map((n) => inv.tables.find((t) => t.name.toLowerCase() === n.toLowerCase()))
    .filter((t): t is NonNullable<typeof t> => t !== undefined);
  const ranges = found.map((t) => ctx.workbook.tables.getItem(t.name).getRange().load("values"));
  if (found.length > 0) await ctx.sync();
  const out = new Map<string, TableGrid & { sheet: string }>();
  found.forEach((t, i) => {
    const v = ranges[i].values;
    out.set(
      names.find((n) => n.toLowerCase() === t.name.toLowerCase())!,
      {
        sheet: t.sheet,
        headers: v[0] ?? [],
        rows: v.slice(1),
      }
    );
  });
  return out;
}

/**
 * Queues a read of whole tables (address and values) for the next sync, and gives them after
 * it: the team build and the check read the staff and unit facts tables with their first read
 * of cells, in no sync of their own.
 */
function queueTables(
  ctx: Excel.RequestContext,
  inv: Inventory,
  names: string[]
): () => Map<string, TableGrid & { name: string; sheet: string; address: string }> {
  const found = names
    .map((n) => inv.tables.find((t) => t.name.toLowerCase() === n.toLowerCase()))
    .filter((t): t is NonNullable<typeof t> => t !== undefined);
  const ranges = found.map((t) =>
    ctx.workbook.tables.getItem(t.name).getRange().load("address,values")
  );
  return () => {
    const out = new Map<string, TableGrid & { name: string; sheet: string; address: string }>();
    found.forEach((t, i) => {
      const v = ranges[i].values;
      const key = names.find((n) => n.toLowerCase() === t.name.toLowerCase())!;
      out.set(key, {
        name: t.name,
        sheet: t.sheet,
        address: ranges[i].address,
        headers: v[0] ?? [],
        rows: v.slice(1),
      });
    });
    return out;
  };
}

/** History rows read in one request (12 columns: about 1 MB, under Excel on the web's 5 MB). */
const HISTORY_READ_ROWS = 5000;

/** A table's range (header row included) cut into slices of HISTORY_READ_ROWS rows. */
function historySlices(address: string): string[] {
  if (!address) return [];
  const r = parseRange(address);
  const out: string[] = [];
  for (let i = 0; i < r.rows; i += HISTORY_READ_ROWS)
    out.push(rangeAddress(r.row + i, r.col, Math.min(HISTORY_READ_ROWS, r.rows - i), r.cols));
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

  async saveCards(cards: Card[], options: CardSaveOptions = {}): Promise<void> {
    const lang = options.lang ?? "en";
    await this.writeCards(
      (snap, inv) =>
        snap
          ? saveCardsPlan(snap, cards, lang, options)
          : { plan: newCardTablePlan(inv, cards, lang) },
      cards.length
    );
  }

  async deleteCards(codes: string[]): Promise<void> {
    await this.writeCards((snap) => (snap ? deleteCardsPlan(snap, codes) : undefined), 0);
  }

  async buildMatrix(matrix: Matrix, options: BuildOptions = {}): Promise<MatrixBuildResult> {
    const lang = options.lang ?? "en";
    return Excel.run(async (ctx) => {
      const culture = decimalSeparator(ctx);
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
      // Read the KPI cells back in the same batch: localized Excel may show #NAME? for
      // formulas written through Range.formulas (office-js#891, #6614).
      const areas = planned.plan.kpiFormulas ?? [];
      const readBack = () =>
        areas.map((a) =>
          ctx.workbook.worksheets.getItem(a.sheet).getRange(a.address).load("values")
        );
      let loaded = readBack();
      await ctx.sync();
      const values = () => loaded.map((r) => r.values as unknown[][]);
      const bad = nameErrorCount(areas, values());
      if (bad === 0) return planned.result;
      const repair = nameErrorRepair(
        areas,
        values(),
        langOf(officeEnvironment().displayLanguage),
        culture.decimal
      );
      if (repair.length > 0) {
        queuePlan(ctx, { steps: repair }, capabilities());
        loaded = readBack();
        await ctx.sync();
      }
      const left = repair.length > 0 ? nameErrorCount(areas, values()) : bad;
      return {
        ...planned.result,
        relocalized: repair.length > 0 ? bad - left : 0,
        nameErrors: left,
      };
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

  async readStaff(): Promise<StaffSnapshot | undefined> {
    return Excel.run(async (ctx) => {
      const inv = await inventory(ctx);
      const t = await readTables(ctx, inv, [STAFF_TABLE_NAME, PLANS_TABLE_NAME]);
      const staff = t.get(STAFF_TABLE_NAME);
      if (!staff) return undefined;
      return {
        sheet: staff.sheet,
        members: readStaffGrid(staff),
        plans: readPlansGrid(t.get(PLANS_TABLE_NAME)),
      };
    });
  }

  async createStaffTables(members: StaffMember[], options: WriteOptions = {}): Promise<string> {
    return Excel.run(async (ctx) => {
      const inv = await inventory(ctx);
      const plan = newStaffTablesPlan(inv, options.lang ?? "en", members);
      queuePlan(ctx, plan, capabilities());
      await ctx.sync();
      return (plan.steps[0] as { sheet: string }).sheet;
    });
  }

  async buildTeam(request: TeamRequest, options: TeamOptions = {}): Promise<TeamBuildResult> {
    return Excel.run(async (ctx) => {
      const inv = await inventory(ctx);
      const mats = matrixSheets(inv);
      const reg = registerSheetOf(inv);
      const candidates = originalsCandidates(inv);
      const cells = new Map<string, SheetCells>();
      // The staff and unit facts tables come with the first read of cells.
      const ownTables = queueTables(ctx, inv, [STAFF_TABLE_NAME, UNIT_FACTS_TABLE_NAME]);
      const chunks = teamReadChunks([...mats, ...(reg ? [reg] : []), ...candidates]);
      if (chunks.length === 0) await ctx.sync();
      // Whole used ranges are read in requests of a bounded size (Excel on the web: 5 MB).
      for (const chunk of chunks) {
        for (const c of (await read(ctx, inv, chunk, false)).sheets) cells.set(c.sheet, c);
      }
      const own = ownTables();
      if (isPortable(candidates.map((c) => cells.get(c)!))) {
        throw new WorkbookRefusal({ reason: "portable", sheet: reg ?? "" });
      }
      const matrices = mats
        .map((s) => readMatrixCells(cells.get(s)!))
        .filter((m): m is NonNullable<typeof m> => m !== undefined);
      const plan = planTeamBuild({
        inv,
        lang: options.lang ?? "en",
        request,
        matrices,
        register: reg ? cells.get(reg) : undefined,
        staff: own.get(STAFF_TABLE_NAME),
        unitFacts: own.get(UNIT_FACTS_TABLE_NAME),
      });
      let done = 0;
      for (const batch of plan.batches) {
        if (options.cancelled?.()) break;
        queuePlan(ctx, batch, capabilities());
        await ctx.sync();
        done += 1;
        options.onProgress?.(done, plan.batches.length);
      }
      return {
        results: plan.results,
        registerSheet: plan.registerSheet,
        ...(plan.unitFactsSheet ? { unitFactsSheet: plan.unitFactsSheet } : {}),
        cancelled: done < plan.batches.length,
        done,
        total: plan.batches.length,
      };
    });
  }

  /** Two syncs: the inventory, then the register table's values. */
  async readTeam(): Promise<TeamSnapshot | undefined> {
    return Excel.run(async (ctx) => {
      const inv = await inventory(ctx);
      const grid = (await readTables(ctx, inv, [REGISTER_TABLE_NAME])).get(REGISTER_TABLE_NAME);
      return grid ? readTeamGrid(grid, inv.sheets) : undefined;
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
      const reg = scope === "workbook" ? registerSheetOf(inv) : undefined;
      // Whole used ranges are read in requests of a bounded size (Excel on the web: 5 MB).
      const chunks = teamReadChunks(reg ? [...names, reg] : names);
      const unitFacts = reg ? queueTables(ctx, inv, [UNIT_FACTS_TABLE_NAME]) : undefined;
      const first = await read(ctx, inv, chunks[0] ?? [], { rows: 0 });
      const sheets = [...first.sheets];
      for (const chunk of chunks.slice(1))
        sheets.push(...(await read(ctx, inv, chunk, false)).sheets);
      const cards = first.cards;
      const readings = sheets
        .filter((c) => c.sheet !== reg)
        .map((c) => readMatrixCells(c))
        .filter((x): x is NonNullable<typeof x> => x !== undefined);
      const matrices = readings.map((r) => r.snapshot);
      const regCells = reg ? sheets.find((c) => c.sheet === reg) : undefined;
      const register = regCells ? readRegister(regCells) : undefined;
      const team = register && {
        ...register,
        ...collectiveLintInput(
          unitFacts?.().get(UNIT_FACTS_TABLE_NAME),
          readings,
          cards ? readCardGrid(cards) : undefined
        ),
      };
      // The checks load with the first check the user runs, not with the pane.
      const { lintWorkbook } = await import("../core/lint");
      return lintWorkbook({
        cards: cards ? readCardGrid(cards) : undefined,
        matrices,
        ...(team ? { team } : {}),
      });
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

  /**
   * Sync 2 of the analysis and the forecast: one sheet's cells and the originals sheets (a
   * portable copy refuses new KPI formulas); undefined when the sheet is not there.
   */
  private async sheetAndPortable(
    ctx: Excel.RequestContext,
    inv: Inventory,
    sheet: string
  ): Promise<{ cells: SheetCells; portable: boolean } | undefined> {
    if (!inv.sheets.includes(sheet)) return undefined;
    const { sheets } = await read(ctx, inv, [sheet, ...originalsCandidates(inv)], false);
    return { cells: sheets[0], portable: isPortable(sheets.slice(1)) };
  }

  /**
   * Sync 3 (and 4): applies a plan that writes KPI formulas and reads them back in the same
   * batch; where localized Excel shows #NAME? (office-js#891) they are written again in its
   * language, as buildMatrix does.
   */
  private async applyKpiPlan(
    ctx: Excel.RequestContext,
    plan: WorkbookPlan,
    culture: { readonly decimal: string | undefined }
  ): Promise<void> {
    queuePlan(ctx, plan, capabilities());
    const areas = plan.kpiFormulas ?? [];
    const readBack = () =>
      areas.map((a) => ctx.workbook.worksheets.getItem(a.sheet).getRange(a.address).load("values"));
    const loaded = readBack();
    await ctx.sync();
    const values = loaded.map((r) => r.values as unknown[][]);
    if (nameErrorCount(areas, values) === 0) return;
    const repair = nameErrorRepair(
      areas,
      values,
      langOf(officeEnvironment().displayLanguage),
      culture.decimal
    );
    if (repair.length === 0) return;
    queuePlan(ctx, { steps: repair }, capabilities());
    await ctx.sync();
  }

  /** Two syncs: the selection's address with the inventory, then its sheet's cells. */
  async readSelection(): Promise<AnalysisPreview | AnalysisProblem> {
    return Excel.run(async (ctx) => {
      const selected = ctx.workbook.getSelectedRange().load("address");
      const inv = await inventory(ctx);
      const { sheet = "", address } = splitSheetAddress(selected.address);
      return selectionPreview(await this.sheetAndPortable(ctx, inv, sheet), sheet, address);
    });
  }

  async analyzeRange(
    request: AnalysisRequest,
    options: WriteOptions = {}
  ): Promise<AnalysisOutcome> {
    return Excel.run(async (ctx) => {
      const culture = decimalSeparator(ctx);
      const inv = await inventory(ctx);
      const read = await this.sheetAndPortable(ctx, inv, request.sheet);
      const planned = planAnalysis(read, request, options.lang ?? "en");
      if ("problem" in planned) return { ok: false, problem: planned.problem };
      await this.applyKpiPlan(ctx, planned.plan, culture);
      return { ok: true, result: planned.result };
    });
  }

  async readForecast(sheet: string): Promise<ForecastPreview> {
    return Excel.run(async (ctx) => {
      const inv = await inventory(ctx);
      return sheetForecastPreview(await this.sheetAndPortable(ctx, inv, sheet), sheet);
    });
  }

  async writeForecast(
    request: ForecastRequest,
    options: WriteOptions = {}
  ): Promise<ForecastOutcome> {
    return Excel.run(async (ctx) => {
      const culture = decimalSeparator(ctx);
      const inv = await inventory(ctx);
      const read = await this.sheetAndPortable(ctx, inv, request.sheet);
      const planned = planForecast(read, request, options.lang ?? "en");
      if ("problem" in planned) return { ok: false, problem: planned.problem };
      await this.applyKpiPlan(ctx, planned.plan, culture);
      return { ok: true, result: planned.result };
    });
  }

  /**
   * The roll-up (src/workbook/rollup-plan.ts) in three syncs: the inventory; the register and
   * roll-up sheets with the staff table's range and the PivotTables' names; the writes. The
   * PivotTable only where ExcelApi 1.8 is supported (a note on the sheet says so otherwise).
   */
  async buildRollup(options: RollupOptions = {}): Promise<RollupResult | undefined> {
    return Excel.run(async (ctx) => {
      const inv = await inventory(ctx);
      const { register: reg, rollup: roll, staff: info } = rollupReads(inv);
      if (!reg) return undefined;
      const staffTable = info ? ctx.workbook.tables.getItem(info.name) : undefined;
      const staffRange = staffTable?.getRange().load("address");
      const staffHeaders = staffTable?.getHeaderRowRange().load("values");
      const pivots = supports("1.8") ? ctx.workbook.pivotTables.load("items/name") : undefined;
      const { sheets } = await read(ctx, inv, roll && roll !== reg ? [reg, roll] : [reg], false);
      const planned = planRollup({
        inv,
        lang: options.lang ?? "en",
        register: sheets[0],
        rollup: roll ? sheets.find((c) => c.sheet === roll) : undefined,
        staff:
          info && staffRange && staffHeaders
            ? {
                sheet: info.sheet,
                address: areasOf(staffRange.address)[0],
                headers: staffHeaders.values[0] ?? [],
              }
            : undefined,
        weighting: options.weighting,
        onlyIfBuilt: options.onlyIfBuilt,
        pivot: pivots ? "add" : "unsupported",
        pivotExists: pivots?.items.some(
          (p) => p.name.toLowerCase() === ROLLUP_PIVOT_NAME.toLowerCase()
        ),
      });
      if ("missing" in planned) return undefined;
      queuePlan(ctx, planned.plan, capabilities());
      await ctx.sync();
      return planned.result;
    });
  }

  /**
   * The dashboard (src/workbook/dashboard-plan.ts) in three syncs for a matrix or a team with a
   * register: the inventory; the sheets it builds from, the chart names of an earlier dashboard
   * and the History table; the writes. Many matrix sheets (a team without a register) and a long
   * History are read in requests of bounded size (teamReadChunks, HISTORY_READ_ROWS), one sync
   * each, as Excel on the web answers at most 5 MB a request.
   */
  async buildDashboard(
    request: DashboardRequest,
    options: WriteOptions = {}
  ): Promise<DashboardResult | undefined> {
    return Excel.run(async (ctx) => {
      const inv = await inventory(ctx);
      const reads = dashboardReads(inv, request);
      const sheet = (s: string) => ctx.workbook.worksheets.getItem(s);
      const used = (list: string[]) => list.map((s) => loadUsed(sheet(s), true));
      const chunks = teamReadChunks(reads.matrices);
      const matrices = used(chunks[0] ?? []);
      const register = reads.register ? used([reads.register])[0] : undefined;
      const boards = used(reads.dashboards);
      const charts = reads.dashboards.map((s) => sheet(s).charts.load("items/name"));
      const historyRange = reads.history
        ? ctx.workbook.tables.getItem(reads.history.name).getRange().load("address")
        : undefined;
      await ctx.sync();
      const matrixCells = matrices.map((r, i) => cellsFromRange(chunks[0][i], r));
      for (const chunk of chunks.slice(1)) {
        const ranges = used(chunk);
        await ctx.sync();
        matrixCells.push(...ranges.map((r, i) => cellsFromRange(chunk[i], r)));
      }
      const historyAddress = historyRange ? areasOf(historyRange.address)[0] : undefined;
      const historyRows: unknown[][] = [];
      if (reads.history && historyAddress) {
        const ws = sheet(reads.history.sheet);
        for (const slice of historySlices(historyAddress)) {
          const part = ws.getRange(slice).load("values");
          await ctx.sync();
          historyRows.push(...(part.values as unknown[][]));
        }
      }
      const planned = planDashboard({
        inv,
        lang: options.lang ?? "en",
        request,
        matrices: matrixCells,
        register: register && reads.register ? cellsFromRange(reads.register, register) : undefined,
        history:
          reads.history && historyAddress
            ? {
                sheet: reads.history.sheet,
                address: historyAddress,
                header: historyRows[0] ?? [],
                rows: historyRows.slice(1),
              }
            : undefined,
        dashboards: boards.map((r, i) => ({
          cells: cellsFromRange(reads.dashboards[i], r),
          charts: charts[i].items.map((c) => c.name),
        })),
      });
      if ("refused" in planned) throw new WorkbookRefusal(planned.refused);
      if ("empty" in planned) return undefined;
      queuePlan(ctx, planned.plan, capabilities());
      await ctx.sync();
      return planned.result;
    });
  }

  /**
   * What closing a period reads: the inventory; then, in requests of bounded size, the matrix
   * sheets, the register, the Trends sheet, the originals and the team's tables (History's rows
   * in slices of HISTORY_READ_ROWS, as a year of a large staff passes Excel's 5 MB response).
   */
  private async periodReads(ctx: Excel.RequestContext): Promise<PeriodReads> {
    const inv = await inventory(ctx);
    const originals = originalsCandidates(inv);
    const chunks = teamReadChunks(periodSheets(inv, originals));
    const found = PERIOD_TABLES.map((n) =>
      inv.tables.find((t) => t.name.toLowerCase() === n.toLowerCase())
    ).filter((t): t is NonNullable<typeof t> => t !== undefined);
    const ranges = found.map((t) => {
      const r = ctx.workbook.tables.getItem(t.name).getRange();
      return t.name.toLowerCase() === HISTORY_TABLE_NAME.toLowerCase()
        ? r.load("address")
        : r.load("address,values,formulas");
    });
    const cells = new Map<string, SheetCells>();
    const first = await read(ctx, inv, chunks[0] ?? [], false);
    for (const c of first.sheets) cells.set(c.sheet, c);
    const tables = new Map<string, TableCells>();
    let history: { name: string; sheet: string; address: string } | undefined;
    for (let i = 0; i < found.length; i++) {
      const t = found[i];
      const address = areasOf(ranges[i].address)[0] ?? "";
      if (t.name.toLowerCase() === HISTORY_TABLE_NAME.toLowerCase()) {
        history = { name: t.name, sheet: t.sheet, address };
        continue;
      }
      const { values, formulas } = ranges[i];
      tables.set(t.name, { name: t.name, sheet: t.sheet, address, values, formulas });
    }
    // History's rows, a slice a request, along with the remaining sheets.
    const slices = history ? historySlices(history.address) : [];
    const loaded: Excel.Range[] = [];
    for (let k = 1; k < chunks.length || loaded.length < slices.length; k++) {
      if (history && loaded.length < slices.length) {
        const ws = ctx.workbook.worksheets.getItem(history.sheet);
        loaded.push(ws.getRange(slices[loaded.length]).load("values"));
      }
      for (const c of (await read(ctx, inv, chunks[k] ?? [], false)).sheets) cells.set(c.sheet, c);
    }
    if (history) {
      const values = loaded.flatMap((r) => r.values as unknown[][]);
      tables.set(history.name, { ...history, values, formulas: values });
    }
    return {
      inv,
      cells,
      tables,
      portable: isPortable(originals.map((s) => cells.get(s)!).filter((c) => c !== undefined)),
    };
  }

  async readPeriods(): Promise<PeriodOverview> {
    return Excel.run(async (ctx) => periodOverviewOf(await this.periodReads(ctx)));
  }

  async closePeriod(
    request: PeriodRequest,
    options: PeriodOptions = {}
  ): Promise<PeriodCloseResult> {
    return Excel.run(async (ctx) => {
      const reads = await this.periodReads(ctx);
      const plan = planClosePeriod(periodInput(reads, request, options.lang ?? "en"));
      if ("refused" in plan) throw new WorkbookRefusal(plan.refused);
      const { batches, ...result } = plan;
      let done = 0;
      for (const batch of batches) {
        queuePlan(ctx, batch, capabilities());
        await ctx.sync();
        done += 1;
        options.onProgress?.(done, batches.length);
      }
      return { ...result, done, total: batches.length };
    });
  }
}
