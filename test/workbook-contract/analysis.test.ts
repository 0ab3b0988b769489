/**
 * The run-rate forecast block and the ABC-XYZ analysis on both adapters (sandbox HyperFormula
 * and the Office adapter over the fake Excel): the same cells, live formulas that follow the
 * facts, never over the user's cells, a second run that keeps what the user typed.
 */
import type { Matrix } from "../../src/core/matrix/types";
import { kpiAbc } from "../../src/core/abc";
import { kpiXyz } from "../../src/core/xyz";
import type { AnalysisPreview } from "../../src/workbook/analysis-plan";
import { cellAddress } from "../../src/workbook/a1";
import { DRIVERS, type Driver } from "./drivers";

const matrix = (): Matrix => ({
  name: "Store director",
  employee: "Anna",
  period: "2026-03",
  rows: [
    { code: "S1", name: "Sales", method: "ratio", weight: 0.6, plan: 100, fact: 40 },
    { code: "S2", name: "Buyers", method: "ratio", weight: 0.4, plan: 50, fact: 20 },
  ],
  scale: [],
});

const SALES: (string | number)[][] = [
  ["Item", "Jan", "Feb", "Mar"],
  ["P1", 300, 300, 300],
  ["P2", 100, 200, 150],
  ["P3", 60, 60, 66],
  ["P4", 40, 50, 40],
  ["P5", 10, 0, 20],
];

const near = (v: unknown, want: number) => expect(v as number).toBeCloseTo(want, 9);

describe.each(DRIVERS)("run-rate forecast block: %s", (_name, make) => {
  let d: Driver;
  let sheet: string;
  beforeEach(async () => {
    d = make();
    sheet = (await d.host.buildMatrix(matrix())).sheet;
  });

  it("writes a live forecast, its index and score beside the table, with editable days", async () => {
    const preview = await d.host.readForecast(sheet);
    expect(preview).toMatchObject({ existing: false, period: "2026-03", block: "N5:O10" });
    const out = await d.host.writeForecast({ sheet, days: { elapsed: 10, total: 30 } });
    if (!out.ok) throw new Error(JSON.stringify(out.problem));
    expect(out.result).toMatchObject({ elapsedCell: "O9", totalCell: "O10", kept: [] });
    expect(d.value(sheet, "N5")).toBe("Forecast at period end");
    near(d.value(sheet, "N6"), 120);
    near(d.value(sheet, "O6"), 1.2);
    near(d.value(sheet, "N7"), 60);
    near(d.value(sheet, "O8"), 1.2); // the forecast score on the total row
    // Typing a fact moves the forecast; editing the days moves every forecast.
    d.type(sheet, "I6", 50);
    near(d.value(sheet, "N6"), 150);
    near(d.value(sheet, "O6"), 1.5);
    d.type(sheet, "O9", 15);
    near(d.value(sheet, "N6"), 100);
    near(d.value(sheet, "N7"), 40);
    near(d.value(sheet, "O8"), 0.6 * 1 + 0.4 * 0.8);
    // Days beyond the period give the function's own error, not a number.
    d.type(sheet, "O9", 31);
    expect(d.value(sheet, "N6")).toBe("#NUM!");
  });

  it("updates in place: days typed in the sheet stay, days changed in the pane are written", async () => {
    await d.host.writeForecast({ sheet, days: { elapsed: 10, total: 30 } });
    d.type(sheet, "O9", 15);
    const seen = await d.host.readForecast(sheet);
    expect(seen).toMatchObject({
      existing: true,
      days: { elapsed: 15, total: 30 },
      block: "N5:O10",
    });
    // The pane changes only the period length: the elapsed days typed in the sheet stay.
    const out = await d.host.writeForecast({
      sheet,
      days: { elapsed: 15, total: 31 },
      base: seen.days,
    });
    expect(out.ok && out.result.existing).toBe(true);
    expect(d.value(sheet, "O9")).toBe(15);
    expect(d.value(sheet, "O10")).toBe(31);
    // Changed in the sheet and in the pane since the pane read it: the sheet's value stays.
    const again = await d.host.readForecast(sheet);
    d.type(sheet, "O9", 12);
    const clash = await d.host.writeForecast({
      sheet,
      days: { elapsed: 20, total: 31 },
      base: again.days,
    });
    expect(clash.ok && clash.result.conflicts).toEqual(["elapsed"]);
    expect(d.value(sheet, "O9")).toBe(12);
    // One block: nothing was written further right.
    expect(d.value(sheet, "P5")).toBeUndefined();
    expect(d.value(sheet, "Q5")).toBeUndefined();
  });

  it("moves right of a note beside the table, and names the cell when no columns are free", async () => {
    d.type(sheet, "N6", "see memo");
    const moved = await d.host.writeForecast({ sheet, days: { elapsed: 10, total: 30 } });
    expect(moved.ok && moved.result.block).toBe("P5:Q10");
    expect(d.value(sheet, "N6")).toBe("see memo");
    near(d.value(sheet, "P6"), 120);

    const other = make();
    const s2 = (await other.host.buildMatrix(matrix())).sheet;
    for (let c = 13; c <= 30; c++) other.type(s2, cellAddress(6, c), c);
    const refused = await other.host.writeForecast({ sheet: s2, days: { elapsed: 10, total: 30 } });
    expect(refused).toEqual({ ok: false, problem: { kind: "occupied", sheet: s2, address: "N7" } });
    expect((await other.host.readForecast(s2)).problem).toEqual({
      kind: "occupied",
      sheet: s2,
      address: "N7",
    });
  });

  it("refuses a sheet without a matrix", async () => {
    d.addSheet("Notes");
    const out = await d.host.writeForecast({ sheet: "Notes", days: { elapsed: 1, total: 2 } });
    expect(out).toEqual({ ok: false, problem: { kind: "notMatrix", sheet: "Notes" } });
  });
});

