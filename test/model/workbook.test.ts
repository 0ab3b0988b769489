import {
  cellAddress,
  columnIndex,
  columnName,
  parseRange,
  quoteSheet,
} from "../../src/workbook/a1";
import { cellResult } from "../../src/workbook/cells";
import { normalizeHeader, recognizeHeaders, CARD_HEADERS } from "../../src/workbook/headers";
import { matrixSheetPlan } from "../../src/workbook/matrix-plan";
import { readMatrixGrid } from "../../src/workbook/matrix-read";
import { sanitizeSheetName, uniqueSheetName } from "../../src/workbook/sheet-names";
import { numberFromCell, textInput } from "../../src/workbook/text";
import { emptyMatrix } from "../../src/core/matrix";
import type { SheetPlan } from "../../src/workbook/plan";

/** The values grid a plan writes, as Excel shows constants (text without its apostrophe). */
function gridOf(plan: SheetPlan): unknown[][] {
  const grid: unknown[][] = [];
  for (const b of plan.blocks) {
    const r = parseRange(b.address);
    b.inputs.forEach((line, i) =>
      line.forEach((v, j) => {
        grid[r.row + i] ??= [];
        grid[r.row + i][r.col + j] = typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
      })
    );
  }
  return Array.from(grid, (row) => Array.from(row ?? [], (v) => v ?? ""));
}

describe("A1 addresses and sheet names", () => {
  it("converts columns and ranges both ways", () => {
    expect([0, 25, 26, 701, 702].map(columnName)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    expect(["A", "Z", "AA", "ZZ", "AAA"].map(columnIndex)).toEqual([0, 25, 26, 701, 702]);
    expect(cellAddress(9, 2)).toBe("C10");
    expect(parseRange("'My sheet'!$B$3:D9")).toEqual({ row: 2, col: 1, rows: 7, cols: 3 });
    expect(quoteSheet("KPI")).toBe("KPI");
    expect(quoteSheet("O'Brien KPI")).toBe("'O''Brien KPI'");
  });

  it("makes names Excel accepts, unique case-insensitively", () => {
    expect(sanitizeSheetName("Q1/Q2: [draft]?")).toBe("Q1 Q2 draft");
    expect(sanitizeSheetName("x".repeat(40))).toHaveLength(31);
    expect(sanitizeSheetName("  ")).toBe("KPI");
    expect(uniqueSheetName("kpi", ["KPI", "KPI (2)"])).toBe("kpi (3)");
  });

  it("never proposes History, a name Excel keeps for itself (an employee called History too)", () => {
    expect(uniqueSheetName("History", [])).toBe("History (2)");
    expect(uniqueSheetName(" history ", ["History (2)"])).toBe("history (3)");
    expect(uniqueSheetName("History of sales", [])).toBe("History of sales");
  });
});

describe("cells and headers", () => {
  it("escapes text that Excel would read as a formula", () => {
    expect(["=A1", "+7", "-5", "@x", "plain", "5"].map(textInput)).toEqual([
      "'=A1",
      "'+7",
      "'-5",
      "'@x",
      "plain",
      "'5",
    ]);
  });

  it("reads numbers typed as text, percentages and decimal commas", () => {
    expect(["12", " 45% ", "0,5", "", "abc"].map(numberFromCell)).toEqual([
      12,
      0.45,
      0.5,
      undefined,
      undefined,
    ]);
    expect(numberFromCell(Infinity)).toBeUndefined();
  });

  it("turns Excel's error texts into errors and blanks into undefined", () => {
    expect(cellResult("#DIV/0!")).toEqual({ error: "#DIV/0!" });
    expect(cellResult("#N/A", "2 KPIs have no fact yet")).toEqual({
      error: "#N/A",
      message: "2 KPIs have no fact yet",
    });
    expect(cellResult("")).toBeUndefined();
    expect(cellResult("green")).toBe("green");
  });

  it("recognizes headers in either language, with the user's punctuation and case", () => {
    expect(normalizeHeader("  Ед.  изм. ")).toBe("ед изм");
    expect(recognizeHeaders(["КОД", "Вес, %", "Comment", "plan", "План"], CARD_HEADERS)).toEqual([
      "code",
      "weight",
      undefined,
      "plan",
      undefined,
    ]);
  });
});

describe("matrix sheet plan and reader", () => {
  const matrix = {
    ...emptyMatrix("Q1 — Ann", "Ann", "2026-Q1"),
    rows: [
      {
        code: "A",
        name: "=looks like a formula",
        unit: "%",
        method: "corridor" as const,
        weight: 0.6,
        min: 0.8,
        plan: 1,
        fact: 0.9,
      },
      { code: "B", name: "Average check", method: "inverse" as const, weight: 0.4, plan: 80 },
    ],
    bonusBase: 1000,
  };

  it.each(["en", "ru"] as const)("reads back what it writes (%s)", (lang) => {
    const plan = matrixSheetPlan(matrix, "S", lang, "KpiMatrix1");
    const snap = readMatrixGrid("S", gridOf(plan))!;
    expect(
      snap.matrix.rows.map((r) => [r.code, r.method, r.weight, r.min, r.plan, r.fact])
    ).toEqual([
      ["A", "corridor", 0.6, 0.8, 1, 0.9],
      ["B", "inverse", 0.4, undefined, 80, undefined],
    ]);
    expect(snap.matrix.rows[0].name).toBe("=looks like a formula");
    expect(snap.matrix.scale).toEqual(matrix.scale);
    expect(snap.matrix.bonusBase).toBe(1000);
    // The bonus, then the status thresholds under it (from the default scale: 80 % and 100 %).
    expect(snap.at.bonus).toBe(`B${parseRange(plan.area).rows - 2}`);
    expect(snap.at.statusGreen).toBe(`B${parseRange(plan.area).rows}`);
    expect([snap.matrix.statusAmber, snap.matrix.statusGreen]).toEqual([0.8, 1]);
    expect(snap.matrix.interpolation).toBe("step");
  });

  it("finds the columns by header when the user moved them", () => {
    const plan = matrixSheetPlan(matrix, "S", "en", "KpiMatrix1");
    const grid = gridOf(plan).map((row, r) => {
      if (r < 4) return row;
      const copy = [...row];
      [copy[0], copy[8]] = [copy[8], copy[0]]; // swap KPI name and Fact
      return copy;
    });
    const snap = readMatrixGrid("S", grid)!;
    expect(snap.matrix.rows.map((r) => [r.name, r.fact])).toEqual([
      ["=looks like a formula", 0.9],
      ["Average check", undefined],
    ]);
    expect(snap.at.rows[0].fact).toBe("A6");
  });

  it("writes a blank matrix with one empty table row and reads it as no KPIs", () => {
    const plan = matrixSheetPlan(emptyMatrix("Blank"), "S", "en", "KpiMatrix1");
    expect(plan.table!.address).toBe("A5:L6");
    expect(readMatrixGrid("S", gridOf(plan))!.matrix.rows).toEqual([]);
  });

  it("gives no matrix for a sheet without the matrix headers", () => {
    expect(
      readMatrixGrid("S", [
        ["just", "data"],
        [1, 2],
      ])
    ).toBeUndefined();
  });
});

describe("numbers typed as text", () => {
  it("are read only when they are decimal numbers", () => {
    expect(
      ["0x10", "0b1", "Infinity", "1,5", "-2.5e3", "12 %", "1.2.3"].map(numberFromCell)
    ).toEqual([undefined, undefined, undefined, 1.5, -2500, 0.12, undefined]);
  });
});
