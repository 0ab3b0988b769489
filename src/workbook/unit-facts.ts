/**
 * Collective KPIs (DESIGN.md "The team cycle"): the unit facts table ("Unit facts" / "Факты
 * подразделений", table KpiUnitFacts) holds one fact per unit and collective card, and the
 * fact cell of that KPI in the matrix of every member of the unit is a formula referring to
 * it. Decided here for both adapters: which rows the table needs, how it grows (rows the user
 * typed stay, facts typed stay, no row twice), the formula, and what a rebuild does with a fact
 * cell that holds something else.
 */
import type { Card, Lang, LocalText } from "../core/card";
import type { TeamLintInput } from "../core/lint/team";
import { cellResult } from "./cells";
import type { MatrixReading } from "./matrix-read";
import { employeeKey } from "../core/team";
import { isPercentUnit } from "../core/library/units";
import { cellAddress, parseRange, quoteSheet, rangeAddress } from "./a1";
import { recognizeHeaders } from "./headers";
import { blankGuard, FORMATS, INPUT_FILL } from "./matrix-plan";
import type { CellInput, PlanStep } from "./plan";
import { uniqueSheetName } from "./sheet-names";
import type { TableGrid } from "./staff";
import { isBlankCell, textFromCell, textInput } from "./text";

export const UNIT_FACTS_SHEET: LocalText = { en: "Unit facts", ru: "Факты подразделений" };
export const UNIT_FACTS_TABLE_NAME = "KpiUnitFacts";

/** Unit, code and fact are the table's; the KPI's name, at the right, is there to read. */
export const UNIT_FACTS_COLUMNS = ["unit", "code", "fact", "name"] as const;
export type UnitFactsColumn = (typeof UNIT_FACTS_COLUMNS)[number];

export const UNIT_FACTS_HEADERS: Readonly<
  Record<UnitFactsColumn, LocalText & { also?: string[] }>
> = {
  unit: { en: "Unit", ru: "Подразделение", also: ["Store", "Department", "Магазин", "Отдел"] },
  code: { en: "Code", ru: "Код", also: ["Card code", "Код карточки"] },
  fact: { en: "Fact", ru: "Факт" },
  name: { en: "KPI", ru: "Показатель" },
};

/** The fill of a matrix fact cell that takes its value from the unit facts table. */
export const LINKED_FILL = "#E7E6E6";

/** The unit facts table as an adapter read it: where it is, its header and rows. */
export interface UnitFactsTableRead extends TableGrid {
  name: string;
  sheet: string;
  /** A1 of the whole table, header row included. */
  address: string;
}

/** One row of the unit facts table as read. */
export interface UnitFactRow {
  unit: string;
  code: string;
  /** The fact as the cell shows it (blank: undefined). */
  fact: unknown;
  /** The fact cell, A1 on the table's sheet. */
  at: string;
}

/** The key of a unit and card code: units match as names do (case, spaces, ё ignored). */
export function unitFactKey(unit: string, code: string): string {
  return `${employeeKey(unit)}\u0000${code.trim()}`;
}

function columnsOf(headers: readonly unknown[]): Partial<Record<UnitFactsColumn, number>> {
  const out: Partial<Record<UnitFactsColumn, number>> = {};
  recognizeHeaders(headers, UNIT_FACTS_HEADERS).forEach((k, i) => {
    if (k) out[k] = i;
  });
  return out;
}

/** The table's rows with a unit and a code (the first row of a pair is the one used). */
export function readUnitFacts(table: UnitFactsTableRead): UnitFactRow[] {
  const cols = columnsOf(table.headers);
  if (cols.unit === undefined || cols.code === undefined || cols.fact === undefined) return [];
  const t = parseRange(table.address);
  const out: UnitFactRow[] = [];
  table.rows.forEach((row, i) => {
    const unit = textFromCell(row[cols.unit!]).trim();
    const code = textFromCell(row[cols.code!]).trim();
    if (!unit || !code) return;
    const v = row[cols.fact!];
    out.push({
      unit,
      code,
      fact: isBlankCell(v) ? undefined : v,
      at: cellAddress(t.row + 1 + i, t.col + cols.fact!),
    });
  });
  return out;
}