describe.each(DRIVERS)("ABC-XYZ analysis of a selection: %s", (_name, make) => {
  let d: Driver;
  beforeEach(() => {
    d = make();
    d.addSheet("Sales");
    SALES.forEach((line, r) =>
      line.forEach((v, c) => d.type("Sales", `${String.fromCharCode(65 + c)}${r + 1}`, v))
    );
  });

  const classes = (col: string) => [2, 3, 4, 5, 6].map((r) => d.value("Sales", `${col}${r}`));

  it("writes the classes and a summary beside the data, as the functions compute them", async () => {
    d.select("Sales", "A1:D6");
    const preview = (await d.host.readSelection()) as AnalysisPreview;
    expect(preview).toMatchObject({
      items: 5,
      existing: false,
      classes: "E1:G6",
      summary: "I1:L18",
      shape: { header: true, periods: 3 },
      thresholds: { a: 0.8, b: 0.95, x: 0.1, y: 0.25 },
    });
    const out = await d.host.analyzeRange({
      sheet: "Sales",
      address: preview.shape.address,
      thresholds: preview.thresholds,
      base: preview.thresholds,
    });
    expect(out.ok).toBe(true);
    expect(["E1", "F1", "G1"].map((a) => d.value("Sales", a))).toEqual(["Total", "ABC", "XYZ"]);
    const totals = SALES.slice(1).map((r) => (r.slice(1) as number[]).reduce((s, v) => s + v, 0));
    expect(classes("E")).toEqual(totals);
    const abc = kpiAbc(totals.map((t) => [t])).map((r) => r[0]);
    const xyz = kpiXyz(SALES.slice(1).map((r) => r.slice(1))).map((r) => r[0]);
    expect(abc).toEqual(["A", "A", "B", "C", "C"]);
    expect(xyz).toEqual(["X", "Z", "X", "Y", "Z"]);
    expect(classes("F")).toEqual(abc);
    expect(classes("G")).toEqual(xyz);
    // Summary: counts and shares per class, the nine combinations.
    expect(d.value("Sales", "I1")).toBe("ABC-XYZ analysis");
    expect(["J8", "J9", "J10", "J11", "J12", "J13"].map((a) => d.value("Sales", a))).toEqual([
      2, 1, 2, 2, 1, 2,
    ]);
    near(d.value("Sales", "K8"), (totals[0] + totals[1]) / totals.reduce((s, v) => s + v, 0));
    const cross = [16, 17, 18].map((r) => ["J", "K", "L"].map((c) => d.value("Sales", `${c}${r}`)));
    expect(cross).toEqual([
      [1, 0, 1],
      [1, 0, 0],
      [0, 1, 1],
    ]);
    expect(String(d.formula("Sales", "J16"))).toMatch(/^=COUNTIFS\(/);
  });

  it("follows the data and the thresholds typed in the sheet; a second run keeps them", async () => {
    d.select("Sales", "B3"); // one cell: the data around it
    const preview = (await d.host.readSelection()) as AnalysisPreview;
    expect(preview.shape.address).toBe("A1:D6");
    await d.host.analyzeRange({
      sheet: "Sales",
      address: preview.shape.address,
      thresholds: preview.thresholds,
      base: preview.thresholds,
    });
    d.type("Sales", "B4", 600); // P3 now sells more than P2
    expect(classes("F")).toEqual(["A", "B", "A", "C", "C"]);
    d.type("Sales", "J2", 0.5); // the A threshold, edited in the sheet
    expect(classes("F")).toEqual(["A", "B", "B", "C", "C"]);

    const again = (await d.host.readSelection()) as AnalysisPreview;
    expect(again).toMatchObject({ existing: true, classes: "E1:G6" });
    expect(again.thresholds.a).toBe(0.5);
    const out = await d.host.analyzeRange({
      sheet: "Sales",
      address: again.shape.address,
      thresholds: { ...again.thresholds, y: 0.5 },
      base: again.thresholds,
    });
    expect(out.ok && out.result.existing).toBe(true);
    expect(d.value("Sales", "J2")).toBe(0.5);
    expect(d.value("Sales", "J5")).toBe(0.5);
    expect(classes("G")).toEqual(["X", "Y", "Z", "Y", "Z"]);
    expect(d.value("Sales", "N1")).toBeUndefined(); // updated in place, not written again
  });

  it("never writes over the user's cells: moves right, or names the cell in the way", async () => {
    d.type("Sales", "E3", "check");
    d.select("Sales", "A1:D6");
    const p = (await d.host.readSelection()) as AnalysisPreview;
    expect(p.classes).toBe("F1:H6");
    const out = await d.host.analyzeRange({
      sheet: "Sales",
      address: p.shape.address,
      thresholds: p.thresholds,
    });
    expect(out.ok).toBe(true);
    expect(d.value("Sales", "E3")).toBe("check");
    expect(d.value("Sales", "G2")).toBe("A");

    const other = make();
    other.addSheet("S");
    other.type("S", "A1", 5);
    other.type("S", "A2", 7);
    for (let c = 1; c <= 14; c++) other.type("S", `${String.fromCharCode(65 + c)}2`, "x");
    other.select("S", "A1:A2");
    const refused = await other.host.analyzeRange({
      sheet: "S",
      address: "A1:A2",
      thresholds: { a: 0.8, b: 0.95, x: 0.1, y: 0.25 },
    });
    expect(refused).toEqual({
      ok: false,
      problem: { kind: "occupied", sheet: "S", address: "B2" },
    });
  });

  it("one value column: ABC only, with its own summary", async () => {
    d.addSheet("One");
    [
      ["Shop", "Revenue"],
      ["N", 70],
      ["S", 20],
      ["E", 10],
    ].forEach((line, r) => line.forEach((v, c) => d.type("One", `${"AB"[c]}${r + 1}`, v)));
    d.select("One", "A1:B4");
    const p = (await d.host.readSelection()) as AnalysisPreview;
    expect(p).toMatchObject({ classes: "C1:C4", summary: "E1:G8" });
    await d.host.analyzeRange({ sheet: "One", address: p.shape.address, thresholds: p.thresholds });
    expect(["C1", "C2", "C3", "C4"].map((a) => d.value("One", a))).toEqual(["ABC", "A", "B", "C"]);
    expect(d.value("One", "E1")).toBe("ABC analysis");
    expect(["F6", "F7", "F8"].map((a) => d.value("One", a))).toEqual([1, 1, 1]);
  });

  it("an empty selection says so", async () => {
    d.addSheet("Blank");
    d.select("Blank", "C3");
    expect(await d.host.readSelection()).toMatchObject({ kind: "empty", sheet: "Blank" });
  });
});
