/**
 * The Excel object model over a FakeBook (the one fake Excel of the Office tests), built on
 * office-addin-mock's OfficeMockObject. As in Excel:
 * - loaded properties are computed when the sync runs (after the writes queued before them) and
 *   can only be read after that sync; reading one that was not loaded throws PropertyNotLoaded;
 * - writes, method calls and formats are queued and applied at sync, in order; an operation that
 *   fails stops the sync there (the ones before it stay applied) and the sync rejects;
 * - sheets and tables are looked up when the batch runs, so one added earlier in a batch is found,
 *   and a missing one fails the sync (ItemNotFound), never the call that named it.
 * Like Excel on the web, a sync whose request passes `book.limit` bytes is refused with nothing
 * applied (RequestPayloadSizeLimitExceeded); one whose response passes it delivers nothing it
 * loaded (ResponsePayloadSizeLimitExceeded, counted in `book.refusedResponses`; its writes ran, as
 * Excel ran the batch before its answer was refused). Bytes are the UTF-8 length of the JSON of
 * what a sync sends (each operation: its target, its action and its arguments; each load: its
 * target and properties) and of what it receives (each loaded object's properties); the largest
 * of each is kept in `book.maxRequestBytes` and `book.maxResponseBytes`. A sync listed in
 * `book.failing` applies the first half of its operations and fails (GeneralException). Syncs
 * are counted in `book.syncCount`.
 */
import { OfficeMockObject } from "office-addin-mock";
import { parseRange, rangeAddress, rangesOverlap } from "../../src/workbook/a1";
import {
  officeError,
  type FakeBook,
  type FakeChart,
  type FakeConditional,
  type FakePivot,
  type FakeVisibility,
} from "./fake-book";

interface Op {
  bytes: number;
  apply: () => void;
}

interface Area {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** UTF-8 bytes of a value's JSON. */
function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value ?? null), "utf8");
}

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

/** Property names of a load() argument: "a,b", ["a", "b"], { a: true }, or all of `known`. */
function propsOf(arg: unknown, known: readonly string[]): string[] {
  if (arg === undefined) return [...known];
  const list =
    typeof arg === "string"
      ? arg.split(",")
      : Array.isArray(arg)
        ? arg.flatMap((a) => String(a).split(","))
        : Object.keys(arg as object);
  return list.map((p) => p.trim()).filter((p) => p !== "");
}

/**
 * Loaded properties of one object. `compute` returns, at sync, the properties asked for (and
 * what goes over the wire for them, when that differs); an OfficeMockObject holds what was
 * delivered.
 */
class Loadable {
  private readonly asked = new Set<string>();
  private delivered: OfficeMockObject | undefined;
  private readonly have = new Set<string>();
  private ready: { data: Record<string, unknown>; wire: unknown } | undefined;

  constructor(
    readonly target: string,
    private readonly known: readonly string[],
    private readonly compute: (props: string[]) => {
      data: Record<string, unknown>;
      wire?: unknown;
    },
    private readonly pending: Set<Loadable>
  ) {}

  load(arg?: unknown): void {
    for (const p of propsOf(arg, this.known)) {
      const top = p.split("/")[0];
      if (!this.known.includes(top))
        throw new Error(`the fake Excel does not model loading ${p} of ${this.target}`);
      this.asked.add(top);
    }
    this.pending.add(this);
  }

  /** Bytes of the load in the request. */
  requestBytes(): number {
    return jsonBytes({ target: this.target, load: [...this.asked] });
  }

  /** Computes the properties (at sync, after the writes); returns the response bytes. */
  prepare(): number {
    const { data, wire } = this.compute([...this.asked]);
    this.ready = { data, wire: wire ?? data };
    return jsonBytes({ target: this.target, ...(this.ready.wire as object) });
  }

  async deliver(): Promise<void> {
    const data = (this.ready as { data: Record<string, unknown> }).data;
    this.ready = undefined;
    const mock = new OfficeMockObject(data);
    mock.load(Object.keys(data));
    await mock.sync();
    this.delivered = mock;
    for (const k of Object.keys(data)) this.have.add(k);
  }

