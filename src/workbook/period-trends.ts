/**
 * The Trends sheet ("Trends" / "Динамика") the add-in writes at each Next period, from the
 * History table: each person's score and bonus by period, the quarter's average score and the
 * quarter's and year's bonus, and one person's KPIs (fact and index) by period. Every figure is
 * a native formula (SUMIFS / COUNTIFS over History's whole columns), so it follows rows the user
 * adds, sorts or filters in History, needs no add-in to recalculate and survives a portable copy.
 * Periods are put in time order, and quarters and years derived, by src/core/periods.ts.
 */
import type { Lang, LocalText } from "../core/card";
import { quarterOf, samePeriod, sortPeriods, yearOf } from "../core/periods";
import { employeeKey } from "../core/team";
import { cellAddress, columnName, quoteSheet, rangeAddress } from "./a1";
import { isLabel } from "./headers";
import { FORMATS, INPUT_FILL } from "./matrix-plan";
import type { HistoryColumn, HistoryRow, HistoryTarget } from "./history";
import type { CellInput, PlanStep } from "./plan";
import { uniqueSheetName } from "./sheet-names";
import type { Inventory, SheetCells } from "./snapshot";
import { isBlankCell, textFromCell, textInput } from "./text";

export const TRENDS_SHEET: LocalText = { en: "Trends", ru: "Динамика" };

export const TRENDS_LABELS = {
  title: { en: "Trends", ru: "Динамика" },
  note: {
    en: "From the History table (KpiHistory), by formulas; written again at each Next period.",
    ru: "По таблице «История» (KpiHistory), формулами; записывается заново при каждом переходе к следующему периоду.",
  },
  score: { en: "Score by period", ru: "Результат по периодам" },
  bonus: { en: "Bonus by period", ru: "Премия по периодам" },
  employee: { en: "Employee", ru: "Сотрудник" },
  quarterAverage: { en: "Average", ru: "Среднее" },
  quarterTotal: { en: "Total", ru: "Итого" },
  yearAverage: { en: "Average", ru: "Среднее" },
  yearToDate: { en: "Year to date", ru: "С начала года" },
  cards: { en: "KPIs of", ru: "KPI сотрудника" },
  code: { en: "Code", ru: "Код" },
  fact: { en: "Fact", ru: "Факт" },
  index: { en: "Index", ru: "Индекс" },
} as const satisfies Record<string, LocalText>;

/** What the Trends sheet is written from. */
export interface TrendsTarget {
  inv: Inventory;
  lang: Lang;
  /** Every History row after this close (the table's old rows and the appended ones). */
  rows: readonly HistoryRow[];
  history: HistoryTarget;
  /** The cells of the Trends sheet when one exists (its old block is cleared, its choice kept). */
  existing?: SheetCells;
  /** Sheets this plan adds before the Trends sheet (so its name is unique among them too). */
  newSheets: string[];
}

/** A period column group: its label and the periods it gathers. */
interface Group {
  label: string;
  periods: string[];
}

/** Rows of the Trends sheet (0-based). */
const NOTE_ROW = 1;
const FIRST_SECTION = 3;

/** True when a sheet holds a Trends block the add-in wrote (its title in A1, either language). */
export function isTrendsSheet(cells: SheetCells | undefined): boolean {
  return !!cells && isLabel(cells.values[0]?.[0], TRENDS_LABELS.title);
}

/** Groups of the periods: by quarter (months and quarters) and by year, in time order. */
function groups(periods: string[], by: (p: string) => string | undefined): Group[] {
  const out: Group[] = [];
  for (const p of periods) {
    const k = by(p);
    if (k === undefined) continue;
    const g = out.find((x) => x.label === k);
    if (g) g.periods.push(p);
    else out.push({ label: k, periods: [p] });
  }
  return out;
}

