/**
 * The Excel object model over a FakeBook, built from office-addin-mock's OfficeMockObject:
 * a range's values, formulas and address can only be read after load() and context.sync(),
 * as in Excel. Property writes and formats are queued and applied at sync, in order; sync
 * calls are counted.
 */
import { OfficeMockObject } from "office-addin-mock";
import { parseRange, rangeAddress, rangesOverlap } from "../../src/workbook/a1";
import type { FakeBook, FakeConditional } from "./fake-book";

type Op = () => void;

/** Records property writes on nested format objects (font, fill, borders …) as queued ops. */
function recorder(onSet: (path: string, value: unknown) => void, path = ""): object {
  const children = new Map<string, object>();
  return new Proxy(
    {},
    {
      get(_t, prop: string) {
        if (prop === "getItem") return (name: string) => recorder(onSet, `${path}${name}.`);
        if (prop === "autofitColumns") return () => onSet(`${path}autofit`, true);
        if (!children.has(prop)) children.set(prop, recorder(onSet, `${path}${prop}.`));
        return children.get(prop);
      },
      set(_t, prop: string, value) {
        onSet(`${path}${prop}`, value);
        return true;
      },
    }
  );
}

const loadedCollection = <T>(book: FakeBook, items: () => T[]) => {
  let loadedAt = -1;
  return {
    load() {
      loadedAt = book.syncCount;
      return this;
    },
    get items(): T[] {
      if (loadedAt < 0 || book.syncCount <= loadedAt) throw new Error("PropertyNotLoaded: items");
      return items();
    },
  };
};

