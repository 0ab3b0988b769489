/** Builds the side-by-side sheets of the equivalence suites and evaluates them in HyperFormula. */
import { createKpiEngine } from "../../src/sandbox/engine";
import { translateFormula } from "../../src/workbook/portable/translator";
import { type Case, type CellInput, GENERATORS, type GenOptions } from "./cases";
import { fromHf, type Shown } from "./compare";

/** Column (0-based) of the KPI formula and of its native translation. */
export const KPI_COL = 23;
export const NATIVE_COL = 24;

/** One function's cases with their formulas (with "="). */
export interface Suite {
  name: string;
  cases: Case[];
  kpi: string[];
  native: string[];
  warnings: number;
}

/** Generates `n` cases of a function and translates their formulas. */
export function buildSuite(name: string, n: number, opts: GenOptions): Suite {
  const cases = GENERATORS[name](n, 1234 + name.length * 7919, opts);
  const kpi: string[] = [];
  const native: string[] = [];
  let warnings = 0;
  cases.forEach((c, i) => {
    const f = `=${c.formula(i + 1)}`;
    const t = translateFormula(f);
    warnings += t.warnings.length + (t.translated === 1 ? 0 : 1);
    kpi.push(f);
    native.push(t.formula);
  });
  return { name, cases, kpi, native, warnings };
}

/** HyperFormula content for an input cell ("12" stays text, as it is in a real sheet). */
export function hfCell(v: CellInput): unknown {
  if (typeof v === "string" && !v.startsWith("=") && v.trim() !== "" && !Number.isNaN(Number(v))) {
    return `'${v}`;
  }
  return v;
}

/** The input rows of a suite (cells padded to the formula columns) and its scale blocks. */
export function suiteGrids(s: Suite): { data: CellInput[][]; scales: CellInput[][] } {
  const data: CellInput[][] = [];
  const scales: CellInput[][] = [];
  for (const c of s.cases) {
    const cells = [...c.cells];
    while (cells.length < KPI_COL) cells.push(null);
    data.push(cells);
    const block = c.block ?? [];
    for (let k = 0; k < 5; k++) scales.push(block[k] ?? [null, null]);
  }
  return { data, scales };
}

/** Evaluates the KPI formulas and their translations side by side in one engine. */
export function evaluateInHf(s: Suite, withNative = true): { kpi: Shown[]; native: Shown[] } {
  const { data, scales } = suiteGrids(s);
  const rows = data.map((cells, i) => [
    ...cells.map(hfCell),
    s.kpi[i],
    withNative ? s.native[i] : null,
  ]);
  const hf = createKpiEngine({ Data: rows, Scales: scales.map((r) => r.map(hfCell)) });
  const sheet = hf.getSheetId("Data") as number;
  const kpi = s.kpi.map((_, i) => fromHf(hf.getCellValue({ sheet, row: i, col: KPI_COL })));
  const native = s.kpi.map((_, i) => fromHf(hf.getCellValue({ sheet, row: i, col: NATIVE_COL })));
  hf.destroy();
  return { kpi, native };
}
