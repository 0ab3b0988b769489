/**
 * A WorkbookHost over a HyperFormula engine with the KPI functions (dev-only: HyperFormula is
 * GPL-3.0). It applies the same plans as the Office adapter, so the sandbox page and the e2e
 * tests exercise the task pane against live recalculation.
 */
import type { HyperFormula } from "hyperformula";
import type { Card, Lang } from "../core/card";
import { lintWorkbook, type Finding, type LintScope } from "../core/lint";
import { keepFacts } from "../core/matrix";
import type { CellRef, Matrix, MatrixSnapshot, MatrixSummary } from "../core/matrix/types";
import { cellAddress, parseRange, rangeAddress } from "../workbook/a1";
import {
  newCardTable,
  planCardSave,
  readCardGrid,
  rowsToDelete,
  type CardGrid,
} from "../workbook/card-table";
import { CARD_SHEET, CARD_TABLE_NAME, MATRIX_TABLE_PREFIX } from "../workbook/headers";
import type { HostEnvironment, WorkbookHost, WriteOptions } from "../workbook/host";
import { matrixLastRow, readMatrixGrid, summarize, type Grid } from "../workbook/matrix-read";
import { matrixSheetPlan } from "../workbook/matrix-plan";
import { uniqueSheetName } from "../workbook/sheet-names";
import type { CellInput, SheetPlan } from "../workbook/plan";
import { createKpiEngine } from "./engine";
import { SandboxFormats } from "./formats";

/** A table the sandbox keeps in place of an Excel table (HyperFormula has none). */
interface SandboxTable {
  sheet: string;
  /** A1 range including the header row. */
  address: string;
}

