/**
 * The planners of the analysis screens as pure functions (src/workbook/beside.ts,
 * analysis-plan.ts, runrate-plan.ts): the data a selection means, where blocks go, refusals,
 * what a second run writes and keeps, and the days proposed for a period.
 */
import { kpiAbc } from "../../src/core/abc";
import { kpiXyz } from "../../src/core/xyz";
import { cellAddress, parseRange } from "../../src/workbook/a1";
import {
  analysisPlan,
  analysisPreview,
  analysisShape,
  DEFAULT_THRESHOLDS,
  selectionArea,
  type AnalysisShape,
} from "../../src/workbook/analysis-plan";
import {
  findFreeColumns,
  splitSheetAddress,
  threeWay,
  writeCells,
} from "../../src/workbook/beside";
import { FORMATS, matrixSheetPlan } from "../../src/workbook/matrix-plan";
import { readMatrixCells } from "../../src/workbook/matrix-read";
import type { PlanStep } from "../../src/workbook/plan";
import {
  forecastPlan,
  forecastPreview,
  periodMonth,
  proposeDays,
} from "../../src/workbook/runrate-plan";
import type { SheetCells } from "../../src/workbook/snapshot";

/** A sheet from rows of cells (formulas as their text, values as given). */
function sheet(rows: unknown[][], name = "S"): SheetCells {
  return { sheet: name, values: rows, formulas: rows };
}

/** Sets cells of a sheet at A1 addresses. */
function withCells(base: SheetCells, cells: Record<string, unknown>): SheetCells {
  const values = Array.from(base.values, (r) => [...(r ?? [])]);
  for (const [a, v] of Object.entries(cells)) {
    const { row, col } = parseRange(a);
    while (values.length <= row) values.push([]);
    values[row][col] = v;
  }
  return { ...base, values, formulas: values };
}

const cellsWritten = (steps: PlanStep[]): Map<string, unknown> => {
  const out = new Map<string, unknown>();
  for (const s of steps) {
    if (s.kind !== "cells") continue;
    const r = parseRange(s.address);
    s.inputs.forEach((line, i) =>
      line.forEach((v, j) => v !== null && out.set(cellAddress(r.row + i, r.col + j), v))
    );
  }
  return out;
};

describe("free columns beside data", () => {
  const grid = sheet([
    [1, 2, null, "note", null, null, null],
    [3, 4, null, null, null, null, null],
  ]);
  it("takes the first position whose areas are all free", () => {
    const p = findFreeColumns(grid, 2, 5, (c) => [{ row: 0, col: c, rows: 2, cols: 2 }]);
    expect(p).toEqual({ col: 4 });
  });
  it("names the cell in the way at the nearest position when none is free", () => {
    const p = findFreeColumns(grid, 2, 1, (c) => [{ row: 0, col: c, rows: 2, cols: 2 }]);
    expect(p).toEqual({ blocked: "D1" });
  });
  it("a formula that shows nothing still holds the cell", () => {
    const cells: SheetCells = { sheet: "S", values: [[1, ""]], formulas: [[1, '=IF(A1>5,1,"")']] };
    expect(findFreeColumns(cells, 1, 0, (c) => [{ row: 0, col: c, rows: 1, cols: 1 }])).toEqual({
      blocked: "B1",
    });
  });
  it("stops at Excel's last column", () => {
    const p = findFreeColumns(sheet([[]]), 16382, 5, (c) => [{ row: 0, col: c, rows: 1, cols: 3 }]);
    expect(p).toEqual({ blocked: "XFD1" });
  });
});

