/**
 * The dashboard sheet ("Dashboard" / "Дашборд"): native Excel objects only, so it needs no
 * add-in to view and survives a portable copy. Every cell is a plain reference or a native
 * formula over the matrix and register cells (never a KPI.* call), so typing a fact moves the
 * tiles and the charts at once:
 * - a tile per KPI of the matrix (name, fact, plan, index, status), the index with a data bar
 *   (the progress bar) and a three-light icon set, the tile's title coloured by status; the
 *   icon set and the colours compare the index with two threshold cells on the dashboard, so a
 *   user who edits them changes every tile (the criteria refer to the cells, not to copies);
 * - the team's scores ranked (LARGE + INDEX/MATCH over a sort key that breaks ties by the
 *   register's order: no dynamic arrays, so LibreOffice and HyperFormula compute it too) with a
 *   bar chart over the ranked cells;
 * - each KPI's trend from the History table (SUMIFS / COUNTIFS per period and code) with a line
 *   chart, when there is history; a matrix's own period follows its live index cells.
 * The dashboard owns the rectangle its footer names (A1 to the footer row, DASHBOARD_WIDTH
 * columns): a second build rewrites that rectangle in place and never writes a cell outside it;
 * when it grows, cells are inserted inside its columns, so what the user keeps below moves down.
 * Its status thresholds, once typed by the user, stay.
 */
import type { Lang, LocalText } from "../core/card";
import { isPercentUnit } from "../core/library/units";
import type { Matrix } from "../core/matrix/types";
import { STATUS_COLOURS, statusNumberFormat } from "../core/status";
import { DEFAULT_STATUS_THRESHOLDS, thresholdsFromScale } from "../core/thresholds";
import {
  cellAddress,
  columnName,
  exactCriterion,
  parseRange,
  quoteSheet,
  rangeAddress,
} from "./a1";
import { isLabel } from "./headers";
import type { Refusal } from "./host";
import { FORMATS } from "./matrix-plan";
import { readMatrixCells, type MatrixReading } from "./matrix-read";
import type { CellInput, ChartPlan, ConditionalFormatPlan, PlanStep, WorkbookPlan } from "./plan";
import { historyColumns, HISTORY_TABLE_NAME, type HistoryColumn } from "./history";
import { uniqueSheetName } from "./sheet-names";
import { matrixSheets, type Inventory, type SheetCells, type TableInfo } from "./snapshot";
import { readRegister, registerLayout, registerSheetOf } from "./team-plan";
import { numberFromCell, textFromCell, textInput } from "./text";

export const DASHBOARD_SHEET: LocalText = { en: "Dashboard", ru: "Дашборд" };

/** Columns the dashboard owns, from A: three tiles of three columns (label, value, gap). */
export const DASHBOARD_WIDTH = 9;
/** Names of the dashboard's charts start with this (a rebuild replaces exactly these). */
export const DASHBOARD_CHART_PREFIX = "KpiDashboard";
/** Line series a trend chart holds (the columns of the dashboard after the period column). */
export const MAX_TREND_SERIES = DASHBOARD_WIDTH - 1;
/** Rows a chart takes on the sheet at least. */
const CHART_ROWS = 15;
const TILES_PER_BAND = 3;
const TILE_ROWS = 6;
const FIRST_TILE_ROW = 4;
const THRESHOLD_ROW = 2;
/** Sort keys step down by this much per place in the register: ties keep the register's order. */
const TIE_STEP = "1000000000";

const LABELS = {
  title: { en: "KPI dashboard", ru: "Дашборд KPI" },
  teamTitle: { en: "Team dashboard", ru: "Дашборд коллектива" },
  source: { en: "Built from", ru: "Построен по" },
  team: { en: "the whole team", ru: "всему коллективу" },
  amberFrom: { en: "Amber from", ru: "Жёлтый от" },
  greenFrom: { en: "Green from", ru: "Зелёный от" },
  fact: { en: "Fact", ru: "Факт" },
  plan: { en: "Plan", ru: "План" },
  index: { en: "Index", ru: "Индекс" },
  status: { en: "Status", ru: "Статус" },
  score: { en: "Score", ru: "Результат" },
  bonus: { en: "Bonus", ru: "Премия" },
  teamTile: { en: "Team", ru: "Коллектив" },
  fundLeft: { en: "Left in the fund", ru: "Остаток фонда" },
  ranking: { en: "Scores ranked", ru: "Рейтинг результатов" },
  employee: { en: "Employee", ru: "Сотрудник" },
  sortKey: { en: "Sort key", ru: "Ключ сортировки" },
  rank: { en: "Place", ru: "Место" },
  trend: { en: "Index by period (History)", ru: "Индекс по периодам (История)" },
  period: { en: "Period", ru: "Период" },
} as const satisfies Record<string, LocalText>;

