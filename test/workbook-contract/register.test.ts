/**
 * The bonus register is the add-in's, but what the user does on it stays through a rebuild:
 * notes around it, a fund typed as a formula, rows inserted above it (found in review).
 */

import { type StaffMember } from "../../src/core/team";
import { cellAddress } from "../../src/workbook/a1";

import { DRIVERS, teamRequest, type Driver } from "./drivers";

const STAFF: StaffMember[] = [
  {
    employee: "Vera Sokolova",
    position: "TURNOVER_PLAN; AVG_CHECK",
    unit: "Store 2",
    bonusBase: 50000,
  },
  {
    employee: "Anna Ivanova",
    position: "TURNOVER_PLAN; AVG_CHECK",
    unit: "Store 1",
    bonusBase: 30000,
  },
];

describe.each(DRIVERS)("the bonus register across rebuilds: %s", (_name, make) => {
  let d: Driver;
  beforeEach(() => {
    d = make();
  });

  async function team() {
    await d.host.createStaffTables(STAFF);
    const out = await d.host.buildTeam(teamRequest((await d.host.readStaff())!));
    return out;
  }

  it("a note the user typed on the register sheet survives a rebuild", async () => {
    // Found in review: a rebuild clears A:G of the whole register sheet, notes included.
    const out = await team();
    d.type(out.registerSheet, "D2", "approved by CFO 03.04");
    d.type(out.registerSheet, "A15", "Paid on 05.04 with the salary");
    await d.host.buildTeam(teamRequest((await d.host.readStaff())!));
    expect(d.value(out.registerSheet, "D2")).toBe("approved by CFO 03.04");
    expect(d.value(out.registerSheet, "A15")).toBe("Paid on 05.04 with the salary");
  });

  it("a rebuild without a period keeps the register's period and every matrix's", async () => {
    const out = await team();
    expect(d.value(out.registerSheet, "B2")).toBe("2026-03");
    await d.host.buildTeam(teamRequest((await d.host.readStaff())!, ""));
    expect(d.value(out.registerSheet, "B2")).toBe("2026-03");
    for (const m of await d.host.listMatrices()) expect(m.period).toBe("2026-03");
  });

  it("a bonus fund typed as a formula stays a formula after a rebuild", async () => {
    // Found in review: the fund is read as a value and written back as a constant: the formula is lost.
    const out = await team();
    d.type(out.registerSheet, "B3", "=40000+20000");
    await d.host.buildTeam(teamRequest((await d.host.readStaff())!));
    expect(d.formula(out.registerSheet, "B3")).toBe("=40000+20000");
  });

  it("the bonus fund survives a rebuild after the user inserted a subtitle row at the top of the register", async () => {
    // Found in review: the fund is read at a fixed B3; after a row above it the fund is not found and the
    // rebuild clears it, so the check can no longer flag payouts above the fund.
    const out = await team();
    d.type(out.registerSheet, "B3", 60000);
    d.insertRows(out.registerSheet, 1, 1); // a subtitle under the title
    d.type(out.registerSheet, "A2", "Store network, March");
    await d.host.buildTeam(teamRequest((await d.host.readStaff())!));
    const values: unknown[] = [];
    for (let r = 0; r < 6; r++) values.push(d.value(out.registerSheet, cellAddress(r, 1)));
    expect(values).toContain(60000);
  });
});
