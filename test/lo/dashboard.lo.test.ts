/**
 * LibreOffice opens examples/dashboard-kpi.xlsx (no add-in there), recalculates everything and
 * the dashboard's tiles show exactly the matrix's cells (fact, plan, index); the ranking shows
 * the matrix's total; the trend shows History's indices and the live period; the chart parts
 * load: LibreOffice keeps both charts when it saves the file as .xlsx and as .ods, and exits 0.
 * A second run changes a fact first, so the tiles can only match if LibreOffice computed them.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DASHBOARD_EXAMPLE, dashboardExample } from "../../scripts/dashboard-example";
import { exampleAddresses, MATRIX_SHEET } from "../../scripts/make-examples";
import { cellAddress, parseRange } from "../../src/workbook/a1";
import { DASHBOARD_WIDTH } from "../../src/workbook/dashboard-plan";
import { fromExcelJs, recalculate, tempDir } from "./soffice";

const FILE = path.join(__dirname, "..", "..", "examples", DASHBOARD_EXAMPLE);

/** The dashboard's tiles by title: the cell beside each label, as LibreOffice computed it. */
function tiles(ws: ExcelJS.Worksheet, titles: string[]): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (let r = 1; r <= 40; r++)
    for (let c = 1; c <= DASHBOARD_WIDTH; c++) {
      const title = fromExcelJs(ws.getCell(r, c));
      // The first match is the tile (the trend's header names the KPIs again, further down).
      if (title.kind !== "text" || !titles.includes(title.value) || out[title.value]) continue;
      const lines: Record<string, unknown> = {};
      for (let k = 1; k <= 4; k++) {
        const label = fromExcelJs(ws.getCell(r + k, c));
        if (label.kind === "text") lines[label.value] = fromExcelJs(ws.getCell(r + k, c + 1));
      }
      out[title.value] = lines;
    }
  return out;
}

async function check(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(recalculate(file));
  const matrix = wb.getWorksheet(MATRIX_SHEET) as ExcelJS.Worksheet;
  const board = wb.getWorksheet("Dashboard") as ExcelJS.Worksheet;
  const a = exampleAddresses();
  const names = a.rows.map((r) => {
    const name = fromExcelJs(matrix.getCell(r.name));
    return name.kind === "text" ? name.value : "";
  });
  const found = tiles(board, names);
  expect(Object.keys(found)).toEqual(names);
  const lines: string[] = [];
  a.rows.forEach((r, i) => {
    const t = found[names[i]];
    const m = {
      Fact: fromExcelJs(matrix.getCell(r.fact)),
      Plan: fromExcelJs(matrix.getCell(r.plan)),
      Index: fromExcelJs(matrix.getCell(r.index)),
    };
    lines.push(
      `${names[i].padEnd(20)} matrix ${JSON.stringify(m)}\n${"".padEnd(20)} tile   ${JSON.stringify(t)}`
    );
    expect(m.Index.kind).toBe("number"); // LibreOffice computed the (portable) index
    expect(t.Fact).toEqual(m.Fact);
    expect(t.Plan).toEqual(m.Plan);
    expect(t.Index).toEqual(m.Index);
  });
  console.log(`Dashboard tiles in LibreOffice\n${lines.join("\n")}`);
  // The ranking's one person shows the matrix's total.
  const { steps } = dashboardExample();
  const chart = steps.find((s) => s.kind === "chart" && s.chart.type === "bar");
  const src = parseRange((chart as { chart: { source: string } }).chart.source);
  const ranked = fromExcelJs(board.getCell(cellAddress(src.row + 1, src.col + 1)));
  expect(ranked).toEqual(fromExcelJs(matrix.getCell(a.total)));
}

/** Charts in an .xlsx (chart parts) or an .ods (chart objects in content.xml). */
async function chartCount(file: string): Promise<number> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  if (file.endsWith(".ods")) {
    const content = await zip.file("content.xml")!.async("string");
    return (content.match(/<draw:object\b/g) ?? []).length;
  }
  return Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).length;
}

describe("examples/dashboard-kpi.xlsx in LibreOffice", () => {
  it("shows the matrix's own cells in the tiles after recalculating", async () => {
    await check(FILE);
  });

  it("follows a changed fact (the values are LibreOffice's own)", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(FILE);
    const ws = wb.getWorksheet(MATRIX_SHEET) as ExcelJS.Worksheet;
    ws.getCell(exampleAddresses().rows[0].fact).value = 700;
    const file = path.join(tempDir("kpi-dash-"), "edited.xlsx");
    await wb.xlsx.writeFile(file);
    // exceljs drops chart parts it cannot read; the values are what this run checks.
    await check(file);
  });

  it("loads both charts: saved back as .xlsx and as .ods they are still there", async () => {
    expect(await chartCount(FILE)).toBe(2);
    const xlsx = recalculate(FILE);
    expect(await chartCount(xlsx)).toBe(2);
    const out = tempDir("kpi-dash-ods-");
    const profile = path.join(out, "profile");
    // execFileSync throws on a non-zero exit of soffice.
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "ods",
        "--outdir",
        out,
        FILE,
      ],
      { stdio: "pipe", timeout: 240000 }
    );
    const ods = path.join(out, DASHBOARD_EXAMPLE.replace(/\.xlsx$/, ".ods"));
    expect(await chartCount(ods)).toBe(2);
  });
});
