/**
 * `npm run examples`: writes examples/retail-kpi.xlsx (the DESIGN.md worked example: a card table
 * and a store-director matrix with live KPI formulas, cached values computed by our engine so
 * Excel shows them before it recalculates), its portable twin examples/retail-kpi.portable.xlsx,
 * and examples/clean-kpi.xlsx (a matrix the check finds nothing wrong with: `npm run check`
 * exits 0 on it, while the worked example repeats its article's mistake and exits 1).
 * The sheets come from the task pane's own plans (src/workbook), so the example has the layout
 * the add-in builds.
 */
import ExcelJS from "exceljs";
import * as path from "node:path";
import type { Card, Lang } from "../src/core/card";
import { DEFAULT_BONUS_SCALE, matrixFromCards } from "../src/core/matrix";
import type { Matrix, MatrixAddresses } from "../src/core/matrix/types";
import { createKpiEngine } from "../src/sandbox/engine";
import { cellAddress, parseRange, rangeAddress } from "../src/workbook/a1";
import { newCardTable } from "../src/workbook/card-table";
import { CARD_SHEET, CARD_TABLE_NAME, MATRIX_TABLE_PREFIX } from "../src/workbook/headers";
import { matrixAddresses } from "../src/workbook/matrix-layout";
import { matrixSheetPlan } from "../src/workbook/matrix-plan";
import type { BlockPlan, CellInput } from "../src/workbook/plan";
import { convertWorkbook } from "./portable";

/** The four KPIs of the worked example ("Карта KPI"): 0.6667, 1.9667, 3.3077, 0.6667 → 1.6519. */
export const EXAMPLE_CARDS: Card[] = [
  {
    code: "SALES_VOL",
    name: "Sales volume",
    unit: "units",
    method: "inverse",
    plan: 800,
    weight: 0.45,
  },
  {
    code: "AVG_CHECK",
    name: "Average check",
    unit: "RUB",
    method: "corridor",
    min: 650,
    plan: 950,
    weight: 0.25,
  },
  {
    code: "BUYERS",
    name: "Buyers",
    unit: "people",
    method: "corridor",
    min: 570,
    plan: 700,
    weight: 0.25,
  },
  {
    code: "RETURNING",
    name: "Returning customers",
    unit: "people",
    method: "inverse",
    plan: 80,
    weight: 0.05,
  },
];

const FACTS: Record<string, number> = {
  SALES_VOL: 1200,
  AVG_CHECK: 1240,
  BUYERS: 1000,
  RETURNING: 120,
};

/** Sheet name of the example matrix. */
export const MATRIX_SHEET = "Store director";

/** The example matrix: the worked example's KPIs with their facts, a bonus base and scale. */
export function exampleMatrix(): Matrix {
  const m = matrixFromCards(EXAMPLE_CARDS, {
    name: "KPI matrix: store director",
    employee: "Store director",
    period: "2026-Q1",
  });
  return {
    ...m,
    rows: m.rows.map((r) => ({ ...r, fact: FACTS[r.code] })),
    bonusBase: 50000,
    scale: [...DEFAULT_BONUS_SCALE],
    interpolation: "step",
  };
}

/**
 * Cards of the clean example: methods agree with the KPI library's directions, every KPI has a
 * plan, weights total 100 %, and the shrinkage (a % KPI, lower is better) is typed in percent.
 */
export const CLEAN_CARDS: Card[] = [
  {
    code: "SALES_VOL",
    name: "Sales volume",
    unit: "RUB",
    method: "ratio",
    direction: "higher",
    plan: 800000,
    weight: 0.4,
  },
  {
    code: "AVG_CHECK",
    name: "Average check",
    unit: "RUB",
    method: "corridor",
    direction: "higher",
    min: 650,
    plan: 950,
    weight: 0.25,
  },
  {
    code: "BUYERS",
    name: "Buyers",
    unit: "people",
    method: "corridor",
    direction: "higher",
    min: 570,
    plan: 700,
    weight: 0.2,
  },
  {
    code: "SHRINKAGE",
    name: "Shrinkage",
    unit: "%",
    method: "corridor",
    direction: "lower",
    min: 0.01,
    plan: 0.005,
    max: 0,
    weight: 0.15,
  },
];

const CLEAN_FACTS: Record<string, number> = {
  SALES_VOL: 880000,
  AVG_CHECK: 1010,
  BUYERS: 690,
  SHRINKAGE: 0.006,
};

/** Sheet name of the clean example's matrix. */
export const CLEAN_MATRIX_SHEET = "Sales floor manager";

/** The clean example's matrix: every fact in, the default scale. */
export function cleanMatrix(): Matrix {
  const m = matrixFromCards(CLEAN_CARDS, {
    name: "KPI matrix: sales floor manager",
    employee: "Sales floor manager",
    period: "2026-Q1",
  });
  return {
    ...m,
    rows: m.rows.map((r) => ({ ...r, fact: CLEAN_FACTS[r.code] })),
    bonusBase: 40000,
    scale: [...DEFAULT_BONUS_SCALE],
    interpolation: "step",
  };
}

/** Where the indices, total and bonus of the example matrix are. */
export function exampleAddresses(): MatrixAddresses {
  const m = exampleMatrix();
  return matrixAddresses(m.rows.length, m.scale.length);
}

type Grid = (CellInput | null)[][];

