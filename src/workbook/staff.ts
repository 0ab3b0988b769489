/**
 * The staff table ("Staff" / "Сотрудники") and the personal plans table ("Personal plans" /
 * "Личные планы"): reading them from snapshots and planning them on a new sheet.
 */
import type { Lang, LocalText } from "../core/card";
import { employeeKey, type PersonalPlans, type StaffMember } from "../core/team";
import { cellAddress, parseRange, rangeAddress } from "./a1";
import { recognizeHeaders } from "./headers";
import type { CellInput, PlanStep, WorkbookPlan } from "./plan";
import { uniqueSheetName } from "./sheet-names";
import type { Inventory } from "./snapshot";
import { isBlankCell, numberFromCell, textFromCell, textInput } from "./text";

/** The staff table's columns the user fills, in a new table's order. */
export const STAFF_COLUMNS = [
  "employee",
  "position",
  "unit",
  "manager",
  "base",
  "personnelNo",
] as const;
/**
 * The add-in's own columns, written by every build: the matrix sheet of the row (so a person
 * renamed in the staff table keeps their matrix, and namesakes keep theirs apart) and the
 * bonus base the staff table had at that build (so a base changed here since reaches the
 * matrix, while a base typed in the matrix since stays).
 */
export const STAFF_OWN_COLUMNS = ["matrixSheet", "builtBase"] as const;
export type StaffColumn = (typeof STAFF_COLUMNS)[number] | (typeof STAFF_OWN_COLUMNS)[number];

export const STAFF_HEADERS: Readonly<Record<StaffColumn, LocalText & { also?: string[] }>> = {
  employee: { en: "Employee", ru: "Сотрудник", also: ["Name", "ФИО", "Работник"] },
  position: { en: "Position", ru: "Должность", also: ["Role", "Роль", "Template", "Шаблон"] },
  unit: { en: "Unit", ru: "Подразделение", also: ["Store", "Department", "Магазин", "Отдел"] },
  manager: { en: "Manager", ru: "Руководитель" },
  base: { en: "Bonus base", ru: "База премии", also: ["Base", "База"] },
  personnelNo: {
    en: "Personnel no.",
    ru: "Табельный номер",
    also: ["Personnel number", "Employee ID", "ID", "Таб. номер", "Табельный №", "Таб. №"],
  },
  matrixSheet: { en: "Matrix sheet", ru: "Лист матрицы" },
  builtBase: { en: "Base at last build", ru: "База при построении" },
};

export const PLAN_COLUMNS = ["employee", "code", "plan"] as const;
export type PlanColumn = (typeof PLAN_COLUMNS)[number];

export const PLAN_HEADERS: Readonly<Record<PlanColumn, LocalText & { also?: string[] }>> = {
  employee: { en: "Employee", ru: "Сотрудник", also: ["ФИО"] },
  code: { en: "Code", ru: "Код", also: ["Card code", "Код карточки"] },
  plan: { en: "Plan", ru: "План", also: ["Personal plan", "Личный план"] },
};

export const STAFF_SHEET: LocalText = { en: "Staff", ru: "Сотрудники" };
export const PLANS_SHEET: LocalText = { en: "Personal plans", ru: "Личные планы" };
export const STAFF_TABLE_NAME = "KpiStaff";
export const PLANS_TABLE_NAME = "KpiPlans";

/** A table as read: its header row and data rows. */
export interface TableGrid {
  headers: readonly unknown[];
  rows: readonly (readonly unknown[])[];
}

function columns<K extends string>(
  headers: readonly unknown[],
  known: Readonly<Record<K, LocalText & { also?: string[] }>>
): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  recognizeHeaders(headers, known).forEach((k, i) => {
    if (k) out[k] = i;
  });
  return out;
}

/** The staff table's people, in table order (rows without an employee are skipped). */
export function readStaffGrid(grid: TableGrid): StaffMember[] {
  return readStaffRows(grid).map((r) => r.member);
}

