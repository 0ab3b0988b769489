/**
 * Next period through the Office adapter over the fake Excel: 500 people × 7 KPIs close in a
 * bounded number of syncs with every request under 5 MB; a sync that fails part way never
 * clears a fact History does not hold, and closing again finishes without recording twice.
 */
import { OfficeMockObject } from "office-addin-mock";
import { OfficeHost } from "../../src/office/excel-host";
import { cellAddress, parseRange } from "../../src/workbook/a1";
import { historyHeaders } from "../../src/workbook/history";
import { FakeBook } from "./fake-book";
import { fakeExcel } from "./fake-excel";
import { largeTeam } from "./large-team";

function setup(): { book: FakeBook; host: OfficeHost } {
  const book = new FakeBook();
  const g = global as unknown as { Excel: unknown; Office: unknown };
  g.Excel = fakeExcel(book);
  g.Office = new OfficeMockObject({ context: { requirements: { isSetSupported: () => true } } });
  return { book, host: new OfficeHost() };
}

/** Types a fact into every KPI row of these matrices (what the user does over a month). */
async function typeFacts(book: FakeBook, host: OfficeHost, sheets: string[], fact: number) {
  for (const sheet of sheets) {
    const m = (await host.readMatrix(sheet))!;
    m.at.rows.forEach((r, i) => book.type(sheet, r.fact, fact + i / 100));
  }
}

function historyRows(book: FakeBook): unknown[][] {
  const t = book.table("KpiHistory");
  return book.values(t.sheet, t.row + 1, t.col, t.rows - 1, t.cols) as unknown[][];
}

it("closes 500 people × 7 KPIs in at most 10 syncs, every request under 5 MB", async () => {
  const { book, host } = setup();
  await host.buildTeam(largeTeam(500, 7));
  await typeFacts(book, host, ["Employee 001", "Employee 250", "Employee 500"], 0.9);
  book.maxRequestBytes = 0;
  const before = book.syncCount;
  const out = await host.closePeriod({ period: "2026-03", next: "2026-04", plans: "keep" });
  expect(book.syncCount - before).toBeLessThanOrEqual(10);
  expect(book.maxRequestBytes).toBeLessThan(5_000_000);
  expect(book.refusedResponses).toBe(0);
  expect(out.closed).toHaveLength(500);
  expect(historyRows(book)).toHaveLength(3500);
  const m = (await host.readMatrix("Employee 250"))!;
  expect(m.matrix.period).toBe("2026-04");
  expect(m.matrix.rows.every((r) => r.fact === undefined)).toBe(true);
  expect(
    historyRows(book)
      .filter((r) => r[1] === "Employee 250")
      .map((r) => r[8])
  ).toEqual(Array.from({ length: 7 }, (_, i) => 0.9 + i / 100));
}, 900000);

it("reads a long History back in slices under the response limit", async () => {
  const { book, host } = setup();
  // Twelve thousand rows of an earlier period (people who left): as one read they pass the limit.
  // (One period and one card, so the Trends formulas over them stay quick in the fake.)
  const old = Array.from({ length: 12000 }, (_, i) => [
    "'2025-12",
    `Former ${i % 3}`,
    "Store 0",
    "K1",
    1,
    0.8,
    1,
    1.2,
    1,
    1,
    1,
    30000,
  ]);
  book.addSheet("KPI history", [historyHeaders("en"), ...old]);
  book.tables.push({
    name: "KpiHistory",
    sheet: "KPI history",
    row: 0,
    col: 0,
    rows: 12001,
    cols: 12,
  });
  const req = largeTeam(3, 2);
  await host.buildTeam(req);
  await typeFacts(
    book,
    host,
    req.members.map((x) => x.member.employee),
    1
  );
  // One read of the whole table would answer ~750 KB; slices of 5,000 rows stay under this.
  book.limit = 600_000;
  book.maxResponseBytes = 0;
  const out = await host.closePeriod({ period: "2026-03", next: "2026-04", plans: "keep" });
  expect(book.refusedResponses).toBe(0);
  expect(book.maxResponseBytes).toBeLessThan(book.limit);
  expect(out.closed.map((c) => c.historyRows)).toEqual([2, 2, 2]);
  const rows = historyRows(book);
  expect(rows).toHaveLength(12006);
  expect(rows.slice(12000).map((r) => r[0])).toEqual(new Array(6).fill("2026-03"));
  // History's earlier periods were read: closing one of them again is refused.
  const again = await host
    .closePeriod({ period: "2025-12", next: "2026-03", plans: "keep" })
    .catch((e: unknown) => e);
  expect((again as { refusal?: { problem: string } }).refusal?.problem).toBe("inHistory");
}, 300000);

it("a batch that fails part way never clears a fact History does not hold; closing again finishes", async () => {
  const { book, host } = setup();
  // Enough matrices that half a batch of writes stops among them (History goes first).
  const req = largeTeam(40, 3);
  await host.buildTeam(req);
  const sheets = req.members.map((m) => m.member.employee);
  await typeFacts(book, host, sheets, 1);
  // The syncs a close reads with, so the first write can be made to fail.
  const start = book.syncCount;
  await host.readPeriods();
  const reads = book.syncCount - start;
  book.failing.add(book.syncCount + reads + 1);
  const failed = await host
    .closePeriod({ period: "2026-03", next: "2026-04", plans: "keep" }, { lang: "en" })
    .catch((e: unknown) => e);
  expect(failed).toBeInstanceOf(Error);

  // Every matrix whose facts are gone has them in History, with the right values.
  const recorded = (who: string) => historyRows(safe(book)).filter((r) => r[1] === who);
  let cleared = 0;
  let moved = 0;
  for (const sheet of sheets) {
    const m = (await host.readMatrix(sheet))!;
    if (m.matrix.rows.some((r) => r.fact === undefined)) {
      cleared += 1;
      expect(recorded(sheet).map((r) => r[8])).toEqual([1, 1.01, 1.02]);
    }
    if (m.matrix.period === "2026-04") {
      moved += 1;
      // A matrix in the new period has no fact of the old one left.
      expect(m.matrix.rows.map((r) => r.fact)).toEqual([undefined, undefined, undefined]);
    }
  }
  expect(cleared).toBeGreaterThan(0);
  expect(cleared).toBeLessThan(sheets.length);

  // Closing again: the matrices left behind are carried, nothing is recorded twice.
  const again = await host.closePeriod({ period: "2026-03", next: "2026-04", plans: "keep" });
  expect(again.skipped.length).toBe(moved);
  expect(again.closed.every((c) => c.historyRows === 0)).toBe(true);
  const rows = historyRows(book);
  expect(rows).toHaveLength(sheets.length * 3);
  for (const sheet of sheets) {
    expect(recorded(sheet).map((r) => r[8])).toEqual([1, 1.01, 1.02]);
    const m = (await host.readMatrix(sheet))!;
    expect(m.matrix.period).toBe("2026-04");
    expect(m.matrix.rows.map((r) => r.fact)).toEqual([undefined, undefined, undefined]);
  }
  // The user can read History like any table: its range holds every row.
  const t = book.table("KpiHistory");
  expect(parseRange(book.tableAddress(t)).rows).toBe(sheets.length * 3 + 1);
  expect(book.values(t.sheet, 0, 0, 1, 1)[0][0]).toBe("Period");
  expect(cellAddress(t.row, t.col)).toBe("A1");
}, 120000);

/** The book, asserting History exists (a failed first batch may not have made it). */
function safe(book: FakeBook): FakeBook {
  expect(book.tables.some((t) => t.name === "KpiHistory")).toBe(true);
  return book;
}
