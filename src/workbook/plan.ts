/**
 * A sheet plan: what to write, as pure data. The Office adapter applies it in one Excel.run
 * batch; the sandbox applies the same plan to HyperFormula.
 */

/** One cell's input: a number, a boolean, text (already escaped), a formula ("=…") or "" (blank). */
export type CellInput = string | number | boolean;

/**
 * A rectangle of inputs written in one go, with optional per-cell number formats. A null cell
 * is left exactly as it is (Office.js: "null in a 2-D array leaves that cell unchanged").
 */
export interface BlockPlan {
  /** A1 address of the whole rectangle. */
  address: string;
  /** Rows × columns; formulas start with "=" and use English function names and separators. */
  inputs: (CellInput | null)[][];
  /** Same shape, or undefined to leave formats alone; null leaves one cell's format. */
  numberFormats?: (string | null)[][];
}

/** Font and fill for a range (colours as #RRGGBB). */
export interface StylePlan {
  address: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: "Left" | "Center" | "Right";
  borderTop?: boolean;
}

/** Conditional formats: data bars on the index, colours on the status tokens. */
export type ConditionalFormatPlan =
  | { kind: "dataBar"; address: string; color: string }
  | { kind: "textEquals"; address: string; text: string; fill: string; fontColor: string }
  /**
   * Three traffic lights (ExcelApi 1.6): red below the first criterion, amber from it, green
   * from the second. Criteria are formulas ("=$B$3"), so thresholds typed in cells rule.
   */
  | { kind: "iconSet"; address: string; style: "threeTrafficLights1"; criteria: [string, string] }
  /** A fill and font colour where the cell's value is this number (ExcelApi 1.6, cellValue). */
  | { kind: "valueEquals"; address: string; value: number; fill: string; fontColor: string }
  /** A fill and font colour where a formula (absolute references) is TRUE. */
  | { kind: "formula"; address: string; formula: string; fill: string; fontColor: string };

/** A native Excel chart over cells of its sheet (ExcelApi 1.1), as data. */
export interface ChartPlan {
  /** Unique on its sheet; a rebuild deletes the chart by this name. */
  name: string;
  /** "bar": vertical bars (Excel's clustered column chart); "line": lines with markers. */
  type: "bar" | "line";
  /** A1 address of the data, header row and category column included (top-left cell blank). */
  source: string;
  seriesBy: "columns";
  title: string;
  legend: boolean;
  /** The cells the chart covers: top-left and bottom-right. */
  from: string;
  to: string;
}

/** An Excel table over a range whose first row holds the headers. */
export interface TablePlan {
  name: string;
  address: string;
  style: string;
}

/** Everything a matrix sheet (or the card table sheet when created) holds. */
export interface SheetPlan {
  sheet: string;
  blocks: BlockPlan[];
  styles: StylePlan[];
  conditionalFormats: ConditionalFormatPlan[];
  table?: TablePlan;
  /** Column widths in points, from column A. */
  columnWidths: number[];
  /** Rows to freeze at the top (0: none). */
  freezeRows: number;
  /** The area the plan owns (cleared before a rebuild). */
  area: string;
  /** Cells the user types into (facts, base, scale): an input style marks them. */
  inputs: string[];
}

/**
 * One step of a workbook plan. Adapters apply the steps in order and decide nothing: every
 * address is final (A1 on its sheet), every input is what the cell gets.
 */