describe("writing a block again", () => {
  const old = sheet([["Forecast index", "=KPI.INDEX(1,2)", "my note", 7]]);
  it("rewrites the add-in's labels and formulas, keeps what the user typed", () => {
    const w = writeCells("S", old, [
      { row: 0, col: 0, input: "Индекс прогноза", labels: ["Forecast index", "Индекс прогноза"] },
      { row: 0, col: 1, input: "=KPI.INDEX(3,4)" },
      { row: 0, col: 2, input: "=KPI.RUNRATE(1,2,3)" },
      { row: 0, col: 3, input: 10, force: true },
    ]);
    expect(w.kept).toEqual(["C1"]);
    expect(w.steps).toEqual([
      {
        kind: "cells",
        sheet: "S",
        address: "A1:B1",
        inputs: [["Индекс прогноза", "=KPI.INDEX(3,4)"]],
      },
      { kind: "cells", sheet: "S", address: "D1", inputs: [[10]] },
    ]);
  });
  it("three-way: the pane's change is written unless the sheet changed too", () => {
    expect(threeWay(10, false, 10, 12, true)).toEqual({ write: true, conflict: false });
    expect(threeWay(11, false, 10, 10, true)).toEqual({ write: false, conflict: false });
    expect(threeWay(11, false, 10, 12, true)).toEqual({ write: false, conflict: true });
    expect(threeWay(12, false, 10, 12, true)).toEqual({ write: false, conflict: false });
    // 0.1 + 0.2 read back from a sheet equals 0.3 at 15 digits, as Excel compares.
    expect(threeWay(0.1 + 0.2, false, 0.3, 0.5, true)).toEqual({ write: true, conflict: false });
    expect(threeWay(undefined, true, undefined, 5, false)).toEqual({
      write: true,
      conflict: false,
    });
    expect(threeWay(4, false, undefined, 5, false)).toEqual({ write: false, conflict: false });
  });
  it("reads Excel's addresses with their sheet", () => {
    expect(splitSheetAddress("'My ''best'' sheet'!B2:D9")).toEqual({
      sheet: "My 'best' sheet",
      address: "B2:D9",
    });
    expect(splitSheetAddress("Data!A1")).toEqual({ sheet: "Data", address: "A1" });
  });
});

const SALES = sheet([
  ["Item", "Jan", "Feb"],
  ["P1", 300, 310],
  ["P2", 100, 200],
  ["P3", 20, 20],
  [null, null, null],
  ["other", "table", null],
]);

