/**
 * "Next period" (DESIGN.md "The team cycle"): the closed period's rows go to the History table
 * (KpiHistory) first, then every matrix of that period is carried forward (the period set to the
 * next one, facts typed as constants cleared, plans kept or taken from the personal plans
 * table). Decided here for both adapters: which matrices close, what a History row holds, when
 * closing is refused, and the order and size of the batches, so a batch that fails never clears
 * a fact History does not hold yet.
 */
import { equal15 } from "../core/values";
import type { Lang, LocalText } from "../core/card";
import type { MatrixRow } from "../core/matrix/types";
import { samePeriod } from "../core/periods";
import { employeeKey, plansFor, type PersonalPlans, type StaffMember } from "../core/team";
import { cellAddress, parseRange, rangeAddress } from "./a1";
import { isLabel, MATRIX_LABELS } from "./headers";
import type { Refusal } from "./host";
import type { MatrixReading } from "./matrix-read";
import { BATCH_BYTES, packBatches, type CellInput, type PlanStep, type WorkbookPlan } from "./plan";
import type { Inventory, SheetCells } from "./snapshot";
import { trendsSteps, type TrendsTarget } from "./period-trends";
import {
  HISTORY_COLUMNS,
  HISTORY_TABLE_NAME,
  historyGroups,
  readHistory,
  readHistoryLine,
  type HistoryColumn,
  type HistoryReading,
  type HistoryRow,
  type TableCells,
} from "./history";

import { isBlankCell, numberFromCell, textFromCell, textInput } from "./text";
import { REGISTER_TABLE_NAME, registerSheetOf } from "./team-plan";
import { readMatrixCells } from "./matrix-read";
import { matrixSheets } from "./snapshot";
import { PLANS_TABLE_NAME, readPlansGrid, readStaffGrid, STAFF_TABLE_NAME } from "./staff";
import { isTrendsSheet, TRENDS_SHEET } from "./period-trends";

/** The unit facts table of collective KPIs (its fact column is cleared at the next period). */
export const UNIT_FACTS_TABLE_NAME = "KpiUnitFacts";
const UNIT_FACT_HEADER: LocalText = { en: "Fact", ru: "Факт" };

/** What the user asked for. */
export interface PeriodRequest {
  /** The period being closed: the matrices that show it (or no period) are closed. */
  period: string;
  /** The new period every closed matrix, and the register, will show. */
  next: string;
  /** Plans of the new period: as the matrices have them, or from the personal plans table. */
  plans: "keep" | "table";
}

export interface PeriodInput {
  inv: Inventory;
  lang: Lang;
  request: PeriodRequest;
  /** Every matrix sheet of the workbook as read now. */
  matrices: MatrixReading[];
  /** The staff table's people (their units go to History). */
  staff: readonly StaffMember[];
  plans: PersonalPlans;
  history?: TableCells;
  unitFacts?: TableCells;
  /** The register sheet's cells, when the workbook has one. */
  register?: SheetCells;
  /** The cells of a sheet named like the Trends sheet, when one exists. */
  trends?: SheetCells;
  /** True while the workbook is a portable copy. */
  portable: boolean;
  maxBatchBytes?: number;
}

/** A matrix carried into the next period. */
export interface PeriodMatrixResult {
  employee: string;
  sheet: string;
  /** KPI rows written to History (0 when History already held them from a run that failed). */
  historyRows: number;
  factsCleared: number;
  plansTaken: number;
}

export interface PeriodPlan {
  /** The period closed and the one the matrices show now. */
  period: string;
  next: string;
  /** Applied in order, one request each: History first, then the matrices, then Trends. */
  batches: WorkbookPlan[];
  closed: PeriodMatrixResult[];
  /** Matrices of another period, left as they are. */
  skipped: { sheet: string; period: string }[];
  historySheet: string;
  trendsSheet: string;
  /** Collective facts cleared in the unit facts table. */
  unitFactsCleared: number;
}

/** The period summary the pane shows before closing. */
export interface PeriodOverview {
  /** The period to close: the register's, else the one most matrices show; "" when none. */
  current: string;
  /** Matrices by the period they show ("" for none), in sheet order of first appearance. */
  matrices: { period: string; count: number }[];
  /** Periods History holds, in time order of first appearance. */
  closed: string[];
  hasPlansTable: boolean;
}

const blankPeriod = (p: string) => p.trim() === "";

/** The register's period cell (the value beside its "Period" label above the table). */
function registerPeriodCell(cells: SheetCells): { row: number; col: number } | undefined {
  for (let r = 0; r < Math.min(cells.values.length, 20); r++)
    if (isLabel(cells.values[r]?.[0], MATRIX_LABELS.period)) return { row: r, col: 1 };
  return undefined;
}

