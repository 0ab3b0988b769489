/**
 * LibreOffice opens the team example (two periods closed into History by Next period), with no
 * add-in, recalculates the Trends sheet ("Динамика") and gets every figure HyperFormula got:
 * each person's score and bonus by period, the quarter and year columns, one person's KPIs by
 * period. The History periods are text such as "2026-01", which a criterion could read as a
 * date: this shows SUMIFS/COUNTIFS match them as text. A second run changes a fact in History
 * first, so the figures can only match if LibreOffice computed them.
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import { sandboxWorkbook, teamExampleHost } from "../../scripts/make-examples";
import type { SandboxHost } from "../../src/sandbox/host";
import { cellAddress } from "../../src/workbook/a1";
import { TRENDS_SHEET } from "../../src/workbook/period-trends";
import { fromHf, same, show, type Shown } from "../portable/compare";
import { fromExcelJs, recalculate, tempDir } from "./soffice";

const SHEET = TRENDS_SHEET.ru;

/** Every formula cell of the Trends sheet, with the value HyperFormula computed. */
function formulaCells(host: SandboxHost): { address: string; addin: Shown }[] {
  const values = host.values(SHEET);
  const out: { address: string; addin: Shown }[] = [];
  values.forEach((line, r) =>
    line.forEach((_, c) => {
      const f = host.formula(SHEET, cellAddress(r, c));
      if (typeof f === "string" && f.startsWith("="))
        out.push({ address: cellAddress(r, c), addin: fromHf(values[r][c]) });
    })
  );
  return out;
}

async function compare(host: SandboxHost, title: string): Promise<void> {
  const cells = formulaCells(host);
  // The comparison is of numbers: most cells have a value (the person has rows that period).
  expect(cells.filter((c) => c.addin.kind === "number").length).toBeGreaterThan(cells.length / 2);
  const file = path.join(tempDir("kpi-trends-"), "team.xlsx");
  await sandboxWorkbook(host).xlsx.writeFile(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(recalculate(file));
  const ws = wb.getWorksheet(SHEET)!;
  const lines: string[] = [];
  const wrong: string[] = [];
  for (const c of cells) {
    const lo = fromExcelJs(ws.getCell(c.address));
    lines.push(`${c.address.padEnd(5)} add-in ${show(c.addin).padEnd(22)} LibreOffice ${show(lo)}`);
    if (!same(c.addin, lo)) wrong.push(`${c.address}: ${show(c.addin)} vs ${show(lo)}`);
  }
  console.log(`${title}\n${lines.slice(0, 40).join("\n")}\n… ${lines.length} cells`);
  expect(wrong).toEqual([]);
}

describe("the Trends sheet in LibreOffice", () => {
  let host: SandboxHost;
  beforeAll(async () => {
    host = await teamExampleHost();
  });

  it("gives the same figures as the add-in's sandbox", async () => {
    await compare(host, "Trends: add-in vs LibreOffice");
  }, 300000);

  it("follows a value corrected in History (the figures are LibreOffice's own)", async () => {
    const history = host.sheetNames().find((s) => s === "История")!;
    const before = formulaCells(host);
    // The first data row's score and bonus (columns K and L), as a user correcting History.
    host.setCell(history, "K2", 0.5);
    host.setCell(history, "L2", 12345);
    const after = formulaCells(host);
    expect(after.some((c, i) => !same(c.addin, before[i].addin))).toBe(true);
    await compare(host, "History corrected: add-in vs LibreOffice");
  }, 300000);
});
