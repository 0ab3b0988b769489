/**
 * The roll-up on both adapters (DESIGN.md "The team cycle"): unit → network scores from the
 * bonus register as live native formulas, weighted by headcount or by bonus base (the choice
 * kept on the sheet), rebuilt in place without losing what the user typed there.
 */
import type { StaffMember } from "../../src/core/team";
import { cellAddress } from "../../src/workbook/a1";
import { DRIVERS, teamRequest, type Driver } from "./drivers";

const STAFF: StaffMember[] = [
  { employee: "Anna Ivanova", position: "Sales clerk", unit: "Store 1", bonusBase: 30000 },
  { employee: "Boris Petrov", position: "Sales clerk", unit: "Store 1", bonusBase: 10000 },
  { employee: "Vera Sokolova", position: "TURNOVER_PLAN; AVG_CHECK", unit: "Store 2" },
  { employee: "Gleb Orlov", position: "nobody knows", unit: "Store 2" },
  { employee: "Dina Kim", position: "TURNOVER_PLAN", bonusBase: 20000 },
];

/** Types a plan (where the card has none) and a fact into every row of a matrix. */
async function typeFacts(d: Driver, sheet: string, factOfPlan: (plan: number) => number) {
  const m = (await d.host.readMatrix(sheet))!;
  m.matrix.rows.forEach((r, i) => {
    const plan = typeof r.plan === "number" ? r.plan : 100;
    if (typeof r.plan !== "number") d.type(sheet, m.at.rows[i].plan, plan);
    d.type(sheet, m.at.rows[i].fact, factOfPlan(plan));
  });
}

/** Row (0-based) of the first cell in column A holding `text`. */
function rowOf(d: Driver, sheet: string, text: string): number {
  for (let r = 0; r < 60; r++) if (d.value(sheet, cellAddress(r, 0)) === text) return r;
  throw new Error(`${text} not found on ${sheet}`);
}

/** The register's score and bonus of a person (numbers, or undefined while not computed). */
function registerOf(d: Driver, who: string) {
  const reg = "Bonus register";
  const r = rowOf(d, reg, who);
  const num = (v: unknown) => (typeof v === "number" ? v : undefined);
  return {
    score: num(d.value(reg, cellAddress(r, 3))),
    bonus: num(d.value(reg, cellAddress(r, 5))),
  };
}

