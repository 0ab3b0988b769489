/**
 * Spilled KPI calls translated per cell, in LibreOffice: 1,000 random cases per function, every
 * cell of the KPI function's spill (HyperFormula) against the native formula LibreOffice computes
 * in that cell. One soffice run for all three functions.
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import { same, show, type Shown } from "../portable/compare";
import { SPILL_GENERATORS } from "../portable/spill-cases";
import {
  evaluateSpillsInHf,
  inputGrid,
  NATIVE_COL,
  placeSpillCases,
  type PlacedCase,
} from "../portable/spill-harness";
import { fromExcelJs, recalculate, tempDir } from "./soffice";

const CASES = 1000;
const names = Object.keys(SPILL_GENERATORS);
const placed: Record<string, PlacedCase[]> = {};
const expected: Record<string, Shown[]> = {};
const computed: Record<string, Shown[]> = {};

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  for (const name of names) {
    const cases = placeSpillCases(name, CASES, false);
    placed[name] = cases;
    expected[name] = evaluateSpillsInHf(cases, false).kpi;
    const ws = wb.addWorksheet(name);
    inputGrid(cases).forEach((row, r) =>
      (row ?? []).forEach((v, c) => {
        if (v === null || v === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        if (typeof v === "string" && v.startsWith("="))
          cell.value = { formula: v.slice(1) } as ExcelJS.CellFormulaValue;
        else cell.value = v;
      })
    );
    for (const p of cases) {
      for (const n of p.native ?? []) {
        ws.getCell(p.top + n.row, NATIVE_COL + n.col + 1).value = {
          formula: n.formula.slice(1),
        } as ExcelJS.CellFormulaValue;
      }
    }
  }
  const file = path.join(tempDir("kpi-spill-"), "spill.xlsx");
  await wb.xlsx.writeFile(file);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(recalculate(file));
  for (const name of names) {
    const ws = back.getWorksheet(name) as ExcelJS.Worksheet;
    const out: Shown[] = [];
    for (const p of placed[name]) {
      for (let i = 0; i < p.c.rows; i++) {
        for (let j = 0; j < p.c.cols; j++)
          out.push(fromExcelJs(ws.getCell(p.top + i, NATIVE_COL + j + 1)));
      }
    }
    computed[name] = out;
  }
});

describe.each(names)("spilled KPI.%s per cell, in LibreOffice", (name) => {
  it(`matches the KPI function's spill on ${CASES} random cases`, () => {
    expect(placed[name].filter((p) => !p.native)).toEqual([]);
    const bad: string[] = [];
    expected[name].forEach((want, i) => {
      if (!same(want, computed[name][i]))
        bad.push(`cell ${i}: KPI ${show(want)}, LibreOffice ${show(computed[name][i])}`);
    });
    expect(bad.slice(0, 10)).toEqual([]);
  });
});
