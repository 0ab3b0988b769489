/**
 * The planner pieces of collective KPIs and of the staff table's links: the unit facts table,
 * the fact formula and its recognition, the staff rows' own columns, which matrix is whose,
 * the card table's Collective column, and the check's unit fact findings.
 */
import type { Card } from "../../src/core/card";
import { lintTeam, type TeamLintInput } from "../../src/core/lint/team";
import type { MatrixSnapshot } from "../../src/core/matrix/types";
import {
  collectiveCodes,
  memberMatrix,
  positionCards,
  type StaffMember,
} from "../../src/core/team";
import { cardFromLibrary, findLibraryCard } from "../../src/core/library";
import {
  cardFromRow,
  cardColumns,
  flagFromCell,
  planCardSave,
} from "../../src/workbook/card-table";
import type { MatrixReading } from "../../src/workbook/matrix-read";
import type { PlanStep } from "../../src/workbook/plan";
import { readStaffGrid, staffLinkSteps, type StaffTableRead } from "../../src/workbook/staff";
import { matchMatrices, namesakeTags, type TeamMemberRequest } from "../../src/workbook/team-plan";
import {
  planUnitFacts,
  unitFactFormula,
  unitFactKey,
  unitFactSource,
  type UnitFactsTableRead,
} from "../../src/workbook/unit-facts";

const NEED = (unit: string, code = "SHRINK") => ({ unit, code, name: "Shrinkage", measure: "%" });

describe("the unit facts table", () => {
  it("is created with one row per unit and collective card, each pair once", () => {
    const p = planUnitFacts(
      [NEED("Store 1"), NEED("store 1 "), NEED("Store 2"), NEED("Store 1", "NPS")],
      undefined,
      ["Unit facts"],
      "ru"
    );
    expect(p.sheet).toBe("Факты подразделений");
    const cells = p.steps.find((s) => s.kind === "cells") as Extract<PlanStep, { kind: "cells" }>;
    expect(cells.inputs).toEqual([
      ["Подразделение", "Код", "Факт", "Показатель"],
      // Text that Excel could read as something else gets the text prefix.
      ["'Store 1", "SHRINK", "", "Shrinkage"],
      ["'Store 2", "SHRINK", "", "Shrinkage"],
      ["'Store 1", "NPS", "", "Shrinkage"],
    ]);
    expect(cells.numberFormats![1][2]).toBe("0.0%");
    expect(p.steps.find((s) => s.kind === "addTable")).toMatchObject({ name: "KpiUnitFacts" });
    expect(p.cells.get(unitFactKey("STORE 1", "SHRINK"))).toBe("C2");
    expect(p.cells.get(unitFactKey("Store 1", "NPS"))).toBe("C4");
  });

  it("is not made when nothing is collective", () => {
    expect(planUnitFacts([], undefined, [], "en")).toEqual({
      steps: [],
      sheet: "",
      cells: new Map(),
    });
  });

  it("grows by the missing pairs only; rows and facts the user typed stay, the first of a pair is used", () => {
    const table: UnitFactsTableRead = {
      name: "KpiUnitFacts",
      sheet: "Unit facts",
      address: "'Unit facts'!B3:E6",
      headers: ["Unit", "Code", "Fact", "KPI"],
      rows: [
        ["Store 2", "SHRINK", 0.007, ""],
        ["Head office", "MY_OWN", 5, "typed by the user"],
        ["store 2", "SHRINK", 0.009, "a second row for the same pair"],
      ],
    };
    const p = planUnitFacts([NEED("Store 1"), NEED("Store 2")], table, [], "en");
    expect(p.cells.get(unitFactKey("Store 2", "SHRINK"))).toBe("D4");
    expect(p.cells.get(unitFactKey("Store 1", "SHRINK"))).toBe("D7");
    const add = p.steps.filter((s) => s.kind === "addTableRows");
    expect(add).toEqual([
      expect.objectContaining({
        table: "KpiUnitFacts",
        address: "B7:E7",
        inputs: [["'Store 1", "SHRINK", "", "Shrinkage"]],
      }),
    ]);
    // Nothing is written over an existing row.
    expect(p.steps.filter((s) => s.kind === "cells")).toEqual([]);
    // Everything there already: nothing at all.
    expect(planUnitFacts([NEED("Store 2")], table, [], "en").steps).toEqual([]);
  });

  it("gets back a column the user removed, with a header in the table's language", () => {
    const table: UnitFactsTableRead = {
      name: "KpiUnitFacts",
      sheet: "Факты",
      address: "A1:B2",
      headers: ["Подразделение", "Код"],
      rows: [["Магазин 1", "SHRINK"]],
    };
    const p = planUnitFacts([NEED("Магазин 1")], table, [], "en");
    expect(p.steps[0]).toEqual({ kind: "addTableColumn", table: "KpiUnitFacts", header: "Факт" });
  });
});

