/**
 * The roll-up ("Roll-up" / "Свод", table KpiRollup): unit → network scores from the bonus
 * register, as live native formulas (COUNTIFS, SUMIFS, SUMPRODUCT over the register's columns),
 * so they recalculate in Excel, HyperFormula and LibreOffice alike and survive a portable copy.
 * Decided here for both adapters: the units (as the register lists them), the weighting (by
 * headcount, or by each person's bonus base in the staff table: the user's choice, kept in a
 * cell of the sheet so a rebuild keeps it), what a rebuild keeps, and, where Excel has them
 * (ExcelApi 1.8), a PivotTable over the register beside the formulas.
 *
 * The formulas use only what Excel 2016 computes without array entry: COUNTIFS and SUMIFS with a
 * numeric criterion (a score or bonus that is an error or blank, a matrix still missing facts,
 * is left out and counted out of "Scored"), and SUMPRODUCT of SUMIFS over the staff's names.
 */
import type { Lang, LocalText } from "../core/card";
import {
  cellAddress,
  columnName,
  exactCriterion,
  quoteSheet,
  rangeAddress,
  parseRange,
} from "./a1";
import { isLabel, recognizeHeaders } from "./headers";
import { FORMATS, INPUT_FILL } from "./matrix-plan";
import type { CellInput, PlanStep, WorkbookPlan } from "./plan";
import { uniqueSheetName } from "./sheet-names";
import type { Inventory, SheetCells, TableInfo } from "./snapshot";
import { STAFF_HEADERS, STAFF_TABLE_NAME } from "./staff";
import { REGISTER_TABLE_NAME, registerLayout, registerSheetOf } from "./team-plan";
import { isBlankCell, textFromCell, textInput } from "./text";

export const ROLLUP_SHEET: LocalText = { en: "Roll-up", ru: "Свод" };
export const ROLLUP_TABLE_NAME = "KpiRollup";
export const ROLLUP_PIVOT_NAME = "KpiRollupPivot";

/** How a unit's score is weighted: every scored person alike, or by their bonus base. */
export type RollupWeighting = "headcount" | "base";

const COLUMNS = ["unit", "headcount", "scored", "score", "bonus", "share"] as const;
type Column = (typeof COLUMNS)[number];
const col = (c: Column) => COLUMNS.indexOf(c);

export const ROLLUP_HEADERS: Readonly<Record<Column, LocalText>> = {
  unit: { en: "Unit", ru: "Подразделение" },
  headcount: { en: "Headcount", ru: "Численность" },
  scored: { en: "Scored", ru: "С результатом" },
  score: { en: "Score", ru: "Результат" },
  bonus: { en: "Bonus", ru: "Премия" },
  share: { en: "Share of fund", ru: "Доля фонда" },
};

export const ROLLUP_LABELS = {
  title: { en: "Roll-up by unit", ru: "Свод по подразделениям" },
  weighting: { en: "Weighted by", ru: "Взвешивание" },
  total: { en: "Network total", ru: "Итого по сети" },
  noUnit: { en: "(no unit)", ru: "(без подразделения)" },
} as const satisfies Record<string, LocalText>;

/** The choice cell's words (either language is read back). */
export const WEIGHTING_TEXT: Readonly<Record<RollupWeighting, LocalText>> = {
  headcount: { en: "headcount", ru: "по численности" },
  base: { en: "bonus base", ru: "по базе премии" },
};

const NOTES = {
  headcount: {
    en: "Score: the average score of the unit's people whose matrix has a score. Build for everyone rebuilds it with the register.",
    ru: "Результат: средний результат сотрудников подразделения, у которых он посчитан. Сборка матриц для всех пересобирает его вместе с ведомостью.",
  },
  base: {
    en: "Score: weighted by each person's bonus base in the staff table (people without one weigh nothing). Build for everyone rebuilds it with the register.",
    ru: "Результат: взвешен по базе премии каждого сотрудника из таблицы сотрудников (без базы — вес 0). Сборка матриц для всех пересобирает его вместе с ведомостью.",
  },
  noBase: {
    en: "The staff table has no bonus base column: weighted by headcount.",
    ru: "В таблице сотрудников нет столбца базы премии: взвешено по численности.",
  },
  pivot: {
    en: "The PivotTable on the right is Excel's own over the register: refresh it (Data > Refresh All) after facts change; the formulas follow at once.",
    ru: "Сводная таблица справа — Excel над ведомостью: обновите её (Данные > Обновить все) после ввода фактов; формулы пересчитываются сразу.",
  },
  pivotUnsupported: {
    en: "This Excel has no PivotTables for add-ins (ExcelApi 1.8): the roll-up is formulas only.",
    ru: "В этой версии Excel надстройкам недоступны сводные таблицы (ExcelApi 1.8): свод только из формул.",
  },
} as const satisfies Record<string, LocalText>;

