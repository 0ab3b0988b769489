/**
 * The staff table ("Staff" / "Сотрудники") and the personal plans table ("Personal plans" /
 * "Личные планы"): reading them from snapshots and planning them on a new sheet.
 */
import type { Lang, LocalText } from "../core/card";
import { employeeKey, type PersonalPlans, type StaffMember } from "../core/team";
import { rangeAddress } from "./a1";
import { recognizeHeaders } from "./headers";
import type { CellInput, WorkbookPlan } from "./plan";
import { uniqueSheetName } from "./sheet-names";
import type { Inventory } from "./snapshot";
import { numberFromCell, textFromCell, textInput } from "./text";

export const STAFF_COLUMNS = ["employee", "position", "unit", "manager", "base"] as const;
export type StaffColumn = (typeof STAFF_COLUMNS)[number];

export const STAFF_HEADERS: Readonly<Record<StaffColumn, LocalText & { also?: string[] }>> = {
  employee: { en: "Employee", ru: "Сотрудник", also: ["Name", "ФИО", "Работник"] },
  position: { en: "Position", ru: "Должность", also: ["Role", "Роль", "Template", "Шаблон"] },
  unit: { en: "Unit", ru: "Подразделение", also: ["Store", "Department", "Магазин", "Отдел"] },
  manager: { en: "Manager", ru: "Руководитель" },
  base: { en: "Bonus base", ru: "База премии", also: ["Base", "База"] },
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
  const cols = columns(grid.headers, STAFF_HEADERS);
  if (cols.employee === undefined) return [];
  const text = (row: readonly unknown[], c: number | undefined) =>
    c === undefined ? "" : textFromCell(row[c]).trim();
  const out: StaffMember[] = [];
  for (const row of grid.rows) {
    const employee = text(row, cols.employee);
    if (!employee) continue;
    const unit = text(row, cols.unit);
    const manager = text(row, cols.manager);
    const base = cols.base === undefined ? undefined : numberFromCell(row[cols.base]);
    out.push({
      employee,
      position: text(row, cols.position),
      ...(unit ? { unit } : {}),
      ...(manager ? { manager } : {}),
      ...(base !== undefined ? { bonusBase: base } : {}),
    });
  }
  return out;
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
  const header = STAFF_COLUMNS.map((c) => STAFF_HEADERS[c][lang]);
  const body: CellInput[][] = members.length
    ? members.map((m) => [
        textInput(m.employee),
        textInput(m.position),
        textInput(m.unit ?? ""),
        textInput(m.manager ?? ""),
        m.bonusBase ?? "",
      ])
    : [STAFF_COLUMNS.map(() => "")];
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
          ...body.map(() => ["General", "General", "General", "General", money]),
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