/** The footer names the area the dashboard owns; a rebuild reads it back (either language). */
const FOOTER: Record<Lang, (area: string) => string> = {
  en: (area) =>
    `KPI Cards rebuilds ${area} from the task pane; what you type below or to the right stays.`,
  ru: (area) => `KPI Cards перестраивает ${area} из панели; введённое ниже или правее остаётся.`,
};
const FOOTER_PATTERN = /^KPI Cards (?:rebuilds|перестраивает) A1:([A-Z]{1,3})(\d+)\b/;

/** What the user asked for: the dashboard of one matrix, or of the whole team. */
export type DashboardRequest = { scope: "matrix"; sheet: string } | { scope: "team" };

/** The History table as read: where it is and its data rows (header excluded). */
export interface HistoryTable {
  sheet: string;
  /** A1 address of the whole table, header row included. */
  address: string;
  /** Its header row: the columns are found by their headers (historyColumns). */
  header: readonly unknown[];
  rows: readonly (readonly unknown[])[];
}

/** An existing dashboard sheet as read: its cells and the names of its charts. */
export interface DashboardSheet {
  cells: SheetCells;
  charts: string[];
}

/** What the adapters read for a dashboard (dashboardReads says which). */
export interface DashboardInput {
  inv: Inventory;
  lang: Lang;
  request: DashboardRequest;
  /** The matrix sheets as read (the one asked for, or every one when there is no register). */
  matrices: SheetCells[];
  register?: SheetCells;
  history?: HistoryTable;
  /** The sheets that may hold an earlier dashboard, as read. */
  dashboards: DashboardSheet[];
}

/** What building the dashboard did. */
export interface DashboardResult {
  sheet: string;
  built: "new" | "updated";
  /** KPI tiles (the team tile counts as one). */
  tiles: number;
  /** People in the ranking (those with a score so far are ranked first). */
  ranked: number;
  /** Periods in the trend, 0 without history. */
  periods: number;
  charts: number;
  /** KPI codes of the history left out of the trend chart (more than MAX_TREND_SERIES). */
  omittedSeries: string[];
}

export type DashboardPlan =
  { plan: WorkbookPlan; result: DashboardResult } | { refused: Refusal } | { empty: true };

/** True for a sheet name a dashboard may have: "Dashboard", "Дашборд", "Dashboard (2)" … */
function dashboardName(sheet: string): boolean {
  const base = sheet.replace(/\s\(\d+\)$/, "").toLowerCase();
  return base === DASHBOARD_SHEET.en.toLowerCase() || base === DASHBOARD_SHEET.ru.toLowerCase();
}

/**
 * What the adapters read before planning: the matrix sheets (the one asked for; every matrix
 * sheet when there is no register to rank from), the register sheet, the History table and the
 * sheets that may hold an earlier dashboard (their cells and chart names).
 */
export function dashboardReads(
  inv: Inventory,
  request: DashboardRequest
): { matrices: string[]; register?: string; history?: TableInfo; dashboards: string[] } {
  const register = registerSheetOf(inv);
  const all = matrixSheets(inv);
  const asked = request.scope === "matrix" ? all.filter((s) => s === request.sheet) : [];
  const ranked = register ? [] : all;
  const matrices = [...new Set([...asked, ...ranked])];
  const history = inv.tables.find((t) => t.name.toLowerCase() === HISTORY_TABLE_NAME.toLowerCase());
  return {
    matrices: request.scope === "matrix" && !all.includes(request.sheet) ? [] : matrices,
    ...(register ? { register } : {}),
    ...(history ? { history } : {}),
    dashboards: inv.sheets.filter(dashboardName),
  };
}

