/**
 * Building matrices for a whole staff in one action, and the bonus register ("Ведомость
 * премий") that follows them live. Decided here for both adapters: which sheet is whose, what a
 * rebuild keeps (the same rules as one matrix: nothing typed in a sheet is overwritten; the staff
 * table only fills what a sheet leaves blank and adds KPIs its position gained), sheet and table
 * names, and how the writes are cut into batches under Excel on the web's 5 MB request limit.
 */
import type { Lang, LocalText } from "../core/card";
import type { Matrix, MatrixRow } from "../core/matrix/types";
import { statusNumberFormat } from "../core/status";
import { employeeKey, type StaffMember } from "../core/team";
import { cellAddress, quoteSheet, rangeAddress } from "./a1";
import type { MatrixConflict } from "./matrix-merge";
import { rowKeys } from "./matrix-merge";
import {
  defaultLayout,
  FORMATS,
  INPUT_FILL,
  matrixOutputs,
  newMatrixPlan,
  updateMatrixPlan,
} from "./matrix-plan";
import type { MatrixLayout, MatrixReading } from "./matrix-read";
import { BATCH_BYTES, packBatches, type CellInput, type PlanStep, type WorkbookPlan } from "./plan";
import { uniqueSheetName } from "./sheet-names";
import { freshMatrixTableName, matrixTablesOn, type Inventory, type SheetCells } from "./snapshot";
import { isBlankCell, numberFromCell, textFromCell, textInput } from "./text";
import { cellResult } from "./cells";
import { isLabel } from "./headers";
import type { TeamLintInput } from "../core/lint/team";
import { staffLinkSteps, type StaffTableRead } from "./staff";
import {
  LINKED_FILL,
  planUnitFacts,
  unitFactFormula,
  unitFactKey,
  unitFactSource,
  UNIT_FACTS_TABLE_NAME,
  type UnitFactNeed,
  type UnitFactsTableRead,
} from "./unit-facts";

export const REGISTER_SHEET: LocalText = { en: "Bonus register", ru: "Ведомость премий" };
export const REGISTER_TABLE_NAME = "KpiRegister";

const REGISTER_COLUMNS = [
  "employee",
  "position",
  "unit",
  "score",
  "status",
  "bonus",
  "matrix",
] as const;
const REGISTER_HEADERS: Readonly<Record<(typeof REGISTER_COLUMNS)[number], LocalText>> = {
  employee: { en: "Employee", ru: "Сотрудник" },
  position: { en: "Position", ru: "Должность" },
  unit: { en: "Unit", ru: "Подразделение" },
  score: { en: "Score", ru: "Результат" },
  status: { en: "Status", ru: "Статус" },
  bonus: { en: "Bonus", ru: "Премия" },
  matrix: { en: "Matrix sheet", ru: "Лист матрицы" },
};
const REGISTER_LABELS = {
  title: { en: "Bonus register", ru: "Ведомость премий" },
  period: { en: "Period", ru: "Период" },
  fund: { en: "Bonus fund", ru: "Фонд премирования" },
  left: { en: "Left in the fund", ru: "Остаток фонда" },
  total: { en: "Total", ru: "Итого" },
  none: { en: "no matrix", ru: "нет матрицы" },
} as const satisfies Record<string, LocalText>;

/** Rows of the register sheet: title, period, fund, left; the table's header row. */
const FUND_ROW = 2;
const REGISTER_HEADER_ROW = 5;

/** One staff member to build for: the matrix their position gives (see core/team.ts). */
export interface TeamMemberRequest {
  member: StaffMember;
  matrix: Matrix;
  /** Codes of the matrix's collective KPIs: their fact comes from the unit facts table. */
  collective?: readonly string[];
}

export interface TeamRequest {
  period: string;
  members: TeamMemberRequest[];
  /** Staff rows that get no matrix, and why (listed in the register without one). */
  skipped: { member: StaffMember; reason: string }[];
}

export interface TeamBuildInput {
  inv: Inventory;
  lang: Lang;
  request: TeamRequest;
  /** Every matrix sheet of the workbook as read now. */
  matrices: MatrixReading[];
  /** The register sheet's cells, when the workbook has one. */
  register?: SheetCells;
  /** The staff table as read now (the build records each row's matrix sheet and base there). */
  staff?: StaffTableRead;
  /** The unit facts table as read now, when the workbook has one. */
  unitFacts?: UnitFactsTableRead;
  maxBatchBytes?: number;
}

