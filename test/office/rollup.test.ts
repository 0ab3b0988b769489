/**
 * The roll-up through the Office adapter (office-addin-mock): three context.sync() calls, a
 * PivotTable over the register where ExcelApi 1.8 is supported (replaced, not doubled, on a
 * rebuild), and formulas only with a note on the sheet where it is not.
 */
import { OfficeMockObject } from "office-addin-mock";
import { OfficeHost } from "../../src/office/excel-host";
import { parseRange } from "../../src/workbook/a1";
import { teamRequest } from "../workbook-contract/drivers";
import { FakeBook } from "./fake-book";
import { fakeExcel } from "./fake-excel";

/** Excel whose newest ExcelApi is 1.`newest`. */
async function setUp(newest: number) {
  const book = new FakeBook();
  const g = global as unknown as { Excel: unknown; Office: unknown };
  g.Excel = fakeExcel(book);
  g.Office = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (_set: string, v: string) => Number(v.split(".")[1]) <= newest,
      },
    },
  });
  const host = new OfficeHost();
  await host.createStaffTables([
    { employee: "Anna Ivanova", position: "Sales clerk", unit: "Store 1", bonusBase: 30000 },
    { employee: "Vera Sokolova", position: "TURNOVER_PLAN", unit: "Store 2" },
  ]);
  await host.buildTeam(teamRequest((await host.readStaff())!));
  return { book, host };
}

it("adds a PivotTable over the register where ExcelApi 1.8 is supported, in three syncs", async () => {
  const { book, host } = await setUp(17);
  const before = book.syncCount;
  const out = (await host.buildRollup())!;
  expect(book.syncCount - before).toBe(3);
  expect(out.pivot).toBe(true);
  expect(book.pivots).toEqual([
    {
      name: "KpiRollupPivot",
      sheet: "Roll-up",
      address: "H4",
      source: "KpiRegister",
      rows: ["Unit"],
      values: [
        { field: "Employee", summarizeBy: "Count" },
        { field: "Score", summarizeBy: "Average", numberFormat: "0.0%" },
        { field: "Bonus", summarizeBy: "Sum", numberFormat: "#,##0.00" },
      ],
    },
  ]);
  // The table it sits beside ends before its column.
  const t = parseRange(book.tableAddress(book.table("KpiRollup")));
  expect(t.col + t.cols).toBeLessThan(7);
  // A rebuild replaces it (the register it summarizes was rebuilt too), in three syncs again.
  await host.buildTeam(teamRequest((await host.readStaff())!));
  const again = book.syncCount;
  await host.buildRollup({ weighting: "base" });
  expect(book.syncCount - again).toBe(3);
  expect(book.pivots.map((p) => p.name)).toEqual(["KpiRollupPivot"]);
});

it("writes formulas only, and says why, where ExcelApi 1.8 is not supported", async () => {
  const { book, host } = await setUp(7);
  const out = (await host.buildRollup())!;
  expect(out.pivot).toBe(false);
  expect(out.notes).toEqual(["pivotUnsupported"]);
  expect(book.pivots).toEqual([]);
  expect(String(book.values("Roll-up", 1, 2, 1, 1)[0][0])).toMatch(/ExcelApi 1\.8/);
  // The formulas are there all the same.
  expect(book.formula("Roll-up", "B5")).toMatch(/^=COUNTIFS\(/);
  expect(book.values("Roll-up", 4, 1, 1, 1)[0][0]).toBe(1);
});

it("reports no roll-up, in one sync, when the workbook has no register", async () => {
  const book = new FakeBook();
  (global as unknown as { Excel: unknown }).Excel = fakeExcel(book);
  const host = new OfficeHost();
  expect(await host.buildRollup()).toBeUndefined();
  expect(book.syncCount).toBe(1);
  expect(book.sheetNames()).toEqual([]);
});
