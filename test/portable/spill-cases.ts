/**
 * Random cases for spilled KPI calls translated per cell: each case is a block of input rows,
 * a KPI formula over it (anchored on the block's first row) and the size of its spill.
 */
import { type CellInput, col, rng } from "./cases";

/** One spilled case. */
export interface SpillCase {
  /** Input rows, from column A. */
  block: CellInput[][];
  /** The KPI formula with its references for a block starting on 1-based row `top`. */
  formula: (top: number) => string;
  rows: number;
  cols: number;
}

const ERRORS = ["=NA()", "=1/0", "=ASIN(2)"];

/** Generators by function name; `booleans` is false for LibreOffice (no boolean cells). */
export const SPILL_GENERATORS: Record<
  string,
  (n: number, seed: number, booleans: boolean) => SpillCase[]
> = {
  /** KPI.INDEX over a row of 5 facts and plans (A..E, F..J), min in K, method in L. */
  INDEX: (n, seed, booleans) => {
    const r = rng(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
    const value = (): CellInput =>
      r() < 0.08
        ? null
        : r() < 0.08
          ? pick(["abc", ...ERRORS, ...(booleans ? [true] : [])])
          : Math.round(r() * 2000) / 10;
    return Array.from({ length: n }, () => {
      const facts = Array.from({ length: 5 }, value);
      const plans = Array.from({ length: 5 }, () => (r() < 0.1 ? pick([0, -5]) : value()));
      // No error values in single-value arguments here: HyperFormula then fills the whole spill
      // area with the error, where Excel (which does not call the function) shows one value; the
      // per-cell translation follows Excel (docs/PORTABLE.md).
      const min: CellInput = r() < 0.5 ? null : pick([0, 50, 120]);
      const method: CellInput = r() < 0.3 ? null : pick(["ratio", "inverse", "вилка", 4, "bad"]);
      return {
        block: [[...facts, ...plans, min, method]],
        rows: 1,
        cols: 5,
        formula: (top) => `KPI.INDEX(A${top}:E${top},F${top}:J${top},K${top},,L${top})`,
      };
    });
  },
  /** KPI.ABC over 6 values in a column (A1:A6), a and b in B1, C1. */
  ABC: (n, seed) => {
    const r = rng(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
    return Array.from({ length: n }, () => {
      const values: CellInput[] = Array.from({ length: 6 }, () =>
        r() < 0.1 ? null : r() < 0.3 ? pick([10, 20, 50]) : Math.round(r() * 1000)
      );
      if (r() < 0.05) values[Math.floor(r() * 6)] = pick(["abc", ...ERRORS]);
      if (r() < 0.05) values[Math.floor(r() * 6)] = -5;
      if (r() < 0.03) values.fill(0);
      const a: CellInput = r() < 0.7 ? null : pick([0.5, 0.8, 0.9]);
      const b: CellInput = r() < 0.7 ? null : pick([0.95, 0.7, 1]);
      const block = values.map((v, i) => (i === 0 ? [v, a, b] : [v]));
      return {
        block,
        rows: 6,
        cols: 1,
        formula: (top) => `KPI.ABC(A${top}:A${top + 5},B${top},C${top})`,
      };
    });
  },
  /** KPI.XYZ over 3 rows of 6 months (A..F). */
  XYZ: (n, seed) => {
    const r = rng(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
    return Array.from({ length: n }, () => {
      const block = Array.from({ length: 3 }, () => {
        const level = pick([10, 100, 0]);
        const spread = pick([0.05, 0.2, 0.6]);
        const row: CellInput[] = Array.from({ length: 6 }, () =>
          r() < 0.1 ? null : Math.round(level * (1 + spread * (r() * 2 - 1)) * 100) / 100
        );
        if (r() < 0.05) row[Math.floor(r() * 6)] = pick(["abc", ...ERRORS]);
        if (r() < 0.05) row.fill(null, 1);
        return row;
      });
      // x and y in G and H of the first row: sometimes given, sometimes in the wrong order or errors.
      const x: CellInput = r() < 0.6 ? null : pick([0.05, 0.2, 0.3, "abc"]);
      const y: CellInput = r() < 0.6 ? null : pick([0.25, 0.1, 0.5]);
      block[0].push(x, y);
      return {
        block,
        rows: 3,
        cols: 1,
        formula: (top) => `KPI.XYZ(A${top}:F${top + 2},G${top},H${top})`,
      };
    });
  },
};

/** Column letter of a 0-based index (re-exported for the suites). */
export { col };
