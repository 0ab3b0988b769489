/**
 * The team list's read of the bonus register (readTeam), the same on both adapters: each
 * person's live score, status and bonus, the matrix sheet a click opens, nobody without a name.
 */
import { type StaffMember } from "../../src/core/team";
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
  { employee: "Oleg Petrov", position: "Astronaut", unit: "Store 1" },
];

describe.each(DRIVERS)("readTeam: %s", (_name, make) => {
  let d: Driver;
  beforeEach(() => {
    d = make();
  });

  it("is undefined while the workbook has no register", async () => {
    expect(await d.host.readTeam()).toBeUndefined();
    await d.host.createStaffTables(STAFF);
    expect(await d.host.readTeam()).toBeUndefined();
  });

  it("lists every register row with what the sheet shows, following facts typed in a matrix", async () => {
    await d.host.createStaffTables(STAFF);
    const built = await d.host.buildTeam(teamRequest((await d.host.readStaff())!));
    const before = await d.host.readTeam();
    expect(before?.sheet).toBe(built.registerSheet);
    expect(before?.rows.map((r) => r.employee)).toEqual([
      "Vera Sokolova",
      "Anna Ivanova",
      "Oleg Petrov",
    ]);
    const vera = built.results.find((r) => r.employee === "Vera Sokolova")!.sheet;
    expect(before?.rows[0]).toMatchObject({ unit: "Store 2", matrixSheet: vera });
    // Without facts no score is there yet; nobody without a matrix links to a sheet.
    expect(typeof before?.rows[0].score).not.toBe("number");
    expect(before?.rows[2].matrixSheet).toBeUndefined();

    // Facts typed in Vera's matrix: her row follows (the register refers to her sheet).
    const snap = (await d.host.readMatrix(vera))!;
    snap.matrix.rows.forEach((_row, i) => {
      d.type(vera, snap.at.rows[i].plan, 1000);
      d.type(vera, snap.at.rows[i].fact, 1100);
    });
    const after = (await d.host.readMatrix(vera))!;
    const team = (await d.host.readTeam())!;
    expect(team.rows[0].score).toBeCloseTo(after.total as number, 12);
    expect(team.rows[0].bonus).toBeCloseTo(after.bonus as number, 6);
    expect(team.rows[0].status).toEqual(after.totalStatus);
    expect(typeof team.rows[0].score).toBe("number");
  });

  it("a row whose matrix sheet names no sheet links nowhere", async () => {
    await d.host.createStaffTables(STAFF.slice(0, 2));
    const built = await d.host.buildTeam(teamRequest((await d.host.readStaff())!));
    const table = d.tables().get("KpiRegister")!;
    const header = Number(/^[A-Z]+(\d+)/.exec(table.address)![1]);
    expect(d.value(built.registerSheet, `G${header}`)).toBe("Matrix sheet");
    d.type(built.registerSheet, `G${header + 1}`, "No such sheet");
    const rows = (await d.host.readTeam())!.rows;
    expect(rows.map((r) => r.employee)).toEqual(["Vera Sokolova", "Anna Ivanova"]);
    expect(rows[0].matrixSheet).toBeUndefined();
    expect(rows[1].matrixSheet).toBe(built.results[1].sheet);
  });
});

it("the Office adapter reads the register in two syncs", async () => {
  const [, make] = DRIVERS.find(([n]) => n === "office")!;
  const d = make();
  await d.host.createStaffTables(STAFF);
  await d.host.buildTeam(teamRequest((await d.host.readStaff())!));
  const before = d.syncs()!;
  await d.host.readTeam();
  expect(d.syncs()! - before).toBe(2);
});