/** What the pane shows before "Next period": the current period and what History holds. */
export function periodOverview(
  matrices: readonly MatrixReading[],
  register: SheetCells | undefined,
  history: HistoryReading | undefined,
  hasPlansTable: boolean
): PeriodOverview {
  const counts: { period: string; count: number }[] = [];
  for (const m of matrices) {
    const p = m.snapshot.matrix.period.trim();
    const c = counts.find((x) => samePeriod(x.period, p));
    if (c) c.count += 1;
    else counts.push({ period: p, count: 1 });
  }
  const at = register ? registerPeriodCell(register) : undefined;
  const fromRegister = at ? textFromCell(register!.values[at.row]?.[at.col]).trim() : "";
  const most = [...counts].filter((c) => c.period).sort((a, b) => b.count - a.count)[0];
  const closed: string[] = [];
  for (const r of history?.rows ?? [])
    if (!closed.some((c) => samePeriod(c, r.period))) closed.push(r.period);
  return {
    current: fromRegister || most?.period || "",
    matrices: counts,
    closed,
    hasPlansTable,
  };
}

const num = (v: unknown): CellInput => {
  const n = numberFromCell(v);
  return n === undefined ? "" : n;
};

/** The History rows of one matrix: one a KPI row, values as the sheet shows them now. */
function historyRowsOf(m: MatrixReading, period: string, unit: string): CellInput[][] {
  const s = m.snapshot;
  const employee = s.matrix.employee.trim() || s.sheet;
  return s.matrix.rows.map((r: MatrixRow, i) => {
    const values: Record<HistoryColumn, CellInput> = {
      period: textInput(period),
      employee: textInput(employee),
      unit: textInput(unit),
      code: textInput(r.code),
      weight: r.weight,
      min: r.min ?? "",
      plan: r.plan ?? "",
      max: r.max ?? "",
      fact: r.fact ?? "",
      index: num(s.results[i]?.index),
      score: num(s.total),
      bonus: num(s.bonus),
    };
    return HISTORY_COLUMNS.map((c) => values[c]);
  });
}

/**
 * True when History holds this matrix's rows for the period and the sheet has nothing newer:
 * the same codes, and each fact either the one History holds or cleared (by a run that stopped
 * part way). A fact typed since, different from History's, makes it false.
 */
function sameInHistory(m: MatrixReading, held: readonly HistoryRow[]): boolean {
  const rows = m.snapshot.matrix.rows;
  if (rows.length !== held.length) return false;
  const left = [...held];
  return rows.every((r) => {
    const i = left.findIndex(
      (h) =>
        h.code === r.code.trim() &&
        (r.fact === undefined || (h.fact !== undefined && equal15(h.fact, r.fact)))
    );
    if (i < 0) return false;
    left.splice(i, 1);
    return true;
  });
}

const isFormula = (v: unknown) => typeof v === "string" && v.startsWith("=");

/** Steps that carry one matrix forward; counts what they clear and take. */
function carrySteps(
  m: MatrixReading,
  request: PeriodRequest,
  plansOf: (employee: string) => ReadonlyMap<string, number> | undefined
): { steps: PlanStep[]; factsCleared: number; plansTaken: number } {
  const { snapshot: s, layout, cells } = m;
  const sheet = s.sheet;
  const steps: PlanStep[] = [];
  // The period cell is written last: a batch that stops part way leaves the matrix in the
  // closed period, so closing again finishes it (see sameInHistory).
  const period: PlanStep[] = s.at.period
    ? [{ kind: "cells", sheet, address: s.at.period, inputs: [[textInput(request.next)]] }]
    : [];
  const rows = layout.rowAt;
  if (rows.length === 0) return { steps: period, factsCleared: 0, plansTaken: 0 };
  const first = rows[0];
  const height = rows[rows.length - 1] - first + 1;
  const column = (col: number, pick: (r: number, i: number) => CellInput | null) => {
    const inputs: (CellInput | null)[][] = Array.from({ length: height }, () => [null]);
    let n = 0;
    rows.forEach((r, i) => {
      const v = pick(r, i);
      if (v !== null) {
        inputs[r - first][0] = v;
        n += 1;
      }
    });
    if (n > 0)
      steps.push({ kind: "cells", sheet, address: rangeAddress(first, col, height, 1), inputs });
    return n;
  };
  const factCol = layout.cols.fact!;
  // Only typed facts go: a fact that is a formula (a collective KPI's unit fact) stays.
  const factsCleared = column(factCol, (r) => {
    const f = cells.formulas[r]?.[factCol];
    return isBlankCell(f) || isFormula(f) ? null : "";
  });
  let plansTaken = 0;
  const planCol = layout.cols.plan;
  if (request.plans === "table" && planCol !== undefined) {
    const own = plansOf(s.matrix.employee);
    plansTaken = column(planCol, (r, i) => {
      const code = s.matrix.rows[i].code.trim();
      const plan = code ? own?.get(code) : undefined;
      if (plan === undefined || isFormula(cells.formulas[r]?.[planCol])) return null;
      return plan === s.matrix.rows[i].plan ? null : plan;
    });
  }
  return { steps: [...steps, ...period], factsCleared, plansTaken };
}

