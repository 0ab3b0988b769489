import type { WorkbookHost } from "../../src/workbook/host";
import { OfficeMockObject } from "office-addin-mock";
import type { Matrix } from "../../src/core/matrix/types";
import { OfficeHost } from "../../src/office/excel-host";
import { FakeBook } from "./fake-book";
import { fakeExcel } from "./fake-excel";

const g = global as unknown as { Excel: unknown; Office: unknown };
let book: FakeBook;
/** Builds through the host and returns the sheet's name. */
const buildSheet = async (...args: Parameters<WorkbookHost["buildMatrix"]>) =>
  (await host.buildMatrix(...args)).sheet;

let host: OfficeHost;

beforeEach(() => {
  book = new FakeBook();
  g.Excel = fakeExcel(book);
  g.Office = new OfficeMockObject({
    context: { requirements: { isSetSupported: () => true } },
  });
  host = new OfficeHost();
});

/** Sync calls one host call makes. */
async function syncsOf(action: () => Promise<unknown>): Promise<number> {
  const before = book.syncCount;
  await action();
  return book.syncCount - before;
}

const kpis = (n: number): Matrix => ({
  name: "Big matrix",
  employee: "Store director",
  period: "2026-Q1",
  rows: Array.from({ length: n }, (_, i) => ({
    code: `K${i + 1}`,
    name: `KPI ${i + 1}`,
    method: "ratio" as const,
    weight: 1 / n,
    plan: 100,
  })),
  bonusBase: 1000,
  scale: [
    { threshold: 0.9, coefficient: 0.5 },
    { threshold: 1, coefficient: 1 },
  ],
});