export interface TeamMemberResult {
  employee: string;
  sheet: string;
  built: "new" | "updated";
  conflicts: MatrixConflict[];
  /**
   * Collective KPIs whose fact cell in this matrix holds a fact typed there (or the user's own
   * formula): it stays, and the unit's fact is not used in this matrix.
   */
  keptFacts?: string[];
  /** Collective KPIs of a member without a unit: their fact is typed in the matrix. */
  noUnit?: string[];
}

export interface TeamBuildPlan {
  /** Applied in order, one request each. */
  batches: WorkbookPlan[];
  results: TeamMemberResult[];
  registerSheet: string;
  /** The unit facts table's sheet, when the build needs or has one. */
  unitFactsSheet?: string;
}

/**
 * The "base" of a rebuild from the staff table: the sheet's own values, except where the sheet
 * is blank, so the staff table fills blanks (a bonus base, a personal plan) and changes nothing
 * typed; rows of the sheet the position no longer names stay (only the pane removes rows).
 */
export function staffBase(
  sheet: Matrix,
  staff: Matrix,
  last: { built?: { base?: number }; renamedFrom?: string } = {}
): Matrix {
  const blank = (v: unknown) => v === undefined || v === null || v === "";
  // Per field: where the sheet has a value, the base is the staff's (so "unchanged", the sheet
  // stays); where it is blank, the base is blank (so the staff's value fills it). Weights never
  // fill: the sheet's weight stays.
  const pick = <T>(sheetValue: T, staffValue: T): T =>
    blank(sheetValue) ? sheetValue : staffValue;
  const staffKeys = rowKeys(staff.rows);
  const sheetKeys = rowKeys(sheet.rows);
  const rows: MatrixRow[] = [];
  sheet.rows.forEach((r, i) => {
    const at = staffKeys.indexOf(sheetKeys[i]);
    if (at < 0) return; // not in the position any more: not in the base, so the row stays
    const s = staff.rows[at];
    rows.push({
      ...s,
      name: pick(r.name, s.name),
      unit: pick(r.unit, s.unit),
      min: pick(r.min, s.min),
      plan: pick(r.plan, s.plan),
      max: pick(r.max, s.max),
      fact: pick(r.fact, s.fact),
      weight: s.weight,
      method: s.method,
    });
  });
  // The bonus base, three-way when the staff row records the base of the last build: a base
  // changed in the staff table since then reaches the matrix, unless the matrix's base was
  // changed too (then the matrix's stays and it is reported). A base cleared in the staff table
  // never blanks the matrix's.
  const bonusBase =
    last.built && staff.bonusBase !== undefined
      ? last.built.base
      : pick(sheet.bonusBase, staff.bonusBase);
  // A person renamed in the staff table (found through the row's matrix sheet): the matrix's
  // employee follows, and so does its title while it is the add-in's (the old name).
  const renamed = last.renamedFrom;
  const oldTitle =
    renamed !== undefined &&
    (employeeKey(sheet.name) === employeeKey(renamed) ||
      employeeKey(sheet.name).startsWith(`${employeeKey(renamed)} (`));
  return {
    ...staff,
    rows,
    name: oldTitle ? sheet.name : pick(sheet.name, staff.name),
    employee: renamed !== undefined ? sheet.employee : pick(sheet.employee, staff.employee),
    period: pick(sheet.period, staff.period),
    bonusBase,
  };
}

/**
 * Which existing matrix is whose: first the matrix sheet the staff row recorded at the last
 * build (a person renamed in the staff table keeps their matrix; namesakes keep theirs apart),
 * then, for rows never built or whose sheet is gone, the matrix with the same employee, in
 * sheet order (namesakes take one each).
 */