function refusal(
  problem: "inHistory" | "noMatrices" | "name",
  period: string,
  sheet = ""
): {
  refused: Refusal;
} {
  return { refused: { reason: "period", problem, period, sheet } };
}

/** Plans closing the period, or why it is refused (nothing is written then). */
export function planClosePeriod(input: PeriodInput): PeriodPlan | { refused: Refusal } {
  const { inv, lang, request } = input;
  if (input.portable) return { refused: { reason: "portable", sheet: "" } };
  const period = request.period.trim();
  const next = request.next.trim();
  if (!period || !next || samePeriod(next, period)) return refusal("name", next);
  const history = input.history ? readHistory(input.history) : undefined;
  const held = (p: string) => history?.rows.filter((r) => samePeriod(r.period, p)) ?? [];
  if (held(next).length > 0) return refusal("inHistory", next, history!.sheet);

  const closing: MatrixReading[] = [];
  const skipped: PeriodPlan["skipped"] = [];
  for (const m of input.matrices) {
    const p = m.snapshot.matrix.period;
    if (blankPeriod(p) || samePeriod(p, period)) closing.push(m);
    else skipped.push({ sheet: m.snapshot.sheet, period: p.trim() });
  }
  const heldNow = held(period);
  if (closing.length === 0)
    return heldNow.length > 0
      ? refusal("inHistory", period, history!.sheet)
      : refusal("noMatrices", period);

  // A matrix whose rows History already holds for this period (a run that stopped part way) is
  // carried forward without writing them again; one whose rows differ is refused: closing the
  // same period twice would put two versions of it in History.
  const units = new Map(input.staff.map((m) => [employeeKey(m.employee), m.unit ?? ""]));
  // Personal plans as the build finds them: by personnel number when the person has one and
  // the plans table lists it, else by name.
  const numbers = new Map(input.staff.map((m) => [employeeKey(m.employee), m.personnelNo]));
  const plansOf = (employee: string) =>
    plansFor({ employee, personnelNo: numbers.get(employeeKey(employee)) }, input.plans);
  const newRows: CellInput[][] = [];
  const closed: PeriodMatrixResult[] = [];
  const carry: PlanStep[][] = [];
  const heldBy = new Map<string, HistoryRow[]>();
  for (const r of heldNow) {
    const k = employeeKey(r.employee);
    heldBy.set(k, [...(heldBy.get(k) ?? []), r]);
  }
  for (const m of closing) {
    const employee = m.snapshot.matrix.employee.trim() || m.snapshot.sheet;
    const mine = heldBy.get(employeeKey(employee)) ?? [];
    if (mine.length > 0 && !sameInHistory(m, mine))
      return refusal("inHistory", period, m.snapshot.sheet);
    const rows =
      mine.length > 0 ? [] : historyRowsOf(m, period, units.get(employeeKey(employee)) ?? "");
    newRows.push(...rows);
    const c = carrySteps(m, request, plansOf);
    carry.push(c.steps);
    closed.push({
      employee,
      sheet: m.snapshot.sheet,
      historyRows: rows.length,
      factsCleared: c.factsCleared,
      plansTaken: c.plansTaken,
    });
  }

  const maxBytes = input.maxBatchBytes ?? BATCH_BYTES;
  const hist = historyGroups(input, newRows, maxBytes);
  const tail: PlanStep[] = [];
  const register = input.register;
  const regTable = inv.tables.find(
    (t) => t.name.toLowerCase() === REGISTER_TABLE_NAME.toLowerCase()
  );
  const regCell = register && regTable ? registerPeriodCell(register) : undefined;
  if (register && regCell)
    tail.push({
      kind: "cells",
      sheet: register.sheet,
      address: cellAddress(regCell.row, regCell.col),
      inputs: [[textInput(next)]],
    });
  const unit = unitFactSteps(input.unitFacts);
  tail.push(...unit.steps);

  const allHistory: HistoryRow[] = [
    ...(history?.rows ?? []),
    ...newRows.map((r) => readHistoryLine(r)),
  ];
  const trends = trendsSteps({
    inv,
    lang,
    rows: allHistory,
    history: hist.target,
    existing: input.trends,
    newSheets: hist.newSheets,
  } satisfies TrendsTarget);

  // History first (after the old Trends block goes), then the matrices, then Trends, packed in
  // that order: a batch that fails part way (Excel applies a batch's operations in order) never
  // clears a fact that History does not hold yet.
  const batches = packBatches(
    [trends.clear, ...hist.groups, ...carry, tail, ...trends.groups],
    maxBytes
  );
  return {
    period,
    next,
    batches,
    closed,
    skipped,
    historySheet: hist.target.sheet,
    trendsSheet: trends.sheet,
    unitFactsCleared: unit.cleared,
  };
}

