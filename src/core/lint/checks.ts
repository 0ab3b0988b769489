/** The lint checks of DESIGN.md "Lint", one function per matrix; messages carry the numbers. */
import { DIRECTION_NAMES, METHOD_NAMES, impliedDirection, type Card } from "../card";
import { HINT_KPIS, MAX_KPIS, totalWeight } from "../matrix";
import { totalIsWhole } from "../weights";
import { isCellError, type CellError, type CellResult, type MatrixSnapshot } from "../matrix/types";
import type { Finding, FindingCode, LintInput, Severity } from "./types";

/** A number as the messages show it: at most 4 decimals, no trailing zeros. */
function num(x: number): string {
  return String(Math.round(x * 1e4) / 1e4);
}

/** A fraction as a percentage ("95 %"), rounded to 2 decimals. */
function pct(x: number): string {
  return `${Math.round(x * 1e4) / 1e2} %`;
}

/** Errors Excel shows while it is still calculating: not a problem with the matrix. */
const TRANSIENT = new Set(["#BUSY!", "#GETTING_DATA"]);

/** True for an error the user should fix (not a calculation still in progress). */
function isLastingError(v: CellResult): v is CellError {
  return isCellError(v) && !TRANSIENT.has(v.error);
}

function errorText(v: CellResult): string {
  if (!isCellError(v)) return "";
  return v.message ? `${v.error} (${v.message})` : v.error;
}