describe("the fact formula", () => {
  it("refers to the unit fact with the matrix's blank guard, and is recognized as the add-in's", () => {
    const f = unitFactFormula("Unit facts", "C5");
    expect(f).toBe(`=IF('Unit facts'!$C$5="","",'Unit facts'!$C$5)`);
    expect(unitFactSource(f, "Unit facts")).toBe("C5");
    expect(unitFactSource(f, "unit FACTS")).toBe("C5");
    expect(unitFactSource(unitFactFormula("Facts", "AB12"), "Facts")).toBe("AB12");
    // The user's own formulas, constants and other sheets are not the add-in's.
    for (const other of [
      `='Unit facts'!C5`,
      `=IF('Unit facts'!C5="","",'Unit facts'!C6)`,
      `=IF('Other'!C5="","",'Other'!C5)`,
      `=IF('Unit facts'!C5="","",'Unit facts'!C5*2)`,
      0.004,
      "",
      null,
    ])
      expect(unitFactSource(other, "Unit facts")).toBeUndefined();
  });
});

describe("the staff table's own columns", () => {
  const table = (rows: unknown[][], headers?: string[]): StaffTableRead => ({
    name: "KpiStaff",
    sheet: "Staff",
    address: "Staff!A1:" + String.fromCharCode(64 + (headers?.length ?? 8)) + (rows.length + 1),
    headers: headers ?? [
      "Employee",
      "Position",
      "Unit",
      "Manager",
      "Bonus base",
      "Personnel no.",
      "Matrix sheet",
      "Base at last build",
    ],
    rows,
  });

  it("reads each row's last build and personnel number", () => {
    const t = table([
      ["Anna", "X", "S1", "", 100, "0012", "Anna", 90],
      ["Boris", "X", "S1", "", "", "", "", ""],
      ["Vera", "X", "S1", "", 5, "", "Vera (2)", ""],
    ]);
    expect(readStaffGrid(t).map((m) => [m.personnelNo, m.lastBuild])).toEqual([
      ["0012", { sheet: "Anna", base: 90 }],
      [undefined, undefined],
      [undefined, { sheet: "Vera (2)" }],
    ]);
  });

  it("are added to an older table in its language, and written only where they change", () => {
    const t = table(
      [
        ["Анна", "X", "S1", "", 100],
        ["Анна", "X", "S2", "", 200],
      ],
      ["Сотрудник", "Должность", "Подразделение", "Руководитель", "База премии"]
    );
    const [a, b] = readStaffGrid(t);
    const out = staffLinkSteps(t, "en", [
      { member: b, sheet: "Анна (S2)" },
      { member: a, sheet: "Анна (S1)" },
    ]);
    expect(out.head).toEqual([
      { kind: "addTableColumn", table: "KpiStaff", header: "Лист матрицы" },
      { kind: "addTableColumn", table: "KpiStaff", header: "База при построении" },
    ]);
    // Each namesake's own row, single cells.
    expect(out.rows.get(a)!.map((s) => (s as { address: string }).address)).toEqual(["F2", "G2"]);
    expect(out.rows.get(b)!.map((s) => (s as { inputs: unknown }).inputs)).toEqual([
      [["'Анна (S2)"]],
      [[200]],
    ]);
    const same = table([["Anna", "X", "S1", "", 100, "", "Anna", 100]]);
    const [m] = readStaffGrid(same);
    expect(staffLinkSteps(same, "en", [{ member: m, sheet: "Anna" }])).toEqual({
      head: [],
      rows: new Map(),
    });
  });
});