/** The staff table's people with the data row (0-based) each was read from. */
export function readStaffRows(grid: TableGrid): { member: StaffMember; row: number }[] {
  const cols = columns(grid.headers, STAFF_HEADERS);
  if (cols.employee === undefined) return [];
  const text = (row: readonly unknown[], c: number | undefined) =>
    c === undefined ? "" : textFromCell(row[c]).trim();
  const out: { member: StaffMember; row: number }[] = [];
  grid.rows.forEach((row, i) => {
    const employee = text(row, cols.employee);
    if (!employee) return;
    const unit = text(row, cols.unit);
    const manager = text(row, cols.manager);
    const personnelNo = text(row, cols.personnelNo);
    const base = cols.base === undefined ? undefined : numberFromCell(row[cols.base]);
    const sheet = text(row, cols.matrixSheet);
    const built = cols.builtBase === undefined ? undefined : numberFromCell(row[cols.builtBase]);
    out.push({
      member: {
        employee,
        position: text(row, cols.position),
        ...(unit ? { unit } : {}),
        ...(manager ? { manager } : {}),
        ...(base !== undefined ? { bonusBase: base } : {}),
        ...(personnelNo ? { personnelNo } : {}),
        ...(sheet ? { lastBuild: { sheet, ...(built !== undefined ? { base: built } : {}) } } : {}),
      },
      row: i,
    });
  });
  return out;
}

/** The staff table as an adapter read it for a build: where it is, its header and rows. */
export interface StaffTableRead extends TableGrid {
  name: string;
  sheet: string;
  /** A1 of the whole table, header row included. */
  address: string;
}

/** How a staff row is told apart from the others: its name, personnel number and unit. */
function identity(m: StaffMember): string {
  return [
    employeeKey(m.employee),
    employeeKey(m.personnelNo ?? ""),
    employeeKey(m.unit ?? ""),
  ].join("\u0000");
}

/**
 * The staff rows of `built` members, found in the table as read now: the k-th member with an
 * identity (name, personnel number, unit) is the k-th row with it.
 */
function rowsOf(table: StaffTableRead, members: readonly StaffMember[]): Map<StaffMember, number> {
  const free = new Map<string, number[]>();
  for (const r of readStaffRows(table)) {
    const k = identity(r.member);
    free.set(k, [...(free.get(k) ?? []), r.row]);
  }
  const out = new Map<StaffMember, number>();
  for (const m of members) {
    const rows = free.get(identity(m));
    const row = rows?.shift();
    if (row !== undefined) out.set(m, row);
  }
  return out;
}

/** The language of a staff table's headers ("ru" when any own header is Russian). */
function staffLanguage(headers: readonly unknown[], fallback: Lang): Lang {
  const texts = headers.map((h) => textFromCell(h).trim());
  const keys = Object.keys(STAFF_HEADERS) as StaffColumn[];
  if (keys.some((k) => texts.includes(STAFF_HEADERS[k].ru))) return "ru";
  if (keys.some((k) => texts.includes(STAFF_HEADERS[k].en))) return "en";
  return fallback;
}

/**
 * What a build records on the staff table, per built member: the matrix sheet and the bonus
 * base the row has now. `head` adds the add-in's columns a table lacks (at its right); `rows`
 * writes each row's cells that differ from what they hold, one cell at a time (a block written
 * across a filtered table lands in the wrong rows, office-js#224).
 */
export function staffLinkSteps(
  table: StaffTableRead,
  lang: Lang,
  built: readonly { member: StaffMember; sheet: string }[]
): { head: PlanStep[]; rows: Map<StaffMember, PlanStep[]> } {
  const head: PlanStep[] = [];
  const rows = new Map<StaffMember, PlanStep[]>();
  const cols = columns(table.headers, STAFF_HEADERS);
  const t = parseRange(table.address);
  const headerLang = staffLanguage(table.headers, lang);
  let width = t.cols;
  for (const c of STAFF_OWN_COLUMNS) {
    if (cols[c] !== undefined) continue;
    head.push({ kind: "addTableColumn", table: table.name, header: STAFF_HEADERS[c][headerLang] });
    cols[c] = width++;
  }
  const at = rowsOf(
    table,
    built.map((b) => b.member)
  );
  for (const b of built) {
    const row = at.get(b.member);
    if (row === undefined) continue;
    const line = table.rows[row] ?? [];
    const steps: PlanStep[] = [];
    const put = (col: number, input: CellInput, same: boolean, format: string) => {
      if (same) return;
      steps.push({
        kind: "cells",
        sheet: table.sheet,
        address: cellAddress(t.row + 1 + row, t.col + col),
        inputs: [[input]],
        numberFormats: [[format]],
      });
    };
    const sheetCol = cols.matrixSheet!;
    put(sheetCol, textInput(b.sheet), textFromCell(line[sheetCol]).trim() === b.sheet, "General");
    const baseCol = cols.builtBase!;
    const base = b.member.bonusBase;
    const now = numberFromCell(line[baseCol]);
    put(
      baseCol,
      base ?? "",
      base === undefined ? isBlankCell(line[baseCol]) : now === base,
      "#,##0.00"
    );
    if (steps.length) rows.set(b.member, steps);
  }
  return { head, rows };
}

