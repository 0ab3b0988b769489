/**
 * A workbook for the Office adapter's tests (the one fake Excel: see fake-excel.ts for the object
 * model over it). Cells live in a HyperFormula engine with the KPI functions, so formulas really
 * calculate and dynamic arrays really spill; tables, number formats (a text-formatted "@" cell
 * keeps what is written as text), styles, conditional formats, merged cells and sheet visibility
 * are recorded the way Excel would hold them. The book also holds what Excel on the web imposes
 * on a sync: a payload `limit`, and `failing` syncs that stop half way.
 */
import { CellType, type HyperFormula } from "hyperformula";
import { createKpiEngine } from "../../src/sandbox/engine";
import { deleteCellsUp, insertCellsDown, writeBlock } from "../../src/sandbox/shift";
import { cellAddress, parseRange, rangeAddress, rangesOverlap } from "../../src/workbook/a1";

/** An error as Office.js reports one: a `code` ("ItemNotFound", …) and a message. */
export function officeError(code: string, detail?: string): Error {
  return Object.assign(new Error(detail === undefined ? code : `${code}: ${detail}`), { code });
}

/** Excel.SheetVisibility. */
export type FakeVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface FakeTable {
  name: string;
  sheet: string;
  row: number;
  col: number;
  /** Rows including the header row. */
  rows: number;
  cols: number;
  style?: string;
  /** A filter hides rows: block writes over several body rows are refused (office-js#224). */
  filtered?: boolean;
}

export interface FakeConditional {
  sheet: string;
  address: string;
  type: string;
  dataBar: { lowerBoundRule?: unknown; positiveFormat: { fillColor?: string } };
  textComparison: {
    format: { fill: { color?: string }; font: { color?: string } };
    rule?: { operator: string; text: string };
  };
  iconSet: { style?: string; criteria?: { type?: string; operator?: string; formula?: string }[] };
  custom: {
    rule: { formula?: string };
    format: { fill: { color?: string }; font: { color?: string } };
  };
  cellValue: {
    rule?: { formula1: string; operator: string };
    format: { fill: { color?: string }; font: { color?: string } };
  };
}

/** A chart as Excel holds it (Worksheet.charts). */
export interface FakeChart {
  sheet: string;
  name: string;
  type: string;
  /** The source range's A1 address as given. */
  source: string;
  seriesBy: string;
  title?: string;
  legend?: boolean;
  position?: { from: string; to?: string };
}

/** A PivotTable (ExcelApi 1.8) as it was added: where, over which table, which fields. */
export interface FakePivot {
  name: string;
  sheet: string;
  /** Its top-left cell. */
  address: string;
  source: string;
  rows: string[];
  values: { field: string; summarizeBy?: string; numberFormat?: string }[];
}

export class FakeBook {
  readonly hf: HyperFormula = createKpiEngine();
  readonly tables: FakeTable[] = [];
  readonly conditional: FakeConditional[] = [];
  readonly charts: FakeChart[] = [];
  /** PivotTables (workbook.pivotTables; worksheet.pivotTables.add). */
  readonly pivots: FakePivot[] = [];
  /** Tables converted to a range while filtered: Excel leaves their filtered-out rows hidden. */
  readonly convertedWhileFiltered: string[] = [];
  readonly numberFormats = new Map<string, string>();
  readonly styles: { sheet: string; address: string; key: string; value: unknown }[] = [];
  readonly frozen = new Map<string, number>();
  /** Sheets not "Visible" (Worksheet.visibility). */
  readonly visibility = new Map<string, FakeVisibility>();
  active: string | undefined;
  selection: { sheet: string; address: string } | undefined;
  /** The workbook's decimal separator (Application.cultureInfo.numberFormat). */
  decimalSeparator = ".";
  /**
   * Plays Russian Excel as office-js#891 reports it: a custom function written through
   * Range.formulas with its English name shows #NAME?; Range.formulasLocal takes Russian names
   * (KPI.ВЫПОЛНЕНИЕ, ЕСЛИ, СУММ) and the locale's list separator.
   */
  russianExcel = false;
  syncCount = 0;

  /**
   * Excel on the web refuses a sync whose request or response passes this many bytes (5 MB).
   * Bytes are the UTF-8 length of the JSON each sync sends or receives (see fake-excel.ts).
   */
  limit = 5 * 1024 * 1024;
  /** Bytes of the largest request a sync sent (what Excel on the web limits to 5 MB). */
  maxRequestBytes = 0;
  /** Bytes of the largest response a sync received (refused responses not counted). */
  maxResponseBytes = 0;
  /** Syncs whose response was refused as larger than `limit`. */
  refusedResponses = 0;
  /**
   * Syncs (by number: the value syncCount takes) that apply the first half of their queued
   * operations and then fail with GeneralException, like a batch Excel stops part way.
   */
  readonly failing = new Set<number>();

