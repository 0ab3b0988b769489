/**
 * `npm run portable` on a file that LibreOffice saved: a workbook with a table (exceljs 4.4's
 * writer crashed on such files: "Cannot read properties of null (reading 'theme')"), KPI calls
 * in the forms Excel reports (English, Russian, `_xldudf_`, an external-workbook prefix, a unary
 * "+" and "@") and a user's own sheet called KPI_Originals. LibreOffice saves it (lower-casing
 * the unknown function names), the tool converts it, LibreOffice recalculates the portable file
 * and shows the add-in's values, and the tool restores the formulas LibreOffice saved.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { createKpiEngine } from "../../src/sandbox/engine";
import JSZip from "jszip";
import { main, originalsSheet } from "../../scripts/portable";
import { fromHf, same, show } from "../portable/compare";
import { fromExcelJs, recalculate, tempDir } from "./soffice";

const FACTS = [
  [90, 100, 50, 120],
  [130, 100, 50, 120],
  [40, 100, 50, 120],
  [75, 80, 20, 100],
];

/** Column E: KPI calls written the ways Excel may report them. */
const CALLS = [
  "KPI.INDEX(A2,B2,C2,D2)",
  "KPI.ВЫПОЛНЕНИЕ(A3,B3,C3,D3)",
  "_xldudf_KPI_INDEX(A4,B4)",
  '[2]!_xldudf_KPI_INDEX(+A5,B5,,,"inverse")',
];

function sourceWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  ws.addTable({
    name: "Facts",
    ref: "A1",
    headerRow: true,
    columns: ["Fact", "Plan", "Min", "Max"].map((name) => ({ name })),
    rows: FACTS,
  });
  ws.getCell("E1").value = "Index";
  CALLS.forEach((f, i) => {
    ws.getCell(`E${i + 2}`).value = { formula: f, result: 0 } as ExcelJS.CellFormulaValue;
  });
  ws.getCell("F2").value = { formula: "E2*2", result: 0 } as ExcelJS.CellFormulaValue;
  // The user's own sheet of the name the add-in prefers: never overwritten, hidden or deleted.
  const mine = wb.addWorksheet("KPI_Originals");
  mine.getCell("A1").value = "my notes";
  mine.getCell("B1").value = { formula: "KPI.INDEX(Data!A2,Data!B2)", result: 0 } as never;
  return wb;
}

/** The add-in's values of E2:E5 (and the user's B1): the KPI formulas in the KPI engine. */
function addinValues() {
  const grid: unknown[][] = [["Fact", "Plan", "Min", "Max", "Index"], ...FACTS.map((r) => [...r])];
  CALLS.forEach((f, i) => {
    // The engine knows the English names only; the other spellings are the same call.
    const english = f
      .replace("KPI.ВЫПОЛНЕНИЕ", "KPI.INDEX")
      .replace("[2]!_xldudf_KPI_INDEX", "KPI.INDEX")
      .replace("_xldudf_KPI_INDEX", "KPI.INDEX");
    grid[i + 1][4] = `=${english}`;
  });
  const hf = createKpiEngine({ Data: grid as never, Mine: [["", "=KPI.INDEX(Data!A2,Data!B2)"]] });
  const data = hf.getSheetId("Data") as number;
  const out = CALLS.map((_, i) => fromHf(hf.getCellValue({ sheet: data, row: i + 1, col: 4 })));
  const mine = fromHf(hf.getCellValue({ sheet: hf.getSheetId("Mine") as number, row: 0, col: 1 }));
  hf.destroy();
  return { index: out, mine };
}

async function read(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function formulaOf(wb: ExcelJS.Workbook, sheet: string, address: string): string | undefined {
  const cell = (wb.getWorksheet(sheet) as ExcelJS.Worksheet).getCell(address);
  // exceljs, not Office.js (the office-addins rules mistake getCell for Excel's).
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
  return cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
}

describe("npm run portable on a file saved by LibreOffice", () => {
  it("converts it (table and all), LibreOffice computes the add-in's values, and restore gives back its formulas", async () => {
    const dir = tempDir("kpi-portable-file-");
    const source = path.join(dir, "source.xlsx");
    await sourceWorkbook().xlsx.writeFile(source);
    const saved = recalculate(source); // now a file LibreOffice wrote
    const lo = await read(saved);
    expect(lo.getWorksheet("Data")?.getTables().length).toBe(1);

    const portable = path.join(dir, "portable.xlsx");
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    expect(await main([saved, portable])).toBe(0);
    const converted = await read(portable);
    for (let r = 2; r <= 5; r++) expect(formulaOf(converted, "Data", `E${r}`)).not.toMatch(/kpi/i);
    expect(formulaOf(converted, "KPI_Originals", "B1")).not.toMatch(/kpi/i);
    // The user's sheet is still theirs; the add-in's sheet took another name and is very hidden.
    const mine = converted.getWorksheet("KPI_Originals") as ExcelJS.Worksheet;
    expect(mine.state).toBe("visible");
    expect(mine.getCell("A1").value).toBe("my notes");
    const own = originalsSheet(converted);
    expect(own?.name).toBe("KPI_Originals_2");
    expect(own?.state).toBe("veryHidden");
    expect(converted.getWorksheet("Data")?.getTables().length).toBe(1);
    // The file has the theme part its relationships name (Excel would otherwise repair it).
    const zip = await JSZip.loadAsync(fs.readFileSync(portable));
    expect(zip.file("xl/theme/theme1.xml")).not.toBeNull();

    // LibreOffice recalculates the portable file: the add-in's values, no #NAME?.
    const computed = await read(recalculate(portable));
    const data = computed.getWorksheet("Data") as ExcelJS.Worksheet;
    const expected = addinValues();
    const got = CALLS.map((_, i) => fromExcelJs(data.getCell(`E${i + 2}`)));
    console.info(
      CALLS.map(
        (c, i) => `${c.padEnd(44)} add-in ${show(expected.index[i])} LO ${show(got[i])}`
      ).join("\n")
    );
    got.forEach((v, i) => expect(same(expected.index[i], v)).toBe(true));
    const mineValue = fromExcelJs(
      (computed.getWorksheet("KPI_Originals") as ExcelJS.Worksheet).getCell("B1")
    );
    expect(same(expected.mine, mineValue)).toBe(true);

    // Restore: exactly the formulas LibreOffice saved; the add-in's sheet goes, the user's stays.
    const back = path.join(dir, "back.xlsx");
    expect(await main([portable, back, "--restore"])).toBe(0);
    log.mockRestore();
    const restored = await read(back);
    for (let r = 2; r <= 5; r++)
      expect(formulaOf(restored, "Data", `E${r}`)).toBe(formulaOf(lo, "Data", `E${r}`));
    expect(formulaOf(restored, "KPI_Originals", "B1")).toBe(formulaOf(lo, "KPI_Originals", "B1"));
    expect(originalsSheet(restored)).toBeUndefined();
    expect(restored.getWorksheet("KPI_Originals")?.state).toBe("visible");
    // And LibreOffice opens the restored file again.
    expect(fs.existsSync(recalculate(back))).toBe(true);
  });
});
