/**
 * "Make portable" and "Restore KPI formulas" in Excel: the PortableHost over Office.js.
 *
 * Requests are bounded by size, not by the workbook: Excel on the web refuses a request or a
 * response over 5 MB, so the used ranges are read in blocks of rows (at most `readCells` cells
 * per sync; a block Excel still refuses as too large is halved and read again) and writes are
 * grouped into syncs of at most `requestLimit` bytes. A small workbook takes: sheet names; the
 * size of each used range and the cell A1 of each sheet (to find the originals sheet by its
 * note); the formulas; then the writes (one more sync to read spill areas when spilled KPI calls
 * need them).
 *
 * Order of writes, so a batch that fails cannot lose an original: "Make portable" appends the new
 * records to the originals sheet first and converts the formulas after; "Restore" writes the
 * formulas back first and rewrites the originals sheet after (top down, so a record is only ever
 * overwritten by itself or by a later one already written). Whatever stops half way, every
 * original is still in the sheet or back in its cell, and running the action again finishes it.
 */
import { cellAddress } from "../workbook/a1";
import {
  PortableStoppedError,
  type PortableHost,
  type PortableOutcome,
  type PortablePreview,
} from "../workbook/portable/host";
import {
  FIRST_RECORD_ROW,
  freeOriginalsName,
  isOriginalsSheet,
  originalsRows,
  readOriginals,
  type OriginalRecord,
} from "../workbook/portable/originals";
import {
  cellContent,
  planConversion,
  planRestore,
  type FormulaCell,
  type PortableScope,
} from "../workbook/portable/plan";
import { cellKey } from "../workbook/portable/originals";
import { translateSpill } from "../workbook/portable/spill";
import { translateFormula } from "../workbook/portable/translator";

/** Excel on the web's limit on one request and on one response (bytes). */
export const REQUEST_LIMIT = 5 * 1024 * 1024;
/** Cells read per sync (formulas and values): ~200 bytes a cell stays well under 5 MB. */
export const READ_CELLS = 10000;

export interface OfficePortableOptions {
  /** Largest request a sync may send, in bytes (default REQUEST_LIMIT). */
  requestLimit?: number;
  /** Cells read per sync (default READ_CELLS). */
  readCells?: number;
}