describe("which matrix is whose", () => {
  const reading = (sheet: string, employee: string) =>
    ({ snapshot: { sheet, matrix: { employee } } }) as unknown as MatrixReading;
  const req = (employee: string, extra: Partial<StaffMember> = {}): TeamMemberRequest =>
    ({ member: { employee, position: "X", ...extra }, matrix: { name: employee } }) as never;

  it("the staff row's sheet first, then the name in sheet order, each matrix once", () => {
    const mats = [
      reading("Anna Ivanova", "Anna Ivanova"),
      reading("Petrov", "Ivan Petrov"),
      reading("Petrov (2)", "Ivan Petrov"),
    ];
    const renamed = req("Anna Smirnova", { lastBuild: { sheet: "anna ivanova" } });
    const p1 = req("Ivan Petrov");
    const p2 = req("Ivan Petrov", { lastBuild: { sheet: "Petrov" } });
    const fresh = req("Dina Kim", { lastBuild: { sheet: "Deleted sheet" } });
    const m = matchMatrices([renamed, p1, p2, fresh], mats);
    expect(m.get(renamed)).toEqual({ reading: mats[0], byLink: true });
    expect(m.get(p2)).toEqual({ reading: mats[1], byLink: true });
    expect(m.get(p1)).toEqual({ reading: mats[2], byLink: false });
    expect(m.has(fresh)).toBe(false);
  });

  it("a staff row copied with its matrix sheet does not take the original's matrix", () => {
    const mats = [reading("Anna", "Anna Ivanova")];
    const copy = req("Boris Petrov", { lastBuild: { sheet: "Anna" } });
    const anna = req("Anna Ivanova", { lastBuild: { sheet: "Anna" } });
    const m = matchMatrices([copy, anna], mats);
    expect(m.get(anna)).toEqual({ reading: mats[0], byLink: true });
    expect(m.has(copy)).toBe(false);
  });

  it("namesakes are told apart by personnel number, else by unit", () => {
    const a = req("Ivan Petrov", { unit: "S1", personnelNo: "7" });
    const b = req("ivan  petrov", { unit: "S1" });
    const c = req("Anna");
    const tags = namesakeTags([a, b, c]);
    expect([tags.get(a), tags.get(b), tags.get(c)]).toEqual(["7", "S1", undefined]);
  });
});

describe("collective cards", () => {
  it("the library's store shrinkage is collective, and a position says which of its cards are", () => {
    const card = (code: string) => {
      const l = findLibraryCard(code);
      return l ? cardFromLibrary(l, "en") : undefined;
    };
    expect(card("STORE_SHRINKAGE")!.collective).toBe(true);
    // Measured on the store as a whole: one fact for everyone there.
    for (const code of ["TRAFFIC", "SALES_PER_SQM", "SALES_PER_MANHOUR", "SALES_PER_CHECKOUT"])
      expect([code, card(code)!.collective]).toEqual([code, true]);
    // A person's own results are not.
    for (const code of ["SHRINKAGE", "SALES_PLAN_PERSONAL", "AVG_CHECK", "LEADS_PLAN"])
      expect([code, card(code)!.collective]).toEqual([code, undefined]);
    const p = positionCards("Sales clerk", [], card);
    expect("kind" in p).toBe(true); // no templates given: the name is not a card code list
    const codes = positionCards("AVG_CHECK; STORE_SHRINKAGE", [], card);
    if ("kind" in codes) throw new Error("expected cards");
    expect(collectiveCodes(codes)).toEqual(["STORE_SHRINKAGE"]);
  });

  it("personal plans are found by personnel number before the name", () => {
    const plans = new Map([
      ["0012", new Map([["A", 7]])],
      ["anna", new Map([["A", 5]])],
    ]);
    const pos = { cards: [{ card: { code: "A", name: "A", method: "ratio" } as Card, weight: 1 }] };
    const m = (extra: Partial<StaffMember>) =>
      memberMatrix({ employee: "Anna", position: "A", ...extra }, pos, plans, "Q1").rows[0].plan;
    expect([m({ personnelNo: "0012" }), m({ personnelNo: "99" }), m({})]).toEqual([7, 5, 5]);
  });

  it("the card table's Collective column reads yes in either language and is added when needed", () => {
    expect([true, 1, "да", "Yes", " x ", "ИСТИНА", "✓"].map(flagFromCell)).toEqual(
      new Array(7).fill(true)
    );
    expect([false, 0, "", "нет", "no", null, 2].map(flagFromCell)).toEqual(
      new Array(7).fill(false)
    );
    const headers = ["Код", "Показатель", "Метод", "Коллективный"];
    const cols = cardColumns(headers);
    expect(cardFromRow(["A", "Потери", "вилка", true], cols)?.collective).toBe(true);
    expect(cardFromRow(["A", "Потери", "вилка", ""], cols)?.collective).toBeUndefined();
    const grid = { headers: ["Code", "KPI", "Method"], rows: [["A", "a", "ratio"]] };
    const plain = planCardSave(grid, [{ code: "B", name: "b", method: "ratio" }], "en");
    expect(plain.addColumns).toEqual([]);
    const coll = planCardSave(
      grid,
      [{ code: "B", name: "b", method: "ratio", collective: true }],
      "en"
    );
    expect(coll.addColumns).toEqual([{ key: "collective", header: "Collective" }]);
    expect(coll.appends[0][3]).toBe(true);
  });
});