/** Where an earlier dashboard ends: its footer row and the columns its footer names. */
function ownedArea(cells: SheetCells): { rows: number; cols: number } | undefined {
  for (let r = 0; r < cells.values.length; r++) {
    const m = FOOTER_PATTERN.exec(textFromCell(cells.values[r]?.[0]));
    if (m) return { rows: r + 1, cols: parseRange(`${m[1]}1`).col + 1 };
  }
  return undefined;
}

/** The thresholds the user left on an earlier dashboard (row found by its label). */
function keptThresholds(cells: SheetCells, rows: number): { watch?: number; ok?: number } {
  // A formula there is the dashboard's own link to the matrix's cells: only a typed number stays.
  const typed = (r: number, c: number) => {
    const f = cells.formulas[r]?.[c];
    return typeof f === "string" && f.startsWith("=")
      ? undefined
      : numberFromCell(cells.values[r]?.[c]);
  };
  for (let r = 0; r < rows; r++) {
    const line = cells.values[r] ?? [];
    if (isLabel(line[0], LABELS.amberFrom) && isLabel(line[2], LABELS.greenFrom)) {
      return { watch: typed(r, 1), ok: typed(r, 3) };
    }
  }
  return {};
}

/** A reference to another sheet's cell that shows a blank as blank (a bare one shows 0). */
function ref(sheet: string, address: string): CellInput {
  if (!address) return "";
  const a = `${quoteSheet(sheet)}!${address}`;
  return `=IF(${a}="","",${a})`;
}

/** Cells, formats and styles laid out by row and column, written as rows of blocks. */
class Sheet {
  readonly rows: (CellInput | null)[][] = [];
  readonly formats: (string | null)[][] = [];
  readonly styles: PlanStep[] = [];
  readonly conditional: ConditionalFormatPlan[] = [];
  readonly charts: ChartPlan[] = [];

  constructor(readonly name: string) {}

  set(row: number, col: number, input: CellInput, format: string = FORMATS.general): void {
    while (this.rows.length <= row) {
      this.rows.push(new Array(DASHBOARD_WIDTH).fill(""));
      this.formats.push(new Array(DASHBOARD_WIDTH).fill(FORMATS.general));
    }
    this.rows[row][col] = input;
    this.formats[row][col] = format;
  }

  style(
    address: string,
    s: Omit<Extract<PlanStep, { kind: "style" }>, "kind" | "sheet" | "address">
  ) {
    this.styles.push({ kind: "style", sheet: this.name, address, ...s });
  }
}

/** Colours of a status: a formula per light over the index cell and the threshold cells. */
function statusColours(address: string, index: string, watch: string, ok: string) {
  const num = `ISNUMBER(${index})`;
  return [
    { formula: `=AND(${num},${index}>=${ok})`, ...STATUS_COLOURS.green },
    { formula: `=AND(${num},${index}>=${watch},${index}<${ok})`, ...STATUS_COLOURS.amber },
    { formula: `=AND(${num},${index}<${watch})`, ...STATUS_COLOURS.red },
  ].map((c): ConditionalFormatPlan => ({ kind: "formula", address, ...c }));
}

interface TileLine {
  label: LocalText;
  input: CellInput;
  format: string;
  /** The tile's index line: progress bar, icon and the title's colour follow it. */
  index?: boolean;
}

interface Tile {
  title: CellInput;
  lines: TileLine[];
  /** The row's card sets its own thresholds (its status formula holds the numbers). */
  own?: { amber?: number; green?: number };
}

/** The tiles of one matrix: one per KPI row. */
function matrixTiles(m: MatrixReading, statusFormat: string): Tile[] {
  const sheet = m.snapshot.sheet;
  return m.snapshot.matrix.rows.map((row, i) => {
    const at = m.snapshot.at.rows[i];
    const value = isPercentUnit(row.unit) ? FORMATS.percent1 : FORMATS.number;
    const name = `${quoteSheet(sheet)}!${at.name}`;
    const own =
      row.statusAmber !== undefined || row.statusGreen !== undefined
        ? { amber: row.statusAmber, green: row.statusGreen }
        : undefined;
    return {
      ...(own ? { own } : {}),
      title: `=IF(${name}="","",${name})`,
      lines: [
        { label: LABELS.fact, input: ref(sheet, at.fact), format: value },
        { label: LABELS.plan, input: ref(sheet, at.plan), format: value },
        { label: LABELS.index, input: ref(sheet, at.index), format: FORMATS.percent1, index: true },
        // A level (3/2/1) reads as its word through the number format; a token as itself.
        { label: LABELS.status, input: ref(sheet, at.status), format: statusFormat },
      ],
    };
  });
}