/** A block of a used range: `rows` rows from 0-based `row`, `cols` columns from `col`. */
interface Block {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** What the reads found. */
interface Snapshot {
  /** Every sheet but the originals sheet. */
  sheets: string[];
  /** Formula cells of the sheets in scope. */
  cells: FormulaCell[];
  /** cellKey → what the cell holds (see cellContent), for the sheets in scope. */
  content: Map<string, string>;
  /** The add-in's originals sheet (found by its note), if any. */
  originals?: { name: string; rows: number };
  records: OriginalRecord[];
}

/** Errors after which a smaller request may succeed. */
const TOO_LARGE = new Set([
  "ResponsePayloadSizeLimitExceeded",
  "RequestPayloadSizeLimitExceeded",
  "RangeExceedsLimit",
  "OperationCellsExceedLimit",
]);

function tooLarge(e: unknown): boolean {
  return TOO_LARGE.has(String((e as { code?: unknown } | null)?.code ?? ""));
}

function blockAddress(b: Block): string {
  return `${cellAddress(b.row, b.col)}:${cellAddress(b.row + b.rows - 1, b.col + b.cols - 1)}`;
}

/** Splits used ranges into blocks of rows of at most `cells` cells (at least one row each). */
function blocksOf(area: Block, cells: number): Block[] {
  const per = Math.max(1, Math.floor(cells / Math.max(1, area.cols)));
  const out: Block[] = [];
  for (let r = 0; r < area.rows; r += per)
    out.push({ ...area, row: area.row + r, rows: Math.min(per, area.rows - r) });
  return out;
}

/**
 * Loads formulas and values of the blocks, several blocks per sync up to `cells` cells. When
 * Excel refuses a sync as too large, the budget is halved for it and for every later sync (the
 * cells there are as long, as a rule), so a workbook of long formulas costs a few refused syncs,
 * not a few per block.
 */
async function readBlocks(
  ctx: Excel.RequestContext,
  blocks: Block[],
  cells: number
): Promise<{ block: Block; formulas: unknown[][]; values: unknown[][] }[]> {
  const out: { block: Block; formulas: unknown[][]; values: unknown[][] }[] = [];
  const queue = [...blocks];
  let budget = Math.max(1, cells);
  while (queue.length > 0) {
    const group: Block[] = [];
    let size = 0;
    while (queue.length > 0) {
      const b = queue[0];
      const n = b.rows * b.cols;
      if (n > budget && b.rows > 1) {
        // Too many cells for the budget: split off the rows that fit.
        const per = Math.max(1, Math.min(b.rows - 1, Math.floor(budget / b.cols)));
        queue.splice(0, 1, { ...b, rows: per }, { ...b, row: b.row + per, rows: b.rows - per });
        continue;
      }
      if (group.length > 0 && size + n > budget) break;
      group.push(queue.shift() as Block);
      size += n;
    }
    const ranges = group.map((b) => {
      const range = ctx.workbook.worksheets.getItem(b.sheet).getRange(blockAddress(b));
      range.load(["formulas", "values"]);
      return { block: b, range };
    });
    try {
      await ctx.sync();
    } catch (e) {
      const single = group.length === 1 && group[0].rows === 1;
      if (!tooLarge(e) || single) throw e;
      budget = Math.max(1, Math.floor(size / 2));
      queue.unshift(...group);
      continue;
    }
    for (const { block, range } of ranges)
      out.push({ block, formulas: range.formulas, values: range.values });
  }
  return out;
}

/** Reads the sheet names, the formulas of the sheets in scope and the kept originals. */
async function readSnapshot(
  ctx: Excel.RequestContext,
  scope: PortableScope,
  cells: number
): Promise<Snapshot> {
  const sheets = ctx.workbook.worksheets;
  sheets.load("items/name");
  await ctx.sync();
  const names = sheets.items.map((s) => s.name);
  const probes = names.map((name) => {
    const ws = sheets.getItem(name);
    const used = ws.getUsedRangeOrNullObject();
    used.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
    const a1 = ws.getRange("A1");
    a1.load("values");
    return { name, used, a1 };
  });
  await ctx.sync();

  const own = probes.find((p) => isOriginalsSheet(p.a1.values[0]?.[0]));
  const area = (p: (typeof probes)[number]): Block => ({
    sheet: p.name,
    row: p.used.rowIndex,
    col: p.used.columnIndex,
    rows: p.used.rowCount,
    cols: p.used.columnCount,
  });
  const inScope = probes.filter(
    (p) =>
      p !== own && !p.used.isNullObject && (scope.kind === "workbook" || scope.sheet === p.name)
  );
  const blocks = inScope.flatMap((p) => blocksOf(area(p), cells));
  // The originals sheet: its four text columns from A1 (the note sits there).
  const ownArea = own && !own.used.isNullObject ? area(own) : undefined;
  const ownRows = ownArea ? ownArea.row + ownArea.rows : 0;
  if (own && ownRows > 0)
    blocks.push(...blocksOf({ sheet: own.name, row: 0, col: 0, rows: ownRows, cols: 4 }, cells));
  const read = await readBlocks(ctx, blocks, cells);

  const formulaCells: FormulaCell[] = [];
  const content = new Map<string, string>();
  const kept: unknown[][] = [];
  for (const { block, formulas, values } of read) {
    if (own && block.sheet === own.name) {
      values.forEach((row, r) => (kept[block.row + r] = row));
      continue;
    }
    formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        const address = cellAddress(block.row + r, block.col + c);
        const held = cellContent(f, values[r][c]);
        if (held !== undefined) content.set(cellKey(block.sheet, address), held);
        // Text that starts with "=" reads the same from both properties; a formula does not.
        if (held?.startsWith("="))
          formulaCells.push({ sheet: block.sheet, address, formula: held });
      })
    );
  }
  return {
    sheets: names.filter((n) => n !== own?.name),
    cells: formulaCells,
    content,
    originals: own ? { name: own.name, rows: ownRows } : undefined,
    records: readOriginals(Array.from({ length: kept.length }, (_, r) => kept[r] ?? [])),
  };
}

