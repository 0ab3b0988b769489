/**
 * The Office path (src/office/portable.ts) over the one fake Excel (test/office: office-addin-mock
 * over a HyperFormula book, so formulas calculate and KPI.ABC really spills): "Make portable" and
 * "Restore KPI formulas" on the example workbook, in a bounded number of context.sync() calls,
 * within Excel on the web's payload limits, and safe when a batch stops part way.
 */
import { OfficePortableHost } from "../../src/office/portable";
import { parseRange } from "../../src/workbook/a1";
import { ORIGINALS_SHEET } from "../../src/workbook/portable/originals";
import { exampleSheets, MATRIX_SHEET } from "../../scripts/make-examples";
import { FakeBook } from "../office/fake-book";
import { fakeExcel } from "../office/fake-excel";
import { fromHf, same } from "./compare";

const g = global as unknown as { Excel: unknown };
let book: FakeBook;
const host = new OfficePortableHost();

function exampleBook(extra: Record<string, unknown[][]> = {}): FakeBook {
  const b = new FakeBook();
  for (const [name, s] of Object.entries(exampleSheets())) b.addSheet(name, s.grid);
  for (const [name, rows] of Object.entries(extra)) b.addSheet(name, rows);
  return b;
}

/** Formula inputs of every sheet by "Sheet!A1" (text that starts with "=" is not one). */
function formulas(b: FakeBook): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of b.sheetNames()) {
    for (const [a, v] of b.inputs(name))
      if (typeof v === "string" && v.startsWith("=")) out[`${name}!${a}`] = v;
  }
  return out;
}

/** Values of every formula cell, as the book's KPI engine computed them. */
function evaluate(b: FakeBook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(formulas(b))) {
    const [sheet, address] = key.split("!");
    const r = parseRange(address);
    out[key] = fromHf(b.hf.getCellValue({ sheet: b.id(sheet), row: r.row, col: r.col }));
  }
  return out;
}

beforeEach(() => {
  book = exampleBook();
  g.Excel = fakeExcel(book);
});

