/**
 * What the next bonus step needs (DESIGN.md "What is needed"): for a matrix with every index in,
 * the next threshold of its bonus scale above the score, and for each KPI the fact that would
 * reach it on its own (the others as they are), by KPI.NEEDED's rule.
 */
import { isKpiError } from "./errors";
import type { Matrix } from "./matrix/types";
import { neededValue } from "./needed";
import { above } from "./values";

export interface StepNeed {
  /** Row of the matrix (0-based). */
  row: number;
  /** The fact that alone lifts the score to the step; undefined when no fact can. */
  fact?: number;
}

export interface NextStep {
  /** The score now and the next step's threshold and coefficient. */
  score: number;
  threshold: number;
  coefficient: number;
  needs: StepNeed[];
}

/**
 * The next step, or undefined when an index is not a number yet, the weights total 0, the scale
 * is empty or the score is already at its last step.
 */
export function nextBonusStep(matrix: Matrix, indices: readonly unknown[]): NextStep | undefined {
  const rows = matrix.rows;
  if (rows.length === 0 || indices.length !== rows.length) return undefined;
  if (!indices.every((x) => typeof x === "number" && Number.isFinite(x))) return undefined;
  const idx = indices as number[];
  const total = rows.reduce((s, r) => s + r.weight, 0);
  if (!(total > 0)) return undefined;
  const score = rows.reduce((s, r, i) => s + r.weight * idx[i], 0) / total;
  const step = [...matrix.scale]
    .sort((a, b) => a.threshold - b.threshold)
    .find((p) => above(p.threshold, score));
  if (!step) return undefined;
  const needs = rows.map((r, row): StepNeed => {
    if (!(r.weight > 0)) return { row };
    const target = idx[row] + ((step.threshold - score) * total) / r.weight;
    const fact = neededValue(target, r.plan ?? null, r.min ?? null, r.max ?? null, r.method);
    return typeof fact === "number" && !isKpiError(fact) ? { row, fact } : { row };
  });
  return { score, threshold: step.threshold, coefficient: step.coefficient, needs };
}
