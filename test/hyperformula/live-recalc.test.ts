/**
 * Live recalculation: a 100-row matrix in HyperFormula (fact, plan, min, weight, KPI.INDEX per row,
 * a spilled KPI.INDEX/KPI.STATUS over the whole column, a KPI.WEIGHTED total). Changing facts
 * updates the indices, the spilled results and the total through the engine's dependency graph.
 */
import type { HyperFormula } from "hyperformula";
import { kpiIndex } from "../../src/core/kpi-index";
import { kpiWeighted } from "../../src/core/weighted";
import { createKpiEngine } from "../../src/sandbox/engine";

const N = 100;
// Columns: A fact, B plan, C min, D weight, E KPI.INDEX per row, G spilled index, H spilled status.
const cell = (row: number, col: number) => ({ sheet: 0, row, col });

function matrix(): unknown[][] {
  const rows: unknown[][] = [];
  for (let i = 0; i < N; i++) {
    const r = i + 1;
    rows.push([
      800 + i * 5,
      1000,
      i % 2 === 0 ? 500 : "",
      1 / N,
      `=KPI.INDEX(A${r},B${r},C${r})`,
      null,
      null,
      null,
    ]);
  }
  rows[0][5] = `=KPI.WEIGHTED(E1:E${N},D1:D${N})`;
  rows[0][6] = `=KPI.INDEX(A1:A${N},B1:B${N},C1:C${N})`;
  rows[0][7] = `=KPI.STATUS(G1:G${N})`;
  return rows;
}

function facts(hf: HyperFormula): unknown[] {
  return Array.from({ length: N }, (_, i) => hf.getCellValue(cell(i, 0)));
}

function expectedIndices(fs: unknown[]): number[] {
  return fs.map((f, i) => kpiIndex(f, 1000, i % 2 === 0 ? 500 : null) as number);
}

describe("live recalculation of a 100-row matrix", () => {
  let hf: HyperFormula;
  beforeEach(() => {
    hf = createKpiEngine({ Matrix: matrix() });
  });
  afterEach(() => hf.destroy());

  function expectConsistent(): void {
    const want = expectedIndices(facts(hf));
    for (let i = 0; i < N; i++) {
      expect(hf.getCellValue(cell(i, 4))).toBeCloseTo(want[i], 12);
      expect(hf.getCellValue(cell(i, 6))).toBeCloseTo(want[i], 12);
      expect(hf.getCellValue(cell(i, 7))).toBe(
        want[i] >= 1 ? "green" : want[i] >= 0.9 ? "amber" : "red"
      );
    }
    const total = kpiWeighted(
      want.map((x) => [x]),
      want.map(() => [1 / N])
    ) as number;
    expect(hf.getCellValue(cell(0, 5))).toBeCloseTo(total, 12);
  }

  it("computes the matrix", () => {
    expectConsistent();
  });

  it("updates indices, spilled results and the total when one fact changes", () => {
    const before = hf.getCellValue(cell(0, 5)) as number;
    const changes = hf.setCellContents(cell(10, 0), [[2000]]);
    expect(changes.length).toBeGreaterThan(3);
    expect(hf.getCellValue(cell(10, 4))).toBeCloseTo(3, 12); // corridor: (2000 − 500) ÷ (1000 − 500)
    expect(hf.getCellValue(cell(10, 7))).toBe("green");
    expect(hf.getCellValue(cell(0, 5))).toBeGreaterThan(before);
    expectConsistent();
  });

  it("updates everything when every fact changes at once", () => {
    hf.setCellContents(
      cell(0, 0),
      Array.from({ length: N }, (_, i) => [1200 - i * 3])
    );
    expectConsistent();
  });

  it("turns the total into #N/A when a fact is cleared and back when it returns", () => {
    hf.setCellContents(cell(5, 0), [[null]]);
    expect(hf.getCellValue(cell(5, 4))).toBeNull();
    expect(hf.getCellValue(cell(5, 6))).toBeNull();
    expect(hf.getCellValue(cell(0, 5))).toMatchObject({ value: "#N/A" });
    hf.setCellContents(cell(5, 0), [[950]]);
    expectConsistent();
  });

  it("shows an error in one row and in the total, then recovers", () => {
    hf.setCellContents(cell(3, 0), [["n/a"]]);
    expect(hf.getCellValue(cell(3, 4))).toMatchObject({ value: "#VALUE!" });
    expect(hf.getCellValue(cell(3, 6))).toMatchObject({ value: "#VALUE!" });
    expect(hf.getCellValue(cell(0, 5))).toMatchObject({ value: "#VALUE!" });
    hf.setCellContents(cell(3, 0), [[1000]]);
    expectConsistent();
  });

  it("reacts to a plan change as well as to facts", () => {
    hf.setCellContents(
      cell(0, 1),
      Array.from({ length: N }, () => [900])
    );
    const want = facts(hf).map((f, i) => kpiIndex(f, 900, i % 2 === 0 ? 500 : null) as number);
    for (let i = 0; i < N; i++) expect(hf.getCellValue(cell(i, 6))).toBeCloseTo(want[i], 12);
  });
});

describe("live recalculation of status levels against threshold cells", () => {
  it("editing a threshold cell changes every status that refers to it", () => {
    // A: index; B1 amber from, B2 green from; C: KPI.STATUS level against them.
    const rows: unknown[][] = [0.75, 0.85, 0.95, 1.05].map((x, i) => [
      x,
      i === 0 ? 0.8 : i === 1 ? 1 : null,
      `=KPI.STATUS(A${i + 1},$B$1,$B$2,"level")`,
    ]);
    const hf = createKpiEngine({ S: rows });
    const levels = () => [0, 1, 2, 3].map((r) => hf.getCellValue(cell(r, 2)));
    expect(levels()).toEqual([1, 2, 2, 3]);
    hf.setCellContents(cell(0, 1), [[0.9]]);
    expect(levels()).toEqual([1, 1, 2, 3]);
    hf.setCellContents(cell(1, 1), [[0.95]]);
    expect(levels()).toEqual([1, 1, 3, 3]);
    hf.setCellContents(cell(0, 1), [[90]]); // a whole percent: every status says what to type
    expect(
      levels().every((v) => typeof v === "object" && (v as { type: string }).type === "VALUE")
    ).toBe(true);
    hf.destroy();
  });
});
