/** Building and checking KPI matrices as pure data. */
import { defaultMethod, type Card, type LocalText } from "../card";
import { totalIsWhole } from "../weights";
import type { BonusScalePoint, Matrix, MatrixRow } from "./types";

export * from "./types";

/** A common step scale: below 80 % no bonus, 100 % pays the base, 120 % and above pays 1.5×. */
export const DEFAULT_BONUS_SCALE: readonly BonusScalePoint[] = [
  { threshold: 0.8, coefficient: 0.5 },
  { threshold: 0.9, coefficient: 0.8 },
  { threshold: 1, coefficient: 1 },
  { threshold: 1.1, coefficient: 1.2 },
  { threshold: 1.2, coefficient: 1.5 },
];

/** More KPIs than this for one person dilutes motivation: a warning. */
export const MAX_KPIS = 7;
/** More KPIs than this is worth a hint. */
export const HINT_KPIS = 5;

/** A matrix row from a card; the weight falls back to the card's weight, else 0. */
export function rowFromCard(card: Card, weight?: number): MatrixRow {
  return {
    code: card.code,
    name: card.name,
    unit: card.unit,
    method: card.method ?? defaultMethod(card.min),
    weight: weight ?? card.weight ?? 0,
    min: card.min,
    plan: card.plan,
    max: card.max,
    ...(card.statusAmber !== undefined ? { statusAmber: card.statusAmber } : {}),
    ...(card.statusGreen !== undefined ? { statusGreen: card.statusGreen } : {}),
  };
}

/** An empty matrix with the default bonus scale. */
export function emptyMatrix(name = "", employee = "", period = ""): Matrix {
  return { name, employee, period, rows: [], scale: [...DEFAULT_BONUS_SCALE] };
}

/** A matrix of the given cards, with their own weights unless `weights` (by code) overrides. */
export function matrixFromCards(
  cards: readonly Card[],
  header: Pick<Matrix, "name" | "employee" | "period">,
  weights: Readonly<Record<string, number>> = {}
): Matrix {
  return {
    ...emptyMatrix(header.name, header.employee, header.period),
    rows: cards.map((c) => rowFromCard(c, weights[c.code])),
  };
}

/** Sum of the row weights (fractions; 1 = 100 %). */
export function totalWeight(rows: readonly Pick<MatrixRow, "weight">[]): number {
  return rows.reduce((s, r) => s + (Number.isFinite(r.weight) ? r.weight : 0), 0);
}

/** True when weights total 100 % (as a fraction 1, or as 100 when typed as percents). */
export function weightsComplete(rows: readonly Pick<MatrixRow, "weight">[]): boolean {
  return totalIsWhole(totalWeight(rows));
}

/**
 * Spreads 100 % over rows in whole percents (the remainder goes to the first rows), for a
 * builder's "split evenly" button.
 */
export function evenWeights(count: number): number[] {
  if (count <= 0) return [];
  const base = Math.floor(100 / count);
  const extra = 100 - base * count;
  return Array.from({ length: count }, (_, i) => (base + (i < extra ? 1 : 0)) / 100);
}

/** A problem with one point of a bonus scale (0-based `point`), for the builder's fields. */
export interface ScaleProblem {
  point: number;
  message: LocalText;
}

/** Checks a bonus scale: numbers finite, thresholds strictly increasing (as KPI.BONUS needs). */
export function scaleProblems(scale: readonly BonusScalePoint[]): ScaleProblem[] {
  const out: ScaleProblem[] = [];
  scale.forEach((p, i) => {
    if (!Number.isFinite(p.threshold) || !Number.isFinite(p.coefficient)) {
      out.push({ point: i, message: { en: "Enter numbers.", ru: "Введите числа." } });
    } else if (i > 0 && !(p.threshold > scale[i - 1].threshold)) {
      const prev = scale[i - 1].threshold;
      out.push({
        point: i,
        message: {
          en: `Thresholds must increase: ${p.threshold} follows ${prev}.`,
          ru: `Пороги должны возрастать: ${p.threshold} идёт после ${prev}.`,
        },
      });
    }
  });
  return out;
}
