/**
 * examples/dashboard-kpi.xlsx: the store director's matrix (the DESIGN.md worked example, facts
 * in) and its dashboard sheet as the add-in builds it (src/workbook/dashboard-plan.ts): tiles of
 * live references, the ranking, data bars, traffic-light icon sets, colours by status and the
 * ranking's bar chart. The file is a portable copy (`npm run portable`'s conversion): every
 * KPI.* formula of the matrix is a native formula (originals kept, so the add-in can restore
 * them), so Excel without the add-in and LibreOffice compute the matrix and the dashboard.
 * exceljs cannot write charts, so the chart parts are added to its output (xlsx-charts.ts).
 */
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import { createKpiEngine } from "../src/sandbox/engine";
import type { Matrix } from "../src/core/matrix/types";
import { parseRange, rangeAddress } from "../src/workbook/a1";
import { CARD_TABLE_NAME, MATRIX_TABLE_PREFIX } from "../src/workbook/headers";
import { planDashboard, type DashboardResult } from "../src/workbook/dashboard-plan";
import {
  HISTORY_SHEET as HISTORY_NAMES,
  HISTORY_TABLE_NAME,
  historyHeaders,
} from "../src/workbook/history";
import type { CellInput, ChartPlan, ConditionalFormatPlan, PlanStep } from "../src/workbook/plan";
import { exampleMatrix, exampleSheets, exampleWorkbook, MATRIX_SHEET } from "./make-examples";
import { convertWorkbook } from "./portable";
import { addCharts } from "./xlsx-charts";

export const DASHBOARD_EXAMPLE = "dashboard-kpi.xlsx";
const HISTORY_SHEET = HISTORY_NAMES.en;

type Steps<K extends PlanStep["kind"]> = Extract<PlanStep, { kind: K }>[];

/** Two closed periods of the store director in History (indices as a period close keeps them). */
const HISTORY: [string, Record<string, number>][] = [
  ["2026-Q3", { SALES_VOL: 1.12, AVG_CHECK: 1.35, BUYERS: 1.6, RETURNING: 0.9 }],
  ["2026-Q4", { SALES_VOL: 0.95, AVG_CHECK: 1.6, BUYERS: 2.1, RETURNING: 0.75 }],
];

/** The History sheet: the KpiHistory table with its fixed columns (src/workbook/history.ts). */
function historySheet(matrix: Matrix) {
  const header = historyHeaders("en");
  const rows: CellInput[][] = [header];
  for (const [period, indices] of HISTORY)
    for (const r of matrix.rows)
      rows.push([
        `'${period}`,
        matrix.employee,
        "Store 1",
        r.code,
        r.weight,
        r.min ?? "",
        r.plan ?? "",
        r.max ?? "",
        "",
        indices[r.code],
        indices[r.code] * r.weight,
        "",
      ]);
  const address = rangeAddress(0, 0, rows.length, header.length);
  return {
    grid: rows,
    formats: rows.map((line, i) =>
      line.map((_, c) => (i > 0 && (c === 4 || c >= 9) ? "0.0%" : "General"))
    ),
    table: { name: HISTORY_TABLE_NAME, address, style: "TableStyleLight1" },
  };
}

/** The example's sheets and the dashboard plan over them (what the pane would write). */
export function dashboardExample() {
  // Excel reserves the sheet name "History" (exceljs refuses it too): the example's is
  // "KPI history"; the dashboard finds History by its table, KpiHistory.
  const sheets: ReturnType<typeof exampleSheets> = {
    ...exampleSheets(),
    [HISTORY_SHEET]: historySheet(exampleMatrix()),
  };
  const names = Object.keys(sheets);
  const hf = createKpiEngine(Object.fromEntries(names.map((n) => [n, sheets[n].grid])));
  const values = (hf.getSheetValues(hf.getSheetId(MATRIX_SHEET) as number) as unknown[][]).map(
    (row) => row.map((v) => (v && typeof v === "object" && "value" in v ? { error: v.value } : v))
  );
  hf.destroy();
  const planned = planDashboard({
    inv: {
      sheets: names,
      tables: [
        { name: CARD_TABLE_NAME, sheet: names[0], address: sheets[names[0]].table.address },
        {
          name: `${MATRIX_TABLE_PREFIX}1`,
          sheet: MATRIX_SHEET,
          address: sheets[MATRIX_SHEET].table.address,
        },
        {
          name: HISTORY_TABLE_NAME,
          sheet: HISTORY_SHEET,
          address: sheets[HISTORY_SHEET].table.address,
        },
      ],
    },
    history: {
      sheet: HISTORY_SHEET,
      address: sheets[HISTORY_SHEET].table.address,
      header: sheets[HISTORY_SHEET].grid[0],
      rows: sheets[HISTORY_SHEET].grid
        .slice(1)
        .map((r) => r.map((v) => (typeof v === "string" && v.startsWith("'") ? v.slice(1) : v))),
    },
    lang: "en",
    request: { scope: "matrix", sheet: MATRIX_SHEET },
    matrices: [{ sheet: MATRIX_SHEET, values, formulas: sheets[MATRIX_SHEET].grid }],
    dashboards: [],
  });
  if (!("plan" in planned)) throw new Error("the example matrix gives no dashboard");
  const steps = planned.plan.steps;
  const of = <K extends PlanStep["kind"]>(k: K) => steps.filter((s) => s.kind === k) as Steps<K>;
  return { sheets, result: planned.result, steps, of };
}

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