/** The sandbox host; `changes` listeners hear about every write (the grid re-renders). */
export class SandboxHost implements WorkbookHost {
  readonly hf: HyperFormula;
  readonly formats = new SandboxFormats();
  /** The last cell goTo selected (the grid highlights it). */
  selection: CellRef | undefined;
  /** The active sheet (goTo and buildMatrix change it). */
  activeSheet: string | undefined;
  private readonly tables = new Map<string, SandboxTable>();
  private readonly settings = new Map<string, unknown>();
  private readonly listeners = new Set<() => void>();
  private tableCounter = 0;

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
    this.changed();
  }

  async environment(): Promise<HostEnvironment> {
    const displayLanguage =
      this.env.displayLanguage ?? (typeof navigator !== "undefined" ? navigator.language : "en-US");
    const lang: Lang = displayLanguage.toLowerCase().startsWith("ru") ? "ru" : "en";
    return { kind: "sandbox", displayLanguage, lang, dark: this.env.dark ?? false };
  }

  private sheetId(sheet: string): number {
    const id = this.hf.getSheetId(sheet);
    if (id !== undefined) return id;
    return this.hf.getSheetId(this.hf.addSheet(sheet)) as number;
  }

  /** Writes a block of inputs ("" becomes an empty cell, as in Excel). */
  private write(sheet: string, address: string, inputs: CellInput[][], formats?: string[][]): void {
    const { row, col } = parseRange(address);
    const id = this.sheetId(sheet);
    this.hf.setCellContents(
      { sheet: id, row, col },
      inputs.map((r) => r.map((v) => (v === "" ? null : v)))
    );
    if (formats) this.formats.setNumberFormats(sheet, row, col, formats);
  }

  private cardTable(): SandboxTable | undefined {
    return this.tables.get(CARD_TABLE_NAME);
  }

  private readTable(t: SandboxTable): CardGrid {
    const { row, col, rows, cols } = parseRange(t.address);
    const grid = this.values(t.sheet);
    const line = (r: number): unknown[] =>
      Array.from({ length: cols }, (_, c) => grid[r]?.[col + c] ?? null);
    return {
      headers: line(row),
      rows: Array.from({ length: rows - 1 }, (_, i) => line(row + 1 + i)),
    };
  }

  async readCards(): Promise<Card[]> {
    const t = this.cardTable();
    return t ? readCardGrid(this.readTable(t)) : [];
  }

  async saveCards(cards: Card[], options: WriteOptions = {}): Promise<void> {
    const lang = options.lang ?? "en";
    const t = this.cardTable();
    if (!t) {
      const sheet = uniqueSheetName(CARD_SHEET[lang], this.sheetNames());
      const { inputs, formats } = newCardTable(cards, lang);
      const address = rangeAddress(0, 0, inputs.length, inputs[0].length);
      this.write(sheet, address, inputs, formats);
      this.tables.set(CARD_TABLE_NAME, { sheet, address });
    } else {
      const grid = this.readTable(t);
      const plan = planCardSave(grid, cards, lang);
      const r0 = parseRange(t.address);
      plan.addColumns.forEach((c, i) =>
        this.write(t.sheet, cellAddress(r0.row, r0.col + r0.cols + i), [[c.header]])
      );
      for (const u of plan.updates) {
        this.write(
          t.sheet,
          cellAddress(r0.row + 1 + u.row, r0.col + u.col),
          [[u.input]],
          [[u.numberFormat]]
        );
      }
      if (plan.appends.length) {
        const at = rangeAddress(
          r0.row + r0.rows,
          r0.col,
          plan.appends.length,
          plan.appends[0].length
        );
        this.write(t.sheet, at, plan.appends, plan.appendFormats);
      }
      t.address = rangeAddress(
        r0.row,
        r0.col,
        r0.rows + plan.appends.length,
        r0.cols + plan.addColumns.length
      );
    }
    this.changed();
  }

  async deleteCards(codes: string[]): Promise<void> {
    const t = this.cardTable();
    if (!t) return;
    const r0 = parseRange(t.address);
    const id = this.sheetId(t.sheet);
    const drop = new Set(rowsToDelete(this.readTable(t), codes));
    if (drop.size === 0) return;
    // Rewrite the table body without the deleted rows (constants and formulas as they are),
    // blanking the rows freed at the bottom; cells outside the table stay where they are.
    const body = this.hf.getRangeSerialized({
      start: { sheet: id, row: r0.row + 1, col: r0.col },
      end: { sheet: id, row: r0.row + r0.rows - 1, col: r0.col + r0.cols - 1 },
    }) as unknown[][];
    const kept = body.filter((_, i) => !drop.has(i));
    const blanks = Array.from({ length: drop.size }, () => new Array(r0.cols).fill(null));
    this.hf.setCellContents({ sheet: id, row: r0.row + 1, col: r0.col }, [
      ...kept,
      ...blanks,
    ] as never[][]);
    t.address = rangeAddress(r0.row, r0.col, r0.rows - drop.size, r0.cols);
    this.changed();
  }

  async buildMatrix(matrix: Matrix, options: WriteOptions = {}): Promise<string> {
    const lang = options.lang ?? "en";
    const target =
      matrix.sheet && this.hf.getSheetId(matrix.sheet) !== undefined ? matrix.sheet : undefined;
    // Only a sheet that holds a matrix is rebuilt in place; any other sheet is left alone.
    const old = target ? readMatrixGrid(target, this.values(target)) : undefined;
    const sheet = old ? old.sheet : uniqueSheetName(matrix.name || "KPI", this.sheetNames());
    const plan = matrixSheetPlan(keepFacts(matrix, old?.matrix), sheet, lang, this.nextTableName());
    if (old) {
      const id = this.sheetId(sheet);
      const width = parseRange(plan.area).cols;
      this.hf.setCellContents(
        { sheet: id, row: 0, col: 0 },
        Array.from({ length: matrixLastRow(old) + 1 }, () => new Array(width).fill(null))
      );
      this.formats.clear(sheet);
      // As in Excel: a growing matrix pushes the user's rows below it down, never over them.
      const grow = parseRange(plan.area).rows - (matrixLastRow(old) + 1);
      if (grow > 0) this.hf.addRows(id, [matrixLastRow(old) + 1, grow]);
      for (const [name, t] of this.tables) if (t.sheet === sheet) this.tables.delete(name);
    }
    this.apply(plan);
    this.activeSheet = sheet;
    this.changed();
    return sheet;
  }

  private nextTableName(): string {
    this.tableCounter += 1;
    return `${MATRIX_TABLE_PREFIX}${this.tableCounter}`;
  }

  /** Applies a sheet plan: the same data the Office adapter applies. */
  apply(plan: SheetPlan): void {
    this.hf.batch(() => {
      for (const b of plan.blocks) this.write(plan.sheet, b.address, b.inputs, b.numberFormats);
    });
    this.formats.applyPlan(plan);
    if (plan.table)
      this.tables.set(plan.table.name, { sheet: plan.sheet, address: plan.table.address });
  }

  async readMatrix(sheet: string): Promise<MatrixSnapshot | undefined> {
    if (this.hf.getSheetId(sheet) === undefined) return undefined;
    return readMatrixGrid(sheet, this.values(sheet));
  }

  private snapshots(): MatrixSnapshot[] {
    return this.sheetNames()
      .map((s) => readMatrixGrid(s, this.values(s)))
      .filter((s): s is MatrixSnapshot => s !== undefined);
  }

  async listMatrices(): Promise<MatrixSummary[]> {
    return this.snapshots().map(summarize);
  }

  async lint(scope: LintScope): Promise<Finding[]> {
    const matrices =
      scope === "workbook"
        ? this.snapshots()
        : [await this.readMatrix(scope.sheet)].filter((s): s is MatrixSnapshot => !!s);
    const cards = this.cardTable() ? await this.readCards() : undefined;
    return lintWorkbook({ cards, matrices });
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
}
