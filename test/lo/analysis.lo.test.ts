/**
 * The run-rate forecast block and the ABC-XYZ analysis in a portable copy: the add-in writes
 * them in the sandbox (HyperFormula with the KPI functions), "Make portable" converts every KPI
 * call to native formulas, and LibreOffice recalculates the copy with the same numbers and
 * classes the add-in showed.
 */
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Matrix } from "../../src/core/matrix/types";
import { SandboxHost } from "../../src/sandbox/host";
import { SandboxPortableHost } from "../../src/sandbox/portable-host";
import { parseRange } from "../../src/workbook/a1";
import type { AnalysisPreview } from "../../src/workbook/analysis-plan";
import { fromHf, same, show, type Shown } from "../portable/compare";
import { fromExcelJs, recalculate, tempDir } from "./soffice";

const matrix: Matrix = {
  name: "Store director",
  employee: "Anna",
  period: "2026-03",
  rows: [
    { code: "S1", name: "Sales", method: "ratio", weight: 0.4, plan: 100, fact: 40 },
    {
      code: "S2",
      name: "Shrinkage",
      unit: "%",
      method: "inverse",
      weight: 0.2,
      plan: 0.02,
      fact: 0.009,
    },
    {
      code: "S3",
      name: "Buyers",
      method: "corridor",
      weight: 0.3,
      min: 40,
      plan: 60,
      max: 90,
      fact: 19,
    },
    { code: "S4", name: "Audit", method: "binary", weight: 0.1, plan: 1 }, // no fact yet
  ],
  scale: [],
};

const FORECAST = ["N6", "O6", "N7", "O7", "N8", "O8", "N9", "O9", "O10"];
const ANALYSIS = [
  ...[2, 3, 4, 5, 6].flatMap((r) => [`E${r}`, `F${r}`, `G${r}`]),
  ...["J8", "K8", "J9", "K9", "J10", "K10", "J11", "J12", "J13", "K13"],
  ...[16, 17, 18].flatMap((r) => [`J${r}`, `K${r}`, `L${r}`]),
];

const at = (host: SandboxHost, sheet: string, address: string): Shown => {
  const r = parseRange(address);
  return fromHf(
    host.hf.getCellValue({ sheet: host.hf.getSheetId(sheet)!, row: r.row, col: r.col })
  );
};

let matrixSheet = "";
let before: Map<string, Shown>;
let portableInHf: Map<string, Shown>;
let inLibreOffice: Map<string, Shown>;
let kpiLeft = 0;

beforeAll(async () => {
  const host = new SandboxHost({ displayLanguage: "en-US" });
  matrixSheet = (await host.buildMatrix(matrix)).sheet;
  const f = await host.writeForecast({ sheet: matrixSheet, days: { elapsed: 12, total: 31 } });
  if (!f.ok) throw new Error(JSON.stringify(f.problem));
  host.hf.addSheet("Sales");
  host.hf.setCellContents({ sheet: host.hf.getSheetId("Sales")!, row: 0, col: 0 }, [
    ["Item", "Jan", "Feb", "Mar"],
    ["P1", 300, 300, 300],
    ["P2", 100, 200, 150],
    ["P3", 60, 60, 66],
    ["P4", 40, 50, 40],
    ["P5", 10, 0, 20],
  ]);
  host.selection = { sheet: "Sales", address: "A1:D6" };
  const p = (await host.readSelection()) as AnalysisPreview;
  const a = await host.analyzeRange({
    sheet: "Sales",
    address: p.shape.address,
    thresholds: p.thresholds,
  });
  if (!a.ok) throw new Error(JSON.stringify(a.problem));

  const cells = () =>
    new Map([
      ...FORECAST.map((c) => [`${matrixSheet}!${c}`, at(host, matrixSheet, c)] as const),
      ...ANALYSIS.map((c) => [`Sales!${c}`, at(host, "Sales", c)] as const),
    ]);
  before = cells();
  await new SandboxPortableHost(host.hf).makePortable({ kind: "workbook" });
  portableInHf = cells();

  const wb = new ExcelJS.Workbook();
  for (const name of host.hf.getSheetNames()) {
    const ws = wb.addWorksheet(name);
    const serialized = host.hf.getSheetSerialized(host.hf.getSheetId(name)!) as unknown[][];
    serialized.forEach((line, r) =>
      line.forEach((v, c) => {
        if (v === null || v === undefined || v === "") return;
        const cell = ws.getCell(r + 1, c + 1);
        if (typeof v === "string" && v.startsWith("=")) {
          if (/KPI\./i.test(v)) kpiLeft += 1;
          cell.value = { formula: v.slice(1) } as ExcelJS.CellFormulaValue;
        } else cell.value = typeof v === "string" && v.startsWith("'") ? v.slice(1) : (v as never);
      })
    );
  }
  // The originals sheet keeps the KPI formulas as text (to restore them): not formulas.
  const file = path.join(tempDir("kpi-analysis-"), "analysis.xlsx");
  await wb.xlsx.writeFile(file);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(recalculate(file));
  inLibreOffice = new Map(
    [...before.keys()].map((key) => {
      const [sheet, address] = key.split("!");
      return [key, fromExcelJs(back.getWorksheet(sheet)!.getCell(address))];
    })
  );
});

test("the add-in computed the blocks (numbers and classes, not errors)", () => {
  const n6 = before.get(`${matrixSheet}!N6`) as { value: number };
  expect(n6.value).toBeCloseTo((40 * 31) / 12, 9);
  expect([...before.values()].filter((v) => v.kind === "error")).toEqual([]);
  expect(before.get(`${matrixSheet}!N9`)).toEqual({ kind: "blank" }); // no fact yet
  expect(before.get("Sales!F2")).toEqual({ kind: "text", value: "A" });
  expect(kpiLeft).toBe(0);
});

test("the portable copy gives the add-in's numbers in HyperFormula and in LibreOffice", () => {
  const mismatches: string[] = [];
  for (const [key, want] of before) {
    for (const [engine, got] of [
      ["HyperFormula", portableInHf.get(key)!],
      ["LibreOffice", inLibreOffice.get(key)!],
    ] as const) {
      if (!same(want, got)) mismatches.push(`${key}: add-in ${show(want)}, ${engine} ${show(got)}`);
    }
  }
  expect(mismatches).toEqual([]);
});