export function matchMatrices(
  members: readonly TeamMemberRequest[],
  matrices: readonly MatrixReading[]
): Map<TeamMemberRequest, { reading: MatrixReading; byLink: boolean }> {
  const out = new Map<TeamMemberRequest, { reading: MatrixReading; byLink: boolean }>();
  const bySheet = new Map(matrices.map((m) => [m.snapshot.sheet.toLowerCase(), m]));
  const claimed = new Set<MatrixReading>();
  // A staff row copied with its "Matrix sheet" cell names the same sheet as the original: the
  // row whose person the matrix shows keeps it, and the copy is matched by name below.
  const linking = new Map<MatrixReading, TeamMemberRequest[]>();
  for (const m of members) {
    const link = m.member.lastBuild?.sheet;
    const r = link ? bySheet.get(link.trim().toLowerCase()) : undefined;
    if (r) linking.set(r, [...(linking.get(r) ?? []), m]);
  }
  for (const [r, list] of linking) {
    const k = employeeKey(r.snapshot.matrix.employee);
    const m = list.find((x) => employeeKey(x.member.employee) === k) ?? list[0];
    claimed.add(r);
    out.set(m, { reading: r, byLink: true });
  }
  const byName = new Map<string, MatrixReading[]>();
  for (const r of matrices) {
    const k = employeeKey(r.snapshot.matrix.employee);
    if (!k || claimed.has(r)) continue;
    byName.set(k, [...(byName.get(k) ?? []), r]);
  }
  for (const m of members) {
    if (out.has(m)) continue;
    const r = byName.get(employeeKey(m.member.employee))?.shift();
    if (!r) continue;
    claimed.add(r);
    out.set(m, { reading: r, byLink: false });
  }
  return out;
}

/**
 * What tells namesakes apart in a new sheet's name and a matrix title: the personnel number
 * when the staff table has one, else the unit (else nothing: the sheet gets " (2)").
 */
