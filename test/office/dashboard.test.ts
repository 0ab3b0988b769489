/**
 * The dashboard through the Office adapter over the fake Excel: three syncs (one more for History's
 * rows, a slice a request; a team without a register reads its matrices in chunks), native charts added
 * with their source, title, legend and position, icon sets whose criteria refer to the threshold
 * cells, formula-ruled colours, and a rebuild that deletes the charts it made before adding them
 * again (never a second copy, never a chart of the user's).
 */
import { OfficeMockObject } from "office-addin-mock";
import type { Matrix } from "../../src/core/matrix/types";
import { OfficeHost } from "../../src/office/excel-host";
import { HISTORY_COLUMNS } from "../../src/workbook/history";
import { FakeBook } from "./fake-book";
import { fakeExcel } from "./fake-excel";

const STORE: Matrix = {
  name: "Store KPI",
  employee: "Store director",
  period: "2026-03",
  rows: [
    { code: "SALES_VOL", name: "Sales volume", method: "inverse", weight: 0.6, plan: 800 },
    { code: "BUYERS", name: "Buyers", method: "corridor", weight: 0.4, min: 570, plan: 700 },
  ],
  bonusBase: 50000,
  scale: [],
};

function setup() {
  const book = new FakeBook();
  const g = global as unknown as { Excel: unknown; Office: unknown };
  g.Excel = fakeExcel(book);
  g.Office = new OfficeMockObject({ context: { requirements: { isSetSupported: () => true } } });
  return { book, host: new OfficeHost() };
}

/** A History table with two closed periods of the store director. */
function addHistory(book: FakeBook) {
  const rows: unknown[][] = [HISTORY_COLUMNS.map((c) => c)];
  for (const [period, sales, buyers] of [
    ["2026-01", 0.9, 1.05],
    ["2026-02", 1.1, 0.95],
  ] as const) {
    rows.push([period, "Store director", "Store 1", "SALES_VOL", 0.6, "", 800, "", 0, sales, 0, 0]);
    rows.push([period, "Store director", "Store 1", "BUYERS", 0.4, 570, 700, "", 0, buyers, 0, 0]);
  }
  book.addSheet("History", rows);
  book.tables.push({ name: "KpiHistory", sheet: "History", row: 0, col: 0, rows: 5, cols: 12 });
}

it("builds the dashboard in three syncs with native charts, icon sets and colours", async () => {
  const { book, host } = setup();
  const { sheet } = await host.buildMatrix(STORE);
  let before = book.syncCount;
  await host.buildDashboard({ scope: "matrix", sheet });
  expect(book.syncCount - before).toBe(3);
  // With History, its rows are one more request.
  addHistory(book);
  before = book.syncCount;
  const result = (await host.buildDashboard({ scope: "matrix", sheet }))!;
  expect(book.syncCount - before).toBe(4);
  expect(result).toMatchObject({ sheet: "Dashboard", tiles: 2, periods: 3, charts: 2 });

  const charts = book.charts.filter((c) => c.sheet === "Dashboard");
  expect(charts.map((c) => [c.name, c.type, c.seriesBy, c.legend])).toEqual([
    ["KpiDashboardRanking", "ColumnClustered", "Columns", false],
    ["KpiDashboardTrend", "LineMarkers", "Columns", true],
  ]);
  for (const c of charts) {
    expect(c.title).toBeTruthy();
    expect(c.position?.from).toMatch(/^[A-I]\d+$/);
    expect(c.position?.to).toMatch(/^[A-I]\d+$/);
  }
  // The trend's source: a header row and the two closed periods plus the live one.
  expect(charts[1].source).toMatch(/^A\d+:C\d+$/);

  const icons = book.conditional.filter((c) => c.sheet === "Dashboard" && c.type === "IconSet");
  expect(icons.length).toBe(3); // two tiles and the ranking
  for (const c of icons) {
    expect(c.iconSet.style).toBe("ThreeTrafficLights1");
    expect(c.iconSet.criteria?.slice(1).map((x) => [x.type, x.operator, x.formula])).toEqual([
      ["Formula", "GreaterThanOrEqual", "=$B$3"],
      ["Formula", "GreaterThanOrEqual", "=$D$3"],
    ]);
  }
  const colours = book.conditional.filter((c) => c.sheet === "Dashboard" && c.type === "Custom");
  expect(colours.length).toBe(6); // three lights a tile
  expect(colours.every((c) => /\$D\$3|\$B\$3/.test(c.custom.rule.formula ?? ""))).toBe(true);

  // The trend's cells: History's indices per period, the live period from the matrix.
  const snap = (await host.readMatrix(sheet))!;
  book.type(sheet, snap.at.rows[0].fact, 1000);
  const at = charts[1].source.split(":")[0];
  const row = Number(at.slice(1)); // header row (1-based)
  const cell = (r: number, c: string) =>
    book.values("Dashboard", r - 1, c.charCodeAt(0) - 65, 1, 1)[0][0];
  expect(cell(row + 1, "A")).toBe("2026-01");
  expect(cell(row + 1, "B")).toBeCloseTo(0.9, 12);
  expect(cell(row + 2, "C")).toBeCloseTo(0.95, 12);
  expect(cell(row + 3, "A")).toBe("2026-03");
  expect(cell(row + 3, "B")).toBeCloseTo(0.8, 12);
});

it("a rebuild deletes its own charts first and leaves a chart of the user's", async () => {
  const { book, host } = setup();
  const { sheet } = await host.buildMatrix(STORE);
  await host.buildDashboard({ scope: "matrix", sheet });
  book.charts.push({
    sheet: "Dashboard",
    name: "My chart",
    type: "Pie",
    source: "K1:L4",
    seriesBy: "Columns",
  });
  const before = book.syncCount;
  const again = (await host.buildDashboard({ scope: "team" }))!;
  expect(book.syncCount - before).toBe(3);
  expect(again.built).toBe("updated");
  expect(
    book.charts
      .filter((c) => c.sheet === "Dashboard")
      .map((c) => c.name)
      .sort()
  ).toEqual(["KpiDashboardRanking", "My chart"]);
});

it("reads a long History in slices and many matrices in chunks, a request each", async () => {
  const { book, host } = setup();
  const rows: unknown[][] = [HISTORY_COLUMNS.map((c) => c)];
  // Two periods of 2,500 people × 2 KPIs: 10,000 rows, read 5,000 rows a request.
  for (const p of ["2026-01", "2026-02"])
    for (let e = 0; e < 2500; e++)
      for (const code of ["SALES_VOL", "BUYERS"])
        rows.push([p, `Employee ${e}`, "Store 1", code, 0.5, 0, 100, 120, 95, 0.95, 0.97, 1234.5]);
  book.addSheet("History", rows);
  book.tables.push({
    name: "KpiHistory",
    sheet: "History",
    row: 0,
    col: 0,
    rows: rows.length,
    cols: 12,
  });
  // 160 matrices and no register: the team's ranking reads them all, 150 sheets a request.
  for (let i = 0; i < 160; i++)
    await host.buildMatrix({ ...STORE, employee: `Director ${i}`, name: `Store KPI ${i}` });
  const before = book.syncCount;
  const result = (await host.buildDashboard({ scope: "team" }))!;
  expect(result.ranked).toBe(160);
  expect(result.periods).toBeGreaterThanOrEqual(2);
  // Inventory, first reads, the second chunk of matrices, three slices of History, the writes.
  expect(book.syncCount - before).toBe(7);
  expect(book.maxResponseBytes).toBeLessThan(5_000_000);
});
