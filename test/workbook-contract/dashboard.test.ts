/**
 * The dashboard on both adapters (DESIGN.md "Seeing it"): tiles that are live references to the
 * matrix, the team's scores ranked by native formulas, charts replaced (not piled up) by a
 * rebuild, and a rebuild that keeps what the user typed around it and the thresholds they set.
 */
import type { StaffMember } from "../../src/core/team";
import type { Matrix } from "../../src/core/matrix/types";
import { cellAddress } from "../../src/workbook/a1";
import { DASHBOARD_WIDTH } from "../../src/workbook/dashboard-plan";
import { WorkbookRefusal } from "../../src/workbook/host";
import { DRIVERS, teamRequest, type Driver } from "./drivers";

const STORE: Matrix = {
  name: "Store KPI",
  employee: "Store director",
  period: "2026-03",
  rows: [
    { code: "SALES_VOL", name: "Sales volume", method: "inverse", weight: 0.45, plan: 800 },
    {
      code: "AVG_CHECK",
      name: "Average check",
      method: "corridor",
      weight: 0.25,
      min: 650,
      plan: 950,
    },
    { code: "BUYERS", name: "Buyers", method: "corridor", weight: 0.25, min: 570, plan: 700 },
    { code: "RETURNING", name: "Returning customers", method: "inverse", weight: 0.05, plan: 80 },
  ],
  bonusBase: 50000,
  scale: [
    { threshold: 0.8, coefficient: 0.5 },
    { threshold: 1, coefficient: 1 },
  ],
};

/** The dashboard's cells as the user sees them (rows × owned columns and one beyond). */
function grid(d: Driver, sheet: string, rows = 80): unknown[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: DASHBOARD_WIDTH + 1 }, (_, c) => d.value(sheet, cellAddress(r, c)))
  );
}

/** A tile found by its title: the value beside each of its labels. */
function tile(g: unknown[][], title: string): Record<string, unknown> {
  for (let r = 0; r < g.length; r++)
    for (let c = 0; c < DASHBOARD_WIDTH; c++) {
      if (g[r][c] !== title) continue;
      const out: Record<string, unknown> = {};
      for (let k = 1; k <= 4 && r + k < g.length; k++) out[String(g[r + k][c])] = g[r + k][c + 1];
      return out;
    }
  throw new Error(`no tile ${title}`);
}

/** The ranked column pair (D:E) under the "Scores ranked" label. */
function ranking(g: unknown[][]): [unknown, unknown][] {
  const at = g.findIndex((line) => line[0] === "Scores ranked");
  if (at < 0) throw new Error("no ranking");
  const out: [unknown, unknown][] = [];
  for (let r = at + 2; r < g.length && g[r][0] !== undefined; r++) out.push([g[r][3], g[r][4]]);
  return out;
}