  sheetNames(): string[] {
    return this.hf.getSheetNames();
  }

  /**
   * Adds a sheet (names are unique whatever their case, as in Excel), optionally with rows of
   * inputs from A1 as Range.formulas takes them (null, undefined and "" leave a cell empty).
   */
  addSheet(name: string, rows: readonly (readonly unknown[])[] = []): void {
    if (this.hf.doesSheetExist(name)) throw officeError("ItemAlreadyExists", name);
    this.hf.addSheet(name);
    if (rows.length === 0) return;
    const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
    const content = Array.from({ length: rows.length }, (_, r) =>
      Array.from({ length: width }, (_, c) => {
        const v = rows[r][c];
        return v === undefined || v === "" ? null : v;
      })
    );
    this.hf.setSheetContent(this.id(name), content as never);
  }

  /**
   * Deletes a sheet with what it holds (Worksheet.delete). As in Excel, a very hidden sheet
   * cannot be deleted, nor the last visible one.
   */
  deleteSheet(name: string): void {
    const id = this.id(name);
    const shown = this.sheetVisibility(name) === "Visible";
    if (this.sheetVisibility(name) === "VeryHidden")
      throw officeError("InvalidOperation", `the sheet ${name} is very hidden`);
    if (shown && this.visibleSheets().length === 1)
      throw officeError("InvalidOperation", "a workbook keeps at least one visible sheet");
    const real = this.hf.getSheetName(id) as string;
    this.hf.removeSheet(id);
    for (const k of [...this.numberFormats.keys()])
      if (k.startsWith(`${real}!`)) this.numberFormats.delete(k);
    const keepTables = this.tables.filter((t) => t.sheet !== real);
    this.tables.splice(0, this.tables.length, ...keepTables);
    const keepCf = this.conditional.filter((c) => c.sheet !== real);
    this.conditional.splice(0, this.conditional.length, ...keepCf);
    this.merged.delete(real);
    this.frozen.delete(real);
    this.visibility.delete(real);
    if (this.active === real) this.active = undefined;
  }

  sheetVisibility(name: string): FakeVisibility {
    return this.visibility.get(this.hf.getSheetName(this.id(name)) as string) ?? "Visible";
  }

  /** Sets a sheet's visibility (Worksheet.visibility); the last visible sheet cannot be hidden. */
  setVisibility(name: string, value: FakeVisibility): void {
    const real = this.hf.getSheetName(this.id(name)) as string;
    if (!["Visible", "Hidden", "VeryHidden"].includes(value))
      throw officeError("InvalidArgument", `visibility ${String(value)}`);
    const others = this.visibleSheets().filter((n) => n !== real);
    if (value !== "Visible" && others.length === 0)
      throw officeError("InvalidOperation", "a workbook keeps at least one visible sheet");
    if (value === "Visible") this.visibility.delete(real);
    else this.visibility.set(real, value);
  }

  private visibleSheets(): string[] {
    return this.sheetNames().filter((n) => (this.visibility.get(n) ?? "Visible") === "Visible");
  }

