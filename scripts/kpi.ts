/**
 * `npm run kpi -- '=FORMULA' ['=FORMULA' …]`: evaluates each formula in HyperFormula with the KPI
 * functions and prints one line per formula (see src/sandbox/engine/format.ts for the format).
 * With no formulas, prints the worked example of DESIGN.md ("Карта KPI": 1.6519…).
 */
import { evaluateFormula } from "../src/sandbox/engine";

/** DESIGN.md's worked example: four KPIs with methods inverse/corridor/corridor/inverse, weights 45/25/25/5. */
export const WORKED_EXAMPLE =
  '=KPI.WEIGHTED(KPI.INDEX({1200,1240,1000,120},{800,950,700,80},{"",650,570,""},,' +
  '{"inverse","corridor","corridor","inverse"}),{45,25,25,5})';

const formulas = process.argv.slice(2).filter((a) => a !== "--");
for (const formula of formulas.length > 0 ? formulas : [WORKED_EXAMPLE]) {
  process.stdout.write(`${evaluateFormula(formula)}\n`);
}
