/**
 * Status levels in LibreOffice (no add-in): the portable example's status cells compute the same
 * levels as the add-in's KPI.STATUS and show them as words through their number format, coloured
 * by the same values (the words are what a CSV export "as shown" holds).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { readStatus, STATUS_WORDS } from "../../src/core/status";
import { createKpiEngine } from "../../src/sandbox/engine";
import { parseRange } from "../../src/workbook/a1";
import { exampleAddresses, exampleSheets, MATRIX_SHEET } from "../../scripts/make-examples";
import { fromHf } from "../portable/compare";
import { fromExcelJs, recalculate, tempDir } from "./soffice";

const PORTABLE = path.join(__dirname, "..", "..", "examples", "retail-kpi.portable.xlsx");

/** The status cells of the example: each KPI's and the total's. */
const statusCells = (): string[] => {
  const a = exampleAddresses();
  return [...a.rows.map((r) => r.status), a.totalStatus];
};

/** The add-in's levels: the original formulas in the KPI engine. */
function addinLevels(): unknown[] {
  const sheets = exampleSheets();
  const hf = createKpiEngine(
    Object.fromEntries(Object.entries(sheets).map(([n, s]) => [n, s.grid]))
  );
  const sheet = hf.getSheetId(MATRIX_SHEET) as number;
  const out = statusCells().map((a) => {
    const { row, col } = parseRange(a);
    return fromHf(hf.getCellValue({ sheet, row, col }));
  });
  hf.destroy();
  return out;
}

/** The matrix sheet as LibreOffice shows it, exported to CSV (cell text as shown). */
function shownCsv(file: string): string[][] {
  const work = tempDir("kpi-lo-csv-");
  const profile = path.join(work, "profile");
  fs.mkdirSync(profile, { recursive: true });
  // 44 comma, 34 quote, 76 UTF-8, row 1; "as shown" on; -1: every sheet to its own file.
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
      "--outdir",
      work,
      file,
    ],
    { stdio: "pipe", timeout: 240000 }
  );
  const csv = fs.readdirSync(work).find((f) => f.endsWith(`-${MATRIX_SHEET}.csv`));
  if (!csv) throw new Error(`no CSV of ${MATRIX_SHEET} in ${fs.readdirSync(work).join(", ")}`);
  return parseCsv(fs.readFileSync(path.join(work, csv), "utf8"));
}

/** Rows of a CSV text (quoted fields may hold commas and doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

describe("status levels of examples/retail-kpi.portable.xlsx in LibreOffice", () => {
  it("computes the add-in's levels and shows them as the words of the workbook's language", async () => {
    const addin = addinLevels();
    const recalculated = recalculate(PORTABLE);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated);
    const ws = wb.getWorksheet(MATRIX_SHEET) as ExcelJS.Worksheet;
    const lo = statusCells().map((a) => fromExcelJs(ws.getCell(a)));
    console.log(
      `status levels: add-in ${JSON.stringify(addin)}\nLibreOffice ${JSON.stringify(lo)}`
    );
    expect(lo).toEqual(addin);
    expect(lo.every((v) => (v as { kind: string }).kind === "number")).toBe(true);

    const shown = shownCsv(recalculated);
    const words = statusCells().map((a) => {
      const { row, col } = parseRange(a);
      return shown[row]?.[col];
    });
    const expected = addin.map((v) => {
      const t = readStatus((v as { value: number }).value)!;
      return STATUS_WORDS[t].en;
    });
    console.log(`shown: ${JSON.stringify(words)}`);
    expect(words).toEqual(expected);
  });
});