/** Clears the typed facts of the unit facts table (formulas stay). */
function unitFactSteps(table: TableCells | undefined): { steps: PlanStep[]; cleared: number } {
  if (!table) return { steps: [], cleared: 0 };
  const at = parseRange(table.address);
  const c = (table.values[0] ?? []).findIndex((h) => isLabel(h, UNIT_FACT_HEADER));
  if (c < 0 || at.rows < 2) return { steps: [], cleared: 0 };
  let cleared = 0;
  const inputs = Array.from({ length: at.rows - 1 }, (_, i): (CellInput | null)[] => {
    const f = table.formulas[i + 1]?.[c];
    if (isBlankCell(f) || isFormula(f)) return [null];
    cleared += 1;
    return [""];
  });
  if (cleared === 0) return { steps: [], cleared };
  return {
    steps: [
      {
        kind: "cells",
        sheet: table.sheet,
        address: rangeAddress(at.row + 1, at.col + c, at.rows - 1, 1),
        inputs,
      },
    ],
    cleared,
  };
}

/** The tables closing a period reads (the ones the workbook has are read). */
export const PERIOD_TABLES = [
  STAFF_TABLE_NAME,
  PLANS_TABLE_NAME,
  HISTORY_TABLE_NAME,
  UNIT_FACTS_TABLE_NAME,
] as const;

/** "Trends", "Динамика", or such a name made unique ("Trends (2)"). */
function isTrendsName(sheet: string): boolean {
  const base = sheet.replace(/ \(\d+\)$/, "").toLowerCase();
  return base === TRENDS_SHEET.en.toLowerCase() || base === TRENDS_SHEET.ru.toLowerCase();
}

/** The sheets closing a period reads: matrices, the register, a Trends sheet, the originals. */
export function periodSheets(inv: Inventory, originals: readonly string[]): string[] {
  const reg = registerSheetOf(inv);
  const trends = inv.sheets.filter(isTrendsName);
  return [...new Set([...matrixSheets(inv), ...(reg ? [reg] : []), ...trends, ...originals])];
}

/** What an adapter read, for the planner (sheets by name, tables by their fixed names). */
export interface PeriodReads {
  inv: Inventory;
  cells: ReadonlyMap<string, SheetCells>;
  tables: ReadonlyMap<string, TableCells>;
  portable: boolean;
}

const tableOf = (reads: PeriodReads, name: string) =>
  [...reads.tables.values()].find((t) => t.name.toLowerCase() === name.toLowerCase());

const gridOf = (t: TableCells | undefined) =>
  t ? { headers: t.values[0] ?? [], rows: t.values.slice(1) } : undefined;

/** The planner's input from what an adapter read. */
export function periodInput(reads: PeriodReads, request: PeriodRequest, lang: Lang): PeriodInput {
  const { inv, cells } = reads;
  const matrices = matrixSheets(inv)
    .map((s) => cells.get(s))
    .filter((c): c is SheetCells => c !== undefined)
    .map((c) => readMatrixCells(c))
    .filter((m): m is MatrixReading => m !== undefined);
  const reg = registerSheetOf(inv);
  const staff = gridOf(tableOf(reads, STAFF_TABLE_NAME));
  // The add-in's own Trends sheet: a sheet of that name (or "Trends (2)") with its title.
  const trends = inv.sheets
    .filter(isTrendsName)
    .map((s) => cells.get(s))
    .find((c) => isTrendsSheet(c));
  return {
    inv,
    lang,
    request,
    matrices,
    staff: staff ? readStaffGrid(staff) : [],
    plans: readPlansGrid(gridOf(tableOf(reads, PLANS_TABLE_NAME))),
    history: tableOf(reads, HISTORY_TABLE_NAME),
    unitFacts: tableOf(reads, UNIT_FACTS_TABLE_NAME),
    register: reg ? cells.get(reg) : undefined,
    trends,
    portable: reads.portable,
  };
}

/** The overview the pane shows, from what an adapter read. */
export function periodOverviewOf(reads: PeriodReads): PeriodOverview {
  const input = periodInput(reads, { period: "", next: "", plans: "keep" }, "en");
  return periodOverview(
    input.matrices,
    input.register,
    input.history ? readHistory(input.history) : undefined,
    tableOf(reads, PLANS_TABLE_NAME) !== undefined
  );
}