describe.each(DRIVERS)("dashboard: %s", (_name, make) => {
  let d: Driver;
  beforeEach(() => {
    d = make();
  });

  async function storeMatrix(facts: number[]) {
    const sheet = (await d.host.buildMatrix(STORE)).sheet;
    const snap = (await d.host.readMatrix(sheet))!;
    facts.forEach((f, i) => d.type(sheet, snap.at.rows[i].fact, f));
    return { sheet, snap };
  }

  it("builds tiles that show the matrix's own cells and follow a typed fact", async () => {
    const { sheet, snap } = await storeMatrix([1200, 1240, 1000, 120]);
    const result = (await d.host.buildDashboard({ scope: "matrix", sheet }))!;
    expect(result).toMatchObject({ sheet: "Dashboard", built: "new", tiles: 4, ranked: 1 });
    expect(result.charts).toBe(1); // the ranking; no History, so no trend
    const g = grid(d, result.sheet);
    STORE.rows.forEach((row, i) => {
      const t = tile(g, row.name);
      const at = snap.at.rows[i];
      expect(t.Fact).toBe(d.value(sheet, at.fact));
      expect(t.Plan).toBe(d.value(sheet, at.plan));
      expect(t.Index).toBeCloseTo(d.value(sheet, at.index) as number, 12);
      expect(t.Status).toBe(d.value(sheet, at.status));
    });
    expect(tile(g, "Sales volume").Index).toBeCloseTo(800 / 1200, 10);
    // Every cell is a native formula: no KPI.* call survives on the dashboard.
    for (let r = 0; r < 60; r++)
      for (let c = 0; c < DASHBOARD_WIDTH; c++)
        expect(String(d.formula(result.sheet, cellAddress(r, c)) ?? "")).not.toMatch(/KPI\./i);

    // The thresholds follow the matrix's own cells (under its bonus) until typed over.
    expect(snap.at.statusAmber).toBeTruthy();
    d.type(sheet, snap.at.statusAmber!, 0.95);
    expect(d.value(result.sheet, "B3")).toBe(0.95);
    expect(String(d.formula(result.sheet, "B3"))).toContain(snap.at.statusAmber!);

    // A fact typed in the matrix moves the tile and the ranking at once.
    d.type(sheet, snap.at.rows[0].fact, 700);
    const after = grid(d, result.sheet);
    expect(tile(after, "Sales volume").Fact).toBe(700);
    expect(tile(after, "Sales volume").Index).toBeCloseTo(800 / 700, 10);
    expect(ranking(after)[0][1]).toBeCloseTo(d.value(sheet, snap.at.total) as number, 12);
  });

  it("refuses a sheet that holds no matrix, and builds nothing for an empty workbook", async () => {
    d.addSheet("Notes");
    await expect(d.host.buildDashboard({ scope: "matrix", sheet: "Notes" })).rejects.toThrow(
      WorkbookRefusal
    );
    expect(await d.host.buildDashboard({ scope: "team" })).toBeUndefined();
    expect(d.sheets()).not.toContain("Dashboard");
  });

  it("rebuilds in place: notes beside and below stay, thresholds typed stay, charts are replaced", async () => {
    const { sheet } = await storeMatrix([1200, 1240, 1000, 120]);
    const first = (await d.host.buildDashboard({ scope: "matrix", sheet }))!;
    const board = first.sheet;
    const g = grid(d, board);
    const footer = g.findIndex((line) => /^KPI Cards rebuilds/.test(String(line[0])));
    expect(footer).toBeGreaterThan(0);
    d.type(board, cellAddress(3, DASHBOARD_WIDTH), "my note beside");
    d.type(board, cellAddress(footer + 2, 0), "my note below");
    d.type(board, "B3", 0.7); // amber from 70 % (the scale gives 80 %)
    const again = (await d.host.buildDashboard({ scope: "matrix", sheet }, { lang: "ru" }))!;
    expect(again).toMatchObject({ sheet: board, built: "updated", charts: 1 });
    const h = grid(d, board);
    expect(h[3][DASHBOARD_WIDTH]).toBe("my note beside");
    expect(h.some((line) => line[0] === "my note below")).toBe(true);
    expect(d.value(board, "B3")).toBe(0.7);
    expect(d.value(board, "A3")).toBe("Жёлтый от");
    expect(d.sheets().filter((s) => /Dashboard|Дашборд/.test(s))).toEqual([board]);
  });

  it("ranks the team's scores from the register, ties in the register's order", async () => {
    const staff: StaffMember[] = [
      { employee: "Anna", position: "TURNOVER_PLAN", unit: "Store 1", bonusBase: 100 },
      { employee: "Boris", position: "TURNOVER_PLAN", unit: "Store 1", bonusBase: 100 },
      { employee: "Vera", position: "TURNOVER_PLAN", unit: "Store 2", bonusBase: 100 },
      { employee: "Gleb", position: "TURNOVER_PLAN", unit: "Store 2", bonusBase: 100 },
    ];
    await d.host.createStaffTables(staff);
    const built = await d.host.buildTeam(teamRequest((await d.host.readStaff())!));
    const facts: Record<string, number | undefined> = {
      Anna: 0.9,
      Boris: 1.1,
      Vera: 0.9,
      Gleb: undefined,
    };
    for (const r of built.results) {
      const snap = (await d.host.readMatrix(r.sheet))!;
      const row = snap.matrix.rows[0];
      const f = facts[r.employee];
      if (f !== undefined) d.type(r.sheet, snap.at.rows[0].fact, (row.plan ?? 1) * f);
    }
    const result = (await d.host.buildDashboard({ scope: "team" }))!;
    expect(result).toMatchObject({ ranked: 4, tiles: 1 });
    const rows = ranking(grid(d, result.sheet));
    expect(rows.map((r) => r[0])).toEqual(["Boris", "Anna", "Vera", undefined]);
    expect(rows[0][1]).toBeCloseTo(1.1, 10);
    expect(rows[1][1]).toBeCloseTo(0.9, 10);
    expect(rows[2][1]).toBeCloseTo(0.9, 10);
  });
});