export function namesakeTags(
  members: readonly TeamMemberRequest[]
): Map<TeamMemberRequest, string> {
  const count = new Map<string, number>();
  for (const m of members) {
    const k = employeeKey(m.member.employee);
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  const out = new Map<TeamMemberRequest, string>();
  for (const m of members) {
    if ((count.get(employeeKey(m.member.employee)) ?? 0) < 2) continue;
    const tag = (m.member.personnelNo ?? "").trim() || (m.member.unit ?? "").trim();
    if (tag) out.set(m, tag);
  }
  return out;
}

/** The unit facts a request needs: one per member's unit and collective card. */
function unitFactNeeds(request: TeamRequest): UnitFactNeed[] {
  const out: UnitFactNeed[] = [];
  for (const m of request.members) {
    const unit = (m.member.unit ?? "").trim();
    if (!unit) continue;
    for (const code of m.collective ?? []) {
      const row = m.matrix.rows.find((r) => r.code === code);
      out.push({ unit, code, name: row?.name ?? code, measure: row?.unit });
    }
  }
  return out;
}

/**
 * The fact cells of a member's collective KPIs: a formula referring to the unit's fact where
 * the cell is blank or holds the add-in's formula already (moved to another unit or row, it
 * follows); a fact typed in the matrix, or a formula of the user's, stays (the user's choice
 * wins) and is reported. A cell still taking a unit fact for a KPI that is no longer collective
 * (or for a member who lost their unit) is emptied for typing.
 */
function collectiveFactSteps(
  req: TeamMemberRequest,
  sheet: string,
  rows: readonly MatrixRow[],
  layout: MatrixLayout,
  old: MatrixReading | undefined,
  facts: { sheet: string; cells: Map<string, string> }
): { steps: PlanStep[]; kept: string[]; noUnit: string[] } {
  const steps: PlanStep[] = [];
  const kept: string[] = [];
  const noUnit: string[] = [];
  const factCol = layout.cols.fact;
  if (factCol === undefined) return { steps, kept, noUnit };
  const collective = new Set(req.collective ?? []);
  const unit = (req.member.unit ?? "").trim();
  const oldKeys = old ? rowKeys(old.snapshot.matrix.rows) : [];
  const keys = rowKeys(rows);
  rows.forEach((row, i) => {
    const r = layout.rowAt[i];
    if (r === undefined) return;
    const j = oldKeys.indexOf(keys[i]);
    const oldRow = old && j >= 0 ? old.layout.rowAt[j] : undefined;
    const oldCol = old?.layout.cols.fact;
    const formula =
      oldRow !== undefined && oldCol !== undefined ? old!.cells.formulas[oldRow]?.[oldCol] : "";
    const value =
      oldRow !== undefined && oldCol !== undefined ? old!.cells.values[oldRow]?.[oldCol] : "";
    const ours = unitFactSource(formula, facts.sheet) !== undefined;
    const blank = isBlankCell(formula) && isBlankCell(value);
    const at = cellAddress(r, factCol);
    const write = (input: CellInput, fill: string) => {
      steps.push({ kind: "cells", sheet, address: at, inputs: [[input]] });
      steps.push({ kind: "style", sheet, address: at, fill });
    };
    if (collective.has(row.code)) {
      if (!unit) {
        if (!noUnit.includes(row.code)) noUnit.push(row.code);
        if (ours) write("", INPUT_FILL);
        return;
      }
      const target = facts.cells.get(unitFactKey(unit, row.code));
      if (!target) return;
      const f = unitFactFormula(facts.sheet, target);
      if (blank || ours) {
        if (formula !== f) write(f, LINKED_FILL);
      } else if (!kept.includes(row.code)) kept.push(row.code);
      return;
    }
    if (ours) write("", INPUT_FILL);
  });
  return { steps, kept, noUnit };
}

/** Plans building every member's matrix and the register, cut into batches. */
export function planTeamBuild(input: TeamBuildInput): TeamBuildPlan {
  const { inv, lang, request } = input;
  const maxBytes = input.maxBatchBytes ?? BATCH_BYTES;
  const sheets = [...inv.sheets];
  const tables = [...inv.tables];
  const matched = matchMatrices(request.members, input.matrices);
  const tags = namesakeTags(request.members);
  const groups: PlanStep[][] = [];
  const results: TeamMemberResult[] = [];
  const refs: { member: StaffMember; sheet: string; layout: MatrixLayout }[] = [];

  // The unit facts come first: the matrices' collective facts refer to them.
  const facts = planUnitFacts(unitFactNeeds(request), input.unitFacts, sheets, lang);
  if (facts.sheet && !sheets.includes(facts.sheet)) sheets.push(facts.sheet);
  if (!input.unitFacts && facts.sheet)
    tables.push({ name: UNIT_FACTS_TABLE_NAME, sheet: facts.sheet, address: "" });

  // Every member's sheet, before anything is written (the staff table records them).
  const sheetOf = new Map<TeamMemberRequest, string>();
  for (const req of request.members) {
    const old = matched.get(req);
    if (old) {
      sheetOf.set(req, old.reading.snapshot.sheet);
      continue;
    }
    const tag = tags.get(req);
    const title = tag ? `${req.matrix.name || req.member.employee} (${tag})` : req.matrix.name;
    const sheet = uniqueSheetName(title || req.member.employee, sheets);
    sheets.push(sheet);
    sheetOf.set(req, sheet);
  }
  const links = input.staff
    ? staffLinkSteps(
        input.staff,
        lang,
        request.members.map((req) => ({ member: req.member, sheet: sheetOf.get(req)! }))
      )
    : undefined;
  const head = [...facts.steps, ...(links?.head ?? [])];
  if (head.length) groups.push(head);

  for (const req of request.members) {
    const { member, matrix } = req;
    const tag = tags.get(req);
    const wanted: Matrix = {
      ...matrix,
      name: tag ? `${matrix.name || member.employee} (${tag})` : matrix.name,
      period: matrix.period || request.period,
    };
    const sheet = sheetOf.get(req)!;
    const linkSteps = links?.rows.get(member) ?? [];
    const found = matched.get(req);
    if (found) {
      const old = found.reading;
      const own = matrixTablesOn({ sheets, tables }, sheet);
      const name = own[0] ?? freshMatrixTableName({ sheets, tables });
      const was = old.snapshot.matrix.employee;
      const renamed =
        found.byLink && employeeKey(was) !== employeeKey(member.employee) ? was : undefined;
      const base = staffBase(old.snapshot.matrix, wanted, {
        ...(member.lastBuild ? { built: { base: member.lastBuild.base } } : {}),
        ...(renamed !== undefined ? { renamedFrom: renamed } : {}),
      });
      const u = updateMatrixPlan(old, base, wanted, lang, { unlist: own, name });
      const c = collectiveFactSteps(req, sheet, u.matrix.rows, u.layout, old, facts);
      groups.push([...u.plan.steps.filter((s) => s.kind !== "activate"), ...c.steps, ...linkSteps]);
      results.push({
        employee: member.employee,
        sheet,
        built: "updated",
        conflicts: u.conflicts,
        ...(c.kept.length ? { keptFacts: c.kept } : {}),
        ...(c.noUnit.length ? { noUnit: c.noUnit } : {}),
      });
      refs.push({ member, sheet, layout: u.layout });
      continue;
    }
    const name = freshMatrixTableName({ sheets, tables });
    tables.push({ name, sheet, address: "" });
    const plan = newMatrixPlan({ ...wanted, sheet }, sheet, lang, name);
    const layout = defaultLayout(wanted.rows.length, wanted.scale.length);
    const c = collectiveFactSteps(req, sheet, wanted.rows, layout, undefined, facts);
    groups.push([...plan.steps.filter((s) => s.kind !== "activate"), ...c.steps, ...linkSteps]);
    results.push({
      employee: member.employee,
      sheet,
      built: "new",
      conflicts: [],
      ...(c.noUnit.length ? { noUnit: c.noUnit } : {}),
    });
    refs.push({ member, sheet, layout });
  }

  const register = registerSteps(input, refs, sheets);
  groups.push(register.steps);

  const batches = packBatches(groups, maxBytes);
  return {
    batches,
    results,
    registerSheet: register.sheet,
    ...(facts.sheet ? { unitFactsSheet: facts.sheet } : {}),
  };
}

/** The register: one live row per person (references to their matrix), totals and the fund. */
function registerSteps(
  input: TeamBuildInput,
  refs: { member: StaffMember; sheet: string; layout: MatrixLayout }[],
  sheets: string[]
): { sheet: string; steps: PlanStep[] } {
  const { lang, request, inv } = input;
  const steps: PlanStep[] = [];
  const existing = inv.tables.find(
    (t) => t.name.toLowerCase() === REGISTER_TABLE_NAME.toLowerCase()
  );
  const sheet = existing?.sheet ?? uniqueSheetName(REGISTER_SHEET[lang], sheets);
  const found = existing && input.register ? registerRows(input.register) : undefined;
  if (existing && input.register && found) {
    return {
      sheet,
      steps: [
        { kind: "unlistTable", table: existing.name },
        ...rebuildRegister(input, refs, sheet, found),
      ],
    };
  }
  const fund = "";
  if (existing) {
    // A register whose labels the user removed: rebuilt from the top (its old table goes).
    steps.push({ kind: "unlistTable", table: existing.name });
    const oldRows = input.register?.values.length ?? 0;
    if (oldRows > 0) {
      const area = rangeAddress(0, 0, oldRows, REGISTER_COLUMNS.length);
      steps.push({ kind: "clearConditionalFormats", sheet, address: area });
      steps.push({ kind: "clearCells", sheet, address: area });
    }
  } else {
    steps.push({ kind: "addSheet", sheet });
  }
  const width = REGISTER_COLUMNS.length;
  const rows: CellInput[][] = [];
  const formats: string[][] = [];
  const line = (cells: CellInput[], f: string[]) => {
    rows.push([...cells, ...new Array(width - cells.length).fill("")]);
    formats.push([...f, ...new Array(width - f.length).fill(FORMATS.general)]);
  };
  const L = REGISTER_LABELS;
  const people = Math.max(refs.length + request.skipped.length, 1);
  const totalRow = REGISTER_HEADER_ROW + 1 + people;
  const totalBonus = cellAddress(totalRow, REGISTER_COLUMNS.indexOf("bonus"));
  const fundAt = cellAddress(FUND_ROW, 1);
  line([L.title[lang]], [FORMATS.general]);
  line([L.period[lang], textInput(request.period)], [FORMATS.general, FORMATS.general]);
  line([L.fund[lang], fund], [FORMATS.general, FORMATS.money]);
  line(
    [L.left[lang], `=IF(${fundAt}="","",${fundAt}-${totalBonus})`],
    [FORMATS.general, FORMATS.money]
  );
  line([], []);
  const body = registerBody(input, refs, REGISTER_HEADER_ROW, totalRow);
  rows.push(...body.rows);
  formats.push(...body.formats);
  const last = totalRow - 1;
  const address = rangeAddress(0, 0, rows.length, width);
  steps.push({ kind: "cells", sheet, address, inputs: rows, numberFormats: formats });
  steps.push({ kind: "style", sheet, address: cellAddress(0, 0), bold: true, fontSize: 14 });
  steps.push({ kind: "style", sheet, address: cellAddress(FUND_ROW, 1), fill: INPUT_FILL });
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
    name: REGISTER_TABLE_NAME,
    address: rangeAddress(REGISTER_HEADER_ROW, 0, last - REGISTER_HEADER_ROW + 1, width),
    style: "TableStyleMedium2",
  });
  steps.push({ kind: "columnWidths", sheet, widths: [200, 140, 110, 75, 60, 95, 160] });
  steps.push({ kind: "activate", sheet });
  return { sheet, steps };
}

