/**
 * `npm run kpi -- '=FORMULA' ['=FORMULA' …]`: evaluates each formula in HyperFormula with the KPI
 * functions and prints one line per formula (see src/sandbox/engine/format.ts for the format).
 * Given several formulas, each line starts with its formula, so the results can be told apart.
 * With no formulas, prints the worked example of DESIGN.md ("Карта KPI": 1.6519…).
 */
import { evaluateFormula } from "../src/sandbox/engine";

/** DESIGN.md's worked example: four KPIs with methods inverse/corridor/corridor/inverse, weights 45/25/25/5. */
export const WORKED_EXAMPLE =
  '=KPI.WEIGHTED(KPI.INDEX({1200,1240,1000,120},{800,950,700,80},{"",650,570,""},,' +
  '{"inverse","corridor","corridor","inverse"}),{45,25,25,5})';

/** The lines `npm run kpi` prints for these arguments. */
export function kpiLines(args: readonly string[]): string[] {
  const formulas = args.filter((a) => a !== "--");
  if (formulas.length === 0) return [evaluateFormula(WORKED_EXAMPLE)];
  if (formulas.length === 1) return [evaluateFormula(formulas[0])];
  return formulas.map((f) => `${f}  →  ${evaluateFormula(f)}`);
}

if (require.main === module) {
  for (const line of kpiLines(process.argv.slice(2))) process.stdout.write(`${line}\n`);
}
