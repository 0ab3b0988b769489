/**
 * Which matrix is whose across rebuilds (found in review): a person renamed in the staff table
 * kept an orphaned matrix and got a new empty one; namesakes shared one matrix; a bonus base
 * changed in the staff table never reached an existing matrix. Each staff row now records its
 * matrix sheet and the base of the last build in the add-in's own columns of the staff table.
 */

import { type StaffMember } from "../../src/core/team";
import { cellAddress, parseRange } from "../../src/workbook/a1";

import { DRIVERS, teamRequest, type Driver } from "./drivers";

const POSITION = "TURNOVER_PLAN; AVG_CHECK";

describe.each(DRIVERS)("staff rows keep their matrices: %s", (_name, make) => {
  let d: Driver;
  beforeEach(() => {
    d = make();
  });

  /** The staff table's cell of a data row (0-based) and a column found by its header. */
  function staffCell(row: number, header: string): string {
    const t = d.tables().get("KpiStaff")!;
    const r = parseRange(t.address);
    for (let c = 0; c < r.cols; c++) {
      if (d.value(t.sheet, cellAddress(r.row, r.col + c)) === header)
        return cellAddress(r.row + 1 + row, r.col + c);
    }
    throw new Error(`no column ${header}`);
  }
  const staffSheet = () => d.tables().get("KpiStaff")!.sheet;

  async function build() {
    return d.host.buildTeam(teamRequest((await d.host.readStaff())!));
  }

  it("a person renamed in the staff table keeps their matrix and every value typed in it", async () => {
    const staff: StaffMember[] = [
      { employee: "Anna Ivanova", position: POSITION, unit: "Store 1", bonusBase: 30000 },
      { employee: "Vera Sokolova", position: POSITION, unit: "Store 2", bonusBase: 50000 },
    ];
    await d.host.createStaffTables(staff);
    await build();
    const anna = (await d.host.readMatrix("Anna Ivanova"))!;
    d.type("Anna Ivanova", anna.at.rows[0].fact, 1.05);
    d.type("Anna Ivanova", anna.at.rows[1].plan, 950);
    d.type("Anna Ivanova", anna.at.rows[1].fact, 1000);
    d.type("Anna Ivanova", "J1", "checked by HR"); // a note beside the matrix
    // She marries: the economist renames her in the staff table.
    d.type(staffSheet(), staffCell(0, "Employee"), "Anna Smirnova");
    const out = await build();
    expect(out.results.map((r) => [r.employee, r.sheet, r.built])).toEqual([
      ["Anna Smirnova", "Anna Ivanova", "updated"],
      ["Vera Sokolova", "Vera Sokolova", "updated"],
    ]);
    expect(d.sheets().filter((s) => s.startsWith("Anna"))).toEqual(["Anna Ivanova"]);
    const after = (await d.host.readMatrix("Anna Ivanova"))!;
    expect(after.matrix.employee).toBe("Anna Smirnova");
    expect(after.matrix.name).toBe("Anna Smirnova");
    expect(after.matrix.rows[0].fact).toBe(1.05);
    expect(after.matrix.rows[1].plan).toBe(950);
    expect(d.value("Anna Ivanova", "J1")).toBe("checked by HR");
    // The register names her as she is called now, with her old matrix.
    let row = -1;
    for (let r = 0; r < 20; r++)
      if (d.value(out.registerSheet, cellAddress(r, 0)) === "Anna Smirnova") row = r;
    expect(row).toBeGreaterThan(0);
    expect(d.value(out.registerSheet, cellAddress(row, 6))).toBe("Anna Ivanova");
    expect(typeof after.bonus).toBe("number");
    expect(d.value(out.registerSheet, cellAddress(row, 5))).toBe(after.bonus);
  });

  it("a matrix title the user wrote stays when the person is renamed", async () => {
    await d.host.createStaffTables([{ employee: "Boris Petrov", position: POSITION, unit: "S" }]);
    await build();
    const m = (await d.host.readMatrix("Boris Petrov"))!;
    d.type("Boris Petrov", m.at.name, "Boris — March bonus");
    d.type(staffSheet(), staffCell(0, "Employee"), "Boris Petrov-Vodkin");
    await build();
    const after = (await d.host.readMatrix("Boris Petrov"))!;
    expect([after.matrix.name, after.matrix.employee]).toEqual([
      "Boris — March bonus",
      "Boris Petrov-Vodkin",
    ]);
  });

  it("namesakes get a matrix each, told apart by unit, and keep them across rebuilds", async () => {
    const staff: StaffMember[] = [
      { employee: "Anna Ivanova", position: POSITION, unit: "Store 1", bonusBase: 30000 },
      { employee: "Anna Ivanova", position: POSITION, unit: "Store 2", bonusBase: 40000 },
    ];
    await d.host.createStaffTables(staff);
    const first = await build();
    expect(first.results.map((r) => [r.sheet, r.built])).toEqual([
      ["Anna Ivanova (Store 1)", "new"],
      ["Anna Ivanova (Store 2)", "new"],
    ]);
    const two = (await d.host.readMatrix("Anna Ivanova (Store 2)"))!;
    expect(two.matrix.bonusBase).toBe(40000);
    d.type("Anna Ivanova (Store 2)", two.at.rows[0].fact, 0.97);
    const again = await build();
    expect(again.results.map((r) => [r.sheet, r.built])).toEqual([
      ["Anna Ivanova (Store 1)", "updated"],
      ["Anna Ivanova (Store 2)", "updated"],
    ]);
    expect((await d.host.readMatrix("Anna Ivanova (Store 2)"))!.matrix.rows[0].fact).toBe(0.97);
    expect((await d.host.readMatrix("Anna Ivanova (Store 1)"))!.matrix.rows[0].fact).toBe(
      undefined
    );
    expect(d.sheets().filter((s) => s.startsWith("Anna"))).toHaveLength(2);
  });

  it("namesakes in the same unit are told apart by their personnel numbers", async () => {
    const staff: StaffMember[] = [
      { employee: "Ivan Petrov", position: POSITION, unit: "Store 1", personnelNo: "0012" },
      { employee: "Ivan Petrov", position: POSITION, unit: "Store 1", personnelNo: "0047" },
    ];
    await d.host.createStaffTables(staff);
    expect((await d.host.readStaff())!.members.map((m) => m.personnelNo)).toEqual(["0012", "0047"]);
    const out = await build();
    expect(out.results.map((r) => r.sheet)).toEqual(["Ivan Petrov (0012)", "Ivan Petrov (0047)"]);
    // One of them moves to another store: still his own matrix.
    d.type(staffSheet(), staffCell(1, "Unit"), "Store 3");
    const again = await build();
    expect(again.results.map((r) => [r.sheet, r.built])).toEqual([
      ["Ivan Petrov (0012)", "updated"],
      ["Ivan Petrov (0047)", "updated"],
    ]);
  });

  it("a bonus base changed in the staff table reaches the matrix; one typed in the matrix since stays", async () => {
    await d.host.createStaffTables([
      { employee: "Anna Ivanova", position: POSITION, unit: "Store 1", bonusBase: 30000 },
    ]);
    await build();
    const base = (await d.host.readMatrix("Anna Ivanova"))!.at.base;
    // Changed in the staff table only: the staff table wins.
    d.type(staffSheet(), staffCell(0, "Bonus base"), 35000);
    await build();
    expect((await d.host.readMatrix("Anna Ivanova"))!.matrix.bonusBase).toBe(35000);
    // Typed in the matrix since: the matrix's stays, the staff table unchanged.
    d.type("Anna Ivanova", base, 36000);
    let out = await build();
    expect((await d.host.readMatrix("Anna Ivanova"))!.matrix.bonusBase).toBe(36000);
    expect(out.results[0].conflicts).toEqual([]);
    // Changed in both since the last build: the matrix's stays, and the build says so.
    d.type(staffSheet(), staffCell(0, "Bonus base"), 38000);
    out = await build();
    expect((await d.host.readMatrix("Anna Ivanova"))!.matrix.bonusBase).toBe(36000);
    expect(out.results[0].conflicts).toEqual([{ field: "bonusBase", sheet: 36000, pane: 38000 }]);
    // The conflict is said once: the next build sees nothing new on either side.
    out = await build();
    expect(out.results[0].conflicts).toEqual([]);
    // A base cleared in the staff table never blanks the matrix's.
    d.type(staffSheet(), staffCell(0, "Bonus base"), null);
    await build();
    expect((await d.host.readMatrix("Anna Ivanova"))!.matrix.bonusBase).toBe(36000);
  });

  it("the staff table records each row's matrix sheet and the base it was built with", async () => {
    await d.host.createStaffTables([
      { employee: "Anna Ivanova", position: POSITION, unit: "Store 1", bonusBase: 30000 },
      { employee: "Gleb Orlov", position: "nobody knows", unit: "Store 2" },
    ]);
    await build();
    const staff = (await d.host.readStaff())!;
    expect(staff.members.map((m) => m.lastBuild)).toEqual([
      { sheet: "Anna Ivanova", base: 30000 },
      undefined,
    ]);
    expect(d.value(staffSheet(), staffCell(0, "Matrix sheet"))).toBe("Anna Ivanova");
  });

  it("a new staff table has the personnel number and the add-in's own columns", async () => {
    await d.host.createStaffTables([]);
    const own = d.tables().get("KpiStaff")!;
    const r = parseRange(own.address);
    const headers: unknown[] = [];
    for (let c = 0; c < r.cols; c++)
      headers.push(d.value(own.sheet, cellAddress(r.row, r.col + c)));
    expect(headers).toEqual([
      "Employee",
      "Position",
      "Unit",
      "Manager",
      "Bonus base",
      "Personnel no.",
      "Matrix sheet",
      "Base at last build",
    ]);
  });
});