describe("the check of unit facts", () => {
  const snap = (sheet: string, rows: { code: string; fact?: number }[]) =>
    ({
      sheet,
      matrix: { rows: rows.map((r) => ({ name: r.code, ...r })) },
      total: 0.9,
      at: { rows: rows.map((_, i) => ({ fact: `I${6 + i}` })) },
    }) as unknown as MatrixSnapshot;
  const team = (extra: Partial<TeamLintInput>): TeamLintInput => ({
    sheet: "Bonus register",
    fundAt: "B3",
    totalBonus: 0,
    totalAt: "F9",
    people: [
      { employee: "A", matrixSheet: "A", at: "A7", unit: "S1" },
      { employee: "B", matrixSheet: "B", at: "A8", unit: "S1" },
      { employee: "C", matrixSheet: "C", at: "A9" },
    ],
    unitFacts: {
      sheet: "Unit facts",
      rows: [
        { unit: "S1", code: "SH", fact: undefined, at: "C2" },
        { unit: "S2", code: "SH", fact: "n/a", at: "C3" },
      ],
    },
    collectiveCodes: ["SH"],
    ...extra,
  });
  const mats = [
    snap("A", [{ code: "OWN", fact: 1 }, { code: "SH" }]),
    snap("B", [{ code: "OWN", fact: 1 }, { code: "SH" }]),
    snap("C", [{ code: "OWN", fact: 1 }, { code: "SH" }]),
  ];

  it("a missing unit fact once, at its cell; members are not flagged for it; no unit is flagged", () => {
    const f = lintTeam(
      team({
        linked: [
          { matrixSheet: "A", row: 1, source: "C2" },
          { matrixSheet: "B", row: 1, source: "C2" },
        ],
      }),
      mats
    );
    expect(f.map((x) => [x.code, x.at.sheet, x.at.address])).toEqual([
      ["unit-fact-missing", "Unit facts", "C2"],
      ["collective-no-unit", "Bonus register", "A9"],
    ]);
    expect(f[0].message.en).toBe(
      "S1: no fact for SH yet; 2 matrices take it from this cell, so their bonuses are not final."
    );
    expect(f[0].message.ru).toBe(
      "S1: нет факта по SH; 2 матрицы берут его из этой ячейки, их премии ещё не окончательные."
    );
  });

  it("a unit fact that is not a number is an error; a reference to another unit's row is flagged", () => {
    const f = lintTeam(
      team({
        people: [{ employee: "A", matrixSheet: "A", at: "A7", unit: "S1" }],
        linked: [{ matrixSheet: "A", row: 1, source: "C3" }],
      }),
      mats.slice(0, 1)
    );
    expect(f.map((x) => [x.code, x.severity, x.at.address])).toEqual([
      ["unit-fact-mismatch", "warning", "I7"],
      ["unit-fact-not-number", "error", "C3"],
    ]);
    expect(f[0].message.en).toMatch(/row of S2 \/ SH, not of its own unit/);
  });
});