/** The steps that write the Trends sheet, in groups of bounded size (never one huge request). */
export function trendsSteps(t: TrendsTarget): {
  sheet: string;
  /** Clears the old block: to go before History's rows are appended. */
  clear: PlanStep[];
  groups: PlanStep[][];
} {
  const L = TRENDS_LABELS;
  const lang = t.lang;
  const existingOk = isTrendsSheet(t.existing);
  const sheet = existingOk
    ? t.existing!.sheet
    : uniqueSheetName(TRENDS_SHEET[lang], [...t.inv.sheets, ...t.newSheets]);
  const periods = sortPeriods(t.rows.map((r) => r.period));
  const people: string[] = [];
  const codes: string[] = [];
  const seenPeople = new Set<string>();
  const seenCodes = new Set<string>();
  for (const r of t.rows) {
    const k = employeeKey(r.employee);
    if (!seenPeople.has(k)) {
      seenPeople.add(k);
      people.push(r.employee);
    }
    if (r.code && !seenCodes.has(r.code)) {
      seenCodes.add(r.code);
      codes.push(r.code);
    }
  }
  const quarters = groups(periods, quarterOf);
  const years = groups(periods, (p) => {
    const y = yearOf(p);
    return y === undefined ? undefined : String(y);
  });

  const h = t.history;
  const col = (c: HistoryColumn) => {
    const at = h.cols[c];
    return at === undefined
      ? undefined
      : `${quoteSheet(h.sheet)}!$${columnName(at)}:$${columnName(at)}`;
  };
  /**
   * A criterion matching exactly the text of a cell: a name or code with * ? ~ in it is that
   * text, not a wildcard (as the roll-up and the dashboard match names).
   */
  const exact = (cell: string) =>
    `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${cell},"~","~~"),"*","~*"),"?","~?")`;
  const emp = col("employee");
  const per = col("period");
  const code = col("code");
  /** The mean of a History column where the criteria hold ("" when no row has a value). */
  const mean = (value: HistoryColumn, criteria: [string | undefined, string][]): CellInput => {
    const v = col(value);
    if (!v || criteria.some(([range]) => range === undefined)) return "";
    const pairs = criteria.map(([range, cell]) => `${range},${cell}`).join(",");
    // Two scans of History a cell (AVERAGEIFS would be one, but HyperFormula lacks it); no
    // row with a value divides by zero, which shows as blank.
    return `=IFERROR(SUMIFS(${v},${pairs})/COUNTIFS(${pairs},${v},"<>"),"")`;
  };

  const steps: PlanStep[] = [];
  const groupsOut: PlanStep[][] = [];
  // The old block goes (only as far as it reaches: cells the user keeps beside it stay), before
  // History grows, so its formulas are not recalculated for nothing.
  const clear: PlanStep[] = [];
  const chosen = existingOk ? chosenEmployee(t.existing!) : undefined;
  if (!existingOk) steps.push({ kind: "addSheet", sheet });
  else {
    const extent = blockExtent(t.existing!);
    if (extent.rows > 0)
      clear.push({
        kind: "clearCells",
        sheet,
        address: rangeAddress(0, 0, extent.rows, Math.max(extent.cols, 1)),
      });
  }
  steps.push({
    kind: "cells",
    sheet,
    address: rangeAddress(0, 0, 2, 1),
    inputs: [[L.title[lang]], [L.note[lang]]],
  });
  steps.push({ kind: "style", sheet, address: "A1", bold: true, fontSize: 14 });
  steps.push({ kind: "style", sheet, address: cellAddress(NOTE_ROW, 0), italic: true });
  groupsOut.push(steps);

  let row = FIRST_SECTION;
  /** One section of people × periods with its quarter and year columns. */
  const section = (
    title: LocalText,
    value: HistoryColumn,
    format: string,
    quarterLabel: LocalText,
    quarterFormula: (cells: string[]) => string,
    yearLabel: LocalText,
    yearFormula: (cells: string[]) => string
  ) => {
    const header: CellInput[] = [
      L.employee[lang],
      ...periods.map(textInput),
      ...quarters.map((q) => textInput(`${quarterLabel[lang]} ${q.label}`)),
      ...years.map((y) => textInput(`${yearLabel[lang]} ${y.label}`)),
    ];
    const headerRow = row + 1;
    const first = headerRow + 1;
    const width = header.length;
    const sec: PlanStep[] = [
      { kind: "cells", sheet, address: cellAddress(row, 0), inputs: [[title[lang]]] },
      { kind: "style", sheet, address: cellAddress(row, 0), bold: true },
      {
        kind: "cells",
        sheet,
        address: rangeAddress(headerRow, 0, 1, width),
        inputs: [header],
      },
      { kind: "style", sheet, address: rangeAddress(headerRow, 0, 1, width), bold: true },
    ];
    groupsOut.push(sec);
    // People in chunks, so a large staff over many periods never makes one huge request.
    const perChunk = Math.max(1, Math.floor(2000 / Math.max(width, 1)));
    for (let i = 0; i < people.length; i += perChunk) {
      const chunk = people.slice(i, i + perChunk);
      const inputs: CellInput[][] = [];
      const formats: string[][] = [];
      chunk.forEach((person, j) => {
        const r = first + i + j;
        const who = `$A${r + 1}`;
        const periodCell = (k: number) => `${columnName(1 + k)}$${headerRow + 1}`;
        const line: CellInput[] = [textInput(person)];
        periods.forEach((_, k) =>
          line.push(
            mean(value, [
              [emp, exact(who)],
              [per, periodCell(k)],
            ])
          )
        );
        const cellsOf = (g: Group) =>
          g.periods.map((p) => cellAddress(r, 1 + periods.findIndex((x) => samePeriod(x, p))));
        quarters.forEach((q) => line.push(quarterFormula(cellsOf(q))));
        years.forEach((y) => line.push(yearFormula(cellsOf(y))));
        inputs.push(line);
        formats.push([FORMATS.general, ...new Array<string>(width - 1).fill(format)]);
      });
      groupsOut.push([
        {
          kind: "cells",
          sheet,
          address: rangeAddress(first + i, 0, chunk.length, width),
          inputs,
          numberFormats: formats,
        },
      ]);
    }
    row = first + Math.max(people.length, 1) + 1;
    return width;
  };
  const avg = (cells: string[]) => `=IFERROR(AVERAGE(${cells.join(",")}),"")`;
  const sum = (cells: string[]) => `=IF(COUNT(${cells.join(",")})=0,"",SUM(${cells.join(",")}))`;
  const w1 = section(L.score, "score", FORMATS.percent1, L.quarterAverage, avg, L.yearAverage, avg);
  const w2 = section(L.bonus, "bonus", FORMATS.money, L.quarterTotal, sum, L.yearToDate, sum);

  // One person's KPIs by period: the person is chosen in an input cell (kept across rewrites).
  const pickRow = row;
  const who =
    chosen && people.some((p) => employeeKey(p) === employeeKey(chosen))
      ? chosen
      : (people[0] ?? "");
  const factRow = pickRow + 1;
  const headerRow = pickRow + 2;
  const width = 1 + periods.length * 2;
  const pick: PlanStep[] = [
    {
      kind: "cells",
      sheet,
      address: rangeAddress(pickRow, 0, 1, 2),
      inputs: [[L.cards[lang], textInput(who)]],
    },
    { kind: "style", sheet, address: cellAddress(pickRow, 0), bold: true },
    { kind: "style", sheet, address: cellAddress(pickRow, 1), fill: INPUT_FILL },
  ];
  if (periods.length > 0) {
    const labels: CellInput[] = new Array<CellInput>(width).fill("");
    labels[1] = L.fact[lang];
    labels[1 + periods.length] = L.index[lang];
    pick.push({
      kind: "cells",
      sheet,
      address: rangeAddress(factRow, 0, 1, width),
      inputs: [labels],
    });
  }
  pick.push({
    kind: "cells",
    sheet,
    address: rangeAddress(headerRow, 0, 1, width),
    inputs: [[L.code[lang], ...periods.map(textInput), ...periods.map(textInput)]],
  });
  pick.push({ kind: "style", sheet, address: rangeAddress(factRow, 0, 2, width), bold: true });
  if (codes.length > 0) {
    const chosenCell = `$B$${pickRow + 1}`;
    const inputs = codes.map((c, i): CellInput[] => {
      const r = headerRow + 1 + i;
      const periodCell = (k: number) => `${columnName(1 + k)}$${headerRow + 1}`;
      const crit = (k: number): [string | undefined, string][] => [
        [emp, exact(chosenCell)],
        [code, exact(`$A${r + 1}`)],
        [per, periodCell(k)],
      ];
      return [
        textInput(c),
        ...periods.map((_, k) => mean("fact", crit(k))),
        ...periods.map((_, k) => mean("index", crit(periods.length + k))),
      ];
    });
    pick.push({
      kind: "cells",
      sheet,
      address: rangeAddress(headerRow + 1, 0, codes.length, width),
      inputs,
      numberFormats: codes.map(() => [
        FORMATS.general,
        ...periods.map(() => FORMATS.number),
        ...periods.map(() => FORMATS.percent1),
      ]),
    });
  }
  groupsOut.push(pick);
  // A block that grows (more people, KPIs or periods in History) never writes over what the
  // user typed below the old one: rows are inserted there first, moving it down.
  if (existingOk) {
    const old = blockExtent(t.existing!).rows;
    const end = headerRow + 1 + codes.length;
    const below = t.existing!.values.slice(old, end);
    if (end > old && below.some((line) => (line ?? []).some((v) => !isBlankCell(v))))
      clear.push({ kind: "insertRows", sheet, row: old, count: end - old });
  }
  groupsOut.push([
    {
      kind: "columnWidths",
      sheet,
      widths: [180, ...new Array<number>(Math.max(w1, w2, width) - 1).fill(90)],
    },
  ]);
  return { sheet, clear, groups: groupsOut };
}