export type PlanStep =
  /** Adds a worksheet (the planner has chosen a name no sheet has). */
  | { kind: "addSheet"; sheet: string }
  /** Clears a table's filter and turns it into a plain range (its cells stay). */
  | { kind: "unlistTable"; table: string }
  /** Inserts whole blank rows before `row` (0-based): everything from it down moves down. */
  | { kind: "insertRows"; sheet: string; row: number; count: number }
  /** Deletes whole rows from `row` (0-based): everything below moves up. */
  | { kind: "deleteRows"; sheet: string; row: number; count: number }
  /** Inserts blank cells, moving the cells below down (only within the address's columns). */
  | { kind: "insertCells"; sheet: string; address: string }
  /** Deletes cells, moving the cells below up (only within the address's columns). */
  | { kind: "deleteCells"; sheet: string; address: string }
  /** Clears contents and formats of cells the add-in owned and no longer needs. */
  | { kind: "clearCells"; sheet: string; address: string }
  /** Removes the conditional formats of an area (before the planner adds its own again). */
  | { kind: "clearConditionalFormats"; sheet: string; address: string }
  /** Writes a block of inputs (and number formats). */
  | ({ kind: "cells"; sheet: string } & BlockPlan)
  /** Sets font, fill, alignment or a border on an area. */
  | ({ kind: "style"; sheet: string } & StylePlan)
  | { kind: "conditionalFormat"; sheet: string; format: ConditionalFormatPlan }
  /** Makes an Excel table over an area whose first row holds the headers. */
  | ({ kind: "addTable"; sheet: string } & TablePlan)
  /** Appends a column with this header at an existing table's right. */
  | { kind: "addTableColumn"; table: string; header: string }
  /** Appends rows at an existing table's bottom (they land at `address`), with number formats. */
  | {
      kind: "addTableRows";
      table: string;
      sheet: string;
      address: string;
      inputs: CellInput[][];
      numberFormats: string[][];
    }
  /** Writes formulas in the user's language (Range.formulasLocal); null leaves a cell. */
  | { kind: "localFormulas"; sheet: string; address: string; formulas: (string | null)[][] }
  /** Fits column widths to their contents. */
  | { kind: "autofitColumns"; sheet: string; address: string }
  /** Deletes one data row of a table (0-based within the data rows). */
  | { kind: "deleteTableRow"; table: string; row: number }
  | { kind: "columnWidths"; sheet: string; widths: number[] }
  | { kind: "freezeRows"; sheet: string; rows: number }
  | { kind: "activate"; sheet: string }
  /** Adds a chart (ExcelApi 1.1). */
  | { kind: "chart"; sheet: string; chart: ChartPlan }
  /** Deletes the chart of that name on the sheet. */
  | { kind: "deleteChart"; sheet: string; name: string }
  /** Deletes a PivotTable by name (ExcelApi 1.8; the planner knows it exists). */
  | { kind: "deletePivotTable"; name: string }
  /**
   * Adds a PivotTable over a table (ExcelApi 1.8) at `address` (its top-left cell): `rows` and
   * `values` name the table's headers; the planner only asks for it where Excel supports it.
   */
  | {
      kind: "addPivotTable";
      name: string;
      sheet: string;
      address: string;
      source: string;
      rows: string[];
      values: { field: string; summarizeBy: "Sum" | "Average" | "Count"; numberFormat?: string }[];
    };

/**
 * Cells whose KPI formulas the plan wrote, to read back after writing: where Excel shows #NAME?
 * for them (localized Excel, office-js#891), the adapter rewrites them in the local language.
 */
export interface KpiFormulaArea {
  sheet: string;
  address: string;
  /** Same shape as the area: the KPI formula written there, null for other cells. */
  formulas: (string | null)[][];
}

/** What a workbook change does, as data; `steps` empty when nothing needs writing. */
export interface WorkbookPlan {
  steps: PlanStep[];
  /** KPI formulas written, to read back (see KpiFormulaArea). */
  kpiFormulas?: KpiFormulaArea[];
}

/** The KPI formulas among a block's inputs, as an area to read back; undefined when none. */
export function kpiFormulasOf(sheet: string, block: BlockPlan): KpiFormulaArea | undefined {
  let any = false;
  const formulas = block.inputs.map((line) =>
    line.map((v) => {
      const kpi = typeof v === "string" && v.startsWith("=") && /KPI\./i.test(v);
      any ||= kpi;
      return kpi ? (v as string) : null;
    })
  );
  return any ? { sheet, address: block.address, formulas } : undefined;
}

/** The steps that write a sheet plan onto its sheet (cells, styles, table, formats, widths). */
export function sheetPlanSteps(plan: SheetPlan): PlanStep[] {
  const sheet = plan.sheet;
  const steps: PlanStep[] = [];
  for (const b of plan.blocks) steps.push({ kind: "cells", sheet, ...b });
  for (const s of plan.styles) steps.push({ kind: "style", sheet, ...s });
  if (plan.table) steps.push({ kind: "addTable", sheet, ...plan.table });
  for (const c of plan.conditionalFormats)
    steps.push({ kind: "conditionalFormat", sheet, format: c });
  if (plan.columnWidths.length)
    steps.push({ kind: "columnWidths", sheet, widths: plan.columnWidths });
  if (plan.freezeRows > 0) steps.push({ kind: "freezeRows", sheet, rows: plan.freezeRows });
  return steps;
}

/**
 * Plan data a batch of steps may hold. Excel on the web refuses requests over 5 MB; the estimate
 * counts the steps' JSON, and the request Office sends is about a fifth larger (4.7 MB measured
 * for a 4 MB estimate with the fake Excel), so batches stop at 3.5 MB.
 */
export const BATCH_BYTES = 3_500_000;

/** Groups of steps packed into batches of at most `maxBytes` of plan data; a group is never split. */
export function packBatches(groups: readonly PlanStep[][], maxBytes: number): WorkbookPlan[] {
  const batches: WorkbookPlan[] = [];
  let current: PlanStep[] = [];
  let bytes = 0;
  for (const g of groups) {
    if (g.length === 0) continue;
    const size = JSON.stringify(g).length;
    if (current.length > 0 && bytes + size > maxBytes) {
      batches.push({ steps: current });
      current = [];
      bytes = 0;
    }
    current.push(...g);
    bytes += size;
  }
  if (current.length > 0) batches.push({ steps: current });
  return batches;
}
