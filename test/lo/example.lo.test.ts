/**
 * LibreOffice opens examples/retail-kpi.portable.xlsx (no add-in there), recalculates it and gets
 * the same indices, total and bonus as the add-in's KPI functions (HyperFormula over the original
 * KPI formulas). The test prints both. A second run changes a fact first, so the numbers can only
 * match if LibreOffice computed them itself.
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import { createKpiEngine } from "../../src/sandbox/engine";
import { parseRange } from "../../src/workbook/a1";
import { exampleAddresses, exampleSheets, MATRIX_SHEET } from "../../scripts/make-examples";
import { fromHf, same, show, type Shown } from "../portable/compare";
import { fromExcelJs, recalculate, tempDir } from "./soffice";

const PORTABLE = path.join(__dirname, "..", "..", "examples", "retail-kpi.portable.xlsx");

/** The cells to compare: each KPI's index, the weighted total and the bonus. */
function targets(): { label: string; address: string }[] {
  const a = exampleAddresses();
  return [
    ...a.rows.map((r, i) => ({ label: `index ${i + 1}`, address: r.index })),
    { label: "total", address: a.total },
    { label: "bonus", address: a.bonus },
  ];
}

/** The add-in's values: the original KPI formulas in the KPI engine, with optional fact edits. */
function addinValues(edits: Record<string, number> = {}): Shown[] {
  const sheets = exampleSheets();
  const grids = Object.fromEntries(
    Object.entries(sheets).map(([n, s]) => [n, s.grid.map((r) => [...r])])
  );
  for (const [address, v] of Object.entries(edits)) {
    const { row, col } = parseRange(address);
    grids[MATRIX_SHEET][row][col] = v;
  }
  const hf = createKpiEngine(grids);
  const sheet = hf.getSheetId(MATRIX_SHEET) as number;
  const out = targets().map((t) => {
    const { row, col } = parseRange(t.address);
    return fromHf(hf.getCellValue({ sheet, row, col }));
  });
  hf.destroy();
  return out;
}

async function libreOfficeValues(file: string): Promise<Shown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(recalculate(file));
  const ws = wb.getWorksheet(MATRIX_SHEET) as ExcelJS.Worksheet;
  return targets().map((t) => fromExcelJs(ws.getCell(t.address)));
}

function report(title: string, addin: Shown[], lo: Shown[]): void {
  const lines = targets().map(
    (t, i) =>
      `${t.label.padEnd(8)} ${t.address.padEnd(4)} add-in ${show(addin[i]).padEnd(20)} LibreOffice ${show(lo[i])}`
  );
  console.log(`${title}\n${lines.join("\n")}`);
}

describe("examples/retail-kpi.portable.xlsx in LibreOffice", () => {
  it("computes the same indices, total and bonus as the add-in's functions", async () => {
    const addin = addinValues();
    const lo = await libreOfficeValues(PORTABLE);
    report("Worked example (DESIGN.md): add-in vs LibreOffice", addin, lo);
    lo.forEach((v, i) => expect(same(addin[i], v)).toBe(true));
    // The worked example's weighted total.
    expect(addin[4]).toEqual({ kind: "number", value: expect.closeTo(1.6519, 4) });
  });

  it("recalculates after facts change (the numbers are LibreOffice's own)", async () => {
    const rows = exampleAddresses().rows;
    // Sales volume 700 (index 114.3 %) and buyers 600 (23.1 %): the total falls to 109.7 % and
    // the bonus to the 100 % step of the scale.
    const edits = { [rows[0].fact]: 700, [rows[2].fact]: 600 };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(PORTABLE);
    const ws = wb.getWorksheet(MATRIX_SHEET) as ExcelJS.Worksheet;
    for (const [address, v] of Object.entries(edits)) ws.getCell(address).value = v;
    const file = path.join(tempDir("kpi-example-"), "edited.xlsx");
    await wb.xlsx.writeFile(file);
    const addin = addinValues(edits);
    const lo = await libreOfficeValues(file);
    report("Facts changed (sales volume 700, buyers 600): add-in vs LibreOffice", addin, lo);
    lo.forEach((v, i) => expect(same(addin[i], v)).toBe(true));
    const before = addinValues();
    expect(same(addin[0], before[0])).toBe(false);
    expect(addin[5]).toEqual({ kind: "number", value: 50000 });
    expect(before[5]).toEqual({ kind: "number", value: 75000 });
  });
});