/** The team's tile: the register's average score, total bonus and what is left of the fund. */
function teamTile(register: SheetCells): Tile | undefined {
  const at = registerLayout(register);
  if (!at) return undefined;
  const sheet = register.sheet;
  const c = at.columns;
  return {
    title: "",
    lines: [
      {
        label: LABELS.score,
        input: ref(sheet, cellAddress(at.totalRow, c.score)),
        format: FORMATS.percent1,
        index: true,
      },
      {
        label: LABELS.bonus,
        input: ref(sheet, cellAddress(at.totalRow, c.bonus)),
        format: FORMATS.money,
      },
      {
        label: LABELS.fundLeft,
        input: ref(sheet, cellAddress(at.leftRow, 1)),
        format: FORMATS.money,
      },
    ],
  };
}

/** Who is ranked: a name cell and a score cell each, in the register's (or sheets') order. */
function rankingSources(
  input: DashboardInput,
  readings: MatrixReading[]
): { name: CellInput; score: string }[] {
  const reg = input.register ? readRegister(input.register) : undefined;
  const at = input.register ? registerLayout(input.register) : undefined;
  if (reg && at) {
    return reg.people.map((p) => {
      const r = parseRange(p.at).row;
      return {
        name: ref(reg.sheet, p.at),
        score: `${quoteSheet(reg.sheet)}!${cellAddress(r, at.columns.score)}`,
      };
    });
  }
  return readings
    .filter((m) => m.snapshot.at.total)
    .map((m) => ({
      name: ref(m.snapshot.sheet, m.snapshot.at.employee || m.snapshot.at.name),
      score: `${quoteSheet(m.snapshot.sheet)}!${m.snapshot.at.total}`,
    }));
}

/** The trend's periods and series from History, for one employee or for everyone. */
function trendOf(
  history: HistoryTable | undefined,
  employee: string | undefined,
  matrix: Matrix | undefined
): { periods: string[]; codes: string[] } {
  const periods: string[] = [];
  const codes: string[] = [];
  if (!history) return { periods, codes };
  const at = historyColumns(history.header);
  // Without its period, code and index columns History gives no trend; nor, for one person,
  // without its employee column.
  const { period: P, code: C, employee: E } = at;
  if (P === undefined || C === undefined || at.index === undefined) return { periods, codes };
  if (employee !== undefined && E === undefined) return { periods, codes };
  const wanted = matrix ? new Set(matrix.rows.map((r) => r.code)) : undefined;
  const same = (a: unknown, b: string) => textFromCell(a).trim().toLowerCase() === b;
  const who = employee?.trim().toLowerCase();
  for (const row of history.rows) {
    const period = textFromCell(row[P]).trim();
    const code = textFromCell(row[C]).trim();
    if (!period || !code) continue;
    if (who !== undefined && !same(row[E!], who)) continue;
    if (wanted && !wanted.has(code)) continue;
    if (!periods.includes(period)) periods.push(period);
    if (!codes.includes(code)) codes.push(code);
  }
  return { periods, codes };
}

