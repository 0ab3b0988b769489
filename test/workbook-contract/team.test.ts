/**
 * The team cycle's first steps on both adapters: the staff table, building for everyone and
 * the live bonus register (DESIGN.md "The team cycle").
 */

import { type StaffMember } from "../../src/core/team";
import { cellAddress, parseRange } from "../../src/workbook/a1";
import { WorkbookRefusal, type StaffSnapshot } from "../../src/workbook/host";
import { ORIGINALS_NOTE, ORIGINALS_SHEET } from "../../src/workbook/portable/originals";

import { DRIVERS, teamRequest, type Driver } from "./drivers";

const STAFF: StaffMember[] = [
  { employee: "Anna Ivanova", position: "Sales clerk", unit: "Store 1", bonusBase: 30000 },
  { employee: "Boris Petrov", position: "продавец-консультант", unit: "Store 1" },
  {
    employee: "Vera Sokolova",
    position: "TURNOVER_PLAN; AVG_CHECK",
    unit: "Store 2",
    bonusBase: 50000,
  },
  { employee: "Gleb Orlov", position: "nobody knows", unit: "Store 2" },
];

describe.each(DRIVERS)("team cycle: %s", (_name, make) => {
  let d: Driver;
  beforeEach(() => {
    d = make();
  });

  it("creates the staff tables and reads them back in either language", async () => {
    const sheet = await d.host.createStaffTables(STAFF, { lang: "ru" });
    expect(sheet).toBe("Сотрудники");
    const staff = (await d.host.readStaff())!;
    expect(staff.members).toEqual(STAFF);
    expect(staff.plans.size).toBe(0);
    // A personal plan typed in the plans table (Employee, Code, Plan).
    const plans = [...d.tables()].find(([n]) => n === "KpiPlans")![1];
    const r = parseRange(plans.address);
    d.type(plans.sheet, cellAddress(r.row + 1, 0), "Anna Ivanova");
    d.type(plans.sheet, cellAddress(r.row + 1, 1), "ITEMS_PER_CHECK");
    d.type(plans.sheet, cellAddress(r.row + 1, 2), 2.5);
    expect((await d.host.readStaff())!.plans.get("anna ivanova")?.get("ITEMS_PER_CHECK")).toBe(2.5);
  });

  it("builds a matrix for everyone and a live register; a fact typed in a matrix moves it", async () => {
    await d.host.createStaffTables(STAFF);
    const staff = (await d.host.readStaff())!;
    const req = teamRequest(staff);
    expect(req.skipped.map((s) => s.member.employee)).toEqual(["Gleb Orlov"]);
    const progress: number[] = [];
    const out = await d.host.buildTeam(req, { onProgress: (done) => progress.push(done) });
    expect(out.cancelled).toBe(false);
    expect(progress.at(-1)).toBe(out.total);
    expect(out.results.map((r) => [r.employee, r.sheet, r.built])).toEqual([
      ["Anna Ivanova", "Anna Ivanova", "new"],
      ["Boris Petrov", "Boris Petrov", "new"],
      ["Vera Sokolova", "Vera Sokolova", "new"],
    ]);
    const vera = (await d.host.readMatrix("Vera Sokolova"))!;
    expect(vera.matrix.rows.map((r) => [r.code, r.weight])).toEqual([
      ["TURNOVER_PLAN", 0.5],
      ["AVG_CHECK", 0.5],
    ]);
    expect(vera.matrix.bonusBase).toBe(50000);
    // The register: one row a person, Gleb without a matrix, totals; live references.
    const reg = out.registerSheet;
    expect(reg).toBe("Bonus register");
    const row = (name: string) => {
      for (let r = 0; r < 20; r++) if (d.value(reg, cellAddress(r, 0)) === name) return r;
      throw new Error(`${name} not in the register`);
    };
    expect(d.value(reg, cellAddress(row("Gleb Orlov"), 6))).toMatch(/no matrix/);
    const at = vera.at;
    d.type("Vera Sokolova", at.rows[0].fact, 1.1);
    d.type("Vera Sokolova", at.rows[1].plan, 950); // the library's average check has no plan
    d.type("Vera Sokolova", at.rows[1].fact, 1000);
    const score = (await d.host.readMatrix("Vera Sokolova"))!.total as number;
    expect(typeof score).toBe("number");
    expect(d.value(reg, cellAddress(row("Vera Sokolova"), 3))).toBeCloseTo(score, 12);
    expect(d.value(reg, cellAddress(row("Vera Sokolova"), 5))).toBe(
      (await d.host.readMatrix("Vera Sokolova"))!.bonus
    );
  });

  it("rebuilding keeps what was typed, fills only blanks from the staff table, adds new people", async () => {
    await d.host.createStaffTables(STAFF.slice(0, 3));
    const first = await d.host.buildTeam(teamRequest((await d.host.readStaff())!));
    const anna = (await d.host.readMatrix("Anna Ivanova"))!;
    d.type("Anna Ivanova", anna.at.rows[0].plan, 777);
    d.type("Anna Ivanova", anna.at.rows[0].fact, 700);
    // The fund typed in the register stays across rebuilds.
    d.type(first.registerSheet, "B3", 100000);
    // Boris gets a base in the staff table; a new person joins.
    const staffTable = d.tables().get("KpiStaff")!;
    const t = parseRange(staffTable.address);
    d.type(staffTable.sheet, cellAddress(t.row + 2, 4), 25000);
    const staff = (await d.host.readStaff())!;
    const more: StaffSnapshot = {
      ...staff,
      members: [
        ...staff.members,
        { employee: "Dina Kim", position: "Store director", unit: "Store 2" },
      ],
    };
    const out = await d.host.buildTeam(teamRequest(more));
    expect(out.results.map((r) => [r.employee, r.built])).toEqual([
      ["Anna Ivanova", "updated"],
      ["Boris Petrov", "updated"],
      ["Vera Sokolova", "updated"],
      ["Dina Kim", "new"],
    ]);
    const after = (await d.host.readMatrix("Anna Ivanova"))!;
    expect([after.matrix.rows[0].plan, after.matrix.rows[0].fact]).toEqual([777, 700]);
    expect(after.matrix.bonusBase).toBe(30000);
    expect((await d.host.readMatrix("Boris Petrov"))!.matrix.bonusBase).toBe(25000);
    expect(d.value(out.registerSheet, "B3")).toBe(100000);
    expect(d.sheets().filter((s) => s.startsWith("Bonus register"))).toEqual(["Bonus register"]);
  });

  it("is refused while the workbook is a portable copy", async () => {
    await d.host.createStaffTables(STAFF.slice(0, 1));
    d.addSheet(ORIGINALS_SHEET);
    d.type(ORIGINALS_SHEET, "A1", ORIGINALS_NOTE[0]);
    d.type(ORIGINALS_SHEET, "A3", "X");
    d.type(ORIGINALS_SHEET, "B3", "A1");
    d.type(ORIGINALS_SHEET, "C3", "'=KPI.INDEX(1,2)");
    d.type(ORIGINALS_SHEET, "D3", "'=1/2");
    const err = await d.host.buildTeam(teamRequest((await d.host.readStaff())!)).catch((e) => e);
    expect(err).toBeInstanceOf(WorkbookRefusal);
    expect(d.sheets()).not.toContain("Anna Ivanova");
  });

  it("stops between batches when the user cancels; what is written stays whole", async () => {
    await d.host.createStaffTables(STAFF.slice(0, 3));
    let asked = 0;
    const out = await d.host.buildTeam(teamRequest((await d.host.readStaff())!), {
      cancelled: () => asked++ > 0,
    });
    expect(out.cancelled).toBe(out.total > 1);
    expect(out.done).toBe(1);
  });
});
