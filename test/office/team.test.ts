/**
 * Building for 500 people × 7 KPIs through the Office adapter: at most 10 context.sync() calls
 * and no request above Excel on the web's 5 MB, on a first build and on a rebuild.
 */
import { OfficeMockObject } from "office-addin-mock";
import { OfficeHost } from "../../src/office/excel-host";
import { FakeBook } from "./fake-book";
import { fakeExcel } from "./fake-excel";
import type { TeamRequest } from "../../src/workbook/team-plan";
import { largeTeam } from "./large-team";

it("builds and rebuilds 500 people × 7 KPIs in at most 10 syncs, every request under 5 MB", async () => {
  const book = new FakeBook();
  const g = global as unknown as { Excel: unknown; Office: unknown };
  g.Excel = fakeExcel(book);
  g.Office = new OfficeMockObject({ context: { requirements: { isSetSupported: () => true } } });
  const host = new OfficeHost();
  const req = largeTeam(500, 7);

  let before = book.syncCount;
  const first = await host.buildTeam(req);
  expect(book.syncCount - before).toBeLessThanOrEqual(10);
  expect(first.results.filter((r) => r.built === "new")).toHaveLength(500);
  expect(book.maxRequestBytes).toBeLessThan(5_000_000);
  expect(book.sheetNames()).toHaveLength(501);

  before = book.syncCount;
  const again = await host.buildTeam(req);
  expect(book.syncCount - before).toBeLessThanOrEqual(10);
  expect(again.results.filter((r) => r.built === "updated")).toHaveLength(500);
  expect(book.maxRequestBytes).toBeLessThan(5_000_000);
  expect(book.sheetNames()).toHaveLength(501);
}, 300000);

it("checks a workbook of many matrices in reads under the response limit", async () => {
  const book = new FakeBook();
  const g = global as unknown as { Excel: unknown; Office: unknown };
  g.Excel = fakeExcel(book);
  g.Office = new OfficeMockObject({ context: { requirements: { isSetSupported: () => true } } });
  const host = new OfficeHost();
  await host.buildTeam(largeTeam(400, 7));
  // A tighter limit than Excel's 5 MB, so one request for every sheet would be refused.
  book.limit = 1_500_000;
  book.maxResponseBytes = 0;
  const findings = await host.lint("workbook");
  expect(book.refusedResponses).toBe(0);
  expect(book.maxResponseBytes).toBeLessThan(book.limit);
  // Every matrix is checked: each is missing its facts, so the register notes all 400.
  expect(findings.filter((f) => f.code === "incomplete-matrix")).toHaveLength(400);
}, 300000);

it("a staff table of 500 with a collective KPI: the same sync and request limits, one unit fact per store", async () => {
  const book = new FakeBook();
  const g = global as unknown as { Excel: unknown; Office: unknown };
  g.Excel = fakeExcel(book);
  g.Office = new OfficeMockObject({ context: { requirements: { isSetSupported: () => true } } });
  const host = new OfficeHost();
  const base = largeTeam(500, 7);
  await host.createStaffTables(base.members.map((m) => ({ ...m.member, bonusBase: 40000 })));
  const staff = (await host.readStaff())!;
  // The last KPI is the store's, shared by everyone of the store.
  const req: TeamRequest = {
    ...base,
    members: base.members.map((m, i) => ({
      ...m,
      member: staff.members[i],
      collective: [m.matrix.rows[6].code],
    })),
  };
  for (const pass of ["first", "again"]) {
    const before = book.syncCount;
    book.maxRequestBytes = 0;
    const out = await host.buildTeam(req);
    expect({ pass, syncs: book.syncCount - before <= 10 }).toEqual({ pass, syncs: true });
    expect(book.maxRequestBytes).toBeLessThan(5_000_000);
    expect(out.unitFactsSheet).toBe("Unit facts");
    const t = book.tables.find((x) => x.name === "KpiUnitFacts")!;
    expect(book.tableAddress(t)).toBe("A1:D9"); // 8 stores, never twice
  }
  // Every staff row records its matrix sheet.
  const linked = (await host.readStaff())!.members.filter((m) => m.lastBuild?.sheet);
  expect(linked).toHaveLength(500);
  // Reading it back for a rebuild: members now carry their links, and nothing new is made.
  const relinked: TeamRequest = {
    ...req,
    members: req.members.map((m, i) => ({ ...m, member: linked[i] })),
  };
  const before = book.syncCount;
  const out = await host.buildTeam(relinked);
  expect(book.syncCount - before).toBeLessThanOrEqual(10);
  expect(out.results.every((r) => r.built === "updated")).toBe(true);
  // Staff, personal plans, unit facts, 500 matrices and the register.
  expect(book.sheetNames()).toHaveLength(504);
}, 300000);