/** The register table's rows: the header, one row a person (live references), the Total row. */
function registerBody(
  input: TeamBuildInput,
  refs: { member: StaffMember; sheet: string; layout: MatrixLayout }[],
  headerRow: number,
  totalRow: number
): { rows: CellInput[][]; formats: string[][] } {
  const { lang, request } = input;
  const width = REGISTER_COLUMNS.length;
  const rows: CellInput[][] = [];
  const formats: string[][] = [];
  const line = (cells: CellInput[], f: string[]) => {
    rows.push([...cells, ...new Array(width - cells.length).fill("")]);
    formats.push([...f, ...new Array(width - f.length).fill(FORMATS.general)]);
  };
  const L = REGISTER_LABELS;
  const g = FORMATS.general;
  const pct = FORMATS.percent1;
  line(
    REGISTER_COLUMNS.map((c) => REGISTER_HEADERS[c][lang]),
    []
  );
  for (const r of refs) {
    const out = matrixOutputs(r.layout);
    const at = (a: string) => (a ? `=${quoteSheet(r.sheet)}!${a}` : "");
    line(
      [
        textInput(r.member.employee),
        textInput(r.member.position),
        textInput(r.member.unit ?? ""),
        at(out.total),
        at(out.status),
        at(out.bonus),
        textInput(r.sheet),
      ],
      [g, g, g, pct, statusNumberFormat(lang), FORMATS.money, g]
    );
  }
  for (const s of request.skipped) {
    line(
      [
        textInput(s.member.employee),
        textInput(s.member.position),
        textInput(s.member.unit ?? ""),
        "",
        "",
        "",
        textInput(`${L.none[lang]}: ${s.reason}`),
      ],
      []
    );
  }
  if (refs.length + request.skipped.length === 0) line([], []);
  const first = headerRow + 1;
  const col = (c: number) => rangeAddress(first, c, totalRow - first, 1);
  const scoreCol = REGISTER_COLUMNS.indexOf("score");
  const bonusCol = REGISTER_COLUMNS.indexOf("bonus");
  line(
    [L.total[lang], "", "", `=IFERROR(AVERAGE(${col(scoreCol)}),"")`, "", `=SUM(${col(bonusCol)})`],
    [g, g, g, pct, g, FORMATS.money]
  );
  return { rows, formats };
}

