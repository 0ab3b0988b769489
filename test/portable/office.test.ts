/**
 * The Office path (src/office/portable.ts) with office-addin-mock: "Make portable" and
 * "Restore KPI formulas" on the example workbook, in a bounded number of context.sync() calls.
 */
import { createKpiEngine } from "../../src/sandbox/engine";
import { OfficePortableHost } from "../../src/office/portable";
import { ORIGINALS_SHEET } from "../../src/workbook/portable/originals";
import { exampleSheets, MATRIX_SHEET } from "../../scripts/make-examples";
import { fromHf, same } from "./compare";
import { FakeWorkbook, fakeExcel } from "./fake-office";

const g = global as unknown as { Excel: unknown };
let book: FakeWorkbook;
const host = new OfficePortableHost();

function exampleBook(extra: Record<string, unknown[][]> = {}): FakeWorkbook {
  const b = new FakeWorkbook();
  for (const [name, s] of Object.entries(exampleSheets())) b.addSheet(name, s.grid);
  for (const [name, rows] of Object.entries(extra)) b.addSheet(name, rows);
  return b;
}

function formulas(b: FakeWorkbook): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, s] of b.sheets) {
    for (const [a, v] of s.cells)
      if (typeof v === "string" && v.startsWith("=")) out[`${name}!${a}`] = v;
  }
  return out;
}

/** Values of every formula cell, computed by the KPI engine from the book's current inputs. */
function evaluate(b: FakeWorkbook): Record<string, unknown> {
  const names = [...b.sheets.keys()];
  const hf = createKpiEngine(Object.fromEntries(names.map((n) => [n, b.grid(n)])));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(formulas(b))) {
    const [sheet, address] = key.split("!");
    const m = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
    const col = m[1].charCodeAt(0) - 65;
    out[key] = fromHf(
      hf.getCellValue({ sheet: hf.getSheetId(sheet) as number, row: Number(m[2]) - 1, col })
    );
  }
  hf.destroy();
  return out;
}

beforeEach(() => {
  book = exampleBook();
  g.Excel = fakeExcel(book);
});