/** The person chosen in the KPI block of an existing Trends sheet. */
function chosenEmployee(cells: SheetCells): string | undefined {
  for (let r = 0; r < cells.values.length; r++)
    if (isLabel(cells.values[r]?.[0], TRENDS_LABELS.cards)) {
      const v = textFromCell(cells.values[r]?.[1]).trim();
      return v || undefined;
    }
  return undefined;
}

/**
 * How far the add-in's old block reaches: down to the last row of the KPI block (its codes end
 * at the first blank in column A after the "Code" header) and across the widest header row.
 */
function blockExtent(cells: SheetCells): { rows: number; cols: number } {
  const v = cells.values;
  let pick = -1;
  for (let r = 0; r < v.length; r++)
    if (isLabel(v[r]?.[0], TRENDS_LABELS.cards)) {
      pick = r;
      break;
    }
  if (pick < 0) return { rows: Math.min(v.length, 2), cols: 1 };
  let end = pick + 3;
  while (end < v.length && !isBlankCell(v[end]?.[0])) end++;
  let cols = 2;
  for (let r = 0; r < end; r++) {
    const line = v[r] ?? [];
    if (
      isLabel(line[0], TRENDS_LABELS.employee) ||
      isLabel(line[0], TRENDS_LABELS.code) ||
      r === pick + 1
    ) {
      let c = line.length;
      while (c > 1 && isBlankCell(line[c - 1])) c--;
      cols = Math.max(cols, c);
    }
  }
  return { rows: end, cols };
}
