/** `npm run kpi`: one result per formula; with several formulas, each labelled with its formula. */
import { kpiLines, WORKED_EXAMPLE } from "../../scripts/kpi";
import { evaluateFormula } from "../../src/sandbox/engine";

describe("npm run kpi", () => {
  it("prints one formula's result alone, as before", () => {
    expect(kpiLines(["--", "=KPI.INDEX(1200,800)"])).toEqual([
      evaluateFormula("=KPI.INDEX(1200,800)"),
    ]);
    expect(kpiLines([])).toEqual([evaluateFormula(WORKED_EXAMPLE)]);
  });

  it("labels each result with its formula when given several", () => {
    const formulas = ["=KPI.INDEX(1200,800)", "=KPI.INDEX(800,1200)", '=KPI.STATUS(0.5,"x")'];
    const lines = kpiLines(["--", ...formulas]);
    expect(lines).toHaveLength(3);
    lines.forEach((line, i) => {
      expect(line.startsWith(`${formulas[i]}  →  `)).toBe(true);
      expect(line.endsWith(evaluateFormula(formulas[i]))).toBe(true);
    });
    expect(lines[0]).not.toBe(lines[1]);
  });
});
