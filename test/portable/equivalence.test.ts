/**
 * Equivalence in HyperFormula: for ≥1,000 random rows per function, the KPI function and its
 * native translation, evaluated side by side in the same engine, give the same value or the same
 * error code (blank ≡ "": native formulas cannot return a true blank).
 */
import { createKpiEngine } from "../../src/sandbox/engine";
import { translateFormula } from "../../src/workbook/portable/translator";
import { type CellInput, GENERATORS } from "./cases";
import { fromHf, same, show } from "./compare";

const ROWS = 1000;

/** HyperFormula content for an input cell ("12" stays text, as it is in a real sheet). */
function hfCell(v: CellInput): unknown {
  if (typeof v === "string" && !v.startsWith("=") && v.trim() !== "" && !Number.isNaN(Number(v)))
    return `'${v}`;
  return v;
}

describe.each(Object.keys(GENERATORS))("KPI.%s and its native translation", (name) => {
  it(`agree on ${ROWS} random rows in HyperFormula`, () => {
    const cases = GENERATORS[name](ROWS, 1234 + name.length * 7919, { booleans: true });
    const data: unknown[][] = [];
    const scales: unknown[][] = [];
    const formulas: { kpi: string; native: string }[] = [];
    cases.forEach((c, i) => {
      const row = i + 1;
      const kpi = `=${c.formula(row)}`;
      const t = translateFormula(kpi);
      expect(t.warnings).toEqual([]);
      expect(t.translated).toBe(1);
      formulas.push({ kpi, native: t.formula });
      const cells = c.cells.map(hfCell);
      while (cells.length < 23) cells.push(null);
      data.push([...cells, kpi, t.formula]);
      for (const r of c.block ?? [[null, null]]) scales.push(r.map(hfCell));
      for (let k = (c.block ?? [[]]).length; k < 5; k++) scales.push([null, null]);
    });
    const hf = createKpiEngine({ Data: data, Scales: scales });
    const sheet = hf.getSheetId("Data") as number;
    const mismatches: string[] = [];
    formulas.forEach((f, i) => {
      const a = fromHf(hf.getCellValue({ sheet, row: i, col: 23 }));
      const b = fromHf(hf.getCellValue({ sheet, row: i, col: 24 }));
      if (!same(a, b)) {
        mismatches.push(
          `row ${i + 1} ${JSON.stringify(cases[i].cells)} ${f.kpi}: KPI ${show(a)} vs native ${show(b)}`
        );
      }
    });
    hf.destroy();
    expect(mismatches.slice(0, 10)).toEqual([]);
  });
});
