/**
 * `npm run portable` on files saved by LibreOffice and by Excel.
 *
 * LibreOffice: a workbook with a table (exceljs 4.4's
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

/**
 * A file with what Excel writes and exceljs does not: a dynamic-array formula (`cm="1"` and
 * xl/metadata.xml), a calculation chain, `_xlfn.` functions, `_xldudf_` names of functions whose
 * add-in is not loaded, and a styled table. Built with exceljs and patched the way Excel saves.
 */
async function excelLikeFile(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sales");
  ws.addTable({
    name: "Sales",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: ["Amount", "Plan"].map((name) => ({ name })),
    rows: [
      [500, 400],
      [300, 400],
      [150, 400],
      [50, 400],
    ],
  });
  const f = (formula: string, result: unknown, extra: object = {}) =>
    ({ formula, result, ...extra }) as unknown as ExcelJS.CellFormulaValue;
  ws.getCell("C2").value = f("_xldudf_KPI_INDEX(A2,B2)", 1.25);
  ws.getCell("C3").value = f("KPI.INDEX(A3,B3)", 0.75);
  ws.getCell("C4").value = f("_xlfn.STDEV.P(A2:A5)", 168.1);
  ws.getCell("D2").value = f("_xldudf_KPI_ABC(A2:A5)", "A", { shareType: "array", ref: "D2:D5" });
  ["A", "B", "C"].forEach((v, i) => (ws.getCell(`D${i + 3}`).value = v));
  await wb.xlsx.writeFile(file);

  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const sheetPath = "xl/worksheets/sheet1.xml";
  const sheet = (await zip.file(sheetPath)?.async("string")) as string;
  const spilled = sheet.replace(/<c r="D2"([^>]*)>/, '<c r="D2"$1 cm="1">');
  expect(spilled).not.toBe(sheet);
  zip.file(sheetPath, spilled);
  zip.file(
    "xl/metadata.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>'
  );
  zip.file(
    "xl/calcChain.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="C2" i="1"/><c r="C3"/><c r="C4"/><c r="D2"/></calcChain>'
  );
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) as string;
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdMeta" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata" Target="metadata.xml"/><Relationship Id="rIdChain" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'
    )
  );
  const types = (await zip.file("[Content_Types].xml")?.async("string")) as string;
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'
    )
  );
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}

describe("npm run portable on a file saved by Excel", () => {
  it("converts it, LibreOffice computes the add-in's values, and restore gives back Excel's formulas", async () => {
    const dir = tempDir("kpi-portable-excel-");
    const source = path.join(dir, "excel.xlsx");
    await excelLikeFile(source);
    const original = await read(source);

    const portable = path.join(dir, "portable.xlsx");
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    expect(await main([source, portable])).toBe(0);
    expect(log).toHaveBeenCalledWith("Sales: 6 KPI formulas made portable");
    const converted = await read(portable);
    for (const a of ["C2", "C3", "D2", "D3", "D4", "D5"])
      expect([a, formulaOf(converted, "Sales", a)]).not.toEqual([a, expect.stringMatching(/kpi/i)]);
    expect(formulaOf(converted, "Sales", "C4")).toBe("_xlfn.STDEV.P(A2:A5)");
    expect(converted.getWorksheet("Sales")?.getTables().length).toBe(1);

    const computed = (await read(recalculate(portable))).getWorksheet("Sales") as ExcelJS.Worksheet;
    const shown = ["C2", "C3", "D2", "D3", "D4", "D5"].map((a) => fromExcelJs(computed.getCell(a)));
    expect(shown).toEqual([
      { kind: "number", value: 1.25 },
      { kind: "number", value: 0.75 },
      ...["A", "A", "B", "C"].map((value) => ({ kind: "text", value })),
    ]);

    const back = path.join(dir, "back.xlsx");
    expect(await main([portable, back, "--restore"])).toBe(0);
    log.mockRestore();
    const restored = await read(back);
    for (const a of ["C2", "C3", "C4", "D2"])
      expect(formulaOf(restored, "Sales", a)).toBe(formulaOf(original, "Sales", a));
    const d2 = (restored.getWorksheet("Sales") as ExcelJS.Worksheet).getCell("D2").value as {
      ref?: string;
    };
    expect(d2.ref).toBe("D2:D5");
    expect(originalsSheet(restored)).toBeUndefined();
  });
});
