/**
 * A small Excel object model for the portable actions, built on office-addin-mock: ranges are
 * OfficeMockObjects, so their properties read as "not loaded" until load() and context.sync();
 * writes are queued and applied at sync, in order; syncs are counted. Like Excel on the web, a
 * sync whose request (the writes) or response (the loaded properties) passes `limit` bytes is
 * refused with nothing applied; the largest of each is recorded. A sync listed in `failing`
 * applies only the first half of its writes and then fails, like a batch Excel stops part way.
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
  /** Excel on the web refuses a request or a response larger than this (bytes). */
  limit = 5 * 1024 * 1024;
  /** Largest request sent and largest response returned in one sync (bytes of JSON). */
  largestRequest = 0;
  largestResponse = 0;
  /** Syncs whose response Excel refused as too large. */
  refusedResponses = 0;
  /** Syncs (by number, from 1) that fail after applying the first half of their writes. */
  failing = new Set<number>();
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

/** An Office-like error with a code. */
function officeError(code: string): Error {
  return Object.assign(new Error(code), { code });
}

/** Size of a payload as JSON text, in bytes (UTF-16, as a conservative upper bound). */
function payload(value: unknown): number {
  return JSON.stringify(value).length * 2;
}

/** Installs an `Excel` global whose run() works on `book`. */
export function fakeExcel(book: FakeWorkbook) {
  async function run<T>(callback: (ctx: unknown) => Promise<T>): Promise<T> {
    const queue: { bytes: number; apply: () => void }[] = [];
    const mocks: { mock: OfficeMockObject; bytes: () => number }[] = [];
    let namesLoaded = -1;
    const push = (bytes: number, apply: () => void) => queue.push({ bytes, apply });

    const text = (v: string | number | undefined) =>
      typeof v === "string" && v.startsWith("'") ? v.slice(1) : (v ?? "");
    /** Formulas and values of a block of cells, read when the sync runs. */
    const readBlock = (name: string, row: number, col: number, rows: number, cols: number) => {
      const s = book.sheet(name);
      const read = (pick: (v: string | number | undefined) => unknown) =>
        Array.from({ length: rows }, (_, r) =>
          Array.from({ length: cols }, (_, c) => pick(s.cells.get(cellAddress(row + r, col + c))))
        );
      // A leading "'" marks text: Excel returns such text without it from both properties.
      return {
        formulas: read(text),
        // Formulas are not evaluated here: a formula's value is a stand-in number.
        values: read((v) => (typeof v === "string" && v.startsWith("=") ? 0 : text(v))),
      };
    };

    /** A mock whose properties are computed at sync time (after the writes queued before). */
    const lazy = (compute: () => Record<string, unknown>, isNull: () => boolean = () => false) => {
      let mock: OfficeMockObject | undefined;
      const loaded: string[] = [];
      const target = {
        load(props: string | string[]) {
          loaded.push(...(Array.isArray(props) ? props : props.split(",")).map((p) => p.trim()));
          const entry = {
            mock: new OfficeMockObject({}),
            bytes: () =>
              payload(loaded.map((p) => (mock as unknown as Record<string, unknown>)[p])),
          };
          mocks.push(entry);
          // Filled at sync: the mock is created from the workbook as it is then.
          Object.defineProperty(entry, "mock", {
            get: () => {
              mock ??= new OfficeMockObject(isNull() ? {} : compute());
              mock.load(loaded);
              return mock;
            },
          });
        },
      };
      return new Proxy(target, {
        get: (t, prop, receiver) => {
          if (prop === "load") return Reflect.get(t, prop, receiver);
          if (prop === "isNullObject") return isNull();
          if (!mock) throw new Error(`PropertyNotLoaded: ${String(prop)}`);
          return Reflect.get(mock, prop);
        },
      });
    };

    const usedRange = (name: string) =>
      lazy(
        () => {
          const u = book.used(name) as NonNullable<ReturnType<FakeWorkbook["used"]>>;
          return {
            ...readBlock(name, u.row, u.col, u.rows, u.cols),
            rowIndex: u.row,
            columnIndex: u.col,
            rowCount: u.rows,
            columnCount: u.cols,
          };
        },
        () => book.used(name) === undefined
      );

    const range = (name: string, address: string) => {
      const r = parseRange(address);
      const each = (value: unknown[][], put: (a: string, v: unknown) => void) =>
        value.forEach((row, i) => row.forEach((v, j) => put(cellAddress(r.row + i, r.col + j), v)));
      const loadable = lazy(() => readBlock(name, r.row, r.col, r.rows, r.cols));
      return {
        load: (props: string | string[]) => loadable.load(props),
        get formulas(): unknown[][] {
          return (loadable as unknown as { formulas: unknown[][] }).formulas;
        },
        get values(): unknown[][] {
          return (loadable as unknown as { values: unknown[][] }).values;
        },
        getSpillingToRangeOrNullObject: () => {
          const area = book.spills.get(`${name}!${address}`);
          const m = new OfficeMockObject({
            rowCount: area?.rows ?? 0,
            columnCount: area?.cols ?? 0,
          });
          mocks.push({ mock: m, bytes: () => 64 });
          return withNullFlag(m, area === undefined);
        },
        set formulas(value: unknown[][]) {
          push(payload(value), () =>
            each(value, (a, v) => {
              if (v === "") book.sheet(name).cells.delete(a);
              else book.sheet(name).cells.set(a, v as string);
            })
          );
        },
        set values(value: unknown[][]) {
          push(payload(value), () =>
            each(value, (a, v) => {
              const s = book.sheet(name);
              // A text-formatted cell keeps "=…" as text: mark it so it never reads as a formula.
              const isText = s.formats.get(a) === "@" && typeof v === "string" && v.startsWith("=");
              if (v === "" || v === null) s.cells.delete(a);
              else s.cells.set(a, isText ? `'${v}` : (v as string | number));
            })
          );
        },
        set numberFormat(value: unknown[][]) {
          push(payload(value), () =>
            each(value, (a, v) => book.sheet(name).formats.set(a, String(v)))
          );
        },
        clear(applyTo: string) {
          if (applyTo !== "Contents") throw new Error("only Contents is modelled");
          push(64, () => {
            for (let i = 0; i < r.rows; i++)
              for (let j = 0; j < r.cols; j++)
                book.sheet(name).cells.delete(cellAddress(r.row + i, r.col + j));
          });
        },
      };
    };

    // Sheets are looked up when the batch runs, so a sheet added earlier in a batch is found.
    const worksheet = (name: string) => ({
      getUsedRangeOrNullObject: () => usedRange(name),
      getRange: (address: string) => range(name, address),
      set visibility(v: string) {
        push(64, () => (book.sheet(name).visibility = v));
      },
      delete() {
        push(64, () => {
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
            return [...book.sheets.keys()].map((name) => ({
              name,
              getRange: (address: string) => range(name, address),
            }));
          },
          getItem: (name: string) => worksheet(name),
          add: (name: string) => {
            push(64, () => {
              if ([...book.sheets.keys()].some((n) => n.toUpperCase() === name.toUpperCase()))
                throw officeError("ItemAlreadyExists");
              book.addSheet(name);
            });
            return worksheet(name);
          },
        },
      },
      async sync() {
        book.syncs += 1;
        const ops = queue.splice(0);
        const loads = mocks.splice(0);
        const request = ops.reduce((n, op) => n + op.bytes, 0);
        book.largestRequest = Math.max(book.largestRequest, request);
        if (request > book.limit) throw officeError("RequestPayloadSizeLimitExceeded");
        if (book.failing.has(book.syncs)) {
          for (const op of ops.slice(0, ops.length >> 1)) op.apply();
          throw officeError("GeneralException");
        }
        for (const op of ops) op.apply();
        for (const l of loads) await l.mock.sync();
        const response = loads.reduce((n, l) => n + l.bytes(), 0);
        if (response > book.limit) {
          book.refusedResponses++;
          throw officeError("ResponsePayloadSizeLimitExceeded");
        }
        book.largestResponse = Math.max(book.largestResponse, response);
      },
    };
    return callback(ctx);
  }
  return { run };
}