describe("OfficeHost matrices", () => {
  it("builds a 50-KPI matrix in one Excel.run with at most 3 syncs, and rebuilds it in 3", async () => {
    let sheet = "";
    expect(await syncsOf(async () => (sheet = await buildSheet(kpis(50))))).toBeLessThanOrEqual(3);
    expect(sheet).toBe("Big matrix");
    expect(await syncsOf(() => buildSheet({ ...kpis(50), sheet }))).toBeLessThanOrEqual(3);
    expect(book.sheetNames()).toEqual(["Big matrix"]);
  });

  it("writes live KPI formulas, formats, the table and conditional formats", async () => {
    const sheet = await buildSheet(kpis(3));
    // Inputs go through a blank guard: some Excel builds hand a blank cell to a function as 0.
    expect(book.formula(sheet, "J6")).toBe(
      '=KPI.INDEX(IF(I6="","",I6),IF(G6="","",G6),IF(F6="","",F6),IF(H6="","",H6),IF(D6="","",D6))'
    );
    expect(book.formula(sheet, "K9")).toBe("=KPI.WEIGHTED(J6:J8,E6:E8)");
    // The scale mode is a cell of the bonus block (B12), so it is read back and can be typed.
    expect(book.formula(sheet, "B16")).toBe(
      '=KPI.BONUS(K9,IF(B11="","",B11),A14:B15,IF(B12="","",B12))'
    );
    expect(book.formula(sheet, "B12")).toBe("step");
    expect(book.numberFormat(sheet, "E6")).toBe("0%");
    expect(book.numberFormat(sheet, "J6")).toBe("0.0%");
    expect(book.tables.map((t) => [t.name, t.sheet, book.tableAddress(t)])).toEqual([
      ["KpiMatrix1", sheet, "A5:L8"],
    ]);
    const cf = book.conditional.map((c) => [
      c.type,
      c.address,
      c.cellValue.rule?.formula1 ?? c.dataBar.positiveFormat.fillColor,
      c.cellValue.rule?.operator,
      c.cellValue.format.fill.color,
    ]);
    // Status colours follow the level (1 red, 2 amber, 3 green), in every language.
    expect(cf).toEqual([
      ["DataBar", "J6:J8", "#5B9BD5", undefined, undefined],
      ["CellValue", "L6:L9", "=1", "EqualTo", "#FFC7CE"],
      ["CellValue", "L6:L9", "=2", "EqualTo", "#FFEB9C"],
      ["CellValue", "L6:L9", "=3", "EqualTo", "#C6EFCE"],
    ]);
    // The status is a level against the threshold cells under the bonus, shown as a word.
    expect(book.formula(sheet, "L6")).toBe(
      '=IF(J6="","",KPI.STATUS(J6,IF($B$17="","",$B$17),IF($B$18="","",$B$18),"level"))'
    );
    expect(book.numberFormat(sheet, "L6")).toBe('[=3]"green";[=2]"amber";"red"');
    expect(book.values(sheet, 16, 0, 2, 2)).toEqual([
      ["Status amber from", 0.9], // the scale pays from 90 % (50 %) and fully from 100 %
      ["Status green from", 1],
    ]);
    expect(book.frozen.get(sheet)).toBe(5);
    expect(book.active).toBe(sheet);
  });

  it("recalculates from typed facts and keeps them when rebuilt in place", async () => {
    const sheet = await buildSheet(kpis(4));
    book.setInputs(sheet, 5, 8, [[100], [50], [120], [100]]);
    const snap = (await host.readMatrix(sheet))!;
    expect(snap.results.map((r) => r.index)).toEqual([1, 0.5, 1.2, 1]);
    expect(snap.total as number).toBeCloseTo(0.925, 12);
    expect(snap.bonus).toBe(500);
    // The pane drops K1 and sets the others to a third each: the rows keep the sheet's order.
    const base = snap.matrix;
    const changed = {
      ...base,
      rows: base.rows.slice(1).map((r) => ({ ...r, weight: 1 / 3 })),
    };
    await buildSheet(changed, { base });
    const after = (await host.readMatrix(sheet))!;
    expect(after.matrix.rows.map((r) => [r.code, r.fact, r.weight])).toEqual([
      ["K2", 50, 1 / 3],
      ["K3", 120, 1 / 3],
      ["K4", 100, 1 / 3],
    ]);
    // The table keeps its name; it covers the three rows left.
    expect(book.tables.map((t) => [t.name, book.tableAddress(t)])).toEqual([
      ["KpiMatrix1", "A5:L8"],
    ]);
    expect(book.conditional.filter((c) => c.sheet === sheet)).toHaveLength(4);
    // A1 to the status thresholds under the bonus: the removed row is gone.
    expect(book.used(sheet)!.rows).toBe(18);
  });

  it("keeps the user's notes around a rebuilt matrix and never rebuilds a sheet that holds none", async () => {
    const sheet = await buildSheet(kpis(4));
    book.setInputs(sheet, 20, 0, [["note below the matrix"]]);
    book.setInputs(sheet, 5, 13, [["note to the right"]]);
    await buildSheet({ ...kpis(2), sheet });
    expect(book.values(sheet, 20, 0, 1, 1)).toEqual([["note below the matrix"]]);
    expect(book.values(sheet, 5, 13, 1, 1)).toEqual([["note to the right"]]);
    book.addSheet("Data");
    book.setInputs("Data", 0, 0, [["keep", 1]]);
    expect(await buildSheet({ ...kpis(2), sheet: "Data" })).toBe("Big matrix (2)");
    expect(book.values("Data", 0, 0, 1, 2)).toEqual([["keep", 1]]);
  });

  it("clears a filter the user left on the matrix table before rebuilding, so no row stays hidden", async () => {
    const sheet = await buildSheet(kpis(3));
    book.tables.find((t) => t.sheet === sheet)!.filtered = true;
    await buildSheet({ ...kpis(3), sheet });
    expect(book.convertedWhileFiltered).toEqual([]);
    expect(book.tables.filter((t) => t.sheet === sheet)).toHaveLength(1);
  });

  it("moves the user's rows down instead of writing over them when a rebuilt matrix grows", async () => {
    const sheet = await buildSheet(kpis(2));
    // kpis(2): header rows 1-5, KPIs 6-7, total 8, base 10, scale 11-14, bonus 15, status
    // thresholds 16-17.
    book.setInputs(sheet, 17, 0, [["note right under the matrix"]]);
    book.setInputs(sheet, 17, 13, [[42]]);
    expect(await syncsOf(() => buildSheet({ ...kpis(5), sheet }))).toBeLessThanOrEqual(3);
    const after = (await host.readMatrix(sheet))!;
    expect(after.at.bonus).toBe("B18");
    expect(after.at.statusGreen).toBe("B20");
    expect(book.values(sheet, 20, 0, 1, 1)).toEqual([["note right under the matrix"]]);
    expect(book.values(sheet, 20, 13, 1, 1)).toEqual([[42]]);
  });

  it("lists matrices and lints them with cell locations", async () => {
    const m = kpis(2);
    m.rows[1] = { ...m.rows[1], weight: 0.45 };
    const sheet = await buildSheet(m);
    expect(await host.listMatrices()).toEqual([
      { sheet, name: "Big matrix", employee: "Store director", period: "2026-Q1", rowCount: 2 },
    ]);
    const findings = await host.lint("workbook");
    const w = findings.find((f) => f.code === "weights-total")!;
    expect(w.message.en).toBe("Weights total 95 %, not 100 %.");
    expect(w.at).toEqual({ sheet, address: "E8" });
    await host.goTo(w.at);
    expect(book.selection).toEqual(w.at);
    expect(book.active).toBe(sheet);
  });

  it("writes a matrix name that looks like a formula as text", async () => {
    const sheet = await buildSheet({
      ...kpis(1),
      name: "=cmd|' /C calc'!A0",
      employee: "+Ann",
      period: "-1",
    });
    expect(sheet).toBe("=cmd|' C calc'!A0");
    expect(book.values(sheet, 0, 0, 3, 2)).toEqual([
      ["=cmd|' /C calc'!A0", ""],
      ["Employee or role", "+Ann"],
      ["Period", "-1"],
    ]);
    expect((await host.readMatrix(sheet))!.matrix.period).toBe("-1");
  });
});

describe("OfficeHost change events", () => {
  it("tells the pane when cells change (WorksheetCollection.onChanged) until it unsubscribes", async () => {
    let heard = 0;
    const stop = host.onChanged(() => (heard += 1));
    await new Promise((r) => setTimeout(r, 10));
    book.addSheet("S");
    book.type("S", "A1", 5);
    expect(heard).toBe(1);
    stop();
    await new Promise((r) => setTimeout(r, 10));
    book.type("S", "A2", 6);
    expect(heard).toBe(1);
  });

  it("reports nothing where ExcelApi 1.9 is missing (the check refreshes when its tab opens)", async () => {
    (global as unknown as { Office: unknown }).Office = new OfficeMockObject({
      context: { requirements: { isSetSupported: (_: string, v: string) => Number(v) < 1.9 } },
    });
    let heard = 0;
    host.onChanged(() => (heard += 1));
    await new Promise((r) => setTimeout(r, 10));
    book.addSheet("S");
    book.type("S", "A1", 5);
    expect(heard).toBe(0);
  });
});