describe.each(DRIVERS)("roll-up: %s", (_name, make) => {
  let d: Driver;
  beforeEach(() => {
    d = make();
  });

  async function buildTeam() {
    await d.host.createStaffTables(STAFF);
    await d.host.buildTeam(teamRequest((await d.host.readStaff())!));
  }

  it("says there is nothing to roll up before the register exists", async () => {
    expect(await d.host.buildRollup()).toBeUndefined();
    expect(d.sheets()).not.toContain("Roll-up");
  });

  it("rolls the register up by unit and for the network, live as facts are typed", async () => {
    await buildTeam();
    const out = (await d.host.buildRollup())!;
    expect(out.sheet).toBe("Roll-up");
    expect(out.weighting).toBe("headcount");
    expect(out.units).toEqual(["Store 1", "Store 2", "(no unit)"]);
    expect(d.tables().get("KpiRollup")?.sheet).toBe("Roll-up");
    const s = out.sheet;
    const r1 = rowOf(d, s, "Store 1");
    const r2 = rowOf(d, s, "Store 2");
    const rn = rowOf(d, s, "(no unit)");
    const total = rowOf(d, s, "Network total");
    const v = (r: number, c: number) => d.value(s, cellAddress(r, c));
    // Headcount counts everyone the register lists, with a matrix or not; nobody is scored yet.
    expect([v(r1, 1), v(r2, 1), v(rn, 1), v(total, 1)]).toEqual([2, 2, 1, 5]);
    expect([v(r1, 2), v(r2, 2), v(total, 2)]).toEqual([0, 0, 0]);
    expect(v(r1, 3)).toBeUndefined();

    // A fact typed in one matrix moves the register, and the roll-up with it.
    await typeFacts(d, "Anna Ivanova", (p) => p * 1.1);
    const anna = registerOf(d, "Anna Ivanova");
    expect(typeof anna.score).toBe("number");
    expect(v(r1, 2)).toBe(1);
    expect(v(r1, 3)).toBeCloseTo(anna.score!, 12);
    expect(v(r1, 4)).toBeCloseTo(anna.bonus!, 6);

    await typeFacts(d, "Boris Petrov", (p) => p * 0.9);
    await typeFacts(d, "Dina Kim", (p) => p * 1.3);
    const boris = registerOf(d, "Boris Petrov");
    const dina = registerOf(d, "Dina Kim");
    expect(v(r1, 3)).toBeCloseTo((anna.score! + boris.score!) / 2, 12);
    expect(v(rn, 3)).toBeCloseTo(dina.score!, 12);
    expect(v(total, 2)).toBe(3);
    expect(v(total, 3)).toBeCloseTo((anna.score! + boris.score! + dina.score!) / 3, 12);
    expect(v(total, 4)).toBeCloseTo(anna.bonus! + boris.bonus! + dina.bonus!, 6);

    // The share of the fund follows the fund typed in the register.
    expect(v(total, 5)).toBeUndefined();
    d.type("Bonus register", "B3", 200000);
    expect(v(r1, 5)).toBeCloseTo((anna.bonus! + boris.bonus!) / 200000, 12);
  });

  it("weights by bonus base when asked, and a rebuild keeps that choice and the user's cells", async () => {
    await buildTeam();
    await typeFacts(d, "Anna Ivanova", (p) => p * 1.1);
    await typeFacts(d, "Boris Petrov", (p) => p * 0.9);
    const first = (await d.host.buildRollup({ weighting: "base" }))!;
    expect(first.weighting).toBe("base");
    const s = first.sheet;
    const anna = registerOf(d, "Anna Ivanova");
    const boris = registerOf(d, "Boris Petrov");
    const weighted = (anna.score! * 30000 + boris.score! * 10000) / 40000;
    expect(anna.score).not.toBeCloseTo(boris.score!, 6);
    expect(d.value(s, cellAddress(rowOf(d, s, "Store 1"), 3))).toBeCloseTo(weighted, 12);
    // The network: Dina (base 20000) has no score yet, so weighs nothing.
    expect(d.value(s, cellAddress(rowOf(d, s, "Network total"), 3))).toBeCloseTo(weighted, 12);

    // The user writes beside and under the roll-up; the staff grows by a unit.
    const below = rowOf(d, s, "Network total") + 3;
    d.type(s, cellAddress(below, 0), "checked by the CFO");
    d.type(s, "K2", "my note");
    const staff = (await d.host.readStaff())!;
    await d.host.buildTeam(
      teamRequest({
        ...staff,
        members: [
          ...staff.members,
          { employee: "Egor Lis", position: "TURNOVER_PLAN", unit: "Store 3", bonusBase: 1 },
        ],
      })
    );
    const again = (await d.host.buildRollup())!;
    expect(again.sheet).toBe(s);
    expect(again.weighting).toBe("base");
    expect(again.units).toEqual(["Store 1", "Store 2", "Store 3", "(no unit)"]);
    expect(d.sheets().filter((x) => x.startsWith("Roll-up"))).toEqual(["Roll-up"]);
    expect(d.value(s, "K2")).toBe("my note");
    // One more unit row: what was under the roll-up moved down one row with it.
    expect(rowOf(d, s, "checked by the CFO")).toBe(below + 1);
    expect(d.value(s, cellAddress(rowOf(d, s, "Store 1"), 3))).toBeCloseTo(weighted, 12);
    expect(d.value(s, cellAddress(rowOf(d, s, "Store 3"), 1))).toBe(1);

    // Back to headcount from the pane.
    const plain = (await d.host.buildRollup({ weighting: "headcount" }))!;
    expect(plain.weighting).toBe("headcount");
    expect(d.value(s, cellAddress(rowOf(d, s, "Store 1"), 3))).toBeCloseTo(
      (anna.score! + boris.score!) / 2,
      12
    );
    expect(d.value(s, "B2")).toBe("headcount");
  });

  it("falls back to headcount, and says so, when the staff table has no bonus base column", async () => {
    await buildTeam();
    const staff = d.tables().get("KpiStaff")!;
    d.type(staff.sheet, "E1", "Notes"); // the user renamed the base column
    const out = (await d.host.buildRollup({ weighting: "base" }))!;
    expect(out.weighting).toBe("headcount");
    expect(out.notes).toContain("noBase");
    expect(String(d.value(out.sheet, "C2"))).toMatch(/no bonus base/);
  });

  it("after Build for everyone, rebuilds only a roll-up the workbook has", async () => {
    await buildTeam();
    expect(await d.host.buildRollup({ onlyIfBuilt: true })).toBeUndefined();
    expect(d.sheets()).not.toContain("Roll-up");
    await d.host.buildRollup({ weighting: "base" });
    const again = await d.host.buildRollup({ onlyIfBuilt: true });
    expect(again?.weighting).toBe("base");
    expect(again?.units).toEqual(["Store 1", "Store 2", "(no unit)"]);
  });

  it("matches unit names exactly: wildcards and quotes are plain text, case is Excel's", async () => {
    await d.host.createStaffTables([
      { employee: "A", position: "TURNOVER_PLAN", unit: "Shop *" },
      { employee: "B", position: "TURNOVER_PLAN", unit: "shop *" },
      { employee: "C", position: "TURNOVER_PLAN", unit: "Shop 1" },
      { employee: "D", position: "TURNOVER_PLAN", unit: 'Shop "A"?' },
      { employee: "E", position: "TURNOVER_PLAN", unit: "~Shop" },
    ]);
    await d.host.buildTeam(teamRequest((await d.host.readStaff())!));
    const out = (await d.host.buildRollup())!;
    // Excel compares text without case: "shop *" is the unit "Shop *".
    expect(out.units).toEqual(["Shop *", "Shop 1", 'Shop "A"?', "~Shop"]);
    const count = (unit: string) => d.value(out.sheet, cellAddress(rowOf(d, out.sheet, unit), 1));
    expect(out.units.map(count)).toEqual([2, 1, 1, 1]);
    expect(d.value(out.sheet, cellAddress(rowOf(d, out.sheet, "Network total"), 1))).toBe(5);
  });

  it("builds in Russian: sheet, labels and the choice cell", async () => {
    await d.host.createStaffTables(STAFF, { lang: "ru" });
    await d.host.buildTeam(teamRequest((await d.host.readStaff())!), { lang: "ru" });
    const out = (await d.host.buildRollup({ lang: "ru", weighting: "base" }))!;
    expect(out.sheet).toBe("Свод");
    expect(out.units).toContain("(без подразделения)");
    expect(d.value(out.sheet, "B2")).toBe("по базе премии");
    expect(rowOf(d, out.sheet, "Итого по сети")).toBeGreaterThan(rowOf(d, out.sheet, "Store 1"));
    // Read back in either language: an English rebuild keeps the Russian choice.
    expect((await d.host.buildRollup())!.weighting).toBe("base");
  });
});
