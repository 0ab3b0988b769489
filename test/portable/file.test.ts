/**
 * The file path (scripts/portable.ts, exceljs): convert → restore gives back exactly the original
 * formulas, and nothing else in the workbook changes (values, styles, other formulas, sheets,
 * names). Also: the committed examples are what `npm run examples` writes.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { exampleWorkbook, writeExamples } from "../../scripts/make-examples";
import { convertWorkbook, main, restoreWorkbook, workbookFormulas } from "../../scripts/portable";
import { ORIGINALS_SHEET } from "../../src/workbook/portable/originals";

/** Everything a user could see of a workbook: per sheet, each cell's value/formula/result and style. */
function snapshot(wb: ExcelJS.Workbook, skip: string[] = []): unknown {
  const sheets: Record<string, unknown> = {};
  wb.eachSheet((ws) => {
    if (skip.includes(ws.name)) return;
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as { formula?: string; result?: unknown } | null;
        const isFormula = cell.type === ExcelJS.ValueType.Formula;
        cells[cell.address] = {
          v: isFormula ? { f: cell.formula, r: cell.result } : v,
          numFmt: cell.numFmt,
          font: cell.font,
          fill: cell.fill,
        };
      })
    );
    sheets[ws.name] = { state: ws.state, cells };
  });
  return { sheets, names: wb.definedNames.model };
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return back;
}

function kpiFormulas(wb: ExcelJS.Workbook): string[] {
  return workbookFormulas(wb)
    .map((c) => c.formula)
    .filter((f) => /KPI\.|_xldudf_KPI_/i.test(f));
}