/** Rows of a new roll-up sheet: title, weighting (with the note beside it), blank, header. */
const WEIGHT_ROW = 1;
const HEADER_ROW = 3;

export type RollupNote = "noBase" | "pivotUnsupported";

export interface RollupInput {
  inv: Inventory;
  lang: Lang;
  /** The register sheet's cells (undefined: the workbook has no register). */
  register?: SheetCells;
  /** The staff table: its A1 range (header included) and its header row. */
  staff?: { sheet: string; address: string; headers: readonly unknown[] };
  /** The cells of the sheet holding the roll-up table, when there is one. */
  rollup?: SheetCells;
  /** The pane's choice; undefined keeps the sheet's (headcount for a new roll-up). */
  weighting?: RollupWeighting;
  /** "add": Excel with ExcelApi 1.8; "unsupported": older Excel (a note says so); "none": no Excel. */
  pivot: "add" | "unsupported" | "none";
  /** True when the workbook already has the roll-up's PivotTable. */
  pivotExists?: boolean;
  /** Rebuild only an existing roll-up: without one, nothing is planned. */
  onlyIfBuilt?: boolean;
}

export interface RollupResult {
  sheet: string;
  /** The units as the roll-up lists them (the blank unit as its label). */
  units: string[];
  weighting: RollupWeighting;
  pivot: boolean;
  notes: RollupNote[];
}

export type RollupPlan =
  { plan: WorkbookPlan; result: RollupResult } | { missing: "register" | "rollup" };

/** An absolute reference to a column's rows on a sheet. */
function columnRef(sheet: string, c: number, first: number, rows: number): string {
  const name = columnName(c);
  return `${quoteSheet(sheet)}!$${name}$${first + 1}:$${name}$${first + rows}`;
}

const NUMBER = '">-1E+300"';
const NAMED = '"?*"';

/** The units of the register's people, in order of first appearance; the blank unit last. */
function unitsOf(
  cells: SheetCells,
  first: number,
  last: number,
  c: { employee: number; unit: number }
) {
  const seen = new Map<string, string>();
  let blank = false;
  for (let r = first; r <= last; r++) {
    const row = cells.values[r];
    if (isBlankCell(row?.[c.employee])) continue;
    const unit = textFromCell(row?.[c.unit]);
    if (unit === "") blank = true;
    else if (!seen.has(unit.toLowerCase())) seen.set(unit.toLowerCase(), unit);
  }
  return { units: [...seen.values()], blank };
}

/** Where an existing roll-up's parts are, found by their labels. */
function rollupRows(cells: SheetCells) {
  const v = cells.values;
  const find = (label: LocalText, from = 0) => {
    for (let r = from; r < v.length; r++) if (isLabel(v[r]?.[0], label)) return r;
    return -1;
  };
  const weightRow = find(ROLLUP_LABELS.weighting);
  const headerRow = find(ROLLUP_HEADERS.unit, weightRow + 1);
  const totalRow = headerRow < 0 ? -1 : find(ROLLUP_LABELS.total, headerRow + 1);
  if (weightRow < 0 || headerRow < 0 || totalRow < 0) return undefined;
  return { weightRow, headerRow, totalRow };
}

function weightingOf(value: unknown): RollupWeighting | undefined {
  if (isLabel(value, WEIGHTING_TEXT.base)) return "base";
  if (isLabel(value, WEIGHTING_TEXT.headcount)) return "headcount";
  return undefined;
}

