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
import { cardFromLibrary, findLibraryCard } from "../src/core/library";
import { memberMatrix, positionCards, type StaffMember } from "../src/core/team";
import { ROLE_TEMPLATES } from "../src/core/templates";
import type { MatrixRow } from "../src/core/matrix/types";
import { SandboxHost } from "../src/sandbox/host";
import { registerLayout, type TeamRequest } from "../src/workbook/team-plan";

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

/**
 * The team example, in Russian (its economist's language; also, Excel reserves the sheet name
 * "History", so an English workbook cannot hold the History sheet under that name): one store,
 * a director, six clerks and two sales managers (the role templates), in two units, each with
 * a bonus base.
 */
export const TEAM_STAFF: StaffMember[] = [
  {
    employee: "Ольга Смирнова",
    position: "Директор магазина",
    unit: "Торговый зал",
    bonusBase: 90000,
  },
  ...["Анна Иванова", "Борис Петров", "Вера Соколова", "Глеб Орлов", "Дина Ким", "Егор Лис"].map(
    (employee, i) => ({
      employee,
      position: "Продавец-консультант",
      unit: "Торговый зал",
      manager: "Ольга Смирнова",
      bonusBase: 30000 + 2500 * i,
    })
  ),
  ...["Иван Волков", "Мария Зуева"].map((employee, i) => ({
    employee,
    position: "Менеджер по продажам",
    unit: "Оптовые продажи",
    manager: "Ольга Смирнова",
    bonusBase: 45000 + 5000 * i,
  })),
];

/** The team example's language. */
export const TEAM_LANG: Lang = "ru";

/** The team example's periods: the first two are closed into History, the third is open. */
export const TEAM_PERIODS = ["2026-01", "2026-02", "2026-03"];

/** The team example's bonus fund, typed in the register. */
export const TEAM_FUND = 450000;

/** A fact for person `p`, row `k` in period `i`: between 85 % and 114 % of the row's plan. */
function teamFact(row: MatrixRow, plan: number, p: number, k: number, i: number): number {
  const f = plan * (0.85 + ((p * 7 + k * 3 + i * 11) % 30) / 100);
  return Number(f.toPrecision(row.unit === "%" ? 3 : 4));
}

/** A plan for a row whose card has none (the check would flag it): a round figure by unit. */
function teamPlan(row: MatrixRow): number {
  return row.unit === "%" ? 0.9 : 100;
}

/** Types every fact of every matrix (and the plans cards leave empty), as an economist would. */
async function typeTeamFacts(host: SandboxHost, sheets: string[], period: number): Promise<void> {
  for (const [p, sheet] of sheets.entries()) {
    const m = await host.readMatrix(sheet);
    if (!m) throw new Error(`no matrix on ${sheet}`);
    m.matrix.rows.forEach((row, k) => {
      const at = m.at.rows[k];
      const plan = typeof row.plan === "number" ? row.plan : teamPlan(row);
      if (typeof row.plan !== "number") host.setCell(sheet, at.plan, plan);
      // A collective KPI's fact is a formula into the unit facts table: typed there instead.
      const held = host.formula(sheet, at.fact);
      if (typeof held === "string" && held.startsWith("=")) return;
      host.setCell(sheet, at.fact, teamFact(row, plan, p, k, period));
    });
  }
  // Unit facts (collective KPIs), when the workbook has that table: each unit's fact typed.
  const unitFacts = host.tables.get("KpiUnitFacts");
  if (unitFacts) {
    const a = parseRange(unitFacts.address);
    for (let r = a.row + 1; r < a.row + a.rows; r++) {
      const address = cellAddress(r, a.col + 2);
      host.setCell(unitFacts.sheet, address, Number((0.004 + 0.001 * period).toFixed(4)));
    }
  }
}

/**
 * Builds the team example in the sandbox host, as the task pane would: the cards the templates
 * name join the card table, the staff table, build for everyone, facts typed, two periods
 * closed into History (plans kept), the third period's facts typed, the fund, and the roll-up
 * weighted by bonus base.
 */