  drop(): void {
    this.ready = undefined;
  }

  get(prop: string): unknown {
    if (!this.delivered || !this.have.has(prop))
      throw officeError("PropertyNotLoaded", `${prop} of ${this.target}`);
    return (this.delivered as unknown as Record<string, unknown>)[prop];
  }
}

const RANGE_PROPS = [
  "address",
  "values",
  "formulas",
  "numberFormat",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
] as const;

const RUSSIAN_TO_ENGLISH: Record<string, string> = {
  "KPI.ВЫПОЛНЕНИЕ": "KPI.INDEX",
  "KPI.ВЗВЕШЕННЫЙ": "KPI.WEIGHTED",
  "KPI.ПРЕМИЯ": "KPI.BONUS",
  "KPI.СТАТУС": "KPI.STATUS",
  "KPI.ТЕМП": "KPI.RUNRATE",
  ЕСЛИ: "IF",
  СУММ: "SUM",
};

/** Russian Excel with office-js#891: English custom-function names written as formulas fail. */
function notLoadedInRussian(v: unknown): unknown[][] {
  return (v as unknown[][]).map((line) =>
    line.map((x) =>
      typeof x === "string" && x.startsWith("=") && /KPI\.[A-Z]/.test(x) ? "=NOT.LOADED.KPI()" : x
    )
  );
}

