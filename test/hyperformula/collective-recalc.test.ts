/**
 * Live recalculation of a collective KPI in HyperFormula (the sandbox engine): a store's
 * shrinkage typed once in the unit facts table changes the index, the score and the bonus of
 * every clerk of that store, and the register, through the engine's own dependency graph.
 */
import { kpiIndex } from "../../src/core/kpi-index";
import type { StaffMember } from "../../src/core/team";
import { SandboxHost } from "../../src/sandbox/host";
import { cellAddress, parseRange } from "../../src/workbook/a1";
import { teamRequest } from "../workbook-contract/drivers";

const STAFF: StaffMember[] = [1, 2, 3, 4, 5, 6].map((i) => ({
  employee: `Clerk ${i}`,
  position: "Sales clerk",
  unit: i <= 4 ? "Store 1" : "Store 2",
  bonusBase: 30000,
}));

async function team() {
  const host = new SandboxHost({ displayLanguage: "en-US" });
  await host.createStaffTables(STAFF);
  const out = await host.buildTeam(teamRequest((await host.readStaff())!));
  // Every clerk's own facts (and plans the library leaves open), so only the store's is missing.
  for (const r of out.results) {
    const m = (await host.readMatrix(r.sheet))!;
    m.matrix.rows.forEach((row, i) => {
      if (row.code === "STORE_SHRINKAGE") return;
      if (row.plan === undefined) host.setCell(r.sheet, m.at.rows[i].plan, 100);
      host.setCell(r.sheet, m.at.rows[i].fact, (row.plan ?? 100) * 1.02);
    });
  }
  const facts = [...host.tables].find(([n]) => n === "KpiUnitFacts")![1];
  const at = (unit: string) => {
    const r = parseRange(facts.address);
    for (let i = 1; i < r.rows; i++)
      if (host.values(facts.sheet)[r.row + i][r.col] === unit)
        return cellAddress(r.row + i, r.col + 2);
    throw new Error(`no row for ${unit}`);
  };
  return { host, out, factsSheet: facts.sheet, at };
}

async function shrink(host: SandboxHost, sheet: string) {
  const m = (await host.readMatrix(sheet))!;
  const i = m.matrix.rows.findIndex((r) => r.code === "STORE_SHRINKAGE");
  return { row: m.matrix.rows[i], index: m.results[i].index, total: m.total, bonus: m.bonus };
}

function registerRow(host: SandboxHost, sheet: string, employee: string): readonly unknown[] {
  const grid = host.values(sheet);
  const row = grid.find((line) => line[0] === employee);
  if (!row) throw new Error(`${employee} not in the register`);
  return row;
}

it("one unit fact moves every matrix of the store and the register, and nothing else", async () => {
  const { host, out, factsSheet, at } = await team();
  // Blank: every store-1 clerk waits (blank, not 0), so the total is not final.
  for (const who of ["Clerk 1", "Clerk 4"]) {
    const s = await shrink(host, who);
    expect(s.row.fact).toBeUndefined();
    expect(s.index).toBeUndefined();
  }
  const store2Before = await shrink(host, "Clerk 5");

  host.setCell(factsSheet, at("Store 1"), 0.004);
  const first = await shrink(host, "Clerk 1");
  const want = kpiIndex(0.004, first.row.plan, first.row.min, first.row.max, first.row.method);
  expect(typeof want).toBe("number");
  for (const who of ["Clerk 1", "Clerk 2", "Clerk 3", "Clerk 4"]) {
    const s = await shrink(host, who);
    expect(s.row.fact).toBe(0.004);
    expect(s.index).toBeCloseTo(want as number, 12);
    expect(typeof s.total).toBe("number");
    const reg = registerRow(host, out.registerSheet, who);
    expect(reg[3]).toBeCloseTo(s.total as number, 12);
    expect(reg[5]).toBe(s.bonus);
  }
  expect(await shrink(host, "Clerk 5")).toEqual(store2Before);

  // A better store result raises every store-1 score at once.
  const before = (await shrink(host, "Clerk 2")).total as number;
  host.setCell(factsSheet, at("Store 1"), 0.001);
  for (const who of ["Clerk 1", "Clerk 2", "Clerk 3", "Clerk 4"]) {
    const s = await shrink(host, who);
    expect(s.total as number).toBeGreaterThan(before);
    expect(registerRow(host, out.registerSheet, who)[3]).toBeCloseTo(s.total as number, 12);
  }
  // Cleared again: blank, not 0, in every matrix.
  host.setCell(factsSheet, at("Store 1"), null);
  expect((await shrink(host, "Clerk 3")).index).toBeUndefined();
});