export async function teamExampleHost(): Promise<SandboxHost> {
  const lang = TEAM_LANG;
  const host = new SandboxHost({ displayLanguage: "ru-RU" });
  const card = (code: string) => {
    const l = findLibraryCard(code);
    return l ? cardFromLibrary(l, lang) : undefined;
  };
  const codes = new Set(
    TEAM_STAFF.flatMap(
      (m) => ROLE_TEMPLATES.find((t) => t.name[lang] === m.position)?.rows.map((r) => r.code) ?? []
    )
  );
  await host.saveCards(
    [...codes].map((c) => card(c)).filter((c): c is Card => c !== undefined),
    { lang, onlyNew: true }
  );
  await host.createStaffTables(TEAM_STAFF, { lang });
  const staff = (await host.readStaff())!;
  const request: TeamRequest = { period: TEAM_PERIODS[0], members: [], skipped: [] };
  for (const member of staff.members) {
    const pos = positionCards(member.position, ROLE_TEMPLATES, card);
    if ("kind" in pos) throw new Error(`${member.employee}: ${pos.kind}`);
    request.members.push({
      member,
      matrix: memberMatrix(member, pos, staff.plans, TEAM_PERIODS[0]),
    });
  }
  const built = await host.buildTeam(request, { lang });
  const sheets = built.results.map((r) => r.sheet);
  for (let i = 0; i < TEAM_PERIODS.length; i++) {
    await typeTeamFacts(host, sheets, i);
    if (i + 1 < TEAM_PERIODS.length)
      await host.closePeriod(
        { period: TEAM_PERIODS[i], next: TEAM_PERIODS[i + 1], plans: "keep" },
        { lang }
      );
  }
  const reg = registerLayout(host.cells(built.registerSheet));
  if (!reg) throw new Error("the register lost its labels");
  host.setCell(built.registerSheet, cellAddress(reg.fundRow, 1), TEAM_FUND);
  await host.buildRollup({ weighting: "base", lang });
  return host;
}

/**
 * A sandbox workbook as an .xlsx: every sheet's cells (formulas with the engine's results as
 * cached values, text as text), number formats and tables.
 */
export function sandboxWorkbook(host: SandboxHost): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "KPI Cards for Excel (npm run examples)";
  const hf = host.hf;
  for (const name of host.sheetNames()) {
    const ws = wb.addWorksheet(name);
    const id = hf.getSheetId(name) as number;
    const serialized = hf.getSheetSerialized(id) as unknown[][];
    serialized.forEach((line, r) => {
      line.forEach((input, c) => {
        if (input === null || input === undefined || input === "") return;
        const cell = ws.getCell(r + 1, c + 1);
        if (typeof input === "string" && input.startsWith("=")) {
          const v = hf.getCellValue({ sheet: id, row: r, col: c });
          const result =
            typeof v === "number" || typeof v === "string" || typeof v === "boolean"
              ? v
              : v && typeof v === "object"
                ? { error: (v as { value: string }).value }
                : undefined;
          cell.value = { formula: input.slice(1), result } as ExcelJS.CellFormulaValue;
        } else {
          cell.value =
            typeof input === "string" && input.startsWith("'")
              ? input.slice(1)
              : (input as ExcelJS.CellValue);
        }
        const fmt = host.formats.numberFormat(name, r, c);
        if (fmt && fmt !== "General") cell.numFmt = fmt;
      });
    });
    for (const [table, t] of host.tables)
      if (t.sheet === name)
        addTable(ws, { name: table, address: t.address, style: t.style ?? "TableStyleMedium2" });
    ws.columns.forEach((col) => (col.width = 16));
  }
  return wb;
}

/** Writes examples/team-kpi.xlsx and its portable twin into `dir`; returns their paths. */
export async function writeTeamExample(dir: string): Promise<{ team: string; portable: string }> {
  const team = path.join(dir, "team-kpi.xlsx");
  const portable = path.join(dir, "team-kpi.portable.xlsx");
  await sandboxWorkbook(await teamExampleHost()).xlsx.writeFile(team);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(team);
  convertWorkbook(wb);
  await wb.xlsx.writeFile(portable);
  return { team, portable };
}

/** Writes the example files into `dir`. */
export async function writeExamples(dir: string): Promise<{
  original: string;
  portable: string;
  clean: string;
  team: string;
  teamPortable: string;
  dashboard: string;
}> {
  const original = path.join(dir, "retail-kpi.xlsx");
  const portable = path.join(dir, "retail-kpi.portable.xlsx");
  await exampleWorkbook().xlsx.writeFile(original);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(original);
  convertWorkbook(wb);
  await wb.xlsx.writeFile(portable);
  const clean = await writeCleanExample(dir);
  const team = await writeTeamExample(dir);
  // The dashboard example builds on this file's matrix (imported late: no import cycle).
  const { writeDashboardExample } = await import("./dashboard-example");
  const dashboard = await writeDashboardExample(dir);
  return { original, portable, clean, team: team.team, teamPortable: team.portable, dashboard };
}

if (require.main === module) {
  writeExamples(path.join(__dirname, "..", "examples")).then(
    (files) => console.log(`Wrote ${Object.values(files).join(", ")}`),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    }
  );
}