describe("npm run portable (exceljs)", () => {
  it("converts every KPI formula and changes nothing else", async () => {
    const original = await roundTrip(exampleWorkbook());
    const before = snapshot(original) as {
      sheets: Record<string, { cells: Record<string, { v: { f?: string } }> }>;
    };
    const plan = convertWorkbook(original);
    expect(plan.warnings).toEqual([]);
    expect(plan.perSheet).toEqual([{ sheet: "Store director", count: 11 }]);
    const portable = await roundTrip(original);
    expect(kpiFormulas(portable)).toEqual([]);
    expect(portable.getWorksheet(ORIGINALS_SHEET)?.state).toBe("veryHidden");
    // Same cells, values, cached results, formats; only the KPI formula texts differ.
    const after = snapshot(portable, [ORIGINALS_SHEET]) as typeof before;
    for (const [name, sheet] of Object.entries(before.sheets)) {
      for (const [address, cell] of Object.entries(sheet.cells)) {
        const now = after.sheets[name].cells[address] as { v: { f?: string } };
        if (cell.v?.f && /KPI\./.test(cell.v.f)) {
          expect({ ...now, v: { ...now.v, f: "" } }).toEqual({ ...cell, v: { ...cell.v, f: "" } });
        } else {
          expect(now).toEqual(cell);
        }
      }
    }
  });

  it("restores exactly the original workbook (through a saved file)", async () => {
    const original = await roundTrip(exampleWorkbook());
    const before = snapshot(original);
    convertWorkbook(original);
    const portable = await roundTrip(original);
    const plan = restoreWorkbook(portable);
    expect(plan.perSheet).toEqual([{ sheet: "Store director", count: 11 }]);
    expect(plan.edited).toEqual([]);
    const restored = await roundTrip(portable);
    expect(restored.getWorksheet(ORIGINALS_SHEET)).toBeUndefined();
    expect(snapshot(restored)).toEqual(before);
  });

  it("keeps a shared formula's followers right when their master is converted", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Sheet with spaces");
    ws.getCell("A1").value = 90;
    ws.getCell("B1").value = 100;
    ws.getCell("A2").value = 120;
    ws.getCell("B2").value = 100;
    ws.getCell("C1").value = {
      formula: "KPI.INDEX(A1,B1)",
      shareType: "shared",
      ref: "C1:C2",
      result: 0.9,
    } as never;
    ws.getCell("C2").value = { sharedFormula: "C1", result: 1.2 } as never;
    const back = await roundTrip(wb);
    convertWorkbook(back);
    const portable = await roundTrip(back);
    const c2 = portable.getWorksheet("Sheet with spaces")?.getCell("C2");
    expect(c2?.formula).toContain("A2");
    expect(c2?.formula).not.toContain("KPI.");
    restoreWorkbook(portable);
    const restored = await roundTrip(portable);
    const sheet = restored.getWorksheet("Sheet with spaces");
    expect([sheet?.getCell("C1").formula, sheet?.getCell("C2").formula]).toEqual([
      "KPI.INDEX(A1,B1)",
      "KPI.INDEX(A2,B2)",
    ]);
  });

  it("translates a spilled KPI call (an array formula in the file) cell by cell, and restores it", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("ABC");
    [500, 300, 150, 50].forEach((v, i) => (ws.getCell(i + 1, 1).value = v));
    ws.getCell("B1").value = {
      formula: "KPI.ABC(A1:A4)",
      shareType: "array",
      ref: "B1:B4",
      result: "A",
    } as never;
    ["A", "B", "C"].forEach((v, i) => (ws.getCell(i + 2, 2).value = v));
    const back = await roundTrip(wb);
    const plan = convertWorkbook(back);
    expect(plan.warnings).toEqual([]);
    expect(plan.writes.map((w) => w.address)).toEqual(["B1", "B2", "B3", "B4"]);
    const portable = await roundTrip(back);
    const sheet = portable.getWorksheet("ABC") as ExcelJS.Worksheet;
    for (const a of ["B1", "B2", "B3", "B4"]) expect(sheet.getCell(a).formula).toMatch(/^IF/);
    expect(sheet.getCell("B3").result).toBe("B"); // the cached value shown before recalculation
    restoreWorkbook(portable);
    const restored = (await roundTrip(portable)).getWorksheet("ABC") as ExcelJS.Worksheet;
    expect(restored.getCell("B1").formula).toBe("KPI.ABC(A1:A4)");
    expect((restored.getCell("B1").value as { ref?: string }).ref).toBe("B1:B4");
    expect(["B2", "B3", "B4"].map((a) => restored.getCell(a).value)).toEqual([null, null, null]);
  });

  it("leaves an array formula it cannot lay out cell by cell, with a warning", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("ABC");
    ws.getCell("B1").value = {
      formula: "KPI.ABC(A1:A4)",
      shareType: "array",
      ref: "B1:B2",
      result: "A",
    } as never;
    const plan = convertWorkbook(await roundTrip(wb));
    expect(plan.writes).toEqual([]);
    expect(plan.warnings).toEqual([{ sheet: "ABC", address: "B1", code: "spill", fn: "KPI.ABC" }]);
  });

  it("converts one sheet with --sheet and restores with --restore from the command line", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-cli-"));
    const input = path.join(dir, "in.xlsx");
    await exampleWorkbook().xlsx.writeFile(input);
    const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
    expect(await main([input, path.join(dir, "out.xlsx"), "--sheet", "KPI Cards"])).toBe(0);
    expect(log).not.toHaveBeenCalled(); // no KPI formulas on the card sheet
    expect(await main([input, path.join(dir, "out.xlsx")])).toBe(0);
    expect(log).toHaveBeenCalledWith("Store director: 11 KPI formulas made portable");
    expect(await main([path.join(dir, "out.xlsx"), path.join(dir, "back.xlsx"), "--restore"])).toBe(
      0
    );
    expect(log).toHaveBeenCalledWith("Store director: 11 KPI formulas restored");
    log.mockRestore();
    const a = new ExcelJS.Workbook();
    await a.xlsx.readFile(input);
    const b = new ExcelJS.Workbook();
    await b.xlsx.readFile(path.join(dir, "back.xlsx"));
    expect(snapshot(b)).toEqual(snapshot(a));
    const err = jest.spyOn(console, "error").mockImplementation(() => undefined);
    expect(await main([input])).toBe(2);
    err.mockRestore();
  });

  it("the committed examples are what npm run examples writes", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-examples-"));
    const fresh = await writeExamples(dir);
    for (const [file, committed] of [
      [fresh.original, "retail-kpi.xlsx"],
      [fresh.portable, "retail-kpi.portable.xlsx"],
      [fresh.team, "team-kpi.xlsx"],
      [fresh.teamPortable, "team-kpi.portable.xlsx"],
    ]) {
      const a = new ExcelJS.Workbook();
      await a.xlsx.readFile(file);
      const b = new ExcelJS.Workbook();
      await b.xlsx.readFile(path.join(__dirname, "..", "..", "examples", committed));
      expect(snapshot(b)).toEqual(snapshot(a));
    }
  }, 120000);
});