/** Plans building or rebuilding the roll-up. */
export function planRollup(input: RollupInput): RollupPlan {
  const { inv, lang } = input;
  const regTable = inv.tables.find(
    (t) => t.name.toLowerCase() === REGISTER_TABLE_NAME.toLowerCase()
  );
  const reg = regTable && input.register ? registerLayout(input.register) : undefined;
  if (!regTable || !input.register || !reg) return { missing: "register" };
  const regSheet = input.register.sheet;
  const first = reg.headerRow + 1;
  const rows = Math.max(reg.totalRow - first, 1);
  const R = (c: number) => columnRef(regSheet, c, first, rows);
  const E = R(reg.columns.employee);
  const U = R(reg.columns.unit);
  const S = R(reg.columns.score);
  const B = R(reg.columns.bonus);
  const fund = `${quoteSheet(regSheet)}!$B$${reg.fundRow + 1}`;

  // The staff table's names and bases, for weighting by bonus base.
  let staffRefs: { SE: string; SB: string } | undefined;
  if (input.staff) {
    const known = recognizeHeaders(input.staff.headers, STAFF_HEADERS);
    const a = parseRange(input.staff.address);
    const e = known.indexOf("employee");
    const b = known.indexOf("base");
    if (e >= 0 && b >= 0 && a.rows > 1) {
      staffRefs = {
        SE: columnRef(input.staff.sheet, a.col + e, a.row + 1, a.rows - 1),
        SB: columnRef(input.staff.sheet, a.col + b, a.row + 1, a.rows - 1),
      };
    }
  }

  const existingTable = inv.tables.find(
    (t) => t.name.toLowerCase() === ROLLUP_TABLE_NAME.toLowerCase()
  );
  if (input.onlyIfBuilt && !existingTable) return { missing: "rollup" };
  const at = existingTable && input.rollup ? rollupRows(input.rollup) : undefined;
  const sheetWeighting = at ? weightingOf(input.rollup!.values[at.weightRow]?.[1]) : undefined;
  const asked = input.weighting ?? sheetWeighting ?? "headcount";
  const notes: RollupNote[] = [];
  const weighting: RollupWeighting = asked === "base" && !staffRefs ? "headcount" : asked;
  if (asked === "base" && !staffRefs) notes.push("noBase");
  if (input.pivot === "unsupported") notes.push("pivotUnsupported");

  const found = unitsOf(input.register, first, reg.totalRow - 1, reg.columns);
  const groups = [
    ...found.units.map((u) => ({ label: textInput(u), shown: u, criterion: exactCriterion(u) })),
    ...(found.blank
      ? [{ label: ROLLUP_LABELS.noUnit[lang], shown: ROLLUP_LABELS.noUnit[lang], criterion: '""' }]
      : []),
  ];

  const steps: PlanStep[] = [];
  if (input.pivotExists) steps.push({ kind: "deletePivotTable", name: ROLLUP_PIVOT_NAME });
  let sheet: string;
  let headerRow: number;
  let weightRow: number;
  const width = COLUMNS.length;
  const unitRows = Math.max(groups.length, 1);
  if (existingTable && at) {
    sheet = existingTable.sheet;
    ({ headerRow, weightRow } = at);
    steps.push({ kind: "unlistTable", table: existingTable.name });
    const oldRows = at.totalRow - at.headerRow - 1;
    if (unitRows > oldRows)
      steps.push({ kind: "insertRows", sheet, row: at.totalRow, count: unitRows - oldRows });
    const oldTotal = at.totalRow + Math.max(unitRows - oldRows, 0);
    const area = rangeAddress(
      headerRow,
      0,
      Math.max(oldTotal, headerRow + unitRows + 1) - headerRow + 1,
      width
    );
    steps.push({ kind: "clearCells", sheet, address: area });
  } else {
    if (existingTable) steps.push({ kind: "unlistTable", table: existingTable.name });
    sheet = uniqueSheetName(ROLLUP_SHEET[lang], inv.sheets);
    headerRow = HEADER_ROW;
    weightRow = WEIGHT_ROW;
    steps.push({ kind: "addSheet", sheet });
    steps.push({
      kind: "cells",
      sheet,
      address: cellAddress(0, 0),
      inputs: [[ROLLUP_LABELS.title[lang]]],
    });
    steps.push({ kind: "style", sheet, address: cellAddress(0, 0), bold: true, fontSize: 14 });
    steps.push({
      kind: "cells",
      sheet,
      address: cellAddress(weightRow, 0),
      inputs: [[ROLLUP_LABELS.weighting[lang]]],
    });
    steps.push({ kind: "columnWidths", sheet, widths: [170, 80, 90, 80, 110, 90] });
  }

  const note = [
    NOTES[weighting][lang],
    ...(notes.includes("noBase") ? [NOTES.noBase[lang]] : []),
    ...(input.pivot === "add" ? [NOTES.pivot[lang]] : []),
    ...(notes.includes("pivotUnsupported") ? [NOTES.pivotUnsupported[lang]] : []),
  ].join(" ");
  steps.push({
    kind: "cells",
    sheet,
    address: rangeAddress(weightRow, 1, 1, 2),
    inputs: [[WEIGHTING_TEXT[weighting][lang], textInput(note)]],
  });
  steps.push({ kind: "style", sheet, address: cellAddress(weightRow, 1), fill: INPUT_FILL });
  steps.push({ kind: "style", sheet, address: cellAddress(weightRow, 2), italic: true });

  const totalRow = headerRow + 1 + unitRows;
  const a = (c: Column, r: number) => cellAddress(r, col(c));
  const score = (r: number, crit: string | undefined) => {
    const u = crit === undefined ? "" : `,${U},${crit}`;
    if (weighting === "base" && staffRefs) {
      const { SE, SB } = staffRefs;
      return `=IFERROR(SUMPRODUCT(SUMIFS(${S},${E},${SE}${u},${S},${NUMBER}),${SB})/SUMPRODUCT(COUNTIFS(${E},${SE}${u},${S},${NUMBER}),${SB}),"")`;
    }
    return `=IF(${a("scored", r)}=0,"",SUMIFS(${S}${u},${E},${NAMED},${S},${NUMBER})/${a("scored", r)})`;
  };
  const formats = [FORMATS.general, "0", "0", FORMATS.percent1, FORMATS.money, FORMATS.percent1];
  const body: CellInput[][] = [COLUMNS.map((c) => ROLLUP_HEADERS[c][lang])];
  const bodyFormats: string[][] = [COLUMNS.map(() => FORMATS.general)];
  groups.forEach((g, i) => {
    const r = headerRow + 1 + i;
    body.push([
      g.label,
      `=COUNTIFS(${U},${g.criterion},${E},${NAMED})`,
      `=COUNTIFS(${U},${g.criterion},${E},${NAMED},${S},${NUMBER})`,
      score(r, g.criterion),
      `=SUMIFS(${B},${U},${g.criterion},${E},${NAMED},${B},${NUMBER})`,
      `=IFERROR(${a("bonus", r)}/${fund},"")`,
    ]);
    bodyFormats.push(formats);
  });
  if (groups.length === 0) {
    body.push(COLUMNS.map(() => ""));
    bodyFormats.push(formats);
  }
  const sum = (c: Column) => `=SUM(${rangeAddress(headerRow + 1, col(c), unitRows, 1)})`;
  body.push([
    ROLLUP_LABELS.total[lang],
    sum("headcount"),
    sum("scored"),
    score(totalRow, undefined),
    sum("bonus"),
    `=IFERROR(${a("bonus", totalRow)}/${fund},"")`,
  ]);
  bodyFormats.push(formats);
  steps.push({
    kind: "cells",
    sheet,
    address: rangeAddress(headerRow, 0, body.length, width),
    inputs: body,
    numberFormats: bodyFormats,
  });
  steps.push({
    kind: "style",
    sheet,
    address: rangeAddress(totalRow, 0, 1, width),
    bold: true,
    borderTop: true,
  });
  steps.push({
    kind: "addTable",
    sheet,
    name: ROLLUP_TABLE_NAME,
    address: rangeAddress(headerRow, 0, unitRows + 1, width),
    style: "TableStyleMedium2",
  });
  if (input.pivot === "add") {
    const header = (c: number) => textFromCell(input.register!.values[reg.headerRow]?.[c]);
    steps.push({
      kind: "addPivotTable",
      name: ROLLUP_PIVOT_NAME,
      sheet,
      address: cellAddress(headerRow, width + 1),
      source: regTable.name,
      rows: [header(reg.columns.unit)],
      values: [
        { field: header(reg.columns.employee), summarizeBy: "Count" },
        {
          field: header(reg.columns.score),
          summarizeBy: "Average",
          numberFormat: FORMATS.percent1,
        },
        { field: header(reg.columns.bonus), summarizeBy: "Sum", numberFormat: FORMATS.money },
      ],
    });
  }
  steps.push({ kind: "activate", sheet });
  return {
    plan: { steps },
    result: {
      sheet,
      units: groups.map((g) => g.shown),
      weighting,
      pivot: input.pivot === "add",
      notes,
    },
  };
}

/** The sheet of the roll-up table, when the workbook has one. */
export function rollupSheetOf(inv: Inventory): string | undefined {
  return inv.tables.find((t) => t.name.toLowerCase() === ROLLUP_TABLE_NAME.toLowerCase())?.sheet;
}

/** What the adapters read for the roll-up: the register's sheet, the roll-up's, the staff table. */
export function rollupReads(inv: Inventory): {
  register?: string;
  rollup?: string;
  staff?: TableInfo;
} {
  const staff = inv.tables.find((t) => t.name.toLowerCase() === STAFF_TABLE_NAME.toLowerCase());
  return {
    register: registerSheetOf(inv),
    rollup: rollupSheetOf(inv),
    ...(staff ? { staff } : {}),
  };
}
