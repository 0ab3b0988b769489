/**
 * Equivalence in HyperFormula: for 1,000 random rows per function, the KPI function and its
 * native translation, evaluated side by side in the same engine, give the same value or the same
 * error code (blank ≡ "": native formulas cannot return a true blank).
 */
import { DOCUMENTED_CASES, GENERATORS } from "./cases";
import { same, show } from "./compare";
import { buildSuite, evaluateInHf } from "./harness";

const ROWS = 1000;

describe.each(Object.keys(GENERATORS))("KPI.%s and its native translation", (name) => {
  it(`agree on ${ROWS} random rows in HyperFormula`, () => {
    const suite = buildSuite(name, ROWS, { booleans: true });
    expect(suite.warnings).toBe(0);
    const { kpi, native } = evaluateInHf(suite);
    const mismatches: string[] = [];
    kpi.forEach((a, i) => {
      if (!same(a, native[i])) {
        const cells = JSON.stringify(suite.cases[i].cells);
        mismatches.push(
          `row ${i + 1} ${cells} ${suite.kpi[i]}: KPI ${show(a)}, native ${show(native[i])}`
        );
      }
    });
    expect(mismatches.slice(0, 10)).toEqual([]);
    // The cases reach every kind of result: numbers or classes, blanks and each error code.
    const kinds = new Set(kpi.map((k) => (k.kind === "error" ? k.code : k.kind)));
    expect(kinds.size).toBeGreaterThanOrEqual(3);
  });
});

describe("the documented examples (issue 9, DESIGN.md rules every function shares)", () => {
  it("give their documented result in the add-in and in the portable formulas", () => {
    const suite = buildSuite("DOCUMENTED", 0, { booleans: true });
    expect(suite.warnings).toBe(0);
    const { kpi, native } = evaluateInHf(suite);
    const wrong: string[] = [];
    DOCUMENTED_CASES.forEach((c, i) => {
      const want = c.expected;
      if (!same(kpi[i], want))
        wrong.push(
          `${suite.kpi[i]} ${JSON.stringify(c.cells)}: KPI ${show(kpi[i])}, documented ${show(want)}`
        );
      if (!same(native[i], want))
        wrong.push(
          `${suite.kpi[i]} ${JSON.stringify(c.cells)}: native ${show(native[i])}, documented ${show(want)}`
        );
    });
    expect(wrong).toEqual([]);
  });
});
