/**
 * Equivalence in LibreOffice: the native translations of 1,000 random rows per function are
 * written to one .xlsx without cached values, recalculated by LibreOffice headless (one run for
 * all functions) and compared with the KPI functions' own results from HyperFormula: the same
 * value or the same error code (blank ≡ ""). LibreOffice has no boolean cells, so the random
 * inputs here have none.
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import { type CellInput, DOCUMENTED_CASES, GENERATORS } from "../portable/cases";
import { same, show, type Shown } from "../portable/compare";
import { buildSuite, evaluateInHf, KPI_COL, suiteGrids, type Suite } from "../portable/harness";
import { fromExcelJs, recalculate, tempDir } from "./soffice";

const ROWS = 1000;
const names = Object.keys(GENERATORS);

function put(ws: ExcelJS.Worksheet, r: number, c: number, v: CellInput): void {
  if (v === null) return;
  const cell = ws.getCell(r, c);
  if (typeof v === "string" && v.startsWith("="))
    cell.value = { formula: v.slice(1) } as ExcelJS.CellFormulaValue;
  else cell.value = v;
}

let suites: Suite[] = [];
let expected: Shown[][] = [];
let computed: Shown[][] = [];

beforeAll(async () => {
  suites = names.map((n) => buildSuite(n, ROWS, { booleans: false }));
  expected = suites.map((s) => evaluateInHf(s, false).kpi);
  const wb = new ExcelJS.Workbook();
  for (const s of suites) {
    const { data, scales } = suiteGrids(s);
    // Each function gets its own pair of sheets; the formulas name "Scales", so rename per suite.
    const ws = wb.addWorksheet(s.name);
    const sc = wb.addWorksheet(`Scales_${s.name}`);
    data.forEach((cells, i) => {
      cells.forEach((v, c) => put(ws, i + 1, c + 1, v));
      const f = s.native[i].slice(1).split("Scales!").join(`Scales_${s.name}!`);
      ws.getCell(i + 1, KPI_COL + 1).value = { formula: f } as ExcelJS.CellFormulaValue;
    });
    scales.forEach((cells, i) => cells.forEach((v, c) => put(sc, i + 1, c + 1, v)));
  }
  const file = path.join(tempDir("kpi-eq-"), "equivalence.xlsx");
  await wb.xlsx.writeFile(file);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(recalculate(file));
  computed = suites.map((s) => {
    const ws = back.getWorksheet(s.name) as ExcelJS.Worksheet;
    return s.kpi.map((_, i) => fromExcelJs(ws.getCell(i + 1, KPI_COL + 1)));
  });
});

describe.each(names)("KPI.%s translated, in LibreOffice", (name) => {
  it(`matches the KPI function on ${ROWS} random rows`, () => {
    const k = names.indexOf(name);
    const s = suites[k];
    expect(s.warnings).toBe(0);
    const mismatches: string[] = [];
    expected[k].forEach((want, i) => {
      const got = computed[k][i];
      if (!same(want, got)) {
        mismatches.push(
          `row ${i + 1} ${JSON.stringify(s.cases[i].cells)} ${s.kpi[i]}: KPI ${show(want)}, LibreOffice ${show(got)}`
        );
      }
    });
    expect(mismatches.slice(0, 10)).toEqual([]);
    const errors = new Set(
      expected[k].filter((e) => e.kind === "error").map((e) => (e as { code: string }).code)
    );
    expect(errors.size).toBeGreaterThan(0);
  });
});

describe("the documented examples (issue 9) in LibreOffice", () => {
  it("give their documented result in the portable formulas", () => {
    const k = names.indexOf("DOCUMENTED");
    const wrong: string[] = [];
    DOCUMENTED_CASES.forEach((c, i) => {
      if (!same(computed[k][i], c.expected))
        wrong.push(
          `${suites[k].kpi[i]} ${JSON.stringify(c.cells)}: LibreOffice ${show(computed[k][i])}, documented ${show(c.expected)}`
        );
    });
    expect(wrong).toEqual([]);
  });
});