/** A queued write and the bytes it sends. */
interface Write {
  bytes: number;
  queue: () => void;
}

/** Sends writes, in order, in syncs of at most `limit` bytes each. */
async function sendWrites(
  ctx: Excel.RequestContext,
  writes: readonly Write[],
  limit: number
): Promise<void> {
  let size = 0;
  let pending = 0;
  for (const w of writes) {
    if (pending > 0 && size + w.bytes > limit) {
      await ctx.sync();
      size = 0;
      pending = 0;
    }
    w.queue();
    size += w.bytes;
    pending++;
  }
  if (pending > 0) await ctx.sync();
}

/** Bytes a write of these cell inputs sends (its JSON, plus the address and the call). */
function bytesOf(value: unknown, address: string): number {
  return JSON.stringify(value).length * 2 + address.length + 64;
}

/** Formula writes, one cell each ("" empties a cell). */
function formulaWrites(ctx: Excel.RequestContext, writes: readonly FormulaCell[]): Write[] {
  return writes.map((w) => ({
    bytes: bytesOf([[w.formula]], w.address),
    queue: () => {
      ctx.workbook.worksheets.getItem(w.sheet).getRange(w.address).formulas = [[w.formula]];
    },
  }));
}

/**
 * Writes of rows of the originals sheet from 0-based row `from`, in blocks that each fit a
 * request: text format first, so Excel stores "=KPI.INDEX(…)" as text, never as a formula.
 */
function rowWrites(
  ctx: Excel.RequestContext,
  sheet: () => Excel.Worksheet,
  rows: readonly string[][],
  from: number,
  limit: number
): Write[] {
  const out: Write[] = [];
  let start = 0;
  while (start < rows.length) {
    let end = start;
    let bytes = 0;
    while (end < rows.length) {
      const b = JSON.stringify(rows[end]).length * 2 + 32;
      if (end > start && bytes + b > limit / 2) break;
      bytes += b;
      end++;
    }
    const block = rows.slice(start, end);
    const address = `A${from + start + 1}:D${from + end}`;
    out.push({
      bytes: bytes * 2 + address.length + 64,
      queue: () => {
        const target = sheet().getRange(address);
        target.numberFormat = block.map((row) => row.map(() => "@"));
        target.values = block.map((row) => [...row]);
      },
    });
    start = end;
  }
  return out;
}

/** True where Excel can report spill areas (Range.getSpillingToRangeOrNullObject). */
function canReadSpills(): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported("ExcelApi", "1.12") === true
  );
}

/**
 * Finds the spill area of every KPI formula that spills and can be translated cell by cell
 * (one more sync, only when there is such a formula), so the plan can write each cell.
 */
async function readSpills(ctx: Excel.RequestContext, cells: FormulaCell[]): Promise<void> {
  const candidates = cells.filter((c) => {
    const t = translateFormula(c.formula);
    return t.warnings.some((w) => w.code === "spill") && translateSpill(c.formula) !== undefined;
  });
  if (candidates.length === 0 || !canReadSpills()) return;
  const areas = candidates.map((c) => {
    const area = ctx.workbook.worksheets
      .getItem(c.sheet)
      .getRange(c.address)
      .getSpillingToRangeOrNullObject();
    area.load(["rowCount", "columnCount"]);
    return { c, area };
  });
  await ctx.sync();
  for (const { c, area } of areas) {
    if (!area.isNullObject) c.spill = { rows: area.rowCount, cols: area.columnCount };
  }
}

/** The portable-workbook actions on the open workbook. */
export class OfficePortableHost implements PortableHost {
  private readonly requestLimit: number;
  private readonly readCells: number;

  constructor(options: OfficePortableOptions = {}) {
    this.requestLimit = options.requestLimit ?? REQUEST_LIMIT;
    this.readCells = options.readCells ?? READ_CELLS;
  }

