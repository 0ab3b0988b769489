/**
 * Next period on both adapters (DESIGN.md "The team cycle"): History first, then every matrix
 * carried forward; closing twice refused; the Trends sheet's quarter and year figures.
 */
import { type StaffMember } from "../../src/core/team";
import { queuePlan } from "../../src/office/apply-plan";
import { SandboxHost } from "../../src/sandbox/host";
import { cellAddress, parseRange } from "../../src/workbook/a1";
import { WorkbookRefusal, type Refusal } from "../../src/workbook/host";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { HISTORY_COLUMNS, HISTORY_HEADERS } from "../../src/workbook/history";
import { ORIGINALS_NOTE, ORIGINALS_SHEET } from "../../src/workbook/portable/originals";

import { DRIVERS, teamRequest, type Driver } from "./drivers";

const STAFF: StaffMember[] = [
  {
    employee: "Anna Ivanova",
    position: "TURNOVER_PLAN; AVG_CHECK",
    unit: "Store 1",
    bonusBase: 30000,
  },
  {
    employee: "Boris Petrov",
    position: "TURNOVER_PLAN; AVG_CHECK",
    unit: "Store 2",
    bonusBase: 20000,
  },
];

/** Applies a plan the way the adapter would (a user's table made outside the add-in). */
async function applyPlan(d: Driver, plan: WorkbookPlan): Promise<void> {
  if (d.host instanceof SandboxHost) return d.host.apply(plan);
  const excel = (global as unknown as { Excel: typeof Excel }).Excel;
  await excel.run(async (ctx) => {
    queuePlan(ctx, plan, { freeze: true });
    await ctx.sync();
  });
}