describe("OfficePortableHost", () => {
  it("lists the KPI formulas per sheet before converting, in 2 syncs and without writing", async () => {
    const before = formulas(book);
    const preview = await host.listKpiFormulas({ kind: "workbook" });
    expect(preview.perSheet).toEqual([{ sheet: MATRIX_SHEET, count: 11 }]);
    expect(preview.warnings).toEqual([]);
    expect(preview.kept).toBe(0);
    expect(book.syncs).toBe(2);
    expect(formulas(book)).toEqual(before);
    expect(await host.listSheets()).toEqual(["KPI Cards", MATRIX_SHEET]);
  });

  it("makes the workbook portable in 3 syncs: no KPI call left, same values, originals kept very hidden", async () => {
    const before = formulas(book);
    const values = evaluate(book);
    const outcome = await host.makePortable({ kind: "workbook" });
    expect(book.syncs).toBe(3);
    expect(outcome.perSheet).toEqual([{ sheet: MATRIX_SHEET, count: 11 }]);
    const after = formulas(book);
    expect(Object.values(after).filter((f) => /KPI\./i.test(f))).toEqual([]);
    // Formulas without KPI calls are untouched.
    for (const [k, f] of Object.entries(before)) if (!/KPI\./.test(f)) expect(after[k]).toBe(f);
    const now = evaluate(book);
    for (const k of Object.keys(values))
      expect(same(now[k] as never, values[k] as never)).toBe(true);
    const kept = book.sheet(ORIGINALS_SHEET);
    expect(kept.visibility).toBe("VeryHidden");
    expect(kept.formats.get("C3")).toBe("@");
    // Note (2 cells), header (4), 11 records of 4 cells.
    expect(kept.cells.size).toBe(2 + 4 + 4 * 11);
  });

  it("restores exactly the original formulas in 3 syncs and removes the originals sheet", async () => {
    const before = formulas(book);
    await host.makePortable({ kind: "workbook" });
    book.syncs = 0;
    const outcome = await host.restore({ kind: "workbook" });
    expect(book.syncs).toBe(3);
    expect(outcome.perSheet).toEqual([{ sheet: MATRIX_SHEET, count: 11 }]);
    expect(formulas(book)).toEqual(before);
    expect(book.sheets.has(ORIGINALS_SHEET)).toBe(false);
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
    expect(book.sheets.has(ORIGINALS_SHEET)).toBe(true);
    await host.restore({ kind: "workbook" });
    expect(formulas(book)).toEqual(before);
  });

  it("leaves a portable formula the user edited since, and says so", async () => {
    await host.makePortable({ kind: "workbook" });
    book.sheet(MATRIX_SHEET).cells.set("J6", "=I6/G6");
    const outcome = await host.restore({ kind: "workbook" });
    expect(outcome.edited).toBe(1);
    expect(book.sheet(MATRIX_SHEET).cells.get("J6")).toBe("=I6/G6");
    expect(book.sheet(MATRIX_SHEET).cells.get("J7")).toMatch(/^=KPI\.INDEX/);
    // The record of the edited cell stays, so nothing is lost.
    expect(book.sheets.has(ORIGINALS_SHEET)).toBe(true);
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
    // Excel shows the spilled classes as values in B2:B4.
    for (const [a, v] of [
      ["B2", "A"],
      ["B3", "B"],
      ["B4", "C"],
    ])
      book.sheet("ABC").cells.set(a, `'${v}`);
    book.spills.set("ABC!B1", { rows: 4, cols: 1 });
    g.Excel = fakeExcel(book);
    const outcome = await host.makePortable({ kind: "sheet", sheet: "ABC" });
    expect(book.syncs).toBe(4);
    expect(outcome.warnings).toEqual([]);
    expect(outcome.perSheet).toEqual([{ sheet: "ABC", count: 4 }]);
    const abc = book.sheet("ABC").cells;
    for (const a of ["B1", "B2", "B3", "B4"]) expect(String(abc.get(a))).toMatch(/^=IF/);
    const values = evaluate(book);
    expect(["B1", "B2", "B3", "B4"].map((a) => values[`ABC!${a}`])).toEqual(
      ["A", "A", "B", "C"].map((value) => ({ kind: "text", value }))
    );
    await host.restore({ kind: "sheet", sheet: "ABC" });
    expect(abc.get("B1")).toBe("=KPI.ABC(A1:A4)");
    expect(["B2", "B3", "B4"].map((a) => abc.get(a))).toEqual([undefined, undefined, undefined]);
    delete g2.Office;
  });

  it("leaves a spilled KPI call whose spill area Excel does not report, with a warning", async () => {
    book = exampleBook({ ABC: [[500, "=KPI.ABC(A1:A2)"], [300]] });
    g.Excel = fakeExcel(book);
    const outcome = await host.makePortable({ kind: "sheet", sheet: "ABC" });
    expect(outcome.warnings).toEqual([
      { sheet: "ABC", address: "B1", code: "spill", fn: "KPI.ABC" },
    ]);
    expect(book.sheet("ABC").cells.get("B1")).toBe("=KPI.ABC(A1:A2)");
  });

  it("stays at 3 syncs for a 50-KPI matrix on several sheets", async () => {
    const rows = Array.from({ length: 50 }, (_, i) => [
      i + 80,
      100,
      `=KPI.INDEX(A${i + 1},B${i + 1})`,
    ]);
    book = exampleBook({ "Big 1": rows, "Big 2": rows });
    g.Excel = fakeExcel(book);
    const outcome = await host.makePortable({ kind: "workbook" });
    expect(book.syncs).toBe(3);
    expect(outcome.perSheet.map((s) => s.count)).toEqual([11, 50, 50]);
  });
});