describe("OfficePortableHost", () => {
  it("lists the KPI formulas per sheet before converting, in 3 syncs and without writing", async () => {
    const before = formulas(book);
    const preview = await host.listKpiFormulas({ kind: "workbook" });
    expect(preview.perSheet).toEqual([{ sheet: MATRIX_SHEET, count: 11 }]);
    expect(preview.warnings).toEqual([]);
    expect(preview.kept).toBe(0);
    expect(book.syncCount).toBe(3);
    expect(formulas(book)).toEqual(before);
    expect(await host.listSheets()).toEqual(["KPI Cards", MATRIX_SHEET]);
  });

  it("makes the workbook portable in 5 syncs (3 reads, originals, formulas): no KPI call left, same values, originals kept very hidden", async () => {
    const before = formulas(book);
    const values = evaluate(book);
    const outcome = await host.makePortable({ kind: "workbook" });
    expect(book.syncCount).toBe(5);
    expect(outcome.perSheet).toEqual([{ sheet: MATRIX_SHEET, count: 11 }]);
    const after = formulas(book);
    expect(Object.values(after).filter((f) => /KPI\./i.test(f))).toEqual([]);
    // Formulas without KPI calls are untouched.
    for (const [k, f] of Object.entries(before)) if (!/KPI\./.test(f)) expect(after[k]).toBe(f);
    const now = evaluate(book);
    for (const k of Object.keys(values))
      expect(same(now[k] as never, values[k] as never)).toBe(true);
    expect(book.sheetVisibility(ORIGINALS_SHEET)).toBe("VeryHidden");
    expect(book.numberFormat(ORIGINALS_SHEET, "C3")).toBe("@");
    // Text-formatted: the kept formula is text, not a formula that would calculate.
    expect(book.values(ORIGINALS_SHEET, 2, 2, 1, 1)[0][0]).toMatch(/^=KPI\./);
    expect(book.hf.doesCellHaveFormula({ sheet: book.id(ORIGINALS_SHEET), row: 2, col: 2 })).toBe(
      false
    );
    // Note (2 cells), header (4), 11 records of 4 cells.
    expect(book.inputs(ORIGINALS_SHEET).size).toBe(2 + 4 + 4 * 11);
  });

  it("restores exactly the original formulas in 4 syncs and removes the originals sheet", async () => {
    const before = formulas(book);
    await host.makePortable({ kind: "workbook" });
    const s0 = book.syncCount;
    const outcome = await host.restore({ kind: "workbook" });
    expect(book.syncCount - s0).toBe(4);
    expect(outcome.perSheet).toEqual([{ sheet: MATRIX_SHEET, count: 11 }]);
    expect(formulas(book)).toEqual(before);
    expect(book.sheetNames().includes(ORIGINALS_SHEET)).toBe(false);
  });

  it("converts one sheet only, and restores it alone", async () => {
    const other = [
      ["fact", "plan", "=KPI.INDEX(A2,B2)"],
      [90, 100, "=KPI.INDEX(A2,B2)*2"],
    ];
    book = exampleBook({ "Other sheet": other });
    g.Excel = fakeExcel(book);
    const before = formulas(book);
    await host.makePortable({ kind: "sheet", sheet: "Other sheet" });
    const after = formulas(book);
    expect(after[`${MATRIX_SHEET}!J6`]).toBe(before[`${MATRIX_SHEET}!J6`]);
    expect(after["Other sheet!C2"]).not.toContain("KPI.");
    await host.makePortable({ kind: "sheet", sheet: MATRIX_SHEET });
    await host.restore({ kind: "sheet", sheet: "Other sheet" });
    const restored = formulas(book);
    expect(restored["Other sheet!C2"]).toBe("=KPI.INDEX(A2,B2)*2");
    expect(restored[`${MATRIX_SHEET}!J6`]).not.toContain("KPI.");
    expect(book.sheetNames().includes(ORIGINALS_SHEET)).toBe(true);
    await host.restore({ kind: "workbook" });
    expect(formulas(book)).toEqual(before);
  });

  it("leaves a portable formula the user edited since, and says so", async () => {
    await host.makePortable({ kind: "workbook" });
    book.type(MATRIX_SHEET, "J6", "=I6/G6");
    const outcome = await host.restore({ kind: "workbook" });
    expect(outcome.edited).toBe(1);
    expect(book.input(MATRIX_SHEET, "J6")).toBe("=I6/G6");
    expect(book.input(MATRIX_SHEET, "J7")).toMatch(/^=KPI\.INDEX/);
    // The record of the edited cell stays, so nothing is lost.
    expect(book.sheetNames().includes(ORIGINALS_SHEET)).toBe(true);
  });

  it("keeps text that starts with = as text", async () => {
    book = exampleBook({ Notes: [["'=KPI.INDEX(1,2) is how we compute it"]] });
    g.Excel = fakeExcel(book);
    const preview = await host.listKpiFormulas({ kind: "sheet", sheet: "Notes" });
    expect(preview.perSheet).toEqual([]);
  });

  it("translates a spilled KPI.ABC cell by cell (one more sync) and restores the spill", async () => {
    const g2 = global as unknown as { Office?: unknown };
    g2.Office = { context: { requirements: { isSetSupported: () => true } } };
    const rows = [[500, "=KPI.ABC(A1:A4)"], [300], [150], [50]];
    book = exampleBook({ ABC: rows });
    // The engine spills the classes into B2:B4, as Excel does.
    expect(book.spill("ABC", 0, 1)).toEqual({ rows: 4, cols: 1 });
    expect(book.values("ABC", 0, 1, 4, 1)).toEqual([["A"], ["A"], ["B"], ["C"]]);
    g.Excel = fakeExcel(book);
    const outcome = await host.makePortable({ kind: "sheet", sheet: "ABC" });
    expect(book.syncCount).toBe(6);
    expect(outcome.warnings).toEqual([]);
    expect(outcome.perSheet).toEqual([{ sheet: "ABC", count: 4 }]);
    const abc = (a: string) => book.input("ABC", a);
    for (const a of ["B1", "B2", "B3", "B4"]) expect(String(abc(a))).toMatch(/^=IF/);
    expect(book.spill("ABC", 0, 1)).toBeUndefined();
    const values = evaluate(book);
    expect(["B1", "B2", "B3", "B4"].map((a) => values[`ABC!${a}`])).toEqual(
      ["A", "A", "B", "C"].map((value) => ({ kind: "text", value }))
    );
    await host.restore({ kind: "sheet", sheet: "ABC" });
    expect(abc("B1")).toBe("=KPI.ABC(A1:A4)");
    // B2:B4 hold nothing of their own again: the restored formula spills into them.
    expect(["B2", "B3", "B4"].map((a) => abc(a))).toEqual([undefined, undefined, undefined]);
    expect(book.spill("ABC", 0, 1)).toEqual({ rows: 4, cols: 1 });
    expect(book.values("ABC", 0, 1, 4, 1)).toEqual([["A"], ["A"], ["B"], ["C"]]);
    delete g2.Office;
  });

  it("leaves a spilled KPI call whose spill area Excel does not report, with a warning", async () => {
    book = exampleBook({ ABC: [[500, "=KPI.ABC(A1:A2)"], [300]] });
    g.Excel = fakeExcel(book);
    const outcome = await host.makePortable({ kind: "sheet", sheet: "ABC" });
    expect(outcome.warnings).toEqual([
      { sheet: "ABC", address: "B1", code: "spill", fn: "KPI.ABC" },
    ]);
    expect(book.input("ABC", "B1")).toBe("=KPI.ABC(A1:A2)");
  });

  it("stays at 5 syncs for a 50-KPI matrix on several sheets", async () => {
    const rows = Array.from({ length: 50 }, (_, i) => [
      i + 80,
      100,
      `=KPI.INDEX(A${i + 1},B${i + 1})`,
    ]);
    book = exampleBook({ "Big 1": rows, "Big 2": rows });
    g.Excel = fakeExcel(book);
    const outcome = await host.makePortable({ kind: "workbook" });
    expect(book.syncCount).toBe(5);
    expect(outcome.perSheet.map((s) => s.count)).toEqual([11, 50, 50]);
  });
});

