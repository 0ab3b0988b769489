/**
 * A WorkbookHost over a HyperFormula engine with the KPI functions (dev-only: HyperFormula is
 * GPL-3.0). It reads snapshots and applies the planner's plans (src/workbook), like the Office
 * adapter, so the sandbox page and the e2e tests exercise the task pane against live
 * recalculation. It decides nothing about the workbook itself.
 */
import type { HyperFormula } from "hyperformula";
import { langOf, type Card } from "../core/card";
import { lintWorkbook, type Finding, type LintScope } from "../core/lint";
import type { CellRef, Matrix, MatrixSnapshot, MatrixSummary } from "../core/matrix/types";
import { parseRange, rangeAddress } from "../workbook/a1";
import {
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
import { readMatrixCells, summarize, type Grid } from "../workbook/matrix-read";
import type { CellInput, PlanStep, WorkbookPlan } from "../workbook/plan";
import {
  matrixSheets,
  type Inventory,
  type SheetCells,
  type TableInfo,
} from "../workbook/snapshot";
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
  type TeamRequest,
} from "../workbook/team-plan";
import type { StaffMember } from "../core/team";
import { readTeamGrid, type TeamSnapshot } from "../workbook/team-read";
import { REGISTER_TABLE_NAME } from "../workbook/team-plan";
import { planRollup, rollupReads, type RollupResult } from "../workbook/rollup-plan";
import type { RollupOptions } from "../workbook/host";
import { collectiveLintInput, UNIT_FACTS_TABLE_NAME } from "../workbook/unit-facts";
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
import type { TableCells } from "../workbook/history";
import type { PeriodCloseResult, PeriodOptions } from "../workbook/host";
import { createKpiEngine } from "./engine";
import { SandboxFormats } from "./formats";
import {
  dashboardReads,
  planDashboard,
  type DashboardRequest,
  type DashboardResult,
} from "../workbook/dashboard-plan";
import type { ChartPlan } from "../workbook/plan";
import { deleteCellsUp, insertCellsDown, writeBlock } from "./shift";
import {
  planAnalysis,
  selectionPreview,
  type AnalysisOutcome,
  type AnalysisPreview,
  type AnalysisProblem,
  type AnalysisRequest,
} from "../workbook/analysis-plan";
import {
  planForecast,
  sheetForecastPreview,
  type ForecastOutcome,
  type ForecastPreview,
  type ForecastRequest,
} from "../workbook/runrate-plan";

/** A table the sandbox keeps in place of an Excel table (HyperFormula has none). */
interface SandboxTable {
  sheet: string;
  /** A1 range including the header row. */
  address: string;
  style?: string;
}