describe.each(DRIVERS)("next period: %s", (_name, make) => {
  let d: Driver;
  beforeEach(() => {
    d = make();
  });

  /** Staff, matrices for "2026-04", plans and facts typed in both. */
  async function closedTeam() {
    await d.host.createStaffTables(STAFF);
    const out = await d.host.buildTeam(teamRequest((await d.host.readStaff())!, "2026-04"));
    for (const [who, facts] of [
      ["Anna Ivanova", [1.05, 980]],
      ["Boris Petrov", [0.9, 1010]],
    ] as const) {
      const m = (await d.host.readMatrix(who))!;
      d.type(who, m.at.rows[1].plan, 1000);
      d.type(who, m.at.rows[0].fact, facts[0]);
      d.type(who, m.at.rows[1].fact, facts[1]);
    }
    return out;
  }

  /** History's rows as the sheet shows them (header first). */
  function history(): unknown[][] {
    const t = d.tables().get("KpiHistory")!;
    const r = parseRange(t.address);
    return Array.from({ length: r.rows }, (_, i) =>
      Array.from({ length: r.cols }, (_, j) => d.value(t.sheet, cellAddress(r.row + i, r.col + j)))
    );
  }

  it("appends the closed period to History, then carries every matrix forward", async () => {
    const team = await closedTeam();
    const before = await Promise.all(STAFF.map((s) => d.host.readMatrix(s.employee)));
    const overview = await d.host.readPeriods();
    expect(overview.current).toBe("2026-04");
    expect(overview.closed).toEqual([]);

    const out = await d.host.closePeriod({ period: "2026-04", next: "2026-05", plans: "keep" });
    expect(out.closed.map((c) => [c.employee, c.historyRows, c.factsCleared])).toEqual([
      ["Anna Ivanova", 2, 2],
      ["Boris Petrov", 2, 2],
    ]);
    expect(out.historySheet).toBe("KPI history");
    const rows = history();
    expect(rows[0]).toEqual(HISTORY_COLUMNS.map((c) => HISTORY_HEADERS[c].en));
    expect(rows).toHaveLength(5);
    // A snapshot: the facts, index, score and bonus as they were, as plain values.
    before.forEach((m, p) => {
      m!.matrix.rows.forEach((row, i) => {
        const line = rows[1 + p * 2 + i];
        expect(line.slice(0, 5)).toEqual([
          "2026-04",
          STAFF[p].employee,
          STAFF[p].unit,
          row.code,
          row.weight,
        ]);
        expect(line[6]).toBe(row.plan);
        expect(line[8]).toBe(row.fact);
        expect(line[9]).toBeCloseTo(m!.results[i].index as number, 12);
        expect(line[10]).toBeCloseTo(m!.total as number, 12);
        expect(line[11]).toBeCloseTo(m!.bonus as number, 6);
      });
    });
    const t = d.tables().get("KpiHistory")!;
    expect(d.formula(t.sheet, "I2")).toBe(1.05);
    // The matrices: the new period, no facts, the same plans, weights and bonus base.
    for (const [p, s] of STAFF.entries()) {
      const m = (await d.host.readMatrix(s.employee))!;
      expect(m.matrix.period).toBe("2026-05");
      expect(m.matrix.rows.map((r) => r.fact)).toEqual([undefined, undefined]);
      expect(m.matrix.rows.map((r) => [r.plan, r.weight])).toEqual(
        before[p]!.matrix.rows.map((r) => [r.plan, r.weight])
      );
      expect(m.matrix.bonusBase).toBe(s.bonusBase);
    }
    expect(d.value(team.registerSheet, "B2")).toBe("2026-05");
    // The register still follows the matrices: their new (empty) period shows there.
    const anna = (await d.host.readMatrix("Anna Ivanova"))!;
    const reg = team.registerSheet;
    let row = 0;
    while (d.value(reg, cellAddress(row, 0)) !== "Anna Ivanova") row += 1;
    expect(d.value(reg, cellAddress(row, 3))).toEqual(
      typeof anna.total === "object" ? (anna.total as { error: string }).error : anna.total
    );
    expect((await d.host.readPeriods()).closed).toEqual(["2026-04"]);
  });

  it("refuses to close a period History already holds, before writing anything", async () => {
    await closedTeam();
    await d.host.closePeriod({ period: "2026-04", next: "2026-05", plans: "keep" });
    const rows = history();
    const again = await d.host
      .closePeriod({ period: "2026-04", next: "2026-05", plans: "keep" })
      .catch((e: unknown) => e);
    expect(again).toBeInstanceOf(WorkbookRefusal);
    expect((again as WorkbookRefusal).refusal).toMatchObject({
      reason: "period",
      problem: "inHistory",
    });
    // A matrix set back to the closed period with other facts is refused too (two versions).
    const anna = (await d.host.readMatrix("Anna Ivanova"))!;
    d.type("Anna Ivanova", anna.at.period, "'2026-04");
    d.type("Anna Ivanova", anna.at.rows[0].fact, 0.5);
    const twice = await d.host
      .closePeriod({ period: "2026-04", next: "2026-06", plans: "keep" })
      .catch((e: unknown) => e);
    expect(((twice as WorkbookRefusal).refusal as Refusal & { problem: string }).problem).toBe(
      "inHistory"
    );
    expect(history()).toEqual(rows);
    expect((await d.host.readMatrix("Anna Ivanova"))!.matrix.rows[0].fact).toBe(0.5);
    // A next period History holds, or none, is refused as well.
    for (const [next, problem] of [
      ["2026-04", "inHistory"],
      ["", "name"],
      [" 2026-05 ", "name"],
    ]) {
      const e = await d.host
        .closePeriod({ period: "2026-05", next, plans: "keep" })
        .catch((x: unknown) => x);
      expect((e as WorkbookRefusal).refusal).toMatchObject({ reason: "period", problem });
    }
  });

  it("takes plans from the personal plans table where it has one, keeps the rest", async () => {
    await closedTeam();
    const plans = d.tables().get("KpiPlans")!;
    const r = parseRange(plans.address);
    d.type(plans.sheet, cellAddress(r.row + 1, 0), "Anna Ivanova");
    d.type(plans.sheet, cellAddress(r.row + 1, 1), "AVG_CHECK");
    d.type(plans.sheet, cellAddress(r.row + 1, 2), 1200);
    const out = await d.host.closePeriod({ period: "2026-04", next: "2026-05", plans: "table" });
    expect(out.closed.map((c) => c.plansTaken)).toEqual([1, 0]);
    const anna = (await d.host.readMatrix("Anna Ivanova"))!;
    const boris = (await d.host.readMatrix("Boris Petrov"))!;
    expect(anna.matrix.rows.map((x) => x.plan)).toEqual([1, 1200]);
    expect(boris.matrix.rows.map((x) => x.plan)).toEqual([1, 1000]);
    // History keeps the plan the closed period had.
    expect(history()[2][6]).toBe(1000);
  });

  it("finds a personal plan listed by personnel number, as the build does", async () => {
    await d.host.createStaffTables([{ ...STAFF[0], personnelNo: "T-017" }, STAFF[1]]);
    await d.host.buildTeam(teamRequest((await d.host.readStaff())!, "2026-04"));
    const plans = d.tables().get("KpiPlans")!;
    const r = parseRange(plans.address);
    d.type(plans.sheet, cellAddress(r.row + 1, 0), "T-017");
    d.type(plans.sheet, cellAddress(r.row + 1, 1), "AVG_CHECK");
    d.type(plans.sheet, cellAddress(r.row + 1, 2), 1500);
    const out = await d.host.closePeriod({ period: "2026-04", next: "2026-05", plans: "table" });
    expect(out.closed.map((c) => c.plansTaken)).toEqual([1, 0]);
    expect((await d.host.readMatrix("Anna Ivanova"))!.matrix.rows[1].plan).toBe(1500);
  });

  it("keeps a fact that is a formula (a collective KPI) and clears the unit facts instead", async () => {
    await closedTeam();
    await applyPlan(d, {
      steps: [
        { kind: "addSheet", sheet: "Unit facts" },
        {
          kind: "cells",
          sheet: "Unit facts",
          address: "A1:C3",
          inputs: [
            ["Unit", "Code", "Fact"],
            ["Store 1", "TURNOVER_PLAN", 1.1],
            ["Store 2", "TURNOVER_PLAN", "=1+0.05"],
          ],
        },
        {
          kind: "addTable",
          sheet: "Unit facts",
          name: "KpiUnitFacts",
          address: "A1:C3",
          style: "",
        },
      ],
    });
    const anna = (await d.host.readMatrix("Anna Ivanova"))!;
    d.type("Anna Ivanova", anna.at.rows[0].fact, "='Unit facts'!C2");
    const out = await d.host.closePeriod({ period: "2026-04", next: "2026-05", plans: "keep" });
    expect(out.unitFactsCleared).toBe(1);
    expect(history()[1][8]).toBe(1.1);
    expect(d.formula("Anna Ivanova", anna.at.rows[0].fact)).toBe("='Unit facts'!C2");
    expect(d.value("Unit facts", "C2")).toBeUndefined();
    expect(d.formula("Unit facts", "C3")).toBe("=1+0.05");
    expect((await d.host.readMatrix("Anna Ivanova"))!.matrix.rows[1].fact).toBeUndefined();
  });

  it("appends after the rows the user sorted or added in History; Trends gives quarter and year figures", async () => {
    await closedTeam();
    const scores: Record<string, number[]> = { "Anna Ivanova": [], "Boris Petrov": [] };
    const bonuses: Record<string, number[]> = { "Anna Ivanova": [], "Boris Petrov": [] };
    const remember = async () => {
      for (const s of STAFF) {
        const m = (await d.host.readMatrix(s.employee))!;
        scores[s.employee].push(m.total as number);
        bonuses[s.employee].push(m.bonus as number);
      }
    };
    await remember();
    const first = await d.host.closePeriod({ period: "2026-04", next: "2026-05", plans: "keep" });
    // The user writes a note into History's unit column: it stays.
    d.type("KPI history", "C2", "Store 1 (moved)");
    // …and renames a header: its column still gets the facts.
    d.type("KPI history", "I1", "Fact as measured");
    for (const who of ["Anna Ivanova", "Boris Petrov"]) {
      const m = (await d.host.readMatrix(who))!;
      d.type(who, m.at.rows[0].fact, who === "Anna Ivanova" ? 1.2 : 1);
      d.type(who, m.at.rows[1].fact, 1000);
    }
    await remember();
    const second = await d.host.closePeriod({ period: "2026-05", next: "2026-06", plans: "keep" });
    expect(second.trendsSheet).toBe(first.trendsSheet);
    const rows = history();
    expect(rows).toHaveLength(9);
    expect(rows[1][2]).toBe("Store 1 (moved)");
    expect(rows.slice(5).map((r) => r[0])).toEqual(["2026-05", "2026-05", "2026-05", "2026-05"]);
    expect(rows.slice(5).map((r) => r[8])).toEqual([1.2, 1000, 1, 1000]);
    // Trends: score and bonus by period, the quarter's average score, the year's bonus so far.
    const trends = second.trendsSheet;
    const find = (text: string, from = 0): number => {
      for (let r = from; r < 60; r++) if (d.value(trends, cellAddress(r, 0)) === text) return r;
      throw new Error(`${text} not on ${trends}`);
    };
    const scoreHead = find("Employee");
    expect([1, 2, 3, 4].map((c) => d.value(trends, cellAddress(scoreHead, c)))).toEqual([
      "2026-04",
      "2026-05",
      "Average 2026-Q2",
      "Average 2026",
    ]);
    const annaRow = find("Anna Ivanova", scoreHead);
    const [s4, s5] = scores["Anna Ivanova"];
    expect(d.value(trends, cellAddress(annaRow, 1))).toBeCloseTo(s4, 12);
    expect(d.value(trends, cellAddress(annaRow, 2))).toBeCloseTo(s5, 12);
    expect(d.value(trends, cellAddress(annaRow, 3))).toBeCloseTo((s4 + s5) / 2, 12);
    const bonusHead = find("Employee", annaRow + 1);
    expect(d.value(trends, cellAddress(bonusHead, 4))).toBe("Year to date 2026");
    const borisBonus = find("Boris Petrov", bonusHead);
    const [b4, b5] = bonuses["Boris Petrov"];
    expect(d.value(trends, cellAddress(borisBonus, 4))).toBeCloseTo(b4 + b5, 6);
    expect(String(d.formula(trends, cellAddress(borisBonus, 1)))).toMatch(
      /^=IFERROR\(SUMIFS\('KPI history'!\$L:\$L,/
    );
    // A card's trend for the chosen person: facts by period.
    const pick = find("KPIs of");
    expect(d.value(trends, cellAddress(pick, 1))).toBe("Anna Ivanova");
    const codeRow = find("TURNOVER_PLAN", pick);
    expect([1, 2].map((c) => d.value(trends, cellAddress(codeRow, c)))).toEqual([1.05, 1.2]);
    // Choosing another person there follows History live.
    d.type(trends, cellAddress(pick, 1), "Boris Petrov");
    expect([1, 2].map((c) => d.value(trends, cellAddress(codeRow, c)))).toEqual([0.9, 1]);
    // A name is matched as the text it is: "Bor?s*" is nobody, not a wildcard for Boris.
    d.type(trends, cellAddress(pick, 1), "Bor?s*");
    expect([1, 2].map((c) => d.value(trends, cellAddress(codeRow, c)) ?? "")).toEqual(["", ""]);
  });

  it("moves down what the user typed under the Trends block when the block grows", async () => {
    await closedTeam();
    const first = await d.host.closePeriod({ period: "2026-04", next: "2026-05", plans: "keep" });
    const trends = first.trendsSheet;
    let last = 0;
    for (let r = 0; r < 80; r++) if (d.value(trends, cellAddress(r, 0)) !== undefined) last = r;
    // A note two rows under the block, and a person added to History by hand.
    const note = cellAddress(last + 2, 0);
    d.type(trends, note, "Checked by the director");
    const sample = history()[1];
    const t = d.tables().get("KpiHistory")!;
    const top = parseRange(t.address);
    d.insertRows(t.sheet, top.row + 2, 1); // a row inserted inside the table grows it
    ["2026-04", "Zoe Newcomer", ...sample.slice(2)].forEach((v, j) =>
      d.type(t.sheet, cellAddress(top.row + 2, top.col + j), v as string | number)
    );
    expect(history().some((r) => r[1] === "Zoe Newcomer")).toBe(true);
    await d.host.closePeriod({ period: "2026-05", next: "2026-06", plans: "keep" });
    const column = Array.from({ length: 120 }, (_, r) => d.value(trends, cellAddress(r, 0)));
    expect(column).toContain("Checked by the director");
    expect(column).toContain("Zoe Newcomer");
  });

  it("writes History and Trends in Russian, and a later close reads the Russian headers back", async () => {
    await closedTeam();
    const out = await d.host.closePeriod(
      { period: "2026-04", next: "2026-05", plans: "keep" },
      { lang: "ru" }
    );
    expect([out.historySheet, out.trendsSheet]).toEqual(["История", "Динамика"]);
    expect(history()[0]).toEqual(HISTORY_COLUMNS.map((c) => HISTORY_HEADERS[c].ru));
    expect(d.value("Динамика", "A1")).toBe("Динамика");
    await d.host.closePeriod({ period: "2026-05", next: "2026-06", plans: "keep" });
    expect(history()).toHaveLength(9);
    expect(d.sheets().filter((s) => /history|История|Trends|Динамика/i.test(s))).toEqual([
      "История",
      "Динамика",
    ]);
    expect((await d.host.readPeriods()).closed).toEqual(["2026-04", "2026-05"]);
  });

  it("is refused while the workbook is a portable copy", async () => {
    await closedTeam();
    d.addSheet(ORIGINALS_SHEET);
    d.type(ORIGINALS_SHEET, "A1", ORIGINALS_NOTE[0]);
    d.type(ORIGINALS_SHEET, "A3", "X");
    d.type(ORIGINALS_SHEET, "B3", "A1");
    d.type(ORIGINALS_SHEET, "C3", "'=KPI.INDEX(1,2)");
    d.type(ORIGINALS_SHEET, "D3", "'=1/2");
    const e = await d.host
      .closePeriod({ period: "2026-04", next: "2026-05", plans: "keep" })
      .catch((x: unknown) => x);
    expect((e as WorkbookRefusal).refusal.reason).toBe("portable");
    expect(d.tables().has("KpiHistory")).toBe(false);
  });
});
