/**
 * Localized Excel has shown #NAME? for custom functions written through Range.formulas
 * (office-js#891, #6614). After a build the Office adapter reads its KPI cells back in the same
 * batch; in Russian Excel it writes the ones showing #NAME? again through formulasLocal with
 * Russian names; elsewhere, or when that fails too, it reports them.
 */
import type { Matrix } from "../../src/core/matrix/types";
import { OfficeHost } from "../../src/office/excel-host";
import { FakeBook } from "./fake-book";
import { fakeExcel } from "./fake-excel";

const matrix: Matrix = {
  name: "Ivanova",
  employee: "Ivanova",
  period: "Q1",
  rows: [
    { code: "A", name: "Sales", method: "ratio", weight: 0.6, plan: 100, fact: 120 },
    { code: "B", name: "Returns", method: "inverse", weight: 0.4, plan: 10, fact: 8 },
  ],
  bonusBase: 1000,
  scale: [
    { threshold: 0.8, coefficient: 0.5 },
    { threshold: 1, coefficient: 1 },
  ],
};

function setUp(displayLanguage: string, russianExcel: boolean, decimal = ",") {
  const book = new FakeBook();
  book.russianExcel = russianExcel;
  book.decimalSeparator = decimal;
  const g = global as unknown as { Excel: unknown; Office: unknown };
  g.Excel = fakeExcel(book);
  // Office.context is a plain object in Office (displayLanguage needs no load()).
  g.Office = { context: { displayLanguage, requirements: { isSetSupported: () => true } } };
  return { book, host: new OfficeHost() };
}

describe("KPI cells that show #NAME? after a build", () => {
  it("in Russian Excel are written again in Russian and compute", async () => {
    const { book, host } = setUp("ru-RU", true);
    const before = book.syncCount;
    const r = await host.buildMatrix(matrix, { lang: "ru" });
    // The index and status of two rows, the total and its status, and the bonus.
    expect(r.relocalized).toBe(7);
    expect(r.nameErrors).toBe(0);
    expect(book.syncCount - before).toBe(4); // one more than usual, only when repairing
    const snap = (await host.readMatrix(r.sheet))!;
    expect(snap.results.map((x) => x.index)).toEqual([1.2, 1.25]);
    expect(snap.total).toBeCloseTo(1.22, 12);
    expect(snap.bonus).toBe(1000);
  });

  it("use the comma as list separator where the decimal separator is a dot", async () => {
    const { host } = setUp("ru-RU", true, ".");
    const r = await host.buildMatrix(matrix, { lang: "ru" });
    expect(r.nameErrors).toBe(0);
    expect((await host.readMatrix(r.sheet))!.bonus).toBe(1000);
  });

  it("are reported, not rewritten, in an English Excel (the functions are not loaded)", async () => {
    const { book, host } = setUp("en-US", true);
    const before = book.syncCount;
    const r = await host.buildMatrix(matrix, { lang: "en" });
    expect(r.relocalized).toBe(0);
    expect(r.nameErrors).toBe(7);
    expect(book.syncCount - before).toBe(3);
  });

  it("cost nothing when Excel computes them: three syncs, no report", async () => {
    const { book, host } = setUp("ru-RU", false);
    const before = book.syncCount;
    const r = await host.buildMatrix(matrix, { lang: "ru" });
    expect(r.nameErrors).toBeUndefined();
    expect(r.relocalized).toBeUndefined();
    expect(book.syncCount - before).toBe(3);
  });
});
