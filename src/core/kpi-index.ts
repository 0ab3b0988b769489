/**
 * KPI.INDEX: the performance index of one KPI (1 = 100 %), per DESIGN.md "KPI.INDEX methods".
 * min and max are in the fact's units: min is the value that scores 0 (a gate), max the best
 * value that still counts (a cap).
 */
import { kpiError, KpiError } from "./errors";
import { type IndexMethod, parseMethod } from "./options";
import { evaluateCell, finishRow, type RunSpec } from "./runner";
import {
  above,
  atLeast,
  atMost,
  below,
  type Blank,
  equal15,
  type Grid,
  isRectangular,
} from "./values";

/**
 * Index from typed values; null arguments are "not given". The runner calls this per cell. A blank
 * fact is "no fact yet" (blank); a fact without a plan is an error (#N/A), never a blank that a
 * total could skip. No method returns an index below 0. Comparisons are at 15 significant digits
 * (values.ts, compare15), as in Excel and the portable formulas.
 */
export function indexValue(
  fact: number | Blank,
  plan: number | Blank,
  min: number | Blank,
  max: number | Blank,
  method: IndexMethod | Blank
): number | Blank | KpiError {
  if (fact === null) return null;
  if (plan === null) return NO_PLAN;
  const m = method ?? (min === null ? "ratio" : "corridor");
  if (m === "ratio") return ratio(fact, plan, min, max);
  if (m === "inverse") return inverse(fact, plan, min, max);
  if (m === "corridor") return corridor(fact, plan, min, max);
  return binary(fact, plan, min);
}

const NO_PLAN = kpiError("#N/A", "noPlan");

/** x when above 0, else 0 (also for -0): no index is negative. */
function floor0(x: number): number {
  return x > 0 ? x : 0;
}

function ratio(
  fact: number,
  plan: number,
  min: number | Blank,
  max: number | Blank
): number | KpiError {
  if (plan === 0) return kpiError("#DIV/0!", "planZero");
  if (plan < 0) return kpiError("#NUM!", "planNegative");
  if (min !== null && max !== null && below(max, min))
    return kpiError("#VALUE!", "maxBelowMin", max, min);
  if (min !== null && below(fact, min)) return 0;
  // A negative fact scores 0, as below a corridor's min (plan errors come first).
  return floor0((max !== null && above(fact, max) ? max : fact) / plan);
}

function inverse(
  fact: number,
  plan: number,
  min: number | Blank,
  max: number | Blank
): number | KpiError {
  if (plan < 0) return kpiError("#NUM!", "planNegative");
  if (min !== null && max !== null && above(max, min))
    return kpiError("#VALUE!", "maxAboveMin", max, min);
  if (min !== null && above(fact, min)) return 0;
  const f = max !== null && below(fact, max) ? max : fact;
  if (f === 0) return kpiError("#DIV/0!", "inverseFactZero");
  return f < 0 ? 0 : floor0(plan / f);
}

function corridor(
  fact: number,
  plan: number,
  min: number | Blank,
  max: number | Blank
): number | KpiError {
  if (min === null) return kpiError("#VALUE!", "corridorNeedsMin");
  if (equal15(plan, min)) return kpiError("#DIV/0!", "planEqualsMin", min);
  const higherIsBetter = plan > min;
  if (max !== null && (higherIsBetter ? below(max, min) : above(max, min))) {
    return kpiError("#VALUE!", higherIsBetter ? "maxBelowMin" : "maxAboveMin", max, min);
  }
  const f = max !== null && (higherIsBetter ? above(fact, max) : below(fact, max)) ? max : fact;
  // Halves first: exact for every normal number, and a difference of two finite numbers cannot
  // overflow (1.7e308 − (−1.7e308)), so a finite index stays finite. The native formula does the same.
  return floor0((f / 2 - min / 2) / (plan / 2 - min / 2));
}

function binary(fact: number, plan: number, min: number | Blank): number | KpiError {
  if (min === null) return atLeast(fact, plan) ? 1 : 0;
  if (equal15(plan, min)) return kpiError("#DIV/0!", "planEqualsMin", min);
  return (plan > min ? atLeast(fact, plan) : atMost(fact, plan)) ? 1 : 0;
}

/**
 * KPI.INDEX's own loop (see Kernel in runner.ts) for fact and plan as ranges and the other
 * arguments single values — the common case, kept free of mixed-type values so V8 keeps the
 * numbers unboxed. Any other cell, and any other layout, takes the full path.
 */