describe("the data of a selection", () => {
  it("one cell means the data around it, bounded by a blank row", () => {
    expect(selectionArea(SALES, "B3")).toEqual({ row: 0, col: 0, rows: 4, cols: 3 });
  });
  it("whole columns are clipped to the used cells", () => {
    const a = selectionArea(SALES, "$A:$C")!;
    expect(a).toEqual({ row: 0, col: 0, rows: 6, cols: 3 });
  });
  it("finds the header row, the names and the period columns", () => {
    const s = analysisShape(SALES, "A1:C4") as AnalysisShape;
    expect(s).toMatchObject({
      header: true,
      nameCol: 0,
      firstValueCol: 1,
      periods: 2,
      firstRow: 1,
      rows: 3,
    });
    const noHeader = analysisShape(SALES, "A2:C4") as AnalysisShape;
    expect(noHeader).toMatchObject({ header: false, firstRow: 1, rows: 3 });
    const values = analysisShape(SALES, "B2:B4") as AnalysisShape;
    expect(values).toMatchObject({ periods: 1, firstValueCol: 1 });
    expect(values.nameCol).toBeUndefined();
  });
  it("leaves out the data's own total row and total column", () => {
    const withTotals = sheet([
      ["Item", "Jan", "Feb", "Mar", "Итого:"],
      ["P1", 1, 2, 3, 6],
      ["P2", 4, 5, 6, 15],
      ["Total", 5, 7, 9, 21],
    ]);
    const s = analysisShape(withTotals, "A1:E4") as AnalysisShape;
    expect(s).toMatchObject({ periods: 3, rows: 2, right: 4, bottom: 3 });
    const p = analysisPlan(
      withTotals,
      { sheet: "S", address: "A1:E4", thresholds: DEFAULT_THRESHOLDS },
      "en",
      false
    );
    if ("problem" in p) throw new Error("refused");
    const w = cellsWritten(p.plan.steps);
    expect(w.get("F2")).toBe('=IF(COUNT(B2:D2)=0,"",SUM(B2:D2))');
    expect(w.has("F4")).toBe(false);
    expect(w.get("G2")).toMatch(/^=KPI\.ABC\(\$F\$2:\$F\$3,/);
    expect(w.get("H2")).toMatch(/^=KPI\.XYZ\(\$B\$2:\$D\$3,/);
    // Two periods and a total: the total is still a period only when it is not headed so.
    const plain = sheet([
      ["Item", "Jan", "Feb"],
      ["P1", 1, 2],
      ["P2", 3, 4],
    ]);
    expect(analysisShape(plain, "A1:C3")).toMatchObject({ periods: 2, rows: 2 });
  });
  it("a selection without values is refused as empty", () => {
    expect(analysisShape(SALES, "A1:A4")).toEqual({ kind: "empty", sheet: "S", address: "A1:A4" });
    expect(analysisShape(sheet([]), "C3")).toMatchObject({ kind: "empty" });
  });
});

describe("the ABC-XYZ plan", () => {
  const request = { sheet: "S", address: "A1:C4", thresholds: DEFAULT_THRESHOLDS };
  it("spills one KPI.ABC and one KPI.XYZ over the rows, with thresholds as cells", () => {
    const p = analysisPlan(SALES, request, "en", false);
    if ("problem" in p) throw new Error("refused");
    const w = cellsWritten(p.plan.steps);
    expect(w.get("D2")).toBe('=IF(COUNT(B2:C2)=0,"",SUM(B2:C2))');
    expect(w.get("E2")).toBe('=KPI.ABC($D$2:$D$4,IF($I$2="","",$I$2),IF($I$3="","",$I$3))');
    expect(w.get("F2")).toBe('=KPI.XYZ($B$2:$C$4,IF($I$4="","",$I$4),IF($I$5="","",$I$5))');
    expect(w.get("E3")).toBeUndefined(); // spilled, not written
    expect([w.get("I2"), w.get("I3"), w.get("I4"), w.get("I5")]).toEqual([0.8, 0.95, 0.1, 0.25]);
    expect(w.get("I16")).toBe('=COUNTIFS($E$2:$E$4,"A",$F$2:$F$4,"X")');
    expect(p.plan.kpiFormulas?.length).toBeGreaterThan(0);
    // The cell shows what the core computes for those rows.
    expect(kpiAbc([[610], [300], [40]]).flat()).toEqual(["A", "C", "C"]);
    expect(
      kpiXyz([
        [300, 310],
        [100, 200],
        [20, 20],
      ]).flat()
    ).toEqual(["X", "Z", "X"]);
  });
  it("Russian headers and labels", () => {
    const p = analysisPlan(SALES, request, "ru", false);
    if ("problem" in p) throw new Error("refused");
    const w = cellsWritten(p.plan.steps);
    expect([w.get("D1"), w.get("H1"), w.get("H7")]).toEqual(["Итого", "ABC-XYZ-анализ", "Класс"]);
  });
  it("refuses a portable copy, and names the cell in the way", () => {
    expect(analysisPlan(SALES, request, "en", true)).toEqual({
      problem: { kind: "portable", sheet: "S" },
    });
    const busy = withCells(
      SALES,
      Object.fromEntries(Array.from({ length: 14 }, (_, i) => [cellAddress(2, 3 + i), "x"]))
    );
    expect(analysisPlan(busy, request, "en", false)).toEqual({
      problem: { kind: "occupied", sheet: "S", address: "D3" },
    });
  });
  it("a second run updates in place: thresholds typed in the sheet stay, the pane's changes land", () => {
    const first = analysisPlan(SALES, request, "en", false);
    if ("problem" in first) throw new Error("refused");
    const after = withCells(SALES, {
      ...Object.fromEntries(cellsWritten(first.plan.steps)),
      E3: "B",
      I2: 0.7, // the user's A threshold
      H7: "my note", // typed over one of the add-in's labels
    });
    const preview = analysisPreview(after, "B3", false);
    if ("kind" in preview) throw new Error("no preview");
    expect(preview.existing).toBe(true);
    expect(preview.thresholds.a).toBe(0.7);
    const base = { ...DEFAULT_THRESHOLDS }; // the pane read the defaults before the sheet changed
    const second = analysisPlan(
      after,
      { sheet: "S", address: preview.shape.address, thresholds: { ...base, a: 0.6, y: 0.3 }, base },
      "en",
      false
    );
    if ("problem" in second) throw new Error("refused");
    const w = cellsWritten(second.plan.steps);
    expect(w.has("I2")).toBe(false); // changed in the sheet and in the pane: the sheet's stays
    expect(second.result.conflicts).toEqual(["a"]);
    expect(w.get("I5")).toBe(0.3);
    expect(second.result.classes).toBe("D1:F4");
    expect(second.result.kept).toEqual(["H7"]);
  });
});

describe("the run-rate block", () => {
  const m = matrixSheetPlan(
    {
      name: "M",
      employee: "E",
      period: "2026-03",
      rows: [{ code: "A", name: "Sales", method: "ratio", weight: 1, plan: 100, fact: 40 }],
      scale: [],
    },
    "M",
    "en",
    "KpiMatrix1"
  );
  const grid: unknown[][] = [];
  for (const b of m.blocks) {
    const r = parseRange(b.address);
    b.inputs.forEach((line, i) =>
      line.forEach((v, j) => {
        (grid[r.row + i] ??= [])[r.col + j] = v;
      })
    );
  }
  const cells = sheet(grid, "M");
  const reading = readMatrixCells(cells)!;

  it("writes per KPI row a forecast and its index, the score, the days as inputs", () => {
    const p = forecastPlan(reading, { sheet: "M", days: { elapsed: 10, total: 31 } }, "en", false);
    if ("problem" in p) throw new Error("refused");
    const w = cellsWritten(p.plan.steps);
    expect(w.get("N6")).toBe(
      '=KPI.RUNRATE(IF(I6="","",I6),IF($O$8="","",$O$8),IF($O$9="","",$O$9))'
    );
    expect(w.get("O6")).toBe(
      '=KPI.INDEX(IF(N6="","",N6),IF(G6="","",G6),IF(F6="","",F6),IF(H6="","",H6),IF(D6="","",D6))'
    );
    expect(w.get("O7")).toBe('=KPI.WEIGHTED(O6,E6,"partial")');
    expect([w.get("N8"), w.get("O8"), w.get("N9"), w.get("O9")]).toEqual([
      "Days elapsed",
      10,
      "Days in period",
      31,
    ]);
    const formats = p.plan.steps.find((s) => s.kind === "cells" && s.address === "N6:O6");
    expect(formats && "numberFormats" in formats && formats.numberFormats).toEqual([
      [FORMATS.number, FORMATS.percent1],
    ]);
  });
  it("the preview says where it goes; a refusal names the cell", () => {
    expect(forecastPreview(reading, "M", false)).toMatchObject({ block: "N5:O9", existing: false });
    const busy = withCells(
      cells,
      Object.fromEntries(Array.from({ length: 13 }, (_, i) => [cellAddress(5, 13 + i), 1]))
    );
    expect(
      forecastPlan(
        readMatrixCells(busy)!,
        { sheet: "M", days: { elapsed: 1, total: 2 } },
        "en",
        false
      )
    ).toEqual({
      problem: { kind: "occupied", sheet: "M", address: "N6" },
    });
    expect(
      forecastPlan(undefined, { sheet: "X", days: { elapsed: 1, total: 2 } }, "en", false)
    ).toEqual({
      problem: { kind: "notMatrix", sheet: "X" },
    });
  });
  it("a second run keeps the days the user typed and the cells they filled", () => {
    const p = forecastPlan(reading, { sheet: "M", days: { elapsed: 10, total: 31 } }, "ru", false);
    if ("problem" in p) throw new Error("refused");
    const after = readMatrixCells(
      withCells(cells, { ...Object.fromEntries(cellsWritten(p.plan.steps)), O8: 12 })
    )!;
    const preview = forecastPreview(after, "M", false);
    expect(preview).toMatchObject({ existing: true, days: { elapsed: 12, total: 31 } });
    const again = forecastPlan(
      after,
      { sheet: "M", days: { elapsed: 12, total: 30 }, base: preview.days },
      "en",
      false
    );
    if ("problem" in again) throw new Error("refused");
    const w = cellsWritten(again.plan.steps);
    expect(w.has("O8")).toBe(false);
    expect(w.get("O9")).toBe(30);
    expect(w.get("N5")).toBe("Forecast at period end"); // the labels follow the pane's language
    expect(again.result.block).toBe("N5:O9");
  });
});

describe("the days proposed for a period", () => {
  const on = (y: number, m: number, d: number) => new Date(y, m - 1, d);
  it("reads months in the usual spellings", () => {
    const t = on(2026, 12, 2);
    expect(periodMonth("2026-03", t)).toEqual({ year: 2026, month: 2 });
    expect(periodMonth("03.2026", t)).toEqual({ year: 2026, month: 2 });
    expect(periodMonth("March 2026", t)).toEqual({ year: 2026, month: 2 });
    expect(periodMonth("Март 2026", t)).toEqual({ year: 2026, month: 2 });
    expect(periodMonth("мая", t)).toEqual({ year: 2026, month: 4 });
    expect(periodMonth("Feb", t)).toEqual({ year: 2026, month: 1 });
    expect(periodMonth("2026-Q1", t)).toBeUndefined();
    expect(periodMonth("2026-13", t)).toBeUndefined();
    expect(periodMonth("", t)).toBeUndefined();
  });
  it("days up to today in the month, the whole month once over, none before it starts", () => {
    expect(proposeDays("2026-02", on(2026, 2, 12))).toEqual({ elapsed: 12, total: 28 });
    expect(proposeDays("2028-02", on(2028, 2, 29))).toEqual({ elapsed: 29, total: 29 });
    expect(proposeDays("2026-02", on(2026, 5, 1))).toEqual({ elapsed: 28, total: 28 });
    expect(proposeDays("2026-02", on(2026, 1, 31))).toBeUndefined();
    expect(proposeDays("Q1", on(2026, 2, 1))).toBeUndefined();
  });
});