/** Each plan conditional format as an exceljs rule (same criteria, same cells). */
function rule(c: ConditionalFormatPlan, priority: number): ExcelJS.ConditionalFormattingRule {
  switch (c.kind) {
    case "dataBar":
      return {
        type: "dataBar",
        priority,
        gradient: false,
        cfvo: [{ type: "num", value: 0 }, { type: "max" }],
        color: { argb: argb(c.color) },
      } as ExcelJS.ConditionalFormattingRule;
    case "iconSet":
      return {
        type: "iconSet",
        priority,
        iconSet: "3TrafficLights1",
        cfvo: [
          { type: "percent", value: 0 },
          { type: "formula", value: c.criteria[0].slice(1) as unknown as number },
          { type: "formula", value: c.criteria[1].slice(1) as unknown as number },
        ],
      };
    case "formula":
      return {
        type: "expression",
        priority,
        formulae: [c.formula.slice(1)],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(c.fill) } },
          font: { color: { argb: argb(c.fontColor) } },
        },
      };
    default:
      return {
        type: "containsText",
        priority,
        operator: "containsText",
        text: (c as Extract<ConditionalFormatPlan, { kind: "textEquals" }>).text,
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(c.fill) } },
          font: { color: { argb: argb(c.fontColor) } },
        },
      };
  }
}

/** The example workbook (portable) and the charts to add to its dashboard sheet. */
export function dashboardWorkbook(): {
  wb: ExcelJS.Workbook;
  sheet: string;
  charts: ChartPlan[];
  result: DashboardResult;
} {
  const { sheets, result, of } = dashboardExample();
  const sheet = result.sheet;
  const [cells] = of("cells");
  const wb = exampleWorkbook(sheets);
  // The dashboard's cached values, computed with the matrix they refer to.
  const grids = Object.fromEntries(Object.entries(sheets).map(([n, s]) => [n, s.grid]));
  const hf = createKpiEngine({ ...grids, [sheet]: cells.inputs as CellInput[][] });
  const id = hf.getSheetId(sheet) as number;
  const ws = wb.addWorksheet(sheet);
  cells.inputs.forEach((line, r) =>
    line.forEach((input, c) => {
      if (input === null || input === "") return;
      const cell = ws.getCell(r + 1, c + 1);
      if (typeof input === "string" && input.startsWith("=")) {
        const v = hf.getCellValue({ sheet: id, row: r, col: c });
        const value =
          typeof v === "number" || typeof v === "string"
            ? v
            : v && typeof v === "object"
              ? { error: v.value }
              : undefined;
        cell.value = { formula: input.slice(1), result: value } as ExcelJS.CellFormulaValue;
      } else {
        cell.value = typeof input === "string" && input.startsWith("'") ? input.slice(1) : input;
      }
      const f = cells.numberFormats?.[r]?.[c];
      if (f && f !== "General") cell.numFmt = f;
    })
  );
  hf.destroy();
  const fonts = new Map<string, Partial<ExcelJS.Font>>();
  for (const s of of("style")) {
    const a = parseRange(s.address);
    for (let r = 0; r < a.rows; r++)
      for (let c = 0; c < a.cols; c++) {
        const cell = ws.getCell(a.row + r + 1, a.col + c + 1);
        // Styles add up per cell, as in Excel (fonts kept here: the sheet's are write-only).
        const key = `${a.row + r},${a.col + c}`;
        const font: Partial<ExcelJS.Font> = {
          ...fonts.get(key),
          ...(s.bold !== undefined ? { bold: s.bold } : {}),
          ...(s.italic !== undefined ? { italic: s.italic } : {}),
          ...(s.fontSize ? { size: s.fontSize } : {}),
          ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}),
        };
        fonts.set(key, font);
        cell.font = font;
        if (s.fill)
          cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
      }
  }
  of("conditionalFormat").forEach((s, i) =>
    ws.addConditionalFormatting({ ref: s.format.address, rules: [rule(s.format, i + 1)] })
  );
  const [widths] = of("columnWidths");
  widths?.widths.forEach((w, i) => (ws.getColumn(i + 1).width = Math.round(w / 6)));
  convertWorkbook(wb);
  return { wb, sheet, charts: of("chart").map((s) => s.chart), result };
}

/** Writes examples/dashboard-kpi.xlsx into `dir`; returns its path. */
export async function writeDashboardExample(dir: string): Promise<string> {
  const { wb, sheet, charts } = dashboardWorkbook();
  const file = path.join(dir, DASHBOARD_EXAMPLE);
  const plain = Buffer.from(await wb.xlsx.writeBuffer());
  fs.writeFileSync(file, await addCharts(plain, new Map([[sheet, charts]])));
  return file;
}