/** Rows of an existing register, found by their labels (the user may have inserted rows). */
interface RegisterRows {
  periodRow: number;
  fundRow: number;
  leftRow: number;
  headerRow: number;
  totalRow: number;
}

function registerRows(cells: SheetCells): RegisterRows | undefined {
  const v = cells.values;
  const find = (label: LocalText, from = 0) => {
    for (let r = from; r < v.length; r++) if (isLabel(v[r]?.[0], label)) return r;
    return -1;
  };
  const headerRow = find(REGISTER_HEADERS.employee);
  if (headerRow < 0) return undefined;
  const totalRow = find(REGISTER_LABELS.total, headerRow + 1);
  const rows = {
    periodRow: find(REGISTER_LABELS.period),
    fundRow: find(REGISTER_LABELS.fund),
    leftRow: find(REGISTER_LABELS.left),
    headerRow,
    totalRow,
  };
  return Object.values(rows).every((r) => r >= 0) && rows.fundRow < headerRow ? rows : undefined;
}

/**
 * Rebuilds an existing register in place: the period and the fund's remainder are written
 * again, the table rows between the header and the Total row are replaced (rows are inserted
 * when the staff grew, so what the user keeps under the register moves down), and the fund the
 * user typed, a formula or a number, is never touched; nor is anything beside or below.
 */