/** Russian local formulas as the engine (English) reads them. */
function fromRussian(v: unknown, book: FakeBook): unknown[][] {
  const sep = book.decimalSeparator === "," ? ";" : ",";
  return (v as unknown[][]).map((line) =>
    line.map((x) => {
      if (typeof x !== "string" || !x.startsWith("=")) return x;
      let out = "";
      let inText = false;
      for (let i = 0; i < x.length; i++) {
        const ch = x[i];
        if (ch === '"') inText = !inText;
        if (!inText && ch === sep) {
          out += ",";
          continue;
        }
        out += ch;
      }
      return out.replace(/(KPI\.[А-ЯЁ]+|ЕСЛИ|СУММ)(?=\()/g, (m) => RUSSIAN_TO_ENGLISH[m] ?? m);
    })
  );
}

/** Installs `Excel` (run, enums) over the book; returns it for global assignment. */
export function fakeExcel(book: FakeBook) {
  function run<T>(
    first: unknown | ((ctx: unknown) => Promise<T>),
    second?: (ctx: unknown) => Promise<T>
  ): Promise<T> {
    // Excel.run(callback) or Excel.run(context or object, callback).
    const callback = (typeof first === "function" ? first : second) as (ctx: unknown) => Promise<T>;
    const queue: Op[] = [];
    /** Where each range handed out by address is (PivotTables.add takes one as its destination). */
    const placed = new WeakMap<object, { sheet: string; address: string }>();
    const pending = new Set<Loadable>();

    /** Queues an operation; its request bytes are the JSON of its target, action and args. */
    const op = (target: string, action: string, args: unknown, apply: () => void) =>
      queue.push({ bytes: jsonBytes({ target, action, args }), apply });

    /**
     * A range whose area is found when needed (a used range, a spill, a table's: at sync).
     * `label` names it in errors and requests; `given` is the A1 address the code passed, which
     * styles, conditional formats and the selection record as they were given.
     */
    function range(
      sheet: string,
      where: () => Area | undefined,
      label: string,
      given?: string
    ): object {
      const at = (): Area => {
        const a = where();
        if (!a) throw officeError("InvalidOperation", `${label} of ${sheet} is a null object`);
        return a;
      };
      const address = () => {
        const a = at();
        return rangeAddress(a.row, a.col, a.rows, a.cols);
      };
      const shown = () => given ?? address();
      const target = `${sheet}!${label}`;
      const loadable = new Loadable(
        target,
        RANGE_PROPS,
        (props) => {
          const a = where();
          const data: Record<string, unknown> = {};
          for (const p of props) {
            if (!a) data[p] = p === "values" || p === "formulas" ? [] : undefined;
            else if (p === "address") data[p] = `'${sheet}'!${address()}`;
            else if (p === "values") data[p] = book.values(sheet, a.row, a.col, a.rows, a.cols);
            else if (p === "formulas") data[p] = book.formulas(sheet, a.row, a.col, a.rows, a.cols);
            else if (p === "numberFormat")
              data[p] = Array.from({ length: a.rows }, (_, i) =>
                Array.from(
                  { length: a.cols },
                  (_, j) =>
                    book.numberFormats.get(`${sheet}!${a.row + i},${a.col + j}`) ?? "General"
                )
              );
            else if (p === "rowIndex") data[p] = a.row;
            else if (p === "columnIndex") data[p] = a.col;
            else if (p === "rowCount") data[p] = a.rows;
            else if (p === "columnCount") data[p] = a.cols;
          }
          return { data };
        },
        pending
      );
      const write = (prop: string, value: unknown, apply: (a: Area) => void) => {
        if (!Array.isArray(value)) throw new Error(`${prop} takes rows of cells`);
        op(target, prop, value, () => apply(at()));
      };
      const self = {
        load(arg?: unknown) {
          loadable.load(arg);
          return self;
        },
        get isNullObject() {
          return where() === undefined;
        },
        get address() {
          return loadable.get("address");
        },
        get values() {
          return loadable.get("values");
        },
        set values(v: unknown) {
          write("values", v, (a) => book.setInputs(sheet, a.row, a.col, v as unknown[][]));
        },
        get formulas() {
          return loadable.get("formulas");
        },
        set formulas(v: unknown) {
          write("formulas", v, (a) =>
            book.setInputs(
              sheet,
              a.row,
              a.col,
              book.russianExcel ? notLoadedInRussian(v) : (v as unknown[][])
            )
          );
        },
        /** en-US unless the book plays Russian Excel: then Russian names, the locale's separator. */
        set formulasLocal(v: unknown) {
          write("formulasLocal", v, (a) =>
            book.setInputs(
              sheet,
              a.row,
              a.col,
              book.russianExcel ? fromRussian(v, book) : (v as unknown[][])
            )
          );
        },
        get numberFormat() {
          return loadable.get("numberFormat");
        },
        set numberFormat(v: unknown) {
          write("numberFormat", v, (a) =>
            book.setNumberFormats(sheet, a.row, a.col, v as unknown[][])
          );
        },
        get rowIndex() {
          return loadable.get("rowIndex");
        },
        get columnIndex() {
          return loadable.get("columnIndex");
        },
        get rowCount() {
          return loadable.get("rowCount");
        },
        get columnCount() {
          return loadable.get("columnCount");
        },
        getCell: (row: number, col: number) => {
          const a = at();
          return fixed(sheet, rangeAddress(a.row + row, a.col + col));
        },
        getResizedRange: (dr: number, dc: number) => {
          const a = at();
          return fixed(sheet, rangeAddress(a.row, a.col, a.rows + dr, a.cols + dc));
        },
        clear: (applyTo: string) => {
          if (applyTo !== "All" && applyTo !== "Contents")
            throw new Error("only All and Contents are modelled");
          op(target, "clear", applyTo, () => book.clear(sheet, address(), applyTo));
        },
        insert: (shift: string) => {
          if (shift !== "Down") throw new Error("only Down is modelled");
          op(target, "insert", shift, () => book.insertCells(sheet, address()));
        },
        delete: (shift: string) => {
          if (shift !== "Up") throw new Error("only Up is modelled");
          op(target, "delete", shift, () => book.deleteCells(sheet, address()));
        },
        getMergedAreasOrNullObject: () => {
          const hits = () => {
            const a = address();
            return (book.merged.get(sheet) ?? []).filter((m) => rangesOverlap(m, a));
          };
          const merged = new Loadable(
            `${target}/merged`,
            ["address"],
            () => ({
              data: {
                address: hits()
                  .map((m) => `'${sheet}'!${m}`)
                  .join(","),
              },
            }),
            pending
          );
          const areas = {
            load(arg?: unknown) {
              merged.load(arg);
              return areas;
            },
            get isNullObject() {
              return hits().length === 0;
            },
            get address() {
              return merged.get("address");
            },
          };
          return areas;
        },
        getSpillingToRangeOrNullObject: () =>
          range(
            sheet,
            () => {
              const a = at();
              const s = book.spill(sheet, a.row, a.col);
              return s ? { row: a.row, col: a.col, rows: s.rows, cols: s.cols } : undefined;
            },
            `${label}/spill`
          ),
        select: () =>
          op(target, "select", null, () => (book.selection = { sheet, address: shown() })),
        format: recorder((key, value) =>
          op(target, `format.${key}`, value, () =>
            book.styles.push({ sheet, address: shown(), key, value })
          )
        ),
        conditionalFormats: {
          add: (type: string) => {
            const cf: FakeConditional = {
              sheet,
              address: label,
              type,
              dataBar: { positiveFormat: {} },
              textComparison: { format: { fill: {}, font: {} } },
              iconSet: {},
              custom: { rule: {}, format: { fill: {}, font: {} } },
              cellValue: { format: { fill: {}, font: {} } },
            };
            op(target, "conditionalFormats.add", type, () => {
              cf.address = shown();
              book.conditional.push(cf);
            });
            return cf;
          },
          clearAll: () =>
            op(target, "conditionalFormats.clearAll", null, () => {
              const a = address();
              const keep = book.conditional.filter(
                (c) => c.sheet !== sheet || !rangesOverlap(c.address, a)
              );
              book.conditional.splice(0, book.conditional.length, ...keep);
            }),
        },
      };
      // A property the fake does not model fails loudly instead of being ignored.
      return Object.preventExtensions(self);
    }

    /** A range by address: A1 areas, whole columns ("B:B") or whole rows ("3:5"). */
    function fixed(sheet: string, address: string): object {
      if (/^[A-Z]+:[A-Z]+$/.test(address)) {
        // A whole column: only its format is ever set (column widths).
        return {
          format: recorder((key, value) =>
            op(`${sheet}!${address}`, `format.${key}`, value, () =>
              book.styles.push({ sheet, address, key, value })
            )
          ),
        };
      }
      const rows = /^(\d+):(\d+)$/.exec(address);
      if (rows) {
        // Whole rows: inserted or deleted (a matrix that grows or shrinks).
        const first = Number(rows[1]) - 1;
        const count = Number(rows[2]) - first;
        return {
          insert: (shift: string) => {
            if (shift !== "Down") throw new Error("only Down is modelled for whole rows");
            op(`${sheet}!${address}`, "insert", shift, () => book.insertRows(sheet, first, count));
          },
          delete: (shift: string) => {
            if (shift !== "Up") throw new Error("only Up is modelled for whole rows");
            op(`${sheet}!${address}`, "delete", shift, () => book.deleteRows(sheet, first, count));
          },
        };
      }
      const r = parseRange(address);
      const area = { row: r.row, col: r.col, rows: r.rows, cols: r.cols };
      const out = range(sheet, () => area, rangeAddress(r.row, r.col, r.rows, r.cols), address);
      placed.set(out, { sheet, address });
      return out;
    }

    /**
     * A PivotTable being added: its hierarchies are the source table's headers (checked at
     * sync, as Excel fails a field it does not have); summarizeBy and numberFormat are recorded.
     */
    function pivotHandle(target: string, entry: FakePivot, headers: () => string[]) {
      const field = (name: string) => {
        if (!headers().some((h) => h.toLowerCase() === name.toLowerCase()))
          throw officeError("ItemNotFound", `pivot field ${name}`);
        return name;
      };
      return {
        hierarchies: { getItem: (name: string) => ({ name }) },
        rowHierarchies: {
          add: (h: { name: string }) =>
            op(target, "rowHierarchies.add", h.name, () => entry.rows.push(field(h.name))),
        },
        dataHierarchies: {
          add: (h: { name: string }) => {
            const value: FakePivot["values"][number] = { field: h.name };
            op(target, "dataHierarchies.add", h.name, () => entry.values.push(value));
            return {
              set summarizeBy(v: string) {
                op(target, "summarizeBy", v, () => (value.summarizeBy = v));
              },
              set numberFormat(v: string) {
                op(target, "numberFormat", v, () => (value.numberFormat = v));
              },
            };
          },
        },
      };
    }

    function table(name: string) {
      const t = () => book.table(name);
      /** The table's rows from `skip` (1: below the header), `rows` of them (all when undefined). */
      const area = (skip: number, rows?: number) => () => {
        const x = t();
        return { row: x.row + skip, col: x.col, rows: rows ?? x.rows - skip, cols: x.cols };
      };
      const target = `table ${name}`;
      return {
        get name() {
          return t().name;
        },
        set name(v: string) {
          op(target, "name", v, () => (t().name = v));
        },
        set style(v: string) {
          op(target, "style", v, () => (t().style = v));
        },
        worksheet: {
          get name() {
            return t().sheet;
          },
        },
        getRange: () => range(t().sheet, area(0), `${name}[#All]`),
        getHeaderRowRange: () => range(t().sheet, area(0, 1), `${name}[#Headers]`),
        getDataBodyRange: () => range(t().sheet, area(1), `${name}[#Data]`),
        clearFilters: () => op(target, "clearFilters", null, () => (t().filtered = false)),
        convertToRange: () =>
          op(target, "convertToRange", null, () => {
            if (t().filtered) book.convertedWhileFiltered.push(t().name);
            book.tables.splice(book.tables.indexOf(t()), 1);
          }),
        columns: {
          add: (_i: unknown, _v: unknown, header: string) =>
            op(target, "columns.add", header, () => {
              const x = t();
              book.setInputs(x.sheet, x.row, x.col + x.cols, [[header]]);
              x.cols += 1;
            }),
        },
        rows: {
          add: (_i: unknown, values: unknown[][]) =>
            op(target, "rows.add", values, () => {
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
            }),
          getItemAt: (i: number) => ({
            delete: () =>
              op(target, "rows.delete", i, () => {
                const x = t();
                book.deleteCells(x.sheet, rangeAddress(x.row + 1 + i, x.col, 1, x.cols));
                x.rows -= 1;
              }),
          }),
        },
      };
    }

    // Sheets are looked up when the batch runs, so a sheet added earlier in a batch is found.
    function worksheet(name: string) {
      const target = `sheet ${name}`;
      return {
        name,
        getRange: (address: string) => fixed(name, address),
        getUsedRangeOrNullObject: () => range(name, () => book.used(name), "used"),
        set visibility(v: FakeVisibility) {
          op(target, "visibility", v, () => book.setVisibility(name, v));
        },
        delete: () => op(target, "delete", null, () => book.deleteSheet(name)),
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
            op(target, "tables.add", address, () => {
              book.id(name);
              book.tables.push(entry);
            });
            const handle = {
              set name(v: string) {
                op(target, "table.name", v, () => (entry.name = v));
              },
              set style(v: string) {
                op(target, "table.style", v, () => ((entry as { style?: string }).style = v));
              },
            };
            return handle;
          },
        },
        freezePanes: {
          freezeRows: (n: number) => op(target, "freezeRows", n, () => book.frozen.set(name, n)),
        },
        charts: Object.assign(
          collection(
            `${target}/charts`,
            () => book.charts.filter((c) => c.sheet === name).map((c) => ({ name: c.name })),
            (list) => list
          ),
          {
            /** Worksheet.charts.add (ExcelApi 1.1): the source is a range of this sheet. */
            add: (type: string, source: object, seriesBy: string) => {
              const at = placed.get(source);
              if (!at || at.sheet !== name)
                throw new Error("a chart's source is a range of its sheet");
              const chart: FakeChart = {
                sheet: name,
                name: "",
                type,
                source: at.address,
                seriesBy,
              };
              op(target, "charts.add", [type, at.address, seriesBy], () => {
                book.id(name);
                chart.name ||= `Chart ${book.charts.length + 1}`;
                book.charts.push(chart);
              });
              return {
                set name(v: string) {
                  op(target, "chart.name", v, () => (chart.name = v));
                },
                title: {
                  set text(v: string) {
                    op(target, "chart.title.text", v, () => (chart.title = v));
                  },
                },
                legend: {
                  set visible(v: boolean) {
                    op(target, "chart.legend.visible", v, () => (chart.legend = v));
                  },
                },
                setPosition: (from: string, to?: string) =>
                  op(
                    target,
                    "chart.setPosition",
                    [from, to],
                    () => (chart.position = { from, to })
                  ),
              };
            },
            getItem: (chartName: string) => ({
              delete: () =>
                op(target, "chart.delete", chartName, () => {
                  const i = book.charts.findIndex((c) => c.sheet === name && c.name === chartName);
                  if (i < 0) throw officeError("ItemNotFound", `chart ${chartName} on ${name}`);
                  book.charts.splice(i, 1);
                }),
            }),
          }
        ),
        pivotTables: {
          add: (pivot: string, source: { name: string } | string, destination: object) => {
            const at = placed.get(destination);
            if (!at || at.sheet !== name)
              throw new Error("a PivotTable goes at a range of its sheet");
            const entry: FakePivot = {
              name: pivot,
              sheet: name,
              address: at.address,
              source: "",
              rows: [],
              values: [],
            };
            const sourceName = () => (typeof source === "string" ? source : source.name);
            op(target, "pivotTables.add", [pivot, at.address], () => {
              entry.source = book.table(sourceName()).name;
              if (book.pivots.some((p) => p.name.toLowerCase() === pivot.toLowerCase()))
                throw officeError("InvalidArgument", `a PivotTable named ${pivot} exists`);
              book.pivots.push(entry);
            });
            const headers = () => {
              const t = book.table(entry.source);
              return book.values(t.sheet, t.row, t.col, 1, t.cols)[0].map((v) => String(v ?? ""));
            };
            return pivotHandle(`pivot ${pivot}`, entry, headers);
          },
        },
        activate: () => op(target, "activate", null, () => (book.active = name)),
      };
    }

    /** A collection whose `items` are loaded (names over the wire, handles to the code). */
    function collection<T>(label: string, items: () => T[], wire: (items: T[]) => unknown) {
      const loadable = new Loadable(
        label,
        ["items"],
        () => {
          const list = items();
          return { data: { items: list }, wire: { items: wire(list) } };
        },
        pending
      );
      return {
        load(arg?: unknown) {
          loadable.load(arg ?? "items");
          return this;
        },
        get items(): T[] {
          return loadable.get("items") as T[];
        },
      };
    }

    const sheets = collection(
      "worksheets",
      () => book.sheetNames().map((n) => worksheet(n)),
      (list) => list.map((s) => ({ name: s.name }))
    );
    const pivotTables = collection(
      "pivotTables",
      () => book.pivots.map((p) => ({ name: p.name })),
      (list) => list
    );
    const tables = collection(
      "tables",
      () => book.tables.map((t) => ({ name: t.name, worksheet: { name: t.sheet } })),
      (list) => list
    );
    const culture = new Loadable(
      "application.cultureInfo.numberFormat",
      ["numberDecimalSeparator", "numberGroupSeparator"],
      (props) => ({
        data: Object.fromEntries(
          props.map((p) => [
            p,
            p === "numberDecimalSeparator"
              ? book.decimalSeparator
              : book.decimalSeparator === ","
                ? "\u00a0"
                : ",",
          ])
        ),
      }),
      pending
    );
    const numberFormatInfo = {
      load(arg?: unknown) {
        culture.load(arg);
        return numberFormatInfo;
      },
      get numberDecimalSeparator() {
        return culture.get("numberDecimalSeparator");
      },
      get numberGroupSeparator() {
        return culture.get("numberGroupSeparator");
      },
    };

    const ctx = {
      workbook: {
        application: { cultureInfo: { numberFormat: numberFormatInfo } },
        worksheets: Object.assign(sheets, {
          getItem: (n: string) => worksheet(n),
          add: (n: string) => {
            op("worksheets", "add", n, () => book.addSheet(n));
            return worksheet(n);
          },
          onChanged: {
            add: (handler: () => unknown) => {
              book.changeHandlers.add(handler);
              return { context: {}, remove: () => book.changeHandlers.delete(handler) };
            },
          },
        }),
        tables: Object.assign(tables, { getItem: (n: string) => table(n) }),
        pivotTables: Object.assign(pivotTables, {
          getItem: (n: string) => ({
            delete: () =>
              op(`pivot ${n}`, "delete", null, () => {
                const i = book.pivots.findIndex((p) => p.name.toLowerCase() === n.toLowerCase());
                if (i < 0) throw officeError("ItemNotFound", `pivot ${n}`);
                book.pivots.splice(i, 1);
              }),
          }),
        }),
        /** The selection (book.selection; A1 of the first sheet when nothing was selected). */
        getSelectedRange: () => {
          const sel = book.selection ?? { sheet: book.sheetNames()[0], address: "A1" };
          return fixed(sel.sheet, sel.address);
        },
      },
      async sync() {
        book.syncCount += 1;
        const ops = queue.splice(0);
        const loads = [...pending];
        pending.clear();
        const request =
          ops.reduce((n, o) => n + o.bytes, 0) + loads.reduce((n, l) => n + l.requestBytes(), 0);
        book.maxRequestBytes = Math.max(book.maxRequestBytes, request);
        if (request > book.limit)
          throw officeError("RequestPayloadSizeLimitExceeded", `${request} bytes`);
        if (book.failing.has(book.syncCount)) {
          for (const o of ops.slice(0, ops.length >> 1)) o.apply();
          throw officeError("GeneralException", `sync ${book.syncCount} stopped part way`);
        }
        for (const o of ops) o.apply();
        const response = loads.reduce((n, l) => n + l.prepare(), 0);
        if (response > book.limit) {
          for (const l of loads) l.drop();
          book.refusedResponses += 1;
          throw officeError("ResponsePayloadSizeLimitExceeded", `${response} bytes`);
        }
        book.maxResponseBytes = Math.max(book.maxResponseBytes, response);
        for (const l of loads) await l.deliver();
        // office-addin-mock settles nested properties in later microtasks.
        await new Promise((r) => setTimeout(r, 0));
      },
    };
    return callback(ctx);
  }

  return {
    run,
    ConditionalFormatType: {
      dataBar: "DataBar",
      containsText: "ContainsText",
      iconSet: "IconSet",
      custom: "Custom",
      cellValue: "CellValue",
    },
    IconSet: { threeTrafficLights1: "ThreeTrafficLights1" },
    ConditionalFormatIconRuleType: { formula: "Formula", number: "Number" },
    ConditionalIconCriterionOperator: { greaterThanOrEqual: "GreaterThanOrEqual" },
    ChartType: { columnClustered: "ColumnClustered", lineMarkers: "LineMarkers" },
    ChartSeriesBy: { columns: "Columns", rows: "Rows" },
    ConditionalFormatRuleType: { number: "Number" },
    ConditionalTextOperator: { contains: "Contains" },
    ClearApplyTo: { all: "All", contents: "Contents" },
    InsertShiftDirection: { down: "Down", right: "Right" },
    DeleteShiftDirection: { up: "Up", left: "Left" },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  };
}