/** Plans the dashboard; every decision about it is here, for both adapters. */
export function planDashboard(input: DashboardInput): DashboardPlan {
  const { lang, request, inv } = input;
  const readings = input.matrices
    .map((c) => readMatrixCells(c))
    .filter((m): m is MatrixReading => m !== undefined);
  const mine =
    request.scope === "matrix"
      ? readings.find((m) => m.snapshot.sheet === request.sheet)
      : undefined;
  if (request.scope === "matrix" && !mine)
    return { refused: { reason: "notMatrix", sheet: request.sheet } };

  // The sheet: an earlier dashboard (found by its footer) is rebuilt in place.
  const earlier = input.dashboards
    .map((d) => ({ d, area: ownedArea(d.cells) }))
    .find((x) => x.area !== undefined);
  const sheetName = earlier?.d.cells.sheet ?? uniqueSheetName(DASHBOARD_SHEET[lang], inv.sheets);
  const kept = earlier ? keptThresholds(earlier.d.cells, earlier.area!.rows) : {};
  // Defaults: the matrix's own thresholds (from its bonus scale: red pays nothing, green pays
  // the full bonus), KPI.STATUS's 90 % / 100 % for the team or a matrix without a scale.
  const m = mine?.snapshot.matrix;
  const fromScale = m ? thresholdsFromScale(m.scale, m.interpolation ?? "step") : undefined;
  const watch = kept.watch ?? fromScale?.amber ?? DEFAULT_STATUS_THRESHOLDS.amber;
  const ok = kept.ok ?? fromScale?.green ?? DEFAULT_STATUS_THRESHOLDS.green;

  const tiles: Tile[] = mine ? matrixTiles(mine, statusNumberFormat(lang)) : [];
  if (!mine && input.register) {
    const t = teamTile(input.register);
    if (t) tiles.push({ ...t, title: LABELS.teamTile[lang] });
  }
  const sources = rankingSources(input, readings);
  const employee = mine ? mine.snapshot.matrix.employee : undefined;
  const trend = trendOf(input.history, employee, mine?.snapshot.matrix);
  if (tiles.length === 0 && sources.length === 0 && trend.periods.length === 0)
    return { empty: true };

  const s = new Sheet(sheetName);
  const L = (t: LocalText) => t[lang];
  const title = mine
    ? `${L(LABELS.title)}: ${mine.snapshot.matrix.name || mine.snapshot.sheet}`
    : L(LABELS.teamTitle);
  s.set(0, 0, textInput(title));
  s.style(cellAddress(0, 0), { bold: true, fontSize: 14 });
  const period = mine?.snapshot.matrix.period;
  s.set(
    1,
    0,
    textInput(
      `${L(LABELS.source)}: ${mine ? mine.snapshot.sheet : L(LABELS.team)}${period ? ` (${period})` : ""}`
    )
  );
  s.style(cellAddress(1, 0), { italic: true });
  // The matrix's own threshold cells (under its bonus) rule its tiles: the dashboard's cells
  // refer to them, so a threshold typed in the matrix moves every light; a number the user
  // typed over the reference on the dashboard stays through a rebuild.
  const link = (address: string | undefined, kept: number | undefined, fallback: number) => {
    if (kept !== undefined || !mine || !address) return kept ?? fallback;
    const a = `${quoteSheet(mine.snapshot.sheet)}!${address}`;
    return `=IF(ISNUMBER(${a}),${a},${fallback})`;
  };
  s.set(THRESHOLD_ROW, 0, L(LABELS.amberFrom));
  s.set(THRESHOLD_ROW, 1, link(mine?.snapshot.at.statusAmber, kept.watch, watch), FORMATS.percent);
  s.set(THRESHOLD_ROW, 2, L(LABELS.greenFrom));
  s.set(THRESHOLD_ROW, 3, link(mine?.snapshot.at.statusGreen, kept.ok, ok), FORMATS.percent);
  const watchAt = `$B$${THRESHOLD_ROW + 1}`;
  const okAt = `$D$${THRESHOLD_ROW + 1}`;
  s.style(cellAddress(THRESHOLD_ROW, 1), { fill: "#FFF2CC" });
  s.style(cellAddress(THRESHOLD_ROW, 3), { fill: "#FFF2CC" });
  const icons = (address: string, amber = watchAt, green = okAt): ConditionalFormatPlan => ({
    kind: "iconSet",
    address,
    style: "threeTrafficLights1",
    criteria: [`=${amber}`, `=${green}`],
  });

  // Tiles, three to a band.
  tiles.forEach((tile, i) => {
    const top = FIRST_TILE_ROW + Math.floor(i / TILES_PER_BAND) * TILE_ROWS;
    const col = (i % TILES_PER_BAND) * 3;
    s.set(top, col, tile.title);
    s.set(top, col + 1, "");
    const head = rangeAddress(top, col, 1, 2);
    s.style(head, { bold: true, borderTop: true });
    tile.lines.forEach((line, j) => {
      const r = top + 1 + j;
      s.set(r, col, L(line.label));
      s.set(r, col + 1, line.input, line.format);
      if (!line.index) return;
      const at = cellAddress(r, col + 1);
      const abs = `$${columnName(col + 1)}$${r + 1}`;
      s.conditional.push({ kind: "dataBar", address: at, color: "#5B9BD5" });
      const amber = tile.own?.amber !== undefined ? String(tile.own.amber) : watchAt;
      const green = tile.own?.green !== undefined ? String(tile.own.green) : okAt;
      s.conditional.push(icons(at, amber, green));
      s.conditional.push(...statusColours(head, abs, amber, green));
    });
  });
  let r = FIRST_TILE_ROW + Math.ceil(tiles.length / TILES_PER_BAND) * TILE_ROWS;

  // The ranking: the sources in their order (A: name, B: score, C: sort key), ranked in D:E
  // (the chart's source: D's header stays blank, so Excel reads D as the categories), with a
  // bar chart beside. The key is score − place/1e9: equal scores keep the sources' order.
  let ranked = 0;
  if (sources.length > 0) {
    const n = sources.length;
    s.set(r, 0, L(LABELS.ranking));
    s.style(cellAddress(r, 0), { bold: true });
    const head = r + 1;
    const first = head + 1;
    const col = (c: string) => `$${c}$${first + 1}:$${c}$${first + n}`;
    const keys = col("C");
    s.set(head, 0, L(LABELS.employee));
    s.set(head, 1, L(LABELS.score));
    s.set(head, 2, L(LABELS.sortKey));
    s.set(head, 4, L(LABELS.score));
    s.style(rangeAddress(head, 0, 1, 5), { bold: true });
    s.style(rangeAddress(head, 0, n + 1, 3), { fontColor: "#595959" });
    sources.forEach((src, i) => {
      const row = first + i;
      const k = i + 1;
      const score = `$B$${row + 1}`;
      s.set(row, 0, src.name);
      s.set(row, 1, `=IF(ISNUMBER(${src.score}),${src.score},"")`, FORMATS.percent1);
      s.set(row, 2, `=IF(ISNUMBER(${score}),${score}-${k}/${TIE_STEP},"")`);
      const at = `MATCH(LARGE(${keys},${k}),${keys},0)`;
      const none = `${k}>COUNT(${keys})`;
      s.set(row, 3, `=IF(${none},"",INDEX(${col("A")},${at}))`);
      s.set(row, 4, `=IF(${none},"",INDEX(${col("B")},${at}))`, FORMATS.percent1);
    });
    const ranking = rangeAddress(first, 4, n, 1);
    s.conditional.push({ kind: "dataBar", address: ranking, color: "#5B9BD5" });
    s.conditional.push(icons(ranking));
    s.charts.push({
      name: `${DASHBOARD_CHART_PREFIX}Ranking`,
      type: "bar",
      source: rangeAddress(head, 3, n + 1, 2),
      seriesBy: "columns",
      title: L(LABELS.ranking),
      legend: false,
      from: cellAddress(head, 5),
      to: cellAddress(head + Math.max(n, CHART_ROWS), DASHBOARD_WIDTH - 1),
    });
    ranked = n;
    r = head + Math.max(n, CHART_ROWS) + 2;
  }

  // The trend: a row a period, a column a KPI, from History (and the matrix's live period).
  const omitted = trend.codes.slice(MAX_TREND_SERIES);
  const codes = trend.codes.slice(0, MAX_TREND_SERIES);
  const periods = [...trend.periods];
  const live =
    mine && mine.snapshot.matrix.period && !periods.includes(mine.snapshot.matrix.period);
  if (live) periods.push(mine.snapshot.matrix.period);
  const hasTrend = trend.periods.length > 0 && codes.length > 0;
  if (hasTrend) {
    const h = input.history!;
    const t = parseRange(h.address);
    const at = historyColumns(h.header);
    const col = (c: HistoryColumn) =>
      `${quoteSheet(h.sheet)}!${rangeAddress(t.row + 1, t.col + at[c]!, Math.max(t.rows - 1, 1), 1)}`;
    s.set(r, 0, L(LABELS.trend));
    s.style(cellAddress(r, 0), { bold: true });
    const head = r + 1;
    codes.forEach((code, j) => {
      const row = mine?.snapshot.matrix.rows.find((x) => x.code === code);
      s.set(head, 1 + j, textInput(row?.name || code));
    });
    s.style(rangeAddress(head, 0, 1, 1 + codes.length), { bold: true });
    periods.forEach((p, i) => {
      const row = head + 1 + i;
      s.set(row, 0, textInput(p));
      codes.forEach((code, j) => {
        if (live && i === periods.length - 1) {
          const k = mine!.snapshot.matrix.rows.findIndex((x) => x.code === code);
          const idx = k >= 0 ? mine!.snapshot.at.rows[k].index : "";
          s.set(row, 1 + j, ref(mine!.snapshot.sheet, idx), FORMATS.percent1);
          return;
        }
        const crit = [
          `${col("period")},${exactCriterion(p)}`,
          `${col("code")},${exactCriterion(code)}`,
        ];
        if (employee !== undefined) crit.push(`${col("employee")},${exactCriterion(employee)}`);
        // Rows without an index (a KPI whose fact never came) are not a 0 in the average.
        const count = `COUNTIFS(${crit.join(",")},${col("index")},">-1E+300")`;
        s.set(
          row,
          1 + j,
          `=IF(${count}=0,"",SUMIFS(${col("index")},${crit.join(",")})/${count})`,
          FORMATS.percent1
        );
      });
    });
    const chartTop = head + periods.length + 1;
    s.charts.push({
      name: `${DASHBOARD_CHART_PREFIX}Trend`,
      type: "line",
      source: rangeAddress(head, 0, periods.length + 1, 1 + codes.length),
      seriesBy: "columns",
      title: L(LABELS.trend),
      legend: true,
      from: cellAddress(chartTop, 0),
      to: cellAddress(chartTop + CHART_ROWS - 1, DASHBOARD_WIDTH - 1),
    });
    r = chartTop + CHART_ROWS + 1;
  }

  // The footer names the area the dashboard owns.
  const area = rangeAddress(0, 0, r + 1, DASHBOARD_WIDTH);
  s.set(r, 0, FOOTER[lang](area));
  s.style(cellAddress(r, 0), { italic: true, fontColor: "#595959" });

  const steps: PlanStep[] = [];
  const rows = r + 1;
  if (earlier) {
    const old = earlier.area!;
    for (const name of earlier.d.charts)
      if (name.startsWith(DASHBOARD_CHART_PREFIX))
        steps.push({ kind: "deleteChart", sheet: sheetName, name });
    const oldArea = rangeAddress(0, 0, old.rows, Math.min(old.cols, DASHBOARD_WIDTH));
    steps.push({ kind: "clearConditionalFormats", sheet: sheetName, address: oldArea });
    steps.push({ kind: "clearCells", sheet: sheetName, address: oldArea });
    if (rows > old.rows) {
      // Cells under the old footer are the user's: they move down, inside the owned columns.
      steps.push({
        kind: "insertCells",
        sheet: sheetName,
        address: rangeAddress(old.rows, 0, rows - old.rows, DASHBOARD_WIDTH),
      });
    }
  } else {
    steps.push({ kind: "addSheet", sheet: sheetName });
  }
  steps.push(...blocks(s, rows));
  steps.push(...s.styles);
  for (const c of s.conditional)
    steps.push({ kind: "conditionalFormat", sheet: sheetName, format: c });
  steps.push({
    kind: "columnWidths",
    sheet: sheetName,
    widths: [150, 75, 30, 150, 75, 30, 150, 75, 30],
  });
  for (const c of s.charts) steps.push({ kind: "chart", sheet: sheetName, chart: c });
  steps.push({ kind: "activate", sheet: sheetName });
  return {
    plan: { steps },
    result: {
      sheet: sheetName,
      built: earlier ? "updated" : "new",
      tiles: tiles.length,
      ranked,
      periods: hasTrend ? periods.length : 0,
      charts: s.charts.length,
      omittedSeries: hasTrend ? omitted : [],
    },
  };
}

/** The sheet's cells as one block per row (each row spans the owned columns). */
function blocks(s: Sheet, rows: number): PlanStep[] {
  const out: PlanStep[] = [];
  const inputs: (CellInput | null)[][] = [];
  const formats: (string | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    inputs.push(s.rows[r] ?? new Array(DASHBOARD_WIDTH).fill(""));
    formats.push(s.formats[r] ?? new Array(DASHBOARD_WIDTH).fill(FORMATS.general));
  }
  out.push({
    kind: "cells",
    sheet: s.name,
    address: rangeAddress(0, 0, rows, DASHBOARD_WIDTH),
    inputs,
    numberFormats: formats,
  });
  return out;
}