/** Checks one matrix; `cards` is the card table (undefined when the workbook has none). */
export function lintMatrix(snap: MatrixSnapshot, cards?: readonly Card[]): Finding[] {
  const out: Finding[] = [];
  const { sheet, matrix, at } = snap;
  const subject = matrix.name || sheet;
  const add = (
    severity: Severity,
    code: FindingCode,
    address: string,
    en: string,
    ru: string
  ): void => {
    out.push({ severity, code, message: { en, ru }, at: { sheet, address }, subject });
  };
  const rows = matrix.rows;
  const rowsWithError = new Set<number>();

  // Weights: the total must be 100 % (as 1, or 100 when typed as percents).
  const total = totalWeight(rows);
  const totalsTo100 = totalIsWhole(total);
  const shownTotal = total > 1.5 ? total / 100 : total;
  if (rows.length > 0 && !totalsTo100) {
    add(
      "error",
      "weights-total",
      at.weightTotal,
      `Weights total ${pct(shownTotal)}, not 100 %.`,
      `Сумма весов ${pct(shownTotal)}, а не 100 %.`
    );
  }

  rows.forEach((r, i) => {
    const a = at.rows[i];
    const label = r.name || r.code || `#${i + 1}`;
    if (r.weight < 0) {
      rowsWithError.add(i);
      add(
        "error",
        "negative-weight",
        a.weight,
        `${label}: the weight ${pct(r.weight)} is negative.`,
        `${label}: вес ${pct(r.weight)} отрицательный.`
      );
    }
    if (r.min !== undefined && r.plan !== undefined && r.min === r.plan) {
      const corridor = r.method === "corridor";
      if (corridor) rowsWithError.add(i);
      add(
        corridor ? "error" : "warning",
        "plan-equals-min",
        a.plan,
        corridor
          ? `${label}: plan equals min (${num(r.plan)}); the corridor divides by zero.`
          : `${label}: plan equals min (${num(r.plan)}); any shortfall scores 0.`,
        corridor
          ? `${label}: план равен минимуму (${num(r.plan)}); вилка делит на ноль.`
          : `${label}: план равен минимуму (${num(r.plan)}); любое недовыполнение даёт 0.`
      );
    }
    if (r.method === "inverse" && r.min !== undefined && r.plan !== undefined && r.min < r.plan) {
      rowsWithError.add(i);
      add(
        "error",
        "method-direction",
        a.method,
        `${label}: the inverse method means lower is better, but min ${num(r.min)} is below plan ${num(r.plan)}.`,
        `${label}: обратный метод значит «меньше — лучше», но минимум ${num(r.min)} ниже плана ${num(r.plan)}.`
      );
    }
    if (r.method === "ratio" && r.min !== undefined && r.plan !== undefined && r.min > r.plan) {
      rowsWithError.add(i);
      add(
        "error",
        "method-direction",
        a.method,
        `${label}: the ratio method means higher is better, but min ${num(r.min)} is above plan ${num(r.plan)}.`,
        `${label}: прямой метод значит «больше — лучше», но минимум ${num(r.min)} выше плана ${num(r.plan)}.`
      );
    }
    const card = r.code
      ? cards?.find((c) => c.code.toLowerCase() === r.code.toLowerCase())
      : undefined;
    if (r.code && cards && !card) {
      add(
        "warning",
        "unknown-card",
        a.code,
        `${label}: card ${r.code} is no longer in the card table.`,
        `${label}: карточки ${r.code} больше нет в таблице карточек.`
      );
    }
    const implied = impliedDirection(r.method, r.min, r.plan);
    if (card?.direction && implied && implied !== card.direction) {
      const m = METHOD_NAMES[r.method];
      const d = DIRECTION_NAMES[card.direction];
      add(
        "warning",
        "card-direction",
        a.method,
        `${label}: the card says "${d.en}", but the ${m.en} method with these min and plan scores the opposite.`,
        `${label}: в карточке «${d.ru}», а метод «${m.ru}» с этими минимумом и планом считает наоборот.`
      );
    }
    if (r.fact === undefined) {
      add(
        "info",
        "missing-fact",
        a.fact,
        `${label}: no fact yet.`,
        `${label}: факт ещё не введён.`
      );
    }
  });

  if (cards === undefined && rows.some((r) => r.code)) {
    add(
      "info",
      "no-cards",
      at.name,
      `The workbook has no card table, so the cards of ${subject} cannot be checked.`,
      `В книге нет таблицы карточек, поэтому карточки матрицы «${subject}» не проверить.`
    );
  }

  if (rows.length > MAX_KPIS) {
    add(
      "warning",
      "too-many-kpis",
      at.rows[MAX_KPIS].name,
      `${rows.length} KPIs for one person: more than ${MAX_KPIS} dilutes motivation.`,
      `${rows.length} KPI на одного сотрудника: больше ${MAX_KPIS} размывает мотивацию.`
    );
  } else if (rows.length > HINT_KPIS) {
    add(
      "info",
      "many-kpis",
      at.rows[HINT_KPIS].name,
      `${rows.length} KPIs: consider keeping ${HINT_KPIS} or fewer.`,
      `${rows.length} KPI: лучше оставить не больше ${HINT_KPIS}.`
    );
  }

  // Formula errors: report each row's index once, unless a finding above already explains it.
  snap.results.forEach((res, i) => {
    if (rowsWithError.has(i)) return;
    const bad = [res.index, res.score, res.status].find(isLastingError);
    if (!bad) return;
    const label = rows[i]?.name || rows[i]?.code || `#${i + 1}`;
    add(
      "error",
      "formula-error",
      at.rows[i].index,
      `${label}: the index shows ${errorText(bad)}.`,
      `${label}: индекс показывает ${errorText(bad)}.`
    );
  });
  const missingFacts = rows.some((r) => r.fact === undefined);
  const explained =
    rowsWithError.size > 0 ||
    snap.results.some((r) => isLastingError(r.index)) ||
    (!totalsTo100 && rows.length > 0);
  if (
    isLastingError(snap.total) &&
    isCellError(snap.total) &&
    !explained &&
    !(snap.total.error === "#N/A" && missingFacts)
  ) {
    add(
      "error",
      "formula-error",
      at.total,
      `The total shows ${errorText(snap.total)}.`,
      `Итог показывает ${errorText(snap.total)}.`
    );
  }
  if (isLastingError(snap.bonus) && !isCellError(snap.total)) {
    add(
      "error",
      "formula-error",
      at.bonus,
      `The bonus shows ${errorText(snap.bonus)}.`,
      `Премия показывает ${errorText(snap.bonus)}.`
    );
  }
  return out;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Checks every matrix of a workbook; findings sorted errors first, then by sheet. */
export function lintWorkbook(input: LintInput): Finding[] {
  const all = input.matrices.flatMap((m) => lintMatrix(m, input.cards));
  return all
    .map((f, i) => ({ f, i }))
    .sort((x, y) => ORDER[x.f.severity] - ORDER[y.f.severity] || x.i - y.i)
    .map((x) => x.f);
}
