/**
 * A HyperFormula engine with the KPI functions (dev-only: HyperFormula is GPL-3.0). Used by
 * `npm run kpi`, the sandbox grid, the e2e tests and the portable-formula equivalence tests.
 */
import { HyperFormula } from "hyperformula";
import { formatBlock, type ShownValue } from "./format";
import { registerKpiPlugin } from "./plugin";

export { KPI_FUNCTION_NAMES, KpiPlugin, registerKpiPlugin } from "./plugin";
export { formatBlock, formatValue, type ShownValue } from "./format";

/** Engine settings shared by every KPI engine. */
export const KPI_ENGINE_CONFIG = {
  licenseKey: "gpl-v3",
  // Excel 365 evaluates arrays natively; so does this engine.
  useArrayArithmetic: true,
  // Show exact doubles (npm run kpi prints the shortest round-trip form, like JavaScript).
  smartRounding: false,
} as const;

/**
 * Relative tolerance of the engine's own comparisons (=, <, >=, …) and of its snap-to-zero in
 * + and −: two numbers this close are equal, as Excel's comparison at 15 significant digits
 * (`=0.1+0.2=0.3` is TRUE) and LibreOffice's (2^-48 relative) treat them.
 */
export const COMPARISON_EPSILON = 1e-14;

/**
 * HyperFormula ties its comparison tolerance (`precisionEpsilon`) to `smartRounding`, which also
 * rounds every exported number to `precisionRounding` digits (and turns numbers below ~1e-293
 * into NaN). The sandbox must show exact doubles yet compare as Excel does, so the tolerance is set
 * on the engine's arithmetic helper directly. A test (test/hyperformula) checks
 * `=0.1+0.2=0.3` is TRUE, so an upgrade that moves this field fails loudly.
 */
function compareAsExcel(hf: HyperFormula): void {
  const helper = (
    hf as unknown as { _evaluator?: { interpreter?: { arithmeticHelper?: unknown } } }
  )._evaluator?.interpreter?.arithmeticHelper as { actualEps?: number } | undefined;
  if (helper !== undefined && typeof helper.actualEps === "number") {
    helper.actualEps = COMPARISON_EPSILON;
  }
}

/** Builds an engine with the KPI functions over the given sheets (name → rows of cells). */
export function createKpiEngine(sheets: Record<string, unknown[][]> = {}): HyperFormula {
  registerKpiPlugin();
  // Empty first, so the tolerance is in place before any formula is evaluated.
  const hf = HyperFormula.buildEmpty(KPI_ENGINE_CONFIG);
  compareAsExcel(hf);
  const entries = Object.entries(sheets);
  if (entries.length > 0) {
    hf.batch(() => {
      for (const [name] of entries) hf.addSheet(name);
      for (const [name, rows] of entries)
        hf.setSheetContent(hf.getSheetId(name) as number, rows as never);
    });
  }
  return hf;
}

/**
 * Values of the formula in A1 and everything it spilled into (blank cells included, which
 * getSheetValues would trim from the end).
 */
export function readSpill(hf: HyperFormula, sheet: number, row = 0, col = 0): ShownValue[][] {
  let rows = 1;
  let cols = 1;
  if (hf.isCellPartOfArray({ sheet, row, col })) {
    while (hf.isCellPartOfArray({ sheet, row: row + rows, col })) rows++;
    while (hf.isCellPartOfArray({ sheet, row, col: col + cols })) cols++;
  }
  const out: ShownValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: ShownValue[] = [];
    for (let c = 0; c < cols; c++)
      line.push(hf.getCellValue({ sheet, row: row + r, col: col + c }) as ShownValue);
    out.push(line);
  }
  return out;
}

/** Evaluates one formula (with or without the leading "=") and formats it as `npm run kpi` prints it. */
export function evaluateFormula(formula: string, sheets: Record<string, unknown[][]> = {}): string {
  const hf = createKpiEngine(sheets);
  try {
    const name = hf.addSheet("__kpi_eval__");
    const sheet = hf.getSheetId(name) as number;
    const text = formula.trim().startsWith("=") ? formula.trim() : `=${formula.trim()}`;
    hf.setCellContents({ sheet, row: 0, col: 0 }, [[text]]);
    return formatBlock(readSpill(hf, sheet));
  } finally {
    hf.destroy();
  }
}
