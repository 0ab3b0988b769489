/**
 * Spilled KPI calls translated per cell (src/workbook/portable/spill.ts): for 1,000 random cases
 * per function, every cell of the KPI function's spill and the native formula written into that
 * cell agree in HyperFormula.
 */
import { translateSpill } from "../../src/workbook/portable/spill";
import { same, show } from "./compare";
import { SPILL_GENERATORS } from "./spill-cases";
import { evaluateSpillsInHf, placeSpillCases } from "./spill-harness";

const CASES = 1000;

describe.each(Object.keys(SPILL_GENERATORS))("spilled KPI.%s per cell", (name) => {
  it(`agrees with the KPI function cell by cell on ${CASES} random cases`, () => {
    const cases = placeSpillCases(name, CASES, true);
    expect(cases.filter((p) => !p.native)).toEqual([]);
    const { kpi, native } = evaluateSpillsInHf(cases);
    const bad: string[] = [];
    kpi.forEach((k, i) => {
      if (!same(k, native[i])) bad.push(`cell ${i}: KPI ${show(k)}, native ${show(native[i])}`);
    });
    expect(bad.slice(0, 10)).toEqual([]);
    expect(kpi.length).toBeGreaterThanOrEqual(CASES * 3);
  });
});

describe("translateSpill", () => {
  it("gives one formula per cell of the spill, anchor first", () => {
    const cells = translateSpill("=KPI.INDEX($F$7:$F$9,G7:G9)") ?? [];
    expect(cells.map((c) => [c.row, c.col])).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
    ]);
    expect(cells[2].formula).toContain("$F$9");
    expect(cells[2].formula).toContain("G9");
    expect(cells[2].formula).not.toContain("KPI.");
  });

  it("declines what it cannot lay out cell by cell", () => {
    for (const f of [
      "=KPI.INDEX(F7:F9,G7:G8)", // shapes differ
      "=1+KPI.INDEX(F7:F9,G7:G9)", // not the whole formula
      "=KPI.INDEX(Table1[Fact],G7:G9)", // a table column of unknown size
      "=KPI.ABC(B2)", // not a spill
      "=KPI.WEIGHTED(J6:J9,E6:E9)",
    ]) {
      expect([f, translateSpill(f)]).toEqual([f, undefined]);
    }
  });
});