/** The personal plans table: employee → card code → plan (the last row for a pair wins). */
export function readPlansGrid(grid: TableGrid | undefined): PersonalPlans {
  const out = new Map<string, Map<string, number>>();
  if (!grid) return out;
  const cols = columns(grid.headers, PLAN_HEADERS);
  if (cols.employee === undefined || cols.code === undefined || cols.plan === undefined) return out;
  for (const row of grid.rows) {
    const who = employeeKey(textFromCell(row[cols.employee]));
    const code = textFromCell(row[cols.code]).trim();
    const plan = numberFromCell(row[cols.plan]);
    if (!who || !code || plan === undefined) continue;
    const m = out.get(who) ?? new Map<string, number>();
    m.set(code, plan);
    out.set(who, m);
  }
  return out;
}

/** The steps that create the staff and personal plans tables (headers and one blank row each). */
export function newStaffTablesPlan(
  inv: Inventory,
  lang: Lang,
  members: readonly StaffMember[] = []
): WorkbookPlan {
  const staffSheet = uniqueSheetName(STAFF_SHEET[lang], inv.sheets);
  const plansSheet = uniqueSheetName(PLANS_SHEET[lang], [...inv.sheets, staffSheet]);
  const all = [...STAFF_COLUMNS, ...STAFF_OWN_COLUMNS];
  const header = all.map((c) => STAFF_HEADERS[c][lang]);
  const body: CellInput[][] = members.length
    ? members.map((m) => [
        textInput(m.employee),
        textInput(m.position),
        textInput(m.unit ?? ""),
        textInput(m.manager ?? ""),
        m.bonusBase ?? "",
        textInput(m.personnelNo ?? ""),
        "",
        "",
      ])
    : [all.map(() => "")];
  const staffAddress = rangeAddress(0, 0, body.length + 1, header.length);
  const planHeader = PLAN_COLUMNS.map((c) => PLAN_HEADERS[c][lang]);
  const plansAddress = rangeAddress(0, 0, 2, planHeader.length);
  const money = "#,##0.00";
  return {
    steps: [
      { kind: "addSheet", sheet: staffSheet },
      {
        kind: "cells",
        sheet: staffSheet,
        address: staffAddress,
        inputs: [header, ...body],
        numberFormats: [
          header.map(() => "General"),
          ...body.map(() => [
            "General",
            "General",
            "General",
            "General",
            money,
            "@",
            "General",
            money,
          ]),
        ],
      },
      {
        kind: "addTable",
        sheet: staffSheet,
        name: STAFF_TABLE_NAME,
        address: staffAddress,
        style: "TableStyleMedium2",
      },
      { kind: "autofitColumns", sheet: staffSheet, address: staffAddress },
      { kind: "addSheet", sheet: plansSheet },
      {
        kind: "cells",
        sheet: plansSheet,
        address: plansAddress,
        inputs: [planHeader, ["", "", ""]],
      },
      {
        kind: "addTable",
        sheet: plansSheet,
        name: PLANS_TABLE_NAME,
        address: plansAddress,
        style: "TableStyleMedium2",
      },
      { kind: "autofitColumns", sheet: plansSheet, address: plansAddress },
      { kind: "activate", sheet: staffSheet },
    ],
  };
}
