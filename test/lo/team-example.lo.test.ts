/**
 * LibreOffice opens examples/team-kpi.portable.xlsx (no add-in there), recalculates it and
 * reads the same bonus register (every score and bonus, the totals, what is left in the fund)
 * and the same roll-up as HyperFormula computes for the original, built by the add-in's own
 * plans (scripts/make-examples.ts). A second run changes two facts in the portable file first,
 * so the numbers can only match if LibreOffice computed them itself.
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import { teamExampleHost } from "../../scripts/make-examples";
import type { SandboxHost } from "../../src/sandbox/host";
import { cellAddress } from "../../src/workbook/a1";
import { ROLLUP_LABELS, ROLLUP_SHEET } from "../../src/workbook/rollup-plan";
import { REGISTER_SHEET, registerLayout } from "../../src/workbook/team-plan";
import { fromHf, same, show, type Shown } from "../portable/compare";
import { fromExcelJs, recalculate, tempDir } from "./soffice";

const PORTABLE = path.join(__dirname, "..", "..", "examples", "team-kpi.portable.xlsx");
const REG = REGISTER_SHEET.ru;
const ROLL = ROLLUP_SHEET.ru;

interface Target {
  label: string;
  sheet: string;
  address: string;
}

/** The register's scores and bonuses, its totals and fund remainder; the roll-up's figures. */
function targets(host: SandboxHost): Target[] {
  const reg = registerLayout(host.cells(REG))!;
  const out: Target[] = [];
  const name = (r: number) => String(host.values(REG)[r]?.[0]);
  for (let r = reg.headerRow + 1; r <= reg.totalRow; r++) {
    out.push({ label: `${name(r)} score`, sheet: REG, address: cellAddress(r, reg.columns.score) });
    out.push({ label: `${name(r)} bonus`, sheet: REG, address: cellAddress(r, reg.columns.bonus) });
  }
  out.push({ label: "left in the fund", sheet: REG, address: cellAddress(reg.leftRow, 1) });
  const roll = host.values(ROLL);
  const header = roll.findIndex((row) => row[0] === "Подразделение");
  const total = roll.findIndex((row) => row[0] === ROLLUP_LABELS.total.ru);
  for (let r = header + 1; r <= total; r++)
    for (let c = 1; c <= 5; c++)
      out.push({ label: `roll-up ${roll[r][0]} ${c}`, sheet: ROLL, address: cellAddress(r, c) });
  return out;
}

function hfValues(host: SandboxHost, list: Target[]): Shown[] {
  return list.map((t) => {
    const [, col, row] = /^([A-Z]+)(\d+)$/.exec(t.address)!;
    const c = [...col].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return fromHf(host.values(t.sheet)[Number(row) - 1]?.[c] ?? null);
  });
}

async function libreOfficeValues(file: string, list: Target[]): Promise<Shown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(recalculate(file));
  return list.map((t) => fromExcelJs(wb.getWorksheet(t.sheet)!.getCell(t.address)));
}

function compare(title: string, list: Target[], addin: Shown[], lo: Shown[]): void {
  const lines = list.map(
    (t, i) =>
      `${t.label.padEnd(32)} ${t.address.padEnd(4)} add-in ${show(addin[i]).padEnd(22)} LibreOffice ${show(lo[i])}`
  );
  console.log(`${title}\n${lines.join("\n")}`);
  list.forEach((t, i) => {
    if (!same(addin[i], lo[i]))
      throw new Error(`${t.label} (${t.sheet}!${t.address}): ${show(addin[i])} vs ${show(lo[i])}`);
  });
}

describe("examples/team-kpi.portable.xlsx in LibreOffice", () => {
  let host: SandboxHost;
  let list: Target[];
  beforeAll(async () => {
    host = await teamExampleHost();
    list = targets(host);
  });

  it("gives the same register and roll-up as the add-in's functions", async () => {
    const addin = hfValues(host, list);
    // Everyone has a score and a bonus: the comparison is of numbers, not of blanks.
    expect(addin.filter((v) => v.kind === "number").length).toBe(list.length);
    compare(
      "Team example: add-in vs LibreOffice",
      list,
      addin,
      await libreOfficeValues(PORTABLE, list)
    );
  });

  it("recalculates after facts change (the numbers are LibreOffice's own)", async () => {
    const before = hfValues(host, list);
    const edits = [
      { sheet: "Анна Иванова", address: "I6", value: 0.7 },
      { sheet: "Иван Волков", address: "I6", value: 2000 },
    ];
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(PORTABLE);
    for (const e of edits) wb.getWorksheet(e.sheet)!.getCell(e.address).value = e.value;
    const file = path.join(tempDir("kpi-team-"), "edited.xlsx");
    await wb.xlsx.writeFile(file);
    for (const e of edits) host.setCell(e.sheet, e.address, e.value);
    const addin = hfValues(host, list);
    expect(addin.some((v, i) => !same(v, before[i]))).toBe(true);
    compare(
      "Facts changed (Анна I6 = 70 %, Иван I6 = 2000): add-in vs LibreOffice",
      list,
      addin,
      await libreOfficeValues(file, list)
    );
  });
});