/** A unit fact a build needs: the unit, the card, and its name and unit for the new row. */
export interface UnitFactNeed {
  unit: string;
  code: string;
  name: string;
  measure?: string;
}

/** What a build does to the unit facts table, and where each needed fact is. */
export interface UnitFactsPlan {
  steps: PlanStep[];
  /** The table's sheet ("" when no fact is needed and there is no table). */
  sheet: string;
  /** unitFactKey → the fact cell, A1 on `sheet`. */
  cells: Map<string, string>;
}

/**
 * Creates the unit facts table with the facts `needs` (in order, each pair once), or extends
 * the existing one with the pairs it lacks, appended at its bottom. Rows the user typed stay,
 * and so does every fact typed; a pair already there, in any row, is never added twice.
 */
export function planUnitFacts(
  needs: readonly UnitFactNeed[],
  table: UnitFactsTableRead | undefined,
  sheets: readonly string[],
  lang: Lang
): UnitFactsPlan {
  const cells = new Map<string, string>();
  const steps: PlanStep[] = [];
  const wanted: UnitFactNeed[] = [];
  const seen = new Set<string>();
  for (const n of needs) {
    const k = unitFactKey(n.unit, n.code);
    if (seen.has(k)) continue;
    seen.add(k);
    wanted.push(n);
  }
  const factFormat = (n: UnitFactNeed) =>
    isPercentUnit(n.measure) ? FORMATS.percent1 : FORMATS.number;
  if (table) {
    const cols = columnsOf(table.headers);
    const t = parseRange(table.address);
    let width = t.cols;
    for (const c of ["unit", "code", "fact"] as const) {
      if (cols[c] !== undefined) continue;
      steps.push({
        kind: "addTableColumn",
        table: table.name,
        header: UNIT_FACTS_HEADERS[c][headerLanguage(table.headers, lang)],
      });
      cols[c] = width++;
    }
    for (const r of readUnitFacts(table)) {
      const k = unitFactKey(r.unit, r.code);
      if (!cells.has(k)) cells.set(k, r.at);
    }
    const missing = wanted.filter((n) => !cells.has(unitFactKey(n.unit, n.code)));
    if (missing.length > 0) {
      const first = t.row + t.rows;
      const inputs: CellInput[][] = [];
      const formats: string[][] = [];
      missing.forEach((n, i) => {
        const line: CellInput[] = new Array(width).fill("");
        const fmt: string[] = new Array(width).fill(FORMATS.general);
        line[cols.unit!] = textInput(n.unit);
        line[cols.code!] = textInput(n.code);
        if (cols.name !== undefined) line[cols.name] = textInput(n.name);
        fmt[cols.fact!] = factFormat(n);
        inputs.push(line);
        formats.push(fmt);
        cells.set(unitFactKey(n.unit, n.code), cellAddress(first + i, t.col + cols.fact!));
      });
      steps.push({
        kind: "addTableRows",
        table: table.name,
        sheet: table.sheet,
        address: rangeAddress(first, t.col, missing.length, width),
        inputs,
        numberFormats: formats,
      });
      steps.push({
        kind: "style",
        sheet: table.sheet,
        address: rangeAddress(first, t.col + cols.fact!, missing.length, 1),
        fill: INPUT_FILL,
      });
    }
    return { steps, sheet: table.sheet, cells };
  }
  if (wanted.length === 0) return { steps, sheet: "", cells };
  const sheet = uniqueSheetName(UNIT_FACTS_SHEET[lang], sheets);
  const header = UNIT_FACTS_COLUMNS.map((c) => UNIT_FACTS_HEADERS[c][lang]);
  const inputs: CellInput[][] = [header];
  const formats: string[][] = [header.map(() => FORMATS.general)];
  const factCol = UNIT_FACTS_COLUMNS.indexOf("fact");
  wanted.forEach((n, i) => {
    inputs.push([textInput(n.unit), textInput(n.code), "", textInput(n.name)]);
    formats.push([FORMATS.general, FORMATS.general, factFormat(n), FORMATS.general]);
    cells.set(unitFactKey(n.unit, n.code), cellAddress(1 + i, factCol));
  });
  const address = rangeAddress(0, 0, inputs.length, header.length);
  steps.push(
    { kind: "addSheet", sheet },
    { kind: "cells", sheet, address, inputs, numberFormats: formats },
    { kind: "addTable", sheet, name: UNIT_FACTS_TABLE_NAME, address, style: "TableStyleMedium2" },
    { kind: "style", sheet, address: rangeAddress(1, factCol, wanted.length, 1), fill: INPUT_FILL },
    { kind: "columnWidths", sheet, widths: [140, 150, 90, 260] }
  );
  return { steps, sheet, cells };
}

