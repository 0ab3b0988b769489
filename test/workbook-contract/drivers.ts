/**
 * The two adapters under one interface for the contract suite: the sandbox (HyperFormula) and
 * the Office adapter over office-addin-mock (test/office/fake-excel.ts, the one fake Excel).
 * A driver also does what a user does in the sheet (type, merge, filter) and reads cells back.
 */
import { OfficeMockObject } from "office-addin-mock";
import { OfficeHost } from "../../src/office/excel-host";
import { SandboxHost } from "../../src/sandbox/host";
import { parseRange } from "../../src/workbook/a1";
import type { BuildOptions, StaffSnapshot, WorkbookHost } from "../../src/workbook/host";
import type { Card } from "../../src/core/card";
import { cardFromLibrary, findLibraryCard } from "../../src/core/library";
import type { Matrix } from "../../src/core/matrix/types";
import { collectiveCodes, memberMatrix, positionCards } from "../../src/core/team";
import { ROLE_TEMPLATES } from "../../src/core/templates";
import type { TeamRequest } from "../../src/workbook/team-plan";
import { FakeBook } from "../office/fake-book";
import { fakeExcel } from "../office/fake-excel";

export interface Driver {
  name: string;
  host: WorkbookHost;
  /** A user typing into a cell (what HyperFormula and Excel parse alike: "0012" is a number). */
  type(sheet: string, address: string, input: string | number | boolean | null): void;
  /** The value a cell shows (errors as their code, blanks as undefined). */
  value(sheet: string, address: string): unknown;
  /** The formula of a cell, or its constant. */
  formula(sheet: string, address: string): unknown;
  sheets(): string[];
  addSheet(name: string): void;
  /** Table name → sheet and A1 range (header included). */
  tables(): Map<string, { sheet: string; address: string }>;
  /** Inserts whole rows before a 0-based row (a user's "Insert rows"). */
  insertRows(sheet: string, row: number, count: number): void;
  /** A cell's number format, and a user setting one. */
  numberFormat(sheet: string, address: string): string | undefined;
  setNumberFormat(sheet: string, address: string, format: string): void;
  /** Merges cells (Excel refuses writes that cut through them). */
  merge(sheet: string, address: string): void;
  /** Filters a table, hiding some rows (Excel misplaces block writes across it). */
  filter(table: string): void;
  /** Selects a range (what the user does before an analysis). */
  select(sheet: string, address: string): void;
  /** Sync calls and the largest request so far (Office only). */
  syncs(): number | undefined;
  maxRequestBytes(): number | undefined;
}

const plain = (v: unknown): unknown => {
  if (v === null || v === undefined || v === "") return undefined;
  if (typeof v === "object" && v && "error" in v) return (v as { error: string }).error;
  if (typeof v === "object" && v && "value" in v) return (v as { value: string }).value;
  return v;
};

export function sandboxDriver(): Driver {
  const host = new SandboxHost({ displayLanguage: "en-US" });
  return {
    name: "sandbox",
    host,
    type: (sheet, address, input) => host.setCell(sheet, address, input === "" ? null : input),
    value: (sheet, address) => {
      const r = parseRange(address);
      return plain(host.values(sheet)[r.row]?.[r.col]);
    },
    formula: (sheet, address) => host.formula(sheet, address),
    sheets: () => host.sheetNames(),
    addSheet: (name) => void host.hf.addSheet(name),
    tables: () =>
      new Map([...host.tables].map(([n, t]) => [n, { sheet: t.sheet, address: t.address }])),
    insertRows: (sheet, row, count) =>
      host.apply({ steps: [{ kind: "insertRows", sheet, row, count }] }),
    numberFormat: (sheet, address) => {
      const r = parseRange(address);
      return host.formats.numberFormat(sheet, r.row, r.col);
    },
    setNumberFormat: (sheet, address, format) => {
      const r = parseRange(address);
      host.formats.setNumberFormats(sheet, r.row, r.col, [[format]]);
    },
    merge: (sheet, address) => host.mergeCells(sheet, address),
    select: (sheet, address) => {
      host.selection = { sheet, address };
    },
    filter: () => undefined, // the sandbox has no hidden rows; plans are the same data
    syncs: () => undefined,
    maxRequestBytes: () => undefined,
  };
}

export function officeDriver(): Driver {
  const book = new FakeBook();
  const g = global as unknown as { Excel: unknown; Office: unknown };
  g.Excel = fakeExcel(book);
  g.Office = new OfficeMockObject({ context: { requirements: { isSetSupported: () => true } } });
  const host = new OfficeHost();
  return {
    name: "office",
    host,
    type: (sheet, address, input) => book.type(sheet, address, input),
    value: (sheet, address) => {
      const r = parseRange(address);
      return plain(book.values(sheet, r.row, r.col, 1, 1)[0][0]);
    },
    formula: (sheet, address) => {
      const v = book.formula(sheet, address);
      return v === "" ? null : v;
    },
    sheets: () => book.sheetNames(),
    addSheet: (name) => book.addSheet(name),
    tables: () =>
      new Map(book.tables.map((t) => [t.name, { sheet: t.sheet, address: book.tableAddress(t) }])),
    insertRows: (sheet, row, count) => book.insertRows(sheet, row, count),
    numberFormat: (sheet, address) => book.numberFormat(sheet, address),
    setNumberFormat: (sheet, address, format) => {
      const r = parseRange(address);
      book.setNumberFormats(sheet, r.row, r.col, [[format]]);
    },
    merge: (sheet, address) => book.merged.set(sheet, [...(book.merged.get(sheet) ?? []), address]),
    select: (sheet, address) => {
      book.selection = { sheet, address };
    },
    filter: (table) => {
      book.table(table).filtered = true;
    },
    syncs: () => book.syncCount,
    maxRequestBytes: () => book.maxRequestBytes,
  };
}

export const DRIVERS: [string, () => Driver][] = [
  ["sandbox", sandboxDriver],
  ["office", officeDriver],
];

/** What the pane does on "Update": read the sheet, let the user edit, send both. */
export async function paneUpdate(
  d: Driver,
  sheet: string,
  edit: (m: Matrix) => Matrix,
  options: BuildOptions = {}
) {
  const base = (await d.host.readMatrix(sheet))!.matrix;
  const pane = edit(structuredClone(base));
  return d.host.buildMatrix(pane, { ...options, base });
}

const libraryCard = (code: string): Card | undefined => {
  const l = findLibraryCard(code);
  return l ? cardFromLibrary(l, "en") : undefined;
};

/** What the team panel does: each member's position into a matrix (or a reason why none). */
export function teamRequest(staff: StaffSnapshot, period = "2026-03"): TeamRequest {
  const out: TeamRequest = { period, members: [], skipped: [] };
  for (const member of staff.members) {
    const p = positionCards(member.position, ROLE_TEMPLATES, libraryCard);
    if ("kind" in p) out.skipped.push({ member, reason: p.kind });
    else
      out.members.push({
        member,
        matrix: memberMatrix(member, p, staff.plans, period),
        collective: collectiveCodes(p),
      });
  }
  return out;
}