  id(sheet: string): number {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) throw officeError("ItemNotFound", `sheet ${sheet}`);
    return id;
  }

  /** Inserts whole blank rows before `row` (0-based), moving everything below down. */
  insertRows(sheet: string, row: number, count: number): void {
    this.hf.addRows(this.id(sheet), [row, count]);
    this.shiftTables(sheet, { row, col: 0, cols: 16384 }, count);
    this.shiftFormats(sheet, row, { col: 0, cols: 16384 }, count);
  }

  /** Deletes whole rows from `row` (0-based), moving everything below up. */
  deleteRows(sheet: string, row: number, count: number): void {
    this.hf.removeRows(this.id(sheet), [row, count]);
    this.shiftTables(sheet, { row, col: 0, cols: 16384 }, -count);
    this.shiftFormats(sheet, row + count, { col: 0, cols: 16384 }, -count);
  }

  /** WorksheetCollection.onChanged handlers; `type` calls them as Excel would. */
  readonly changeHandlers = new Set<() => unknown>();

  /** A user typing into a cell: the value lands and change handlers hear of it. */
  type(sheet: string, address: string, input: unknown): void {
    const r = parseRange(address);
    this.hf.setCellContents({ sheet: this.id(sheet), row: r.row, col: r.col }, [
      [input === "" ? null : input],
    ] as never);
    for (const h of this.changeHandlers) void h();
  }

  /** Merged areas per sheet (A1): writes that touch them fail, as in Excel. */
  readonly merged = new Map<string, string[]>();

  /**
   * Writes inputs as Excel's Range.formulas would: "=…" formulas, "'…" text, "" empty, and null
   * leaves a cell as it is. A cell formatted as text ("@") keeps a written string as text, even
   * one that starts with "=" or looks like a number.
   */
  setInputs(sheet: string, row: number, col: number, inputs: unknown[][]): void {
    const t = this.tables.find(
      (x) =>
        x.filtered &&
        x.sheet === sheet &&
        inputs.length > 1 &&
        row <= x.row + x.rows - 1 &&
        row + inputs.length - 1 > x.row
    );
    if (t) throw officeError("InvalidOperation", `block write across the filtered table ${t.name}`);
    this.refuseMerged(sheet, rangeAddress(row, col, inputs.length, inputs[0]?.length ?? 1));
    const text = inputs.map((line, i) =>
      line.map((v, j) =>
        typeof v === "string" &&
        v !== "" &&
        !v.startsWith("'") &&
        this.numberFormats.get(`${sheet}!${row + i},${col + j}`) === "@"
          ? `'${v}`
          : v
      )
    );
    writeBlock(this.hf, this.id(sheet), row, col, text);
  }

  /** Throws as Excel does when an operation touches merged cells. */
  refuseMerged(sheet: string, address: string): void {
    for (const m of this.merged.get(sheet) ?? []) {
      if (rangesOverlap(address, m)) throw officeError("InvalidOperation", `merged cells at ${m}`);
    }
  }

  /**
   * What a cell holds as typed: a formula "=…", a number, text (with its leading "'" when it was
   * typed with one); undefined for an empty cell and for a cell a dynamic array spilled into.
   */
  input(sheet: string, address: string): unknown {
    const r = parseRange(address);
    const at = { sheet: this.id(sheet), row: r.row, col: r.col };
    if (this.hf.getCellType(at) === CellType.ARRAY) return undefined;
    const v = this.hf.getCellSerialized(at);
    return v === null || v === undefined || v === "" ? undefined : v;
  }

  /** Every non-empty input of a sheet by A1 address (spilled cells are not inputs). */
  inputs(sheet: string): Map<string, unknown> {
    const out = new Map<string, unknown>();
    const grid = this.hf.getSheetSerialized(this.id(sheet)) as unknown[][];
    grid.forEach((line, r) =>
      line.forEach((_, c) => {
        const v = this.input(sheet, cellAddress(r, c));
        if (v !== undefined) out.set(cellAddress(r, c), v);
      })
    );
    return out;
  }

  /** The area a dynamic array formula at (row, col) spills into (more than one cell), if any. */
  spill(sheet: string, row: number, col: number): { rows: number; cols: number } | undefined {
    const id = this.id(sheet);
    if (this.hf.getCellType({ sheet: id, row, col }) !== CellType.ARRAYFORMULA) return undefined;
    const child = (r: number, c: number) =>
      this.hf.getCellType({ sheet: id, row: r, col: c }) === CellType.ARRAY;
    let rows = 1;
    let cols = 1;
    while (child(row + rows, col)) rows++;
    while (child(row, col + cols)) cols++;
    return rows * cols > 1 ? { rows, cols } : undefined;
  }

  /** Inserts blank cells over an area, moving the cells below down (Range.insert("Down")). */
  insertCells(sheet: string, address: string): void {
    this.refuseMerged(sheet, address);
    const r = parseRange(address);
    insertCellsDown(this.hf, this.id(sheet), address);
    this.shiftTables(sheet, r, r.rows);
    this.shiftFormats(sheet, r.row, r, r.rows);
  }

  /** Deletes an area's cells, moving the cells below up (Range.delete("Up")). */
  deleteCells(sheet: string, address: string): void {
    this.refuseMerged(sheet, address);
    const r = parseRange(address);
    deleteCellsUp(this.hf, this.id(sheet), address);
    this.shiftTables(sheet, r, -r.rows);
    this.shiftFormats(sheet, r.row + r.rows, r, -r.rows);
  }

  private shiftFormats(
    sheet: string,
    from: number,
    r: { col: number; cols: number },
    by: number
  ): void {
    const moved: [string, string][] = [];
    for (const [k, v] of [...this.numberFormats]) {
      const m = /^(.*)!(\d+),(\d+)$/.exec(k);
      if (!m || m[1] !== sheet) continue;
      const row = Number(m[2]);
      const col = Number(m[3]);
      if (col < r.col || col >= r.col + r.cols || row < from) continue;
      this.numberFormats.delete(k);
      if (by < 0 && row < from - by) continue;
      moved.push([`${sheet}!${row + by},${col}`, v]);
    }
    for (const [k, v] of moved) this.numberFormats.set(k, v);
  }

  private shiftTables(
    sheet: string,
    r: { row: number; col: number; cols: number },
    by: number
  ): void {
    for (const t of this.tables) {
      if (t.sheet !== sheet) continue;
      const overlap = t.col < r.col + r.cols && r.col < t.col + t.cols;
      if (overlap && t.row >= r.row) t.row += by;
    }
  }

  /** Values as Range.values returns them: errors as "#DIV/0!" text, blanks as "". */
  values(sheet: string, row: number, col: number, rows: number, cols: number): unknown[][] {
    const id = this.id(sheet);
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => {
        const v = this.hf.getCellValue({ sheet: id, row: row + i, col: col + j });
        if (v === null || v === undefined) return "";
        if (typeof v === "object" && "value" in (v as object))
          return (v as { value: string }).value;
        return v;
      })
    );
  }

  /** What Range.formulas returns: the formula, or the constant (text without its apostrophe). */
  formulas(sheet: string, row: number, col: number, rows: number, cols: number): unknown[][] {
    const id = this.id(sheet);
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => {
        const v = this.hf.getCellSerialized({ sheet: id, row: row + i, col: col + j });
        if (v === null || v === undefined) return "";
        return typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
      })
    );
  }

  /** A1 formula or value of one cell. */
  formula(sheet: string, address: string): unknown {
    const r = parseRange(address);
    return this.formulas(sheet, r.row, r.col, 1, 1)[0][0];
  }

  /** The used range (values only count), as Excel's getUsedRange would report it. */
  used(sheet: string): { row: number; col: number; rows: number; cols: number } | undefined {
    const v = this.hf.getSheetSerialized(this.id(sheet)) as unknown[][];
    let r0 = Infinity,
      c0 = Infinity,
      r1 = -1,
      c1 = -1;
    v.forEach((line, r) =>
      line.forEach((x, c) => {
        if (x === null || x === undefined || x === "") return;
        r0 = Math.min(r0, r);
        c0 = Math.min(c0, c);
        r1 = Math.max(r1, r);
        c1 = Math.max(c1, c);
      })
    );
    return r1 < 0 ? undefined : { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  setNumberFormats(sheet: string, row: number, col: number, formats: unknown[][]): void {
    formats.forEach((r, i) =>
      r.forEach((f, j) => {
        if (f !== null && f !== undefined)
          this.numberFormats.set(`${sheet}!${row + i},${col + j}`, String(f));
      })
    );
  }

  numberFormat(sheet: string, address: string): string | undefined {
    const r = parseRange(address);
    return this.numberFormats.get(`${sheet}!${r.row},${r.col}`);
  }

  /**
   * Clears an area (Range.clear): "All" clears contents and number formats, "Contents" only the
   * contents.
   */
  clear(sheet: string, address: string, applyTo: "All" | "Contents" = "All"): void {
    const r = parseRange(address);
    this.hf.setCellContents(
      { sheet: this.id(sheet), row: r.row, col: r.col },
      Array.from({ length: r.rows }, () => new Array(r.cols).fill(null))
    );
    if (applyTo === "Contents") return;
    for (let i = 0; i < r.rows; i++)
      for (let j = 0; j < r.cols; j++)
        this.numberFormats.delete(`${sheet}!${r.row + i},${r.col + j}`);
  }

  table(name: string): FakeTable {
    const t = this.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!t) throw officeError("ItemNotFound", `table ${name}`);
    return t;
  }

  tableAddress(t: FakeTable): string {
    return rangeAddress(t.row, t.col, t.rows, t.cols);
  }

  /** Sorts a table's body by one column, as a user would with the header's sort button. */
  sortTable(name: string, col: number, descending = false): void {
    const t = this.table(name);
    const id = this.id(t.sheet);
    const body = this.hf.getRangeSerialized({
      start: { sheet: id, row: t.row + 1, col: t.col },
      end: { sheet: id, row: t.row + t.rows - 1, col: t.col + t.cols - 1 },
    }) as unknown[][];
    body.sort(
      (a, b) => String(a[col] ?? "").localeCompare(String(b[col] ?? "")) * (descending ? -1 : 1)
    );
    this.hf.setCellContents({ sheet: id, row: t.row + 1, col: t.col }, body as never);
  }
}
