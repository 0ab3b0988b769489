/**
 * The analysis screens' Excel.run paths over office-addin-mock (the fake Excel): how many
 * context.sync() calls each takes, what they write, and the KPI cells written again in Russian
 * where localized Excel shows #NAME? (office-js#891).
 */
import type { Matrix } from "../../src/core/matrix/types";
import { OfficeHost } from "../../src/office/excel-host";
import type { AnalysisPreview } from "../../src/workbook/analysis-plan";
import { FakeBook } from "./fake-book";
import { fakeExcel } from "./fake-excel";

function setUp(displayLanguage = "en-US", russianExcel = false) {
  const book = new FakeBook();
  book.russianExcel = russianExcel;
  book.decimalSeparator = russianExcel ? "," : ".";
  const g = global as unknown as { Excel: unknown; Office: unknown };
  g.Excel = fakeExcel(book);
  g.Office = { context: { displayLanguage, requirements: { isSetSupported: () => true } } };
  return { book, host: new OfficeHost() };
}

const matrix: Matrix = {
  name: "Ivanova",
  employee: "Ivanova",
  period: "2026-03",
  rows: [
    { code: "A", name: "Sales", method: "ratio", weight: 0.6, plan: 100, fact: 40 },
    { code: "B", name: "Returns", method: "inverse", weight: 0.4, plan: 10, fact: 4 },
  ],
  scale: [],
};

function sales(book: FakeBook) {
  book.addSheet("Sales");
  book.setInputs("Sales", 0, 0, [
    ["Item", "Jan", "Feb"],
    ["P1", 300, 310],
    ["P2", 100, 200],
    ["P3", 20, 20],
  ]);
  book.selection = { sheet: "Sales", address: "A1:C4" };
}

describe("run-rate forecast in Excel", () => {
  it("reads in two syncs and writes in three", async () => {
    const { book, host } = setUp();
    const { sheet } = await host.buildMatrix(matrix);
    let before = book.syncCount;
    const preview = await host.readForecast(sheet);
    expect(book.syncCount - before).toBe(2);
    expect(preview).toMatchObject({ existing: false, block: "N5:O10" });
    before = book.syncCount;
    const out = await host.writeForecast({ sheet, days: { elapsed: 10, total: 30 } });
    expect(out.ok).toBe(true);
    expect(book.syncCount - before).toBe(3);
    expect(book.values(sheet, 5, 13, 1, 2)[0][0]).toBeCloseTo(120, 9);
  });

  it("in Russian Excel writes the KPI cells again in Russian: one more sync, and they compute", async () => {
    const { book, host } = setUp("ru-RU", true);
    const { sheet } = await host.buildMatrix(matrix, { lang: "ru" });
    const before = book.syncCount;
    const out = await host.writeForecast(
      { sheet, days: { elapsed: 10, total: 30 } },
      { lang: "ru" }
    );
    expect(out.ok).toBe(true);
    expect(book.syncCount - before).toBe(4);
    const [forecast, index] = book.values(sheet, 5, 13, 1, 2)[0];
    expect(forecast).toBeCloseTo(120, 9);
    expect(index).toBeCloseTo(1.2, 9);
    expect(book.values(sheet, 4, 13, 1, 1)[0][0]).toBe("Прогноз на конец периода");
  });

  it("a refusal writes nothing and costs no write sync", async () => {
    const { book, host } = setUp();
    const { sheet } = await host.buildMatrix(matrix);
    for (let c = 13; c < 30; c++) book.setInputs(sheet, 6, c, [["x"]]);
    const before = book.syncCount;
    const out = await host.writeForecast({ sheet, days: { elapsed: 10, total: 30 } });
    expect(out).toEqual({ ok: false, problem: { kind: "occupied", sheet, address: "N7" } });
    expect(book.syncCount - before).toBe(2);
  });
});

describe("ABC-XYZ analysis in Excel", () => {
  it("reads the selection in two syncs and writes the analysis in three", async () => {
    const { book, host } = setUp();
    sales(book);
    let before = book.syncCount;
    const p = (await host.readSelection()) as AnalysisPreview;
    expect(book.syncCount - before).toBe(2);
    expect(p).toMatchObject({ classes: "D1:F4", summary: "H1:K18", items: 3 });
    before = book.syncCount;
    const out = await host.analyzeRange({
      sheet: "Sales",
      address: p.shape.address,
      thresholds: p.thresholds,
    });
    expect(out.ok).toBe(true);
    expect(book.syncCount - before).toBe(3);
    expect(book.values("Sales", 1, 4, 3, 2)).toEqual([
      ["A", "X"],
      ["C", "Z"],
      ["C", "X"],
    ]);
  });

  it("a selection on a sheet with a space in its name is read through Excel's quoted address", async () => {
    const { book, host } = setUp();
    book.addSheet("Q1 sales");
    book.setInputs("Q1 sales", 2, 1, [
      ["Shop", "Revenue"],
      ["N", 5],
      ["S", 3],
    ]);
    book.selection = { sheet: "Q1 sales", address: "B4" };
    const p = (await host.readSelection()) as AnalysisPreview;
    expect(p.shape).toMatchObject({ sheet: "Q1 sales", address: "B3:C5", periods: 1 });
  });
});