/** Installs `Excel` (run, enums) over the book; returns it for global assignment. */
export function fakeExcel(book: FakeBook) {
  function run<T>(
    first: unknown | ((ctx: unknown) => Promise<T>),
    second?: (ctx: unknown) => Promise<T>
  ): Promise<T> {
    // Excel.run(callback) or Excel.run(context or object, callback).
    const callback = (typeof first === "function" ? first : second) as (ctx: unknown) => Promise<T>;
    const queue: Op[] = [];
    const mocks: OfficeMockObject[] = [];

    /** Bytes the writes queued since the last sync would send (JSON, as Office.js sends them). */
    let pending = 0;
    const count = (value: unknown) => {
      pending += JSON.stringify(value ?? null).length;
    };

    function range(sheet: string, address: string, isNull = false): OfficeMockObject {
      if (/^[A-Z]+:[A-Z]+$/.test(address)) {
        // A whole column: only its format is ever set (column widths).
        return {
          format: recorder((key, value) =>
            queue.push(() => book.styles.push({ sheet, address, key, value }))
          ),
        } as unknown as OfficeMockObject;
      }
      const rows = /^(\d+):(\d+)$/.exec(address);
      if (rows) {
        // Whole rows: inserted or deleted (a matrix that grows or shrinks).
        const first = Number(rows[1]) - 1;
        const count = Number(rows[2]) - first;
        return {
          insert: (shift: string) => {
            if (shift !== "Down") throw new Error("only Down is modelled for whole rows");
            queue.push(() => book.insertRows(sheet, first, count));
          },
          delete: (shift: string) => {
            if (shift !== "Up") throw new Error("only Up is modelled for whole rows");
            queue.push(() => book.deleteRows(sheet, first, count));
          },
        } as unknown as OfficeMockObject;
      }
      const r = parseRange(address);
      const full = `'${sheet}'!${rangeAddress(r.row, r.col, r.rows, r.cols)}`;
      const m = new OfficeMockObject({
        address: full,
        values: isNull ? [] : book.values(sheet, r.row, r.col, r.rows, r.cols),
        formulas: isNull ? [] : book.formulas(sheet, r.row, r.col, r.rows, r.cols),
        getCell: (row: number, col: number) => range(sheet, rangeAddress(r.row + row, r.col + col)),
        getResizedRange: (dr: number, dc: number) =>
          range(sheet, rangeAddress(r.row, r.col, r.rows + dr, r.cols + dc)),
        clear: (applyTo: string) => {
          if (applyTo !== "All") throw new Error("only All is modelled");
          queue.push(() => book.clear(sheet, address));
        },
        insert: (shift: string) => {
          if (shift !== "Down") throw new Error("only Down is modelled");
          queue.push(() => book.insertCells(sheet, address));
        },
        delete: (shift: string) => {
          if (shift !== "Up") throw new Error("only Up is modelled");
          queue.push(() => book.deleteCells(sheet, address));
        },
        getMergedAreasOrNullObject: () => {
          let loaded = -1;
          const hits = () =>
            (book.merged.get(sheet) ?? []).filter((m) => rangesOverlap(m, address));
          return {
            load() {
              loaded = book.syncCount;
              return this;
            },
            get isNullObject() {
              if (loaded < 0 || book.syncCount <= loaded) throw new Error("PropertyNotLoaded");
              return hits().length === 0;
            },
            get address() {
              if (loaded < 0 || book.syncCount <= loaded) throw new Error("PropertyNotLoaded");
              return hits()
                .map((m) => `'${sheet}'!${m}`)
                .join(",");
            },
          };
        },
        select: () => queue.push(() => (book.selection = { sheet, address })),
      });
      mocks.push(m);
      (m as Record<string, unknown>).isNullObject = isNull;
      (m as Record<string, unknown>).format = recorder((key, value) =>
        queue.push(() => book.styles.push({ sheet, address, key, value }))
      );
      (m as Record<string, unknown>).conditionalFormats = {
        add: (type: string) => {
          const cf: FakeConditional = {
            sheet,
            address,
            type,
            dataBar: { positiveFormat: {} },
            textComparison: { format: { fill: {}, font: {} } },
          };
          queue.push(() => book.conditional.push(cf));
          return cf;
        },
        clearAll: () =>
          queue.push(() => {
            const keep = book.conditional.filter(
              (c) => c.sheet !== sheet || !rangesOverlap(c.address, address)
            );
            book.conditional.splice(0, book.conditional.length, ...keep);
          }),
      };
      // Writes through a proxy so they run at sync, in the order they were made.
      return new Proxy(m, {
        set(target, prop: string, value) {
          // office-addin-mock's own load() also assigns (its "not loaded" markers): only arrays
          // are writes of the code under test.
          if (!Array.isArray(value)) {
            (target as Record<string, unknown>)[prop] = value;
            return true;
          }
          count(value);
          if (prop === "formulas" || prop === "values") {
            queue.push(() => book.setInputs(sheet, r.row, r.col, value));
          } else if (prop === "numberFormat") {
            queue.push(() => book.setNumberFormats(sheet, r.row, r.col, value));
          }
          (target as Record<string, unknown>)[prop] = value;
          return true;
        },
      });
    }

    function table(name: string) {
      const t = () => book.table(name);
      return {
        get name() {
          return t().name;
        },
        set name(v: string) {
          queue.push(() => (t().name = v));
        },
        set style(v: string) {
          queue.push(() => (t().style = v));
        },
        worksheet: {
          get name() {
            return t().sheet;
          },
        },
        getRange: () => range(t().sheet, rangeAddress(t().row, t().col, t().rows, t().cols)),
        getHeaderRowRange: () => range(t().sheet, rangeAddress(t().row, t().col, 1, t().cols)),
        getDataBodyRange: () =>
          range(t().sheet, rangeAddress(t().row + 1, t().col, t().rows - 1, t().cols)),
        clearFilters: () => queue.push(() => (t().filtered = false)),
        convertToRange: () =>
          queue.push(() => {
            if (t().filtered) book.convertedWhileFiltered.push(t().name);
            book.tables.splice(book.tables.indexOf(t()), 1);
          }),
        columns: {
          add: (_i: unknown, _v: unknown, header: string) =>
            queue.push(() => {
              const x = t();
              book.setInputs(x.sheet, x.row, x.col + x.cols, [[header]]);
              x.cols += 1;
            }),
        },
        rows: {
          add: (_i: unknown, values: unknown[][]) => {
            count(values);
            queue.push(() => {
              const x = t();
              const at = x.row + x.rows;
              book.refuseMerged(x.sheet, rangeAddress(at, x.col, values.length, x.cols));
              // Rows added to a table push the cells under it (its columns) down.
              book.insertCells(x.sheet, rangeAddress(at, x.col, values.length, x.cols));
              x.rows += values.length;
              const saved = x.filtered;
              x.filtered = false;
              book.setInputs(x.sheet, at, x.col, values);
              x.filtered = saved;
            });
          },
          getItemAt: (i: number) => ({
            delete: () =>
              queue.push(() => {
                const x = t();
                book.deleteCells(x.sheet, rangeAddress(x.row + 1 + i, x.col, 1, x.cols));
                x.rows -= 1;
              }),
          }),
        },
      };
    }

    function worksheet(name: string) {
      return {
        name,
        getRange: (address: string) => range(name, address),
        getUsedRangeOrNullObject: () => {
          const u = book.used(name);
          return u
            ? range(name, rangeAddress(u.row, u.col, u.rows, u.cols))
            : range(name, "A1", true);
        },
        tables: {
          add: (address: string) => {
            const r = parseRange(address);
            const entry = {
              name: `Table${book.tables.length + 1}`,
              sheet: name,
              row: r.row,
              col: r.col,
              rows: r.rows,
              cols: r.cols,
            };
            queue.push(() => book.tables.push(entry));
            const handle = {
              set name(v: string) {
                queue.push(() => (entry.name = v));
              },
              set style(v: string) {
                queue.push(() => ((entry as { style?: string }).style = v));
              },
            };
            return handle;
          },
        },
        freezePanes: { freezeRows: (n: number) => queue.push(() => book.frozen.set(name, n)) },
        activate: () => queue.push(() => (book.active = name)),
      };
    }

    const ctx = {
      workbook: {
        worksheets: Object.assign(
          loadedCollection(book, () => book.sheetNames().map((n) => ({ name: n }))),
          {
            getItem: (n: string) => {
              book.id(n);
              return worksheet(n);
            },
            add: (n: string) => {
              book.addSheet(n);
              return worksheet(n);
            },
            onChanged: {
              add: (handler: () => unknown) => {
                book.changeHandlers.add(handler);
                return { context: {}, remove: () => book.changeHandlers.delete(handler) };
              },
            },
          }
        ),
        tables: Object.assign(
          loadedCollection(book, () =>
            book.tables.map((t) => ({ name: t.name, worksheet: { name: t.sheet } }))
          ),
          { getItem: (n: string) => (book.table(n), table(n)) }
        ),
      },
      async sync() {
        book.syncCount += 1;
        book.maxRequestBytes = Math.max(book.maxRequestBytes, pending);
        pending = 0;
        for (const op of queue.splice(0)) op();
        for (const m of mocks.splice(0)) await m.sync();
        // office-addin-mock settles nested properties in later microtasks.
        await new Promise((r) => setTimeout(r, 0));
      },
    };
    return callback(ctx);
  }

  return {
    run,
    ConditionalFormatType: { dataBar: "DataBar", containsText: "ContainsText" },
    ConditionalFormatRuleType: { number: "Number" },
    ConditionalTextOperator: { contains: "Contains" },
    ClearApplyTo: { all: "All" },
    InsertShiftDirection: { down: "Down", right: "Right" },
    DeleteShiftDirection: { up: "Up", left: "Left" },
  };
}