function indexKernel(
  grids: readonly (Grid<unknown> | null)[],
  k: readonly unknown[],
  rows: number,
  cols: number,
  full: (r: number, c: number) => unknown,
  fresh: boolean
): Grid<unknown> | null {
  const [facts, plans, mins, maxes, methods] = grids;
  const onlyFactAndPlan = facts !== null && plans !== null && mins === null && maxes === null;
  if (fresh && cols === 1 && onlyFactAndPlan && methods === null) {
    // Not inlined by the minifier: as a function expression made anew on every call, Chromium
    // began each call's million-row loop unoptimized (docs/PERFORMANCE.md).
    return /*#__NOINLINE__*/ indexColumnInPlace(
      facts,
      plans,
      k[2] as number | null,
      k[3] as number | null,
      k[4] as IndexMethod | null,
      full
    );
  }
  // Fresh columns come with their rows unchecked (see Kernel): the other layouts check them first.
  if (fresh && cols === 1 && !grids.every((g) => g === null || isRectangular(g))) return null;
  const out: Grid<unknown> = new Array(rows);
  if (facts === null || plans === null || mins !== null || maxes !== null || methods !== null) {
    for (let r = 0; r < rows; r++) out[r] = finishRow([], r, 0, cols, full);
    return out;
  }
  const min = k[2] as number | null;
  const max = k[3] as number | null;
  const method = k[4] as IndexMethod | null;
  if (cols === 1) {
    // A column (the usual matrix layout): one-cell rows as literals, the cheapest arrays to make.
    for (let r = 0; r < rows; r++) {
      const f = facts[r][0];
      const p = plans[r][0];
      if (typeof f === "number" && typeof p === "number" && f - f === 0 && p - p === 0) {
        const x = indexValue(f, p, min, max, method);
        if (typeof x === "number" && x - x === 0) {
          out[r] = [x];
          continue;
        }
      }
      out[r] = [full(r, 0)];
    }
    return out;
  }
  for (let r = 0; r < rows; r++) {
    const factRow = facts[r];
    const planRow = plans[r];
    const row: number[] = new Array(cols);
    out[r] = row;
    for (let c = 0; c < cols; c++) {
      const f = factRow[c];
      const p = planRow[c];
      if (typeof f !== "number" || typeof p !== "number" || f - f !== 0 || p - p !== 0) {
        out[r] = finishRow(row, r, c, cols, full);
        break;
      }
      const x = indexValue(f, p, min, max, method);
      if (typeof x !== "number" || x - x !== 0) {
        out[r] = finishRow(row, r, c, cols, full);
        break;
      }
      row[c] = x;
    }
  }
  return out;
}

/**
 * The one cell of a one-cell row, read so that V8 leaves the row's elements kind as it is. An
 * indexed read (`row[0]`) in a loop whose optimized code has met rows of several kinds (whole
 * numbers and fractions as a parser makes them, blanks or text from another column) may convert
 * each row it reads to the most general kind it has met — a new backing store and a boxed number
 * per row — and after one column with a blank, a million-row column ran 3–4 times slower in
 * Chromium and about 2 times slower in Node. Read through `Array.prototype.at`, the rows stayed as
 * they came (docs/PERFORMANCE.md). Runtimes without it (Safari before 15.4) read by index: the
 * same values, only without that care.
 */
const cellOf: (row: readonly unknown[]) => unknown =
  typeof Array.prototype.at === "function" ? (row) => row.at(0) : (row) => row[0];

/**
 * A column of arrays made for this call alone (Excel's arguments, see Kernel): each fact row
 * becomes its own result row, its one cell overwritten by the index once fact and plan are read
 * (through cellOf), and the fact range becomes the result, so a million-row column allocates no
 * array at all. A row that takes the full path gets a new one-cell row (full reads the row first),
 * which keeps the fact rows holding numbers only. Each row is checked to be an array of one cell
 * as it is read, in the same pass: null at the first that is not (the runner reports the range's
 * shape).
 */
function indexColumnInPlace(
  facts: Grid<unknown>,
  plans: Grid<unknown>,
  min: number | null,
  max: number | null,
  method: IndexMethod | null,
  full: (r: number, c: number) => unknown
): Grid<unknown> | null {
  const rows = facts.length;
  for (let r = 0; r < rows; r++) {
    const row = facts[r];
    const planRow = plans[r];
    if (!Array.isArray(row) || row.length !== 1 || !Array.isArray(planRow) || planRow.length !== 1)
      return null;
    const f = cellOf(row);
    const p = cellOf(planRow);
    if (typeof f === "number" && typeof p === "number" && f - f === 0 && p - p === 0) {
      const x = indexValue(f, p, min, max, method);
      if (typeof x === "number" && x - x === 0) {
        row[0] = x;
        continue;
      }
    }
    facts[r] = [full(r, 0)];
  }
  return facts;
}

/** Parameters, defaults and result shape of KPI.INDEX, for the runner and the registry. */
export const INDEX_SPEC: RunSpec = {
  params: [
    { name: "fact", type: "number", shape: "each" },
    { name: "plan", type: "number", shape: "each" },
    { name: "min", type: "number", shape: "each", optional: true },
    { name: "max", type: "number", shape: "each", optional: true },
    { name: "method", type: "option", shape: "each", optional: true, parse: parseMethod },
  ],
  result: { kind: "each" },
  each: indexValue,
  kernel: indexKernel,
};

/**
 * KPI.INDEX on single values, for other code (matrix builder, portable-formula tests): raw cell
 * values in (numbers, "" or null for blank, a method name or 1–4), number | null | KpiError out.
 */
export function kpiIndex(
  fact: unknown,
  plan: unknown,
  min?: unknown,
  max?: unknown,
  method?: unknown
): number | Blank | KpiError {
  return evaluateCell(INDEX_SPEC, [fact, plan, min, max, method]) as number | Blank | KpiError;
}