function headerLanguage(headers: readonly unknown[], fallback: Lang): Lang {
  const texts = headers.map((h) => textFromCell(h).trim());
  const keys = UNIT_FACTS_COLUMNS;
  if (keys.some((k) => texts.includes(UNIT_FACTS_HEADERS[k].ru))) return "ru";
  if (keys.some((k) => texts.includes(UNIT_FACTS_HEADERS[k].en))) return "en";
  return fallback;
}

/** An absolute reference to a unit fact cell from another sheet. */
function absolute(sheet: string, at: string): string {
  const r = parseRange(at);
  const a = cellAddress(r.row, r.col);
  const col = a.replace(/\d+$/, "");
  return `${quoteSheet(sheet)}!$${col}$${r.row + 1}`;
}

/**
 * The formula of a matrix fact cell that takes a unit fact: the unit fact itself, with the
 * blank guard the matrix uses (a blank unit fact reads as blank, not 0).
 */
export function unitFactFormula(sheet: string, at: string): string {
  return `=${blankGuard(absolute(sheet, at))}`;
}

/**
 * The unit facts cell a matrix fact formula written by the add-in refers to (A1, no $), when
 * the formula is exactly the add-in's (`=IF(ref="","",ref)` with the same reference twice)
 * and `sheet` is the sheet referred to; undefined for anything else (the user's own formula).
 */
export function unitFactSource(formula: unknown, sheet: string): string | undefined {
  if (typeof formula !== "string" || !sheet) return undefined;
  const m = /^=IF\((.+)="",\s*"",\s*(.+)\)$/i.exec(formula.trim());
  if (!m || m[1].trim() !== m[2].trim()) return undefined;
  const ref = m[1].trim();
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return undefined;
  const name = ref.slice(0, bang);
  const unquoted =
    name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
  if (unquoted.toLowerCase() !== sheet.toLowerCase()) return undefined;
  const cell = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.slice(bang + 1));
  return cell ? `${cell[1].toUpperCase()}${cell[2]}` : undefined;
}

/**
 * What the check needs of collective KPIs, beside the register: the unit facts table's rows,
 * the matrix fact cells that refer to them (read from the matrices' formulas) and the codes of
 * collective cards.
 */
export function collectiveLintInput(
  table: UnitFactsTableRead | undefined,
  matrices: readonly MatrixReading[],
  cards: readonly Card[] | undefined
): Pick<TeamLintInput, "unitFacts" | "linked" | "collectiveCodes"> {
  const out: Pick<TeamLintInput, "unitFacts" | "linked" | "collectiveCodes"> = {};
  const codes = (cards ?? []).filter((c) => c.collective).map((c) => c.code);
  if (codes.length) out.collectiveCodes = codes;
  if (!table) return out;
  out.unitFacts = {
    sheet: table.sheet,
    rows: readUnitFacts(table).map((r) => ({
      unit: r.unit,
      code: r.code,
      fact: cellResult(r.fact),
      at: r.at,
    })),
  };
  const linked: NonNullable<TeamLintInput["linked"]> = [];
  for (const m of matrices) {
    const col = m.layout.cols.fact;
    if (col === undefined) continue;
    m.layout.rowAt.forEach((r, i) => {
      const source = unitFactSource(m.cells.formulas[r]?.[col], table.sheet);
      if (source) linked.push({ matrixSheet: m.snapshot.sheet, row: i, source });
    });
  }
  out.linked = linked;
  return out;
}