  /** The worksheets a user can choose (the add-in's originals sheet is not one of them). */
  async listSheets(): Promise<string[]> {
    return Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name");
      await ctx.sync();
      const probes = sheets.items.map((s) => {
        const a1 = s.getRange("A1");
        a1.load("values");
        return { name: s.name, a1 };
      });
      await ctx.sync();
      return probes.filter((p) => !isOriginalsSheet(p.a1.values[0]?.[0])).map((p) => p.name);
    });
  }

  /** Counts what "Make portable" would change, for the confirmation (no writes). */
  async listKpiFormulas(scope: PortableScope): Promise<PortablePreview> {
    return Excel.run(async (ctx) => {
      const snap = await readSnapshot(ctx, scope, this.readCells);
      await readSpills(ctx, snap.cells);
      const plan = planConversion(snap.cells, [], scope);
      return { perSheet: plan.perSheet, warnings: plan.warnings, kept: snap.records.length };
    });
  }

  /** Keeps the originals (appended to the originals sheet), then rewrites the KPI formulas. */
  async makePortable(scope: PortableScope): Promise<PortableOutcome> {
    return Excel.run(async (ctx) => {
      const snap = await readSnapshot(ctx, scope, this.readCells);
      await readSpills(ctx, snap.cells);
      const plan = planConversion(snap.cells, snap.records, scope);
      const outcome = { perSheet: plan.perSheet, warnings: plan.warnings, edited: 0 };
      if (plan.writes.length === 0) return outcome;
      const limit = this.requestLimit;
      const sheets = ctx.workbook.worksheets;
      const name = snap.originals?.name ?? freeOriginalsName(snap.sheets);
      const keep: Write[] = [];
      if (!snap.originals) {
        // A new sheet: note, header, records; very hidden (not listed under Unhide).
        keep.push({
          bytes: 256,
          queue: () => {
            sheets.add(name).visibility = "VeryHidden";
          },
        });
        keep.push(
          ...rowWrites(ctx, () => sheets.getItem(name), originalsRows(plan.added), 0, limit)
        );
      } else {
        const rows = plan.added.map((r) => [r.sheet, r.address, r.original, r.portable]);
        const from = Math.max(snap.originals.rows, FIRST_RECORD_ROW);
        keep.push(...rowWrites(ctx, () => sheets.getItem(name), rows, from, limit));
      }
      await sendWrites(ctx, keep, limit);
      try {
        await sendWrites(ctx, formulaWrites(ctx, plan.writes), limit);
      } catch (e) {
        throw new PortableStoppedError("convert", e);
      }
      return outcome;
    });
  }

  /** Writes the kept original formulas in scope back, then rewrites the originals sheet. */
  async restore(scope: PortableScope): Promise<PortableOutcome> {
    return Excel.run(async (ctx) => {
      const snap = await readSnapshot(ctx, scope, this.readCells);
      const plan = planRestore(snap.records, snap.content, scope);
      const outcome = {
        perSheet: plan.perSheet,
        warnings: [],
        edited: plan.edited.length,
        blocked: plan.blocked.length,
      };
      const own = snap.originals;
      if (!own || (plan.writes.length === 0 && plan.records.length === snap.records.length))
        return outcome;
      const limit = this.requestLimit;
      // Formulas first, then the originals sheet, in order (several in one sync when they fit).
      const writes = formulaWrites(ctx, plan.writes);
      const sheet = ctx.workbook.worksheets.getItem(own.name);
      if (plan.records.length === 0) {
        // Worksheet.delete fails on a very hidden sheet (learn.microsoft.com, Worksheet.delete).
        writes.push({
          bytes: 128,
          queue: () => {
            sheet.visibility = "Hidden";
            sheet.delete();
          },
        });
      } else {
        const rows = originalsRows(plan.records);
        writes.push(...rowWrites(ctx, () => sheet, rows, 0, limit));
        if (own.rows > rows.length) {
          const tail = `A${rows.length + 1}:D${own.rows}`;
          writes.push({ bytes: 128, queue: () => sheet.getRange(tail).clear("Contents") });
        }
      }
      try {
        await sendWrites(ctx, writes, limit);
      } catch (e) {
        throw new PortableStoppedError("restore", e);
      }
      return outcome;
    });
  }
}