describe("OfficePortableHost: Excel's spellings, request sizes, failed batches, the user's sheets", () => {
  const records = (b: FakeBook, sheet: string) =>
    [...b.inputs(sheet).keys()].filter((a) => /^C\d+$/.test(a) && a !== "C2").length;

  it("converts KPI calls however Excel reports them, and restores them as they were", async () => {
    const calls = [
      "=KPI.ВЫПОЛНЕНИЕ(A1,B1)",
      "=_xldudf_KPI_INDEX(A2,B2)",
      "=[2]!_xldudf_KPI_INDEX(A3,B3)",
      "=KPI.INDEX(+A4,B4)",
      "=@KPI.INDEX(A5,B5)",
    ];
    book = exampleBook({ Forms: calls.map((f, i) => [80 + i * 10, 100, f]) });
    g.Excel = fakeExcel(book);
    const values = evaluate(
      exampleBook({
        Forms: calls.map((_, i) => [80 + i * 10, 100, `=KPI.INDEX(A${i + 1},B${i + 1})`]),
      })
    );
    const outcome = await host.makePortable({ kind: "sheet", sheet: "Forms" });
    expect(outcome.warnings).toEqual([]);
    expect(outcome.perSheet).toEqual([{ sheet: "Forms", count: 5 }]);
    const now = evaluate(book);
    calls.forEach((_, i) => {
      const key = `Forms!C${i + 1}`;
      expect(String(book.input("Forms", `C${i + 1}`))).not.toMatch(/KPI|@/);
      expect(same(now[key] as never, values[key] as never)).toBe(true);
    });
    await host.restore({ kind: "sheet", sheet: "Forms" });
    calls.forEach((f, i) => expect(book.input("Forms", `C${i + 1}`)).toBe(f));
  });

  // ~190 syncs over ~1,600 long formulas: seconds of translating, more on a busy machine.
  it("keeps every request and response under the limit on a large workbook (chunked by size)", async () => {
    const rows = Array.from({ length: 400 }, (_, i) => [
      i + 1,
      100,
      50,
      120,
      `=KPI.INDEX(A${i + 1},B${i + 1},C${i + 1},D${i + 1})`,
    ]);
    book = exampleBook({ "Big 1": rows, "Big 2": rows });
    book.limit = 64 * 1024;
    g.Excel = fakeExcel(book);
    const before = formulas(book);
    const small = new OfficePortableHost({ requestLimit: book.limit, readCells: 500 });
    const outcome = await small.makePortable({ kind: "workbook" });
    expect(outcome.perSheet.map((s) => s.count)).toEqual([11, 400, 400]);
    // ~800 formulas of ~450 characters: ~700 KB written, in many requests, none over 64 KB.
    expect(book.syncCount).toBeGreaterThan(10);
    expect(book.maxRequestBytes).toBeGreaterThan(book.limit / 2);
    expect(book.maxRequestBytes).toBeLessThanOrEqual(book.limit);
    expect(book.maxResponseBytes).toBeLessThanOrEqual(book.limit);
    expect(book.refusedResponses).toBe(0);
    // Restore reads the long portable formulas: a refused read is halved and read again.
    book.refusedResponses = 0;
    await small.restore({ kind: "workbook" });
    expect(book.refusedResponses).toBeGreaterThan(0);
    expect(book.refusedResponses).toBeLessThanOrEqual(4);
    expect(formulas(book)).toEqual(before);
    expect(book.maxRequestBytes).toBeLessThanOrEqual(book.limit);
    expect(book.maxResponseBytes).toBeGreaterThan(book.limit / 4);
  }, 30_000);

  it("reads again in smaller blocks when Excel refuses a response as too large", async () => {
    const rows = Array.from({ length: 300 }, (_, i) => [i, 100, `=KPI.INDEX(A${i + 1},B${i + 1})`]);
    book = exampleBook({ Big: rows });
    // The 300 rows read back as ~14 KB of JSON (formulas and values).
    book.limit = 8 * 1024;
    g.Excel = fakeExcel(book);
    // Reads of 100,000 cells would pass the limit: each refused sync is halved until it fits.
    const greedy = new OfficePortableHost({ requestLimit: book.limit, readCells: 100000 });
    const preview = await greedy.listKpiFormulas({ kind: "sheet", sheet: "Big" });
    expect(preview.perSheet).toEqual([{ sheet: "Big", count: 300 }]);
    expect(book.refusedResponses).toBeGreaterThan(0);
    // The budget shrinks for the rest of the reads too: a few refusals, not a few per block.
    expect(book.refusedResponses).toBeLessThanOrEqual(4);
    expect(book.maxResponseBytes).toBeLessThanOrEqual(book.limit);
  });

  it("writes the originals before the formulas: a failed second batch loses no original", async () => {
    const before = formulas(book);
    // Syncs: names, sizes, formulas, originals (4), formulas (5): the formula batch fails half way.
    book.failing.add(5);
    await expect(host.makePortable({ kind: "workbook" })).rejects.toThrow(/stopped part way/);
    expect(book.sheetVisibility(ORIGINALS_SHEET)).toBe("VeryHidden");
    expect(records(book, ORIGINALS_SHEET)).toBe(11);
    const half = Object.entries(formulas(book)).filter(([k, f]) => before[k] !== f);
    expect(half.length).toBeGreaterThan(0);
    expect(half.length).toBeLessThan(11);
    // Restore brings every original back, converted or not.
    book.failing.clear();
    const outcome = await host.restore({ kind: "workbook" });
    expect(outcome.edited).toBe(0);
    expect(formulas(book)).toEqual(before);
    expect(book.sheetNames().includes(ORIGINALS_SHEET)).toBe(false);
  });

  it("loses no original when a later one of several formula batches fails, and finishes on a second run", async () => {
    const rows = Array.from({ length: 200 }, (_, i) => [
      i,
      100,
      `=KPI.INDEX(A${i + 1},B${i + 1},50,150)`,
    ]);
    book = exampleBook({ Big: rows });
    book.limit = 32 * 1024;
    g.Excel = fakeExcel(book);
    const before = formulas(book);
    const small = new OfficePortableHost({ requestLimit: book.limit });
    // A trial run on a copy counts the syncs; the last two write formulas.
    const trial = exampleBook({ Big: rows });
    trial.limit = book.limit;
    g.Excel = fakeExcel(trial);
    await small.makePortable({ kind: "workbook" });
    expect(trial.syncCount).toBeGreaterThan(6);
    g.Excel = fakeExcel(book);
    book.failing.add(trial.syncCount - 1); // a formula batch that is not the first
    await expect(small.makePortable({ kind: "workbook" })).rejects.toThrow(/stopped part way/);
    book.failing.clear();
    // Running it again converts the rest; restore gives every original back.
    await small.makePortable({ kind: "workbook" });
    expect(Object.values(formulas(book)).filter((f) => /KPI\./.test(f))).toEqual([]);
    await small.restore({ kind: "workbook" });
    expect(formulas(book)).toEqual(before);
  });

  it("never overwrites, hides or deletes a user's own sheet called KPI_Originals", async () => {
    const mine = [["my notes", 90, 100, "=KPI.INDEX(B1,C1)"]];
    book = exampleBook({ KPI_Originals: mine });
    g.Excel = fakeExcel(book);
    const before = formulas(book);
    expect(await host.listSheets()).toContain("KPI_Originals");
    const outcome = await host.makePortable({ kind: "workbook" });
    expect(outcome.perSheet).toEqual([
      { sheet: MATRIX_SHEET, count: 11 },
      { sheet: "KPI_Originals", count: 1 },
    ]);
    expect(book.sheetVisibility("KPI_Originals")).toBe("Visible");
    expect(book.input("KPI_Originals", "A1")).toBe("my notes");
    expect(book.sheetVisibility("KPI_Originals_2")).toBe("VeryHidden");
    expect(await host.listSheets()).toEqual(["KPI Cards", MATRIX_SHEET, "KPI_Originals"]);
    // A second conversion appends to the add-in's sheet, found by its note, not by its name.
    await host.restore({ kind: "sheet", sheet: "KPI_Originals" });
    expect(book.input("KPI_Originals", "D1")).toBe("=KPI.INDEX(B1,C1)");
    await host.makePortable({ kind: "sheet", sheet: "KPI_Originals" });
    expect(book.sheetNames().filter((n) => n.startsWith("KPI_Originals"))).toHaveLength(2);
    await host.restore({ kind: "workbook" });
    expect(formulas(book)).toEqual(before);
    expect(book.sheetNames()).not.toContain("KPI_Originals_2");
    expect(book.sheetVisibility("KPI_Originals")).toBe("Visible");
    expect(book.input("KPI_Originals", "A1")).toBe("my notes");
  });

  it("keeps what the user typed inside a converted spill area, and says the spill was left portable", async () => {
    const g2 = global as unknown as { Office?: unknown };
    g2.Office = { context: { requirements: { isSetSupported: () => true } } };
    book = exampleBook({ ABC: [[500, "=KPI.ABC(A1:A4)"], [300], [150], [50]] });
    g.Excel = fakeExcel(book);
    await host.makePortable({ kind: "sheet", sheet: "ABC" });
    const abc = (a: string) => book.input("ABC", a);
    book.type("ABC", "B3", 42); // typed over a portable cell of the spill area
    const portableB1 = abc("B1");
    const outcome = await host.restore({ kind: "sheet", sheet: "ABC" });
    expect(outcome.edited).toBe(1);
    expect(outcome.blocked).toBe(1);
    expect(abc("B3")).toBe(42);
    expect(abc("B1")).toBe(portableB1); // not restored: it would spill over B3
    expect(String(abc("B2"))).toMatch(/^=IF/);
    // Once the typed cell is cleared, restore brings the spilled KPI formula back.
    book.type("ABC", "B3", "");
    const again = await host.restore({ kind: "sheet", sheet: "ABC" });
    expect(again.blocked).toBe(0);
    expect(abc("B1")).toBe("=KPI.ABC(A1:A4)");
    expect(["B2", "B3", "B4"].map((a) => abc(a))).toEqual([undefined, undefined, undefined]);
    expect(book.values("ABC", 0, 1, 4, 1)).toEqual([["A"], ["A"], ["B"], ["C"]]);
    delete g2.Office;
  });
});