function rebuildRegister(
  input: TeamBuildInput,
  refs: { member: StaffMember; sheet: string; layout: MatrixLayout }[],
  sheet: string,
  at: RegisterRows
): PlanStep[] {
  const { request } = input;
  const steps: PlanStep[] = [];
  const width = REGISTER_COLUMNS.length;
  const people = Math.max(refs.length + request.skipped.length, 1);
  const oldPeople = at.totalRow - at.headerRow - 1;
  if (people > oldPeople) {
    steps.push({ kind: "insertRows", sheet, row: at.totalRow, count: people - oldPeople });
  }
  const totalRow = at.headerRow + 1 + people;
  const area = rangeAddress(
    at.headerRow,
    0,
    Math.max(totalRow, at.totalRow + Math.max(people - oldPeople, 0)) - at.headerRow + 1,
    width
  );
  steps.push({ kind: "clearConditionalFormats", sheet, address: area });
  steps.push({ kind: "clearCells", sheet, address: area });
  const body = registerBody(input, refs, at.headerRow, totalRow);
  steps.push({
    kind: "cells",
    sheet,
    address: rangeAddress(at.headerRow, 0, body.rows.length, width),
    inputs: body.rows,
    numberFormats: body.formats,
  });
  const fund = cellAddress(at.fundRow, 1);
  const totalBonus = cellAddress(totalRow, REGISTER_COLUMNS.indexOf("bonus"));
  // A build without a period (the field left empty) keeps the period the register shows.
  if (request.period.trim() !== "")
    steps.push({
      kind: "cells",
      sheet,
      address: cellAddress(at.periodRow, 1),
      inputs: [[textInput(request.period)]],
    });
  steps.push({
    kind: "cells",
    sheet,
    address: cellAddress(at.leftRow, 1),
    inputs: [[`=IF(${fund}="","",${fund}-${totalBonus})`]],
    numberFormats: [[FORMATS.money]],
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
    name: REGISTER_TABLE_NAME,
    address: rangeAddress(at.headerRow, 0, people + 1, width),
    style: "TableStyleMedium2",
  });
  steps.push({ kind: "activate", sheet });
  return steps;
}

/** How many sheets one read request takes (a 7-KPI matrix reads as ~10 KB: ~1.5 MB a request). */
export const TEAM_READ_SHEETS = 150;

/** The sheets a team build reads, in requests of at most TEAM_READ_SHEETS. */
export function teamReadChunks(sheets: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < sheets.length; i += TEAM_READ_SHEETS)
    out.push(sheets.slice(i, i + TEAM_READ_SHEETS));
  return out;
}

/** The sheet of the register table, when the workbook has one. */
export function registerSheetOf(inv: Inventory): string | undefined {
  return inv.tables.find((t) => t.name.toLowerCase() === REGISTER_TABLE_NAME.toLowerCase())?.sheet;
}

/** The register read back for the check: the fund, the total bonus and each person's row. */
export function readRegister(cells: SheetCells): TeamLintInput | undefined {
  const at = registerRows(cells);
  if (!at) return undefined;
  const v = cells.values;
  const people: TeamLintInput["people"] = [];
  const scoreCol = REGISTER_COLUMNS.indexOf("score");
  for (let r = at.headerRow + 1; r < at.totalRow; r++) {
    const name = v[r]?.[0];
    if (isBlankCell(name)) continue;
    const sheet = v[r]?.[REGISTER_COLUMNS.indexOf("matrix")];
    const linked = !isBlankCell(cells.formulas[r]?.[scoreCol]);
    const unit = textFromCell(v[r]?.[REGISTER_COLUMNS.indexOf("unit")]).trim();
    people.push({
      employee: String(name),
      ...(unit ? { unit } : {}),
      ...(linked && typeof sheet === "string" && sheet !== "" ? { matrixSheet: sheet } : {}),
      at: cellAddress(r, 0),
    });
  }
  const bonusCol = REGISTER_COLUMNS.indexOf("bonus");
  const fund = numberFromCell(v[at.fundRow]?.[1]);
  return {
    sheet: cells.sheet,
    ...(fund !== undefined ? { fund } : {}),
    fundAt: cellAddress(at.fundRow, 1),
    totalBonus: cellResult(v[at.totalRow]?.[bonusCol]),
    totalAt: cellAddress(at.totalRow, bonusCol),
    people,
  };
}

/**
 * Where an existing register's parts are, for the roll-up (src/workbook/rollup-plan.ts): its
 * rows found by their labels, and the columns it writes. Undefined when its labels are gone.
 */
export function registerLayout(
  cells: SheetCells
): (RegisterRows & { columns: Record<(typeof REGISTER_COLUMNS)[number], number> }) | undefined {
  const at = registerRows(cells);
  if (!at) return undefined;
  const columns = Object.fromEntries(REGISTER_COLUMNS.map((c, i) => [c, i])) as Record<
    (typeof REGISTER_COLUMNS)[number],
    number
  >;
  return { ...at, columns };
}
