/**
 * Collective KPIs on both adapters (DESIGN.md "The team cycle"): the fact of a collective card
 * is typed once per unit in the unit facts table, and every matrix of that unit refers to it.
 */

import { cardFromLibrary, findLibraryCard } from "../../src/core/library";
import { type StaffMember } from "../../src/core/team";
import { cellAddress, parseRange } from "../../src/workbook/a1";

import { DRIVERS, teamRequest, type Driver } from "./drivers";

// The sales clerk's template has the store's shrinkage, a collective card of the library.
const CLERK = "Sales clerk";
const STAFF: StaffMember[] = [
  { employee: "Anna Ivanova", position: CLERK, unit: "Store 1", bonusBase: 30000 },
  { employee: "Boris Petrov", position: CLERK, unit: "store 1 ", bonusBase: 30000 },
  { employee: "Vera Sokolova", position: CLERK, unit: "Store 2", bonusBase: 30000 },
  { employee: "Gleb Orlov", position: CLERK, bonusBase: 30000 },
];
const SHRINK = "STORE_SHRINKAGE";

describe.each(DRIVERS)("collective KPIs: %s", (_name, make) => {
  let d: Driver;
  beforeEach(() => {
    d = make();
  });

  async function build() {
    return d.host.buildTeam(teamRequest((await d.host.readStaff())!));
  }

  /** The unit facts table's rows: unit, code, fact and the fact cell. */
  function unitFacts(): { unit: unknown; code: unknown; fact: unknown; at: string }[] {
    const t = d.tables().get("KpiUnitFacts");
    if (!t) return [];
    const r = parseRange(t.address);
    const out = [];
    for (let i = 1; i < r.rows; i++) {
      const cell = (c: number) => cellAddress(r.row + i, r.col + c);
      out.push({
        unit: d.value(t.sheet, cell(0)),
        code: d.value(t.sheet, cell(1)),
        fact: d.value(t.sheet, cell(2)),
        at: cell(2),
      });
    }
    return out;
  }
  const factsSheet = () => d.tables().get("KpiUnitFacts")!.sheet;

  async function shrinkRow(sheet: string) {
    const m = (await d.host.readMatrix(sheet))!;
    const i = m.matrix.rows.findIndex((r) => r.code === SHRINK);
    return { m, i, fact: m.matrix.rows[i].fact, index: m.results[i].index, at: m.at.rows[i] };
  }

  it("a unit fact typed once reaches every matrix of the unit, and only those", async () => {
    await d.host.createStaffTables(STAFF);
    const out = await build();
    expect(out.unitFactsSheet).toBe("Unit facts");
    // One row per unit and collective card (units match as names do).
    expect(unitFacts().map((r) => [r.unit, r.code, r.fact])).toEqual([
      ["Store 1", SHRINK, undefined],
      ["Store 2", SHRINK, undefined],
    ]);
    // A blank unit fact reads as blank in the matrices, not as 0.
    const blank = await shrinkRow("Anna Ivanova");
    expect([blank.fact, blank.index]).toEqual([undefined, undefined]);
    expect(String(d.formula("Anna Ivanova", blank.at.fact))).toMatch(/^=IF\('Unit facts'!\$C\$2=/);

    d.type(factsSheet(), unitFacts()[0].at, 0.004);
    for (const who of ["Anna Ivanova", "Boris Petrov"]) {
      const r = await shrinkRow(who);
      expect(r.fact).toBe(0.004);
      expect(typeof r.index).toBe("number");
    }
    const vera = await shrinkRow("Vera Sokolova");
    expect([vera.fact, vera.index]).toEqual([undefined, undefined]);
    // A better store result moves every clerk of the store at once.
    const before = (await shrinkRow("Anna Ivanova")).index as number;
    d.type(factsSheet(), unitFacts()[0].at, 0.002);
    expect((await shrinkRow("Anna Ivanova")).index as number).toBeGreaterThan(before);
    expect((await shrinkRow("Boris Petrov")).index).toBe((await shrinkRow("Anna Ivanova")).index);
  });

  it("in Russian: the unit facts sheet, its headers and the staff table's own columns", async () => {
    await d.host.createStaffTables(
      [{ employee: "Анна Иванова", position: "Продавец-консультант", unit: "Магазин 1" }],
      { lang: "ru" }
    );
    const out = await d.host.buildTeam(teamRequest((await d.host.readStaff())!), { lang: "ru" });
    expect(out.unitFactsSheet).toBe("Факты подразделений");
    const t = d.tables().get("KpiUnitFacts")!;
    const r = parseRange(t.address);
    const headers = [0, 1, 2, 3].map((c) => d.value(t.sheet, cellAddress(r.row, r.col + c)));
    expect(headers).toEqual(["Подразделение", "Код", "Факт", "Показатель"]);
    expect(unitFacts().map((x) => [x.unit, x.code])).toEqual([["Магазин 1", SHRINK]]);
    const staff = d.tables().get("KpiStaff")!;
    const s = parseRange(staff.address);
    const own = [6, 7].map((c) => d.value(staff.sheet, cellAddress(s.row, s.col + c)));
    expect(own).toEqual(["Лист матрицы", "База при построении"]);
    expect(d.value(staff.sheet, cellAddress(s.row + 1, s.col + 6))).toBe("Анна Иванова");
  });

  it("a member without a unit types the collective fact in their matrix, and the build says so", async () => {
    await d.host.createStaffTables(STAFF);
    const out = await build();
    const gleb = out.results.find((r) => r.employee === "Gleb Orlov")!;
    expect(gleb.noUnit).toEqual([SHRINK]);
    const r = await shrinkRow("Gleb Orlov");
    expect(d.formula("Gleb Orlov", r.at.fact)).toBeNull();
    expect(out.results.filter((x) => x.noUnit).map((x) => x.employee)).toEqual(["Gleb Orlov"]);
  });

  it("a rebuild keeps the unit facts typed, adds only missing rows and never duplicates one", async () => {
    await d.host.createStaffTables(STAFF);
    await build();
    d.type(factsSheet(), unitFacts()[1].at, 0.007);
    const t = d.tables().get("KpiUnitFacts")!;
    expect(unitFacts()).toHaveLength(2);
    // A new person in a new store.
    const staff = (await d.host.readStaff())!;
    staff.members.push({ employee: "Dina Kim", position: CLERK, unit: "Store 3" });
    await d.host.buildTeam(teamRequest(staff));
    await build();
    expect(unitFacts().map((r) => [r.unit, r.code, r.fact])).toEqual([
      ["Store 1", SHRINK, undefined],
      ["Store 2", SHRINK, 0.007],
      ["Store 3", SHRINK, undefined],
    ]);
    expect(d.tables().get("KpiUnitFacts")!.sheet).toBe(t.sheet);
    expect((await shrinkRow("Vera Sokolova")).fact).toBe(0.007);
    expect((await shrinkRow("Dina Kim")).fact).toBe(undefined);
  });

  it("a fact typed over the formula in a matrix stays across rebuilds, and the build reports it", async () => {
    await d.host.createStaffTables(STAFF);
    await build();
    d.type(factsSheet(), unitFacts()[0].at, 0.004);
    const boris = await shrinkRow("Boris Petrov");
    d.type("Boris Petrov", boris.at.fact, 0.009); // his own count, by the user's choice
    const out = await build();
    expect((await shrinkRow("Boris Petrov")).fact).toBe(0.009);
    expect((await shrinkRow("Anna Ivanova")).fact).toBe(0.004);
    expect(out.results.find((r) => r.employee === "Boris Petrov")!.keptFacts).toEqual([SHRINK]);
    expect(out.results.find((r) => r.employee === "Anna Ivanova")!.keptFacts).toBeUndefined();
    // Cleared by the user: the next build links it again.
    d.type("Boris Petrov", boris.at.fact, null);
    await build();
    expect((await shrinkRow("Boris Petrov")).fact).toBe(0.004);
  });

  it("a member who moves to another unit follows that unit's fact", async () => {
    await d.host.createStaffTables(STAFF.slice(0, 3));
    await build();
    d.type(factsSheet(), unitFacts()[0].at, 0.004);
    d.type(factsSheet(), unitFacts()[1].at, 0.008);
    const staff = d.tables().get("KpiStaff")!;
    const s = parseRange(staff.address);
    d.type(staff.sheet, cellAddress(s.row + 2, s.col + 2), "Store 2"); // Boris moves
    await build();
    expect((await shrinkRow("Boris Petrov")).fact).toBe(0.008);
  });

  it("the check flags a missing unit fact once, at its cell, and a member without a unit", async () => {
    await d.host.createStaffTables(STAFF);
    // The pane adds the positions' library cards to the card table first.
    const codes = new Set(
      teamRequest((await d.host.readStaff())!).members.flatMap((m) =>
        m.matrix.rows.map((r) => r.code)
      )
    );
    await d.host.saveCards(
      [...codes].map((c) => cardFromLibrary(findLibraryCard(c)!, "en")),
      { onlyNew: true }
    );
    await build();
    d.type(factsSheet(), unitFacts()[0].at, 0.004);
    const findings = await d.host.lint("workbook");
    const missing = findings.filter((f) => f.code === "unit-fact-missing");
    expect(missing.map((f) => f.at)).toEqual([{ sheet: factsSheet(), address: unitFacts()[1].at }]);
    expect(missing[0].message.en).toMatch(/Store 2.*1 matrix takes it/);
    const noUnit = findings.filter((f) => f.code === "collective-no-unit");
    expect(noUnit.map((f) => f.subject)).toEqual(["Gleb Orlov"]);
    expect(noUnit[0].message.ru).toMatch(/подразделени/);
    // Vera waits for nothing but her unit's fact: she is not flagged for it herself.
    const vera = (await d.host.readMatrix("Vera Sokolova"))!;
    const waiting = findings.filter(
      (f) => f.code === "incomplete-matrix" && f.subject === "Vera Sokolova"
    );
    const own = vera.matrix.rows.filter((r) => r.code !== SHRINK && r.fact === undefined).length;
    expect(waiting.map((f) => f.message.en)).toEqual([
      `Vera Sokolova: ${own} of ${vera.matrix.rows.length} KPIs have no fact yet, so the bonus is not final.`,
    ]);
  });

  it("the check flags a matrix that takes another unit's fact (the unit facts were sorted)", async () => {
    await d.host.createStaffTables(STAFF.slice(0, 3));
    await build();
    // Sorting the table moves values, not the references to its cells.
    const rows = unitFacts();
    d.type(factsSheet(), cellAddress(parseRange(rows[0].at).row, 0), "Store 2");
    d.type(factsSheet(), cellAddress(parseRange(rows[1].at).row, 0), "Store 1");
    const findings = await d.host.lint("workbook");
    const wrong = findings.filter((f) => f.code === "unit-fact-mismatch");
    expect(wrong.map((f) => f.at.sheet).sort()).toEqual([
      "Anna Ivanova",
      "Boris Petrov",
      "Vera Sokolova",
    ]);
    await build();
    expect((await d.host.lint("workbook")).filter((f) => f.code === "unit-fact-mismatch")).toEqual(
      []
    );
  });
});