/** The sandbox host; `changes` listeners hear about every write (the grid re-renders). */
export class SandboxHost implements WorkbookHost {
  readonly hf: HyperFormula;
  readonly formats = new SandboxFormats();
  /** The last cell goTo selected (the grid highlights it). */
  selection: CellRef | undefined;
  /** The active sheet (goTo and buildMatrix change it). */
  activeSheet: string | undefined;
  /** Tables by name (HyperFormula has none of its own). */
  readonly tables = new Map<string, SandboxTable>();
  /** Merged areas per sheet (the grid cannot merge; tests and the demo can). */
  private readonly merged = new Map<string, string[]>();
  /** Charts per sheet, as the plans added them (the grid draws them over the cells). */
  private readonly charts = new Map<string, ChartPlan[]>();
  private readonly settings = new Map<string, unknown>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly env: { displayLanguage?: string; dark?: boolean } = {},
    hf?: HyperFormula
  ) {
    this.hf = hf ?? createKpiEngine();
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onChanged(listener: () => void): () => void {
    return this.subscribe(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  /** Sheet names in order. */
  sheetNames(): string[] {
    return this.hf.getSheetNames();
  }

  /** The sheet's values from A1 (errors as { error, message }), as the grid shows them. */
  values(sheet: string): Grid {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) return [];
    return (this.hf.getSheetValues(id) as unknown[][]).map((row) =>
      row.map((v) => {
        if (v && typeof v === "object" && "value" in v) {
          const e = v as { value: string; message?: string };
          return { error: e.value, ...(e.message ? { message: e.message } : {}) };
        }
        return v;
      })
    );
  }

  /** Values and formulas of a sheet, as the Office adapter reads them. */
  cells(sheet: string): SheetCells {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) return { sheet, values: [], formulas: [] };
    const values = this.values(sheet);
    const formulas = (this.hf.getSheetSerialized(id) as unknown[][]).map((row) =>
      row.map((v) => (typeof v === "string" && v.startsWith("'") ? v.slice(1) : v))
    );
    return { sheet, values, formulas };
  }

  /** The formula or constant of one cell (what Excel's formula bar would show). */
  formula(sheet: string, address: string): string | number | boolean | null {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) return null;
    const { row, col } = parseRange(address);
    const f = this.hf.getCellFormula({ sheet: id, row, col });
    if (f !== undefined) return f;
    const v = this.hf.getCellSerialized({ sheet: id, row, col });
    return v === undefined || v === null ? null : (v as string | number | boolean);
  }

  /** Types a value into a cell as a user would (numbers as numbers, text that looks like a formula as a formula). */
  setCell(sheet: string, address: string, input: CellInput | null): void {
    const id = this.sheetId(sheet);
    const { row, col } = parseRange(address);
    this.hf.setCellContents({ sheet: id, row, col }, [[input === "" ? null : input]]);
    // As Excel's table AutoExpansion: typing in the row right under a table adds that row to it.
    if (input !== null && input !== "") {
      for (const t of this.tables.values()) {
        const a = parseRange(t.address);
        if (t.sheet === sheet && row === a.row + a.rows && col >= a.col && col < a.col + a.cols)
          t.address = rangeAddress(a.row, a.col, a.rows + 1, a.cols);
      }
    }
    this.changed();
  }

  /** Merges cells (what a user can do in Excel; the sandbox only remembers it). */
  mergeCells(sheet: string, address: string): void {
    this.merged.set(sheet, [...(this.merged.get(sheet) ?? []), address]);
  }

  async environment(): Promise<HostEnvironment> {
    const displayLanguage =
      this.env.displayLanguage ?? (typeof navigator !== "undefined" ? navigator.language : "en-US");
    return {
      kind: "sandbox",
      displayLanguage,
      lang: langOf(displayLanguage),
      dark: this.env.dark ?? false,
    };
  }

  private sheetId(sheet: string): number {
    const id = this.hf.getSheetId(sheet);
    if (id !== undefined) return id;
    return this.hf.getSheetId(this.hf.addSheet(sheet)) as number;
  }

  /** What the Office adapter's first sync reads: sheets and tables. */
  private inventory(): Inventory {
    const tables: TableInfo[] = [...this.tables].map(([name, t]) => ({
      name,
      sheet: t.sheet,
      address: t.address,
    }));
    return { sheets: this.sheetNames(), tables };
  }

  private cardSnapshot(): CardTableSnapshot | undefined {
    const entry = [...this.tables].find(([n]) => n.toLowerCase() === CARD_TABLE_NAME.toLowerCase());
    if (!entry) return undefined;
    const [name, t] = entry;
    const { row, col, rows, cols } = parseRange(t.address);
    const grid = this.values(t.sheet);
    const line = (r: number): unknown[] =>
      Array.from({ length: cols }, (_, c) => grid[r]?.[col + c] ?? "");
    return {
      table: { name, sheet: t.sheet, address: t.address },
      headers: line(row),
      rows: Array.from({ length: rows - 1 }, (_, i) => line(row + 1 + i)),
      merged: this.merged.get(t.sheet) ?? [],
    };
  }

  async readCards(): Promise<Card[]> {
    const snap = this.cardSnapshot();
    return snap ? readCardGrid(snap) : [];
  }

  private writeCards(p: CardWritePlan | undefined): void {
    if (!p) return;
    if ("refused" in p) throw new WorkbookRefusal(p.refused);
    this.apply(p.plan);
  }

  async saveCards(cards: Card[], options: CardSaveOptions = {}): Promise<void> {
    const lang = options.lang ?? "en";
    const snap = this.cardSnapshot();
    this.writeCards(
      snap
        ? saveCardsPlan(snap, cards, lang, options)
        : { plan: newCardTablePlan(this.inventory(), cards, lang) }
    );
  }

  async deleteCards(codes: string[]): Promise<void> {
    const snap = this.cardSnapshot();
    this.writeCards(snap ? deleteCardsPlan(snap, codes) : undefined);
  }

  async buildMatrix(matrix: Matrix, options: BuildOptions = {}): Promise<MatrixBuildResult> {
    const inv = this.inventory();
    const target = matrixTarget(inv, matrix);
    const planned = planBuildMatrix({
      inv,
      matrix,
      base: options.base,
      lang: options.lang ?? "en",
      target: target ? this.cells(target) : undefined,
      portable: isPortable(originalsCandidates(inv).map((s) => this.cells(s))),
    });
    if ("refused" in planned) throw new WorkbookRefusal(planned.refused);
    this.apply(planned.plan);
    return planned.result;
  }

  /** Moves tables below an insertion or deletion in the same columns, as Excel does. */
  private shiftTables(sheet: string, address: string, by: number): void {
    const r = parseRange(address);
    for (const t of this.tables.values()) {
      if (t.sheet !== sheet) continue;
      const a = parseRange(t.address);
      const overlapCols = a.col < r.col + r.cols && r.col < a.col + a.cols;
      if (overlapCols && a.row >= r.row)
        t.address = rangeAddress(a.row + by, a.col, a.rows, a.cols);
    }
  }

  private step(s: PlanStep): void {
    switch (s.kind) {
      case "addSheet":
        this.sheetId(s.sheet);
        return;
      case "unlistTable":
        this.tables.delete(s.table);
        return;
      case "insertRows": {
        this.hf.addRows(this.sheetId(s.sheet), [s.row, s.count]);
        this.formats.shift(s.sheet, s.row, 0, Number.MAX_SAFE_INTEGER, s.count);
        this.shiftTables(s.sheet, rangeAddress(s.row, 0, s.count, 16384), s.count);
        return;
      }
      case "deleteRows": {
        this.hf.removeRows(this.sheetId(s.sheet), [s.row, s.count]);
        this.formats.shift(s.sheet, s.row + s.count, 0, Number.MAX_SAFE_INTEGER, -s.count);
        this.shiftTables(s.sheet, rangeAddress(s.row, 0, s.count, 16384), -s.count);
        return;
      }
      case "insertCells": {
        const r = parseRange(s.address);
        insertCellsDown(this.hf, this.sheetId(s.sheet), s.address);
        this.formats.shift(s.sheet, r.row, r.col, r.cols, r.rows);
        this.shiftTables(s.sheet, s.address, r.rows);
        return;
      }
      case "deleteCells": {
        const r = parseRange(s.address);
        deleteCellsUp(this.hf, this.sheetId(s.sheet), s.address);
        this.formats.shift(s.sheet, r.row + r.rows, r.col, r.cols, -r.rows);
        this.shiftTables(s.sheet, s.address, -r.rows);
        return;
      }
      case "clearCells": {
        const r = parseRange(s.address);
        writeBlock(
          this.hf,
          this.sheetId(s.sheet),
          r.row,
          r.col,
          Array.from({ length: r.rows }, () => new Array(r.cols).fill(""))
        );
        this.formats.clearArea(s.sheet, s.address);
        return;
      }
      case "clearConditionalFormats":
        this.formats.clearConditional(s.sheet, s.address);
        return;
      case "cells": {
        const r = parseRange(s.address);
        writeBlock(this.hf, this.sheetId(s.sheet), r.row, r.col, s.inputs);
        if (s.numberFormats) this.formats.setNumberFormats(s.sheet, r.row, r.col, s.numberFormats);
        return;
      }
      case "style":
        this.formats.addStyle(s.sheet, s);
        return;
      case "conditionalFormat":
        this.formats.addConditional(s.sheet, s.format);
        return;
      case "addTable":
        this.tables.set(s.name, { sheet: s.sheet, address: s.address, style: s.style });
        return;
      case "addTableColumn": {
        const t = this.tables.get(s.table)!;
        const a = parseRange(t.address);
        writeBlock(this.hf, this.sheetId(t.sheet), a.row, a.col + a.cols, [[s.header]]);
        t.address = rangeAddress(a.row, a.col, a.rows, a.cols + 1);
        return;
      }
      case "addTableRows": {
        const t = this.tables.get(s.table)!;
        const a = parseRange(t.address);
        // As in Excel, rows added to a table push whatever is under it down.
        const at = rangeAddress(a.row + a.rows, a.col, s.inputs.length, a.cols);
        insertCellsDown(this.hf, this.sheetId(t.sheet), at);
        writeBlock(this.hf, this.sheetId(t.sheet), a.row + a.rows, a.col, s.inputs);
        this.formats.setNumberFormats(t.sheet, a.row + a.rows, a.col, s.numberFormats);
        t.address = rangeAddress(a.row, a.col, a.rows + s.inputs.length, a.cols);
        return;
      }
      case "deleteTableRow": {
        const t = this.tables.get(s.table)!;
        const a = parseRange(t.address);
        const row = rangeAddress(a.row + 1 + s.row, a.col, 1, a.cols);
        deleteCellsUp(this.hf, this.sheetId(t.sheet), row);
        this.formats.shift(t.sheet, a.row + 2 + s.row, a.col, a.cols, -1);
        t.address = rangeAddress(a.row, a.col, a.rows - 1, a.cols);
        return;
      }
      case "activate":
        this.activeSheet = s.sheet;
        return;
      case "chart":
        this.charts.set(s.sheet, [
          ...(this.charts.get(s.sheet) ?? []).filter((c) => c.name !== s.chart.name),
          s.chart,
        ]);
        return;
      case "deleteChart":
        this.charts.set(
          s.sheet,
          (this.charts.get(s.sheet) ?? []).filter((c) => c.name !== s.name)
        );
        return;
      case "localFormulas":
        return; // the sandbox engine speaks English only; it never shows #NAME? for KPI names
      case "columnWidths":
      case "freezeRows":
      case "autofitColumns":
        return; // the sandbox grid sizes its own columns and has no frozen panes
    }
  }

  /** Applies a workbook plan: the same data the Office adapter applies. */
  apply(plan: WorkbookPlan): void {
    this.hf.batch(() => {
      for (const s of plan.steps) this.step(s);
    });
    this.changed();
  }

  /** A table's header and body as the Office adapter reads them. */
  private tableGrid(name: string): (TableGrid & { sheet: string }) | undefined {
    const entry = [...this.tables].find(([n]) => n.toLowerCase() === name.toLowerCase());
    if (!entry) return undefined;
    const t = entry[1];
    const { row, col, rows, cols } = parseRange(t.address);
    const grid = this.values(t.sheet);
    const line = (r: number): unknown[] =>
      Array.from({ length: cols }, (_, c) => grid[r]?.[col + c] ?? "");
    return {
      sheet: t.sheet,
      headers: line(row),
      rows: Array.from({ length: rows - 1 }, (_, i) => line(row + 1 + i)),
    };
  }

  /** A table with its name and address, as the Office adapter reads it for a build. */
  private wholeTable(
    name: string
  ): (TableGrid & { name: string; sheet: string; address: string }) | undefined {
    const grid = this.tableGrid(name);
    const entry = [...this.tables].find(([n]) => n.toLowerCase() === name.toLowerCase());
    return grid && entry ? { ...grid, name: entry[0], address: entry[1].address } : undefined;
  }

  async readStaff(): Promise<StaffSnapshot | undefined> {
    const staff = this.tableGrid(STAFF_TABLE_NAME);
    if (!staff) return undefined;
    return {
      sheet: staff.sheet,
      members: readStaffGrid(staff),
      plans: readPlansGrid(this.tableGrid(PLANS_TABLE_NAME)),
    };
  }

  async createStaffTables(members: StaffMember[], options: WriteOptions = {}): Promise<string> {
    const plan = newStaffTablesPlan(this.inventory(), options.lang ?? "en", members);
    this.apply(plan);
    return (plan.steps[0] as { sheet: string }).sheet;
  }

  async buildTeam(request: TeamRequest, options: TeamOptions = {}): Promise<TeamBuildResult> {
    const inv = this.inventory();
    if (isPortable(originalsCandidates(inv).map((s) => this.cells(s)))) {
      throw new WorkbookRefusal({ reason: "portable", sheet: registerSheetOf(inv) ?? "" });
    }
    const matrices = matrixSheets(inv)
      .map((s) => readMatrixCells(this.cells(s)))
      .filter((m): m is NonNullable<typeof m> => m !== undefined);
    const reg = registerSheetOf(inv);
    const plan = planTeamBuild({
      inv,
      lang: options.lang ?? "en",
      request,
      matrices,
      register: reg ? this.cells(reg) : undefined,
      staff: this.wholeTable(STAFF_TABLE_NAME),
      unitFacts: this.wholeTable(UNIT_FACTS_TABLE_NAME),
    });
    let done = 0;
    for (const batch of plan.batches) {
      if (options.cancelled?.()) break;
      this.apply(batch);
      done += 1;
      options.onProgress?.(done, plan.batches.length);
      // Let the page paint the progress between batches, as Excel's round trips do.
      await new Promise((r) => setTimeout(r, 0));
    }
    return {
      results: plan.results,
      registerSheet: plan.registerSheet,
      ...(plan.unitFactsSheet ? { unitFactsSheet: plan.unitFactsSheet } : {}),
      cancelled: done < plan.batches.length,
      done,
      total: plan.batches.length,
    };
  }

  async readMatrix(sheet: string): Promise<MatrixSnapshot | undefined> {
    if (this.hf.getSheetId(sheet) === undefined) return undefined;
    return readMatrixCells(this.cells(sheet))?.snapshot;
  }

  private snapshots(sheets: string[]): MatrixSnapshot[] {
    return sheets
      .map((s) => readMatrixCells(this.cells(s))?.snapshot)
      .filter((s): s is MatrixSnapshot => s !== undefined);
  }

  async listMatrices(): Promise<MatrixSummary[]> {
    return this.snapshots(matrixSheets(this.inventory())).map(summarize);
  }

  async readTeam(): Promise<TeamSnapshot | undefined> {
    const grid = this.tableGrid(REGISTER_TABLE_NAME);
    return grid ? readTeamGrid(grid, this.sheetNames()) : undefined;
  }

  async lint(scope: LintScope): Promise<Finding[]> {
    const inv = this.inventory();
    const sheets =
      scope === "workbook" ? matrixSheets(inv) : inv.sheets.filter((s) => s === scope.sheet);
    const snap = this.cardSnapshot();
    const reg = scope === "workbook" ? registerSheetOf(inv) : undefined;
    const register = reg ? readRegister(this.cells(reg)) : undefined;
    const cards = snap ? readCardGrid(snap) : undefined;
    const readings = sheets
      .map((s) => readMatrixCells(this.cells(s)))
      .filter((m): m is NonNullable<typeof m> => m !== undefined);
    const team = register && {
      ...register,
      ...collectiveLintInput(this.wholeTable(UNIT_FACTS_TABLE_NAME), readings, cards),
    };
    return lintWorkbook({
      cards,
      matrices: readings.map((r) => r.snapshot),
      ...(team ? { team } : {}),
    });
  }

  async goTo(ref: CellRef): Promise<void> {
    this.selection = ref;
    this.activeSheet = ref.sheet;
    this.changed();
  }

  async getSetting(key: string): Promise<unknown> {
    return this.settings.get(key);
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    this.settings.set(key, value);
  }

  /** A sheet's cells and whether the workbook is a portable copy; undefined without the sheet. */
  private sheetAndPortable(sheet: string): { cells: SheetCells; portable: boolean } | undefined {
    if (this.hf.getSheetId(sheet) === undefined) return undefined;
    const portable = isPortable(originalsCandidates(this.inventory()).map((s) => this.cells(s)));
    return { cells: this.cells(sheet), portable };
  }

  /** The selection: the last goTo (or select), else A1 of the active or first sheet. */
  async readSelection(): Promise<AnalysisPreview | AnalysisProblem> {
    const sheet = this.selection?.sheet ?? this.activeSheet ?? this.sheetNames()[0] ?? "";
    const address = this.selection?.address ?? "A1";
    return selectionPreview(this.sheetAndPortable(sheet), sheet, address);
  }

  async analyzeRange(
    request: AnalysisRequest,
    options: WriteOptions = {}
  ): Promise<AnalysisOutcome> {
    const planned = planAnalysis(
      this.sheetAndPortable(request.sheet),
      request,
      options.lang ?? "en"
    );
    if ("problem" in planned) return { ok: false, problem: planned.problem };
    this.apply(planned.plan);
    return { ok: true, result: planned.result };
  }

  async readForecast(sheet: string): Promise<ForecastPreview> {
    return sheetForecastPreview(this.sheetAndPortable(sheet), sheet);
  }

  async writeForecast(
    request: ForecastRequest,
    options: WriteOptions = {}
  ): Promise<ForecastOutcome> {
    const planned = planForecast(
      this.sheetAndPortable(request.sheet),
      request,
      options.lang ?? "en"
    );
    if ("problem" in planned) return { ok: false, problem: planned.problem };
    this.apply(planned.plan);
    return { ok: true, result: planned.result };
  }

  /** The roll-up (src/workbook/rollup-plan.ts): formulas only, the sandbox has no PivotTables. */
  async buildRollup(options: RollupOptions = {}): Promise<RollupResult | undefined> {
    const inv = this.inventory();
    const { register: reg, rollup: roll, staff } = rollupReads(inv);
    if (!reg) return undefined;
    const planned = planRollup({
      inv,
      lang: options.lang ?? "en",
      register: this.cells(reg),
      rollup: roll ? this.cells(roll) : undefined,
      staff: staff
        ? {
            sheet: staff.sheet,
            address: staff.address,
            headers: this.tableGrid(staff.name)?.headers ?? [],
          }
        : undefined,
      weighting: options.weighting,
      onlyIfBuilt: options.onlyIfBuilt,
      pivot: "none",
    });
    if ("missing" in planned) return undefined;
    this.apply(planned.plan);
    return planned.result;
  }

  /** The charts of a sheet, in the order they were added. */
  chartsOn(sheet: string): readonly ChartPlan[] {
    return this.charts.get(sheet) ?? [];
  }

  /** Computes a formula on a sheet (conditional formats' rules), as Excel evaluates them. */
  evaluate(sheet: string, formula: string): unknown {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) return undefined;
    const v = this.hf.calculateFormula(formula, id);
    return Array.isArray(v) ? v[0]?.[0] : v;
  }

  async buildDashboard(
    request: DashboardRequest,
    options: WriteOptions = {}
  ): Promise<DashboardResult | undefined> {
    const inv = this.inventory();
    const reads = dashboardReads(inv, request);
    const history = reads.history ? this.tableGrid(reads.history.name) : undefined;
    const planned = planDashboard({
      inv,
      lang: options.lang ?? "en",
      request,
      matrices: reads.matrices.map((s) => this.cells(s)),
      register: reads.register ? this.cells(reads.register) : undefined,
      history:
        reads.history && history
          ? {
              sheet: reads.history.sheet,
              address: reads.history.address,
              header: history.headers,
              rows: history.rows,
            }
          : undefined,
      dashboards: reads.dashboards.map((s) => ({
        cells: this.cells(s),
        charts: this.chartsOn(s).map((c) => c.name),
      })),
    });
    if ("refused" in planned) throw new WorkbookRefusal(planned.refused);
    if ("empty" in planned) return undefined;
    this.apply(planned.plan);
    return planned.result;
  }

  /** What closing a period reads, as the Office adapter reads it. */
  private periodReads(): PeriodReads {
    const inv = this.inventory();
    const originals = originalsCandidates(inv);
    const cells = new Map(periodSheets(inv, originals).map((s) => [s, this.cells(s)]));
    const tables = new Map<string, TableCells>();
    for (const name of PERIOD_TABLES) {
      const entry = [...this.tables].find(([n]) => n.toLowerCase() === name.toLowerCase());
      if (!entry) continue;
      const [real, t] = entry;
      const a = parseRange(t.address);
      const all = this.cells(t.sheet);
      const cut = (g: Grid) =>
        Array.from({ length: a.rows }, (_, i) =>
          Array.from({ length: a.cols }, (_, j) => g[a.row + i]?.[a.col + j] ?? "")
        );
      tables.set(real, {
        name: real,
        sheet: t.sheet,
        address: t.address,
        values: cut(all.values),
        formulas: cut(all.formulas),
      });
    }
    return { inv, cells, tables, portable: isPortable(originals.map((s) => this.cells(s))) };
  }

  async readPeriods(): Promise<PeriodOverview> {
    return periodOverviewOf(this.periodReads());
  }

  async closePeriod(
    request: PeriodRequest,
    options: PeriodOptions = {}
  ): Promise<PeriodCloseResult> {
    const plan = planClosePeriod(periodInput(this.periodReads(), request, options.lang ?? "en"));
    if ("refused" in plan) throw new WorkbookRefusal(plan.refused);
    const { batches, ...result } = plan;
    let done = 0;
    for (const batch of batches) {
      this.apply(batch);
      done += 1;
      options.onProgress?.(done, batches.length);
      // Let the page paint the progress between batches, as Excel's round trips do.
      await new Promise((r) => setTimeout(r, 0));
    }
    return { ...result, done, total: batches.length };
  }
}
