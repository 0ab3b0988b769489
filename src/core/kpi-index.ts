/**
 * KPI.INDEX: the performance index of one KPI (1 = 100 %), per DESIGN.md "KPI.INDEX methods".
 * min and max are in the fact's units: min is the value that scores 0 (a gate), max the best
 * value that still counts (a cap).
 */
import { kpiError, KpiError } from "./errors";
import { type IndexMethod, parseMethod } from "./options";
import { evaluateCell, finishRow, type RunSpec } from "./runner";
import { atLeast, atMost, type Blank, type Grid } from "./values";

/** Index from typed values; null arguments are "not given". The runner calls this per cell. */
export function indexValue(
  fact: number | Blank,
  plan: number | Blank,
  min: number | Blank,
  max: number | Blank,
  method: IndexMethod | Blank
): number | Blank | KpiError {
  if (fact === null || plan === null) return null;
  const m = method ?? (min === null ? "ratio" : "corridor");
  if (m === "ratio") return ratio(fact, plan, min, max);
  if (m === "inverse") return inverse(fact, plan, min, max);
  if (m === "corridor") return corridor(fact, plan, min, max);
  return binary(fact, plan, min);
}

function ratio(
  fact: number,
  plan: number,
  min: number | Blank,
  max: number | Blank
): number | KpiError {
  if (plan === 0) return kpiError("#DIV/0!", "planZero");
  if (plan < 0) return kpiError("#NUM!", "planNegative");
  if (min !== null && max !== null && max < min)
    return kpiError("#VALUE!", "maxBelowMin", max, min);
  if (min !== null && !atLeast(fact, min)) return 0;
  return (max !== null && fact > max ? max : fact) / plan;
}

function inverse(
  fact: number,
  plan: number,
  min: number | Blank,
  max: number | Blank
): number | KpiError {
  if (plan < 0) return kpiError("#NUM!", "planNegative");
  if (min !== null && max !== null && max > min)
    return kpiError("#VALUE!", "maxAboveMin", max, min);
  if (min !== null && !atMost(fact, min)) return 0;
  const f = max !== null && fact < max ? max : fact;
  if (f === 0) return kpiError("#DIV/0!", "inverseFactZero");
  if (f < 0) return kpiError("#NUM!", "inverseFactNegative");
  return plan / f;
}

function corridor(
  fact: number,
  plan: number,
  min: number | Blank,
  max: number | Blank
): number | KpiError {
  if (min === null) return kpiError("#VALUE!", "corridorNeedsMin");
  if (plan === min) return kpiError("#DIV/0!", "planEqualsMin", min);
  const higherIsBetter = plan > min;
  if (max !== null && (higherIsBetter ? max < min : max > min)) {
    return kpiError("#VALUE!", higherIsBetter ? "maxBelowMin" : "maxAboveMin", max, min);
  }
  const f = max !== null && (higherIsBetter ? fact > max : fact < max) ? max : fact;
  const index = (f - min) / (plan - min);
  return index > 0 ? index : 0;
}

function binary(fact: number, plan: number, min: number | Blank): number | KpiError {
  if (min === null) return atLeast(fact, plan) ? 1 : 0;
  if (plan === min) return kpiError("#DIV/0!", "planEqualsMin", min);
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
  full: (r: number, c: number) => unknown
): Grid<unknown> {
  const [facts, plans, mins, maxes, methods] = grids;
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
