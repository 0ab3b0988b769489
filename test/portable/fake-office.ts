/**
 * A small Excel object model for the portable actions, built on office-addin-mock: ranges are
 * OfficeMockObjects, so their properties read as "not loaded" until load() and context.sync();
 * writes are queued and applied at sync, in order; syncs are counted.
 */
import { OfficeMockObject } from "office-addin-mock";
import { cellAddress, parseRange } from "../../src/workbook/a1";

/** One sheet: cell inputs by A1 address (a formula "=…" or a value) and number formats. */
export interface FakeSheet {
  cells: Map<string, string | number>;
  formats: Map<string, string>;
  visibility: string;
}

/** The workbook the fake Excel works on. */
export class FakeWorkbook {
  sheets = new Map<string, FakeSheet>();
  syncs = 0;
  /** Spill areas of anchors, by "Sheet!A1" (Excel computes them; here the test says). */
  spills = new Map<string, { rows: number; cols: number }>();

  /** Adds a sheet from rows of inputs (null = empty), starting at A1. */
  addSheet(name: string, rows: readonly (readonly unknown[])[] = []): void {
    const sheet: FakeSheet = { cells: new Map(), formats: new Map(), visibility: "Visible" };
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== "")
          sheet.cells.set(cellAddress(r, c), v as string | number);
      })
    );
    this.sheets.set(name, sheet);
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.get(name);
    if (!s) throw new Error(`ItemNotFound: ${name}`);
    return s;
  }

  /** Bounding box of the non-empty cells, or undefined. */
  used(name: string): { row: number; col: number; rows: number; cols: number } | undefined {
    const keys = [...this.sheet(name).cells.keys()].map((a) => parseRange(a));
    if (keys.length === 0) return undefined;
    const row = Math.min(...keys.map((k) => k.row));
    const col = Math.min(...keys.map((k) => k.col));
    const rows = Math.max(...keys.map((k) => k.row)) - row + 1;
    const cols = Math.max(...keys.map((k) => k.col)) - col + 1;
    return { row, col, rows, cols };
  }

  /** Rows of inputs of the used range, from A1 (for loading into HyperFormula). */
  grid(name: string): (string | number | null)[][] {
    const u = this.used(name);
    if (!u) return [];
    return Array.from({ length: u.row + u.rows }, (_, r) =>
      Array.from(
        { length: u.col + u.cols },
        (_, c) => this.sheet(name).cells.get(cellAddress(r, c)) ?? null
      )
    );
  }
}

/**
 * An *OrNullObject result: `isNullObject` is readable without load(), as in Excel (the mock
 * would otherwise report it as not loaded).
 */
function withNullFlag(m: OfficeMockObject, isNull: boolean): OfficeMockObject {
  return new Proxy(m, {
    get: (target, prop, receiver) =>
      prop === "isNullObject" ? isNull : Reflect.get(target, prop, receiver),
  });
}

/** Installs an `Excel` global whose run() works on `book`. */
export function fakeExcel(book: FakeWorkbook) {
  async function run<T>(callback: (ctx: unknown) => Promise<T>): Promise<T> {
    const queue: (() => void)[] = [];
    const mocks: OfficeMockObject[] = [];
    let namesLoaded = -1;

    const usedRange = (name: string) => {
      const u = book.used(name);
      const s = book.sheet(name);
      const read = (pick: (v: string | number | undefined) => unknown) =>
        u
          ? Array.from({ length: u.rows }, (_, r) =>
              Array.from({ length: u.cols }, (_, c) =>
                pick(s.cells.get(cellAddress(u.row + r, u.col + c)))
              )
            )
          : [];
      // A leading "'" marks text: Excel returns such text without it from both properties.
      const text = (v: string | number | undefined) =>
        typeof v === "string" && v.startsWith("'") ? v.slice(1) : (v ?? "");
      const m = new OfficeMockObject({
        formulas: read(text),
        // Formulas are not evaluated here: a formula's value is a stand-in number.
        values: read((v) => (typeof v === "string" && v.startsWith("=") ? 0 : text(v))),
        rowIndex: u?.row ?? 0,
        columnIndex: u?.col ?? 0,
      });
      mocks.push(m);
      return withNullFlag(m, u === undefined);
    };

    const range = (name: string, address: string) => {
      const r = parseRange(address);
      const each = (value: unknown[][], put: (a: string, v: unknown) => void) =>
        value.forEach((row, i) => row.forEach((v, j) => put(cellAddress(r.row + i, r.col + j), v)));
      return {
        getSpillingToRangeOrNullObject: () => {
          const area = book.spills.get(`${name}!${address}`);
          const m = new OfficeMockObject({
            rowCount: area?.rows ?? 0,
            columnCount: area?.cols ?? 0,
          });
          mocks.push(m);
          return withNullFlag(m, area === undefined);
        },
        set formulas(value: unknown[][]) {
          queue.push(() =>
            each(value, (a, v) => {
              if (v === "") book.sheet(name).cells.delete(a);
              else book.sheet(name).cells.set(a, v as string);
            })
          );
        },
        set values(value: unknown[][]) {
          queue.push(() =>
            each(value, (a, v) => {
              const s = book.sheet(name);
              // A text-formatted cell keeps "=…" as text: mark it so it never reads as a formula.
              const text = s.formats.get(a) === "@" && typeof v === "string" && v.startsWith("=");
              if (v === "" || v === null) s.cells.delete(a);
              else s.cells.set(a, text ? `'${v}` : (v as string | number));
            })
          );
        },
        set numberFormat(value: unknown[][]) {
          queue.push(() => each(value, (a, v) => book.sheet(name).formats.set(a, String(v))));
        },
        clear(applyTo: string) {
          if (applyTo !== "Contents") throw new Error("only Contents is modelled");
          queue.push(() => {
            for (let i = 0; i < r.rows; i++)
              for (let j = 0; j < r.cols; j++)
                book.sheet(name).cells.delete(cellAddress(r.row + i, r.col + j));
          });
        },
      };
    };

    const worksheet = (name: string) => ({
      getUsedRangeOrNullObject: () => usedRange(name),
      getRange: (address: string) => range(name, address),
      set visibility(v: string) {
        queue.push(() => (book.sheet(name).visibility = v));
      },
      delete() {
        queue.push(() => {
          if (book.sheet(name).visibility === "VeryHidden") throw new Error("InvalidOperation");
          book.sheets.delete(name);
        });
      },
    });

    const ctx = {
      workbook: {
        worksheets: {
          load() {
            namesLoaded = book.syncs;
          },
          get items() {
            if (namesLoaded < 0 || book.syncs <= namesLoaded) throw new Error("PropertyNotLoaded");
            return [...book.sheets.keys()].map((name) => ({ name }));
          },
          getItem: (name: string) => (book.sheet(name), worksheet(name)),
          add: (name: string) => {
            queue.push(() => book.addSheet(name));
            return worksheet(name);
          },
        },
      },
      async sync() {
        book.syncs += 1;
        for (const op of queue.splice(0)) op();
        for (const m of mocks.splice(0)) await m.sync();
      },
    };
    return callback(ctx);
  }
  return { run };
}