function putBlock(grid: Grid, formats: string[][], block: BlockPlan): void {
  const { row, col } = parseRange(block.address);
  block.inputs.forEach((line, r) => {
    line.forEach((input, c) => {
      while (grid.length <= row + r) grid.push([]);
      while (formats.length <= row + r) formats.push([]);
      grid[row + r][col + c] = input === "" ? null : input;
      const fmt = block.numberFormats?.[r]?.[c];
      if (fmt) formats[row + r][col + c] = fmt;
    });
  });
}

/** One example sheet: inputs (formulas with "="), number formats and its Excel table. */
interface ExampleSheet {
  grid: Grid;
  formats: string[][];
  table: { name: string; address: string; style: string };
}

/** Both sheets as HyperFormula-ready grids (formulas with "="), with number formats and tables. */
export function exampleSheets(
  cardList: readonly Card[] = EXAMPLE_CARDS,
  matrixOf: Matrix = exampleMatrix(),
  matrixSheet = MATRIX_SHEET,
  lang: Lang = "en"
): Record<string, ExampleSheet> {
  const cards = newCardTable([...cardList], lang);
  const plan = matrixSheetPlan(matrixOf, matrixSheet, lang, `${MATRIX_TABLE_PREFIX}1`);
  const matrix = { grid: [] as Grid, formats: [] as string[][] };
  for (const b of plan.blocks) putBlock(matrix.grid, matrix.formats, b);
  const cardsAddress = rangeAddress(0, 0, cards.inputs.length, cards.inputs[0].length);
  return {
    [CARD_SHEET[lang]]: {
      grid: cards.inputs,
      formats: cards.formats,
      table: { name: CARD_TABLE_NAME, address: cardsAddress, style: "TableStyleMedium2" },
    },
    [matrixSheet]: { ...matrix, table: plan.table as ExampleSheet["table"] },
  };
}

/**
 * Makes the sheet's table an Excel table (the add-in finds the card table and matrices by their
 * table names). exceljs writes a table's cells itself, so they are passed as they already are.
 */
function addTable(ws: ExcelJS.Worksheet, table: ExampleSheet["table"]): void {
  const r = parseRange(table.address);
  const cell = (row: number, col: number) => ws.getCell(row + 1, col + 1);
  const names = Array.from({ length: r.cols }, (_, c) =>
    String(cell(r.row, r.col + c).value ?? "")
  );
  const rows = Array.from({ length: r.rows - 1 }, (_, i) =>
    Array.from({ length: r.cols }, (_, c) => cell(r.row + 1 + i, r.col + c).value)
  );
  const formats = rows.map((row, i) => row.map((_, c) => cell(r.row + 1 + i, r.col + c).numFmt));
  ws.addTable({
    name: table.name,
    ref: cellAddress(r.row, r.col),
    headerRow: true,
    style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: names.map((name) => ({ name, filterButton: true })),
    rows: rows as ExcelJS.CellValue[][],
  });
  formats.forEach((row, i) =>
    row.forEach((f, c) => f && (cell(r.row + 1 + i, r.col + c).numFmt = f))
  );
}

/** The workbook with KPI formulas and cached values computed by the KPI engine. */
export function exampleWorkbook(sheets = exampleSheets()): ExcelJS.Workbook {
  const hf = createKpiEngine(
    Object.fromEntries(Object.entries(sheets).map(([n, s]) => [n, s.grid]))
  );
  const wb = new ExcelJS.Workbook();
  wb.creator = "KPI Cards for Excel (npm run examples)";
  for (const [name, { grid, formats, table }] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    const sheet = hf.getSheetId(name) as number;
    grid.forEach((line, r) => {
      line.forEach((input, c) => {
        if (input === null || input === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        if (typeof input === "string" && input.startsWith("=")) {
          const v = hf.getCellValue({ sheet, row: r, col: c });
          const result =
            typeof v === "number" || typeof v === "string"
              ? v
              : v && typeof v === "object"
                ? { error: v.value }
                : undefined;
          cell.value = { formula: input.slice(1), result } as ExcelJS.CellFormulaValue;
        } else {
          cell.value = typeof input === "string" && input.startsWith("'") ? input.slice(1) : input;
        }
        const fmt = formats[r]?.[c];
        if (fmt && fmt !== "General") cell.numFmt = fmt;
      });
    });
    addTable(ws, table);
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((col) => (col.width = 16));
  }
  hf.destroy();
  return wb;
}

/** The clean example (headers in `lang`): a workbook `npm run check` finds nothing wrong with. */
export function cleanWorkbook(lang: Lang = "en"): ExcelJS.Workbook {
  return exampleWorkbook(exampleSheets(CLEAN_CARDS, cleanMatrix(), CLEAN_MATRIX_SHEET, lang));
}

/** Writes examples/clean-kpi.xlsx into `dir`; returns its path. */
export async function writeCleanExample(dir: string): Promise<string> {
  const clean = path.join(dir, "clean-kpi.xlsx");
  await cleanWorkbook().xlsx.writeFile(clean);
  return clean;
}

/** Writes the example files into `dir`. */
export async function writeExamples(
  dir: string
): Promise<{ original: string; portable: string; clean: string }> {
  const original = path.join(dir, "retail-kpi.xlsx");
  const portable = path.join(dir, "retail-kpi.portable.xlsx");
  await exampleWorkbook().xlsx.writeFile(original);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(original);
  convertWorkbook(wb);
  await wb.xlsx.writeFile(portable);
  const clean = await writeCleanExample(dir);
  return { original, portable, clean };
}

if (require.main === module) {
  writeExamples(path.join(__dirname, "..", "examples")).then(
    (files) => console.log(`Wrote ${files.original}, ${files.portable} and ${files.clean}`),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    }
  );
}
