/** Lays spilled cases out side by side with their per-cell translations; evaluates in HyperFormula. */
import { createKpiEngine } from "../../src/sandbox/engine";
import { translateSpill } from "../../src/workbook/portable/spill";
import type { CellInput } from "./cases";
import { fromHf, type Shown } from "./compare";
import { hfCell } from "./harness";
import { SPILL_GENERATORS, type SpillCase } from "./spill-cases";

/** 0-based columns of the KPI anchor and of the first native cell. */
export const ANCHOR_COL = 30;
export const NATIVE_COL = 40;

/** A spilled case placed on the sheet, with its formulas. */
export interface PlacedCase {
  c: SpillCase;
  top: number;
  kpi: string;
  /** Per-cell native formulas (undefined when the translator gave up). */
  native?: { row: number; col: number; formula: string }[];
}

/** Generates and places `n` cases of a function. */
export function placeSpillCases(name: string, n: number, booleans: boolean): PlacedCase[] {
  let top = 1;
  return SPILL_GENERATORS[name](n, 4321 + name.length * 131, booleans).map((c) => {
    const kpi = `=${c.formula(top)}`;
    const placed = { c, top, kpi, native: translateSpill(kpi) };
    top += c.block.length + 1;
    return placed;
  });
}

/** The input grid (blocks only), 0-based rows. */
export function inputGrid(cases: PlacedCase[]): CellInput[][] {
  const grid: CellInput[][] = [];
  for (const p of cases) {
    p.c.block.forEach((row, i) => (grid[p.top - 1 + i] = [...row]));
    grid[p.top - 1 + p.c.block.length] = [];
  }
  return grid;
}

/** KPI results (the spill of each anchor) and native results, cell by cell, from HyperFormula. */
export function evaluateSpillsInHf(
  cases: PlacedCase[],
  withNative = true
): { kpi: Shown[]; native: Shown[] } {
  const grid = inputGrid(cases).map((row) => (row ?? []).map(hfCell));
  for (const p of cases) {
    const r = p.top - 1;
    grid[r][ANCHOR_COL] = p.kpi;
    for (const cell of withNative ? (p.native ?? []) : []) {
      const row = (grid[r + cell.row] ??= []);
      row[NATIVE_COL + cell.col] = cell.formula;
    }
  }
  const padded = grid.map((row) =>
    Array.from({ length: NATIVE_COL + 8 }, (_, i) => row?.[i] ?? null)
  );
  const hf = createKpiEngine({ Data: padded });
  const kpi: Shown[] = [];
  const native: Shown[] = [];
  for (const p of cases) {
    for (let i = 0; i < p.c.rows; i++) {
      for (let j = 0; j < p.c.cols; j++) {
        const row = p.top - 1 + i;
        kpi.push(fromHf(hf.getCellValue({ sheet: 0, row, col: ANCHOR_COL + j })));
        if (withNative)
          native.push(fromHf(hf.getCellValue({ sheet: 0, row, col: NATIVE_COL + j })));
      }
    }
  }
  hf.destroy();
  return { kpi, native };
}
