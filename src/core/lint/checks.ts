/** The lint checks of DESIGN.md "Lint", one function per matrix; messages carry the numbers. */
import { lintTeam } from "./team";
import type { Card, Lang } from "../card";
import { KPI_LIBRARY } from "../library";
import type { LibraryCard } from "../library/types";
import { HINT_KPIS, MAX_KPIS, totalWeight } from "../matrix";
import { totalIsWhole } from "../weights";
import { isCellError, type CellError, type CellResult, type MatrixSnapshot } from "../matrix/types";
import { formatPercent } from "./format";
import { lintRow } from "./rows";
import { lintScale } from "./scale";
import { lintStatus } from "./status";
import type { Finding, FindingCode, LintInput, Severity } from "./types";

/** Errors Excel shows while it is still calculating: not a problem with the matrix. */
const TRANSIENT = new Set(["#BUSY!", "#GETTING_DATA"]);

/** True for an error the user should fix (not a calculation still in progress). */
function isLastingError(v: CellResult): v is CellError {
  return isCellError(v) && !TRANSIENT.has(v.error);
}

/** An error as the cell shows it, with Excel's message or, for #NAME?, what it means here. */
function errorText(v: CellResult, lang: Lang): string {
  if (!isCellError(v)) return "";
  if (v.message) return `${v.error} (${v.message})`;
  if (v.error !== "#NAME?") return v.error;
  return lang === "ru"
    ? `${v.error} (функции KPI работают там, где установлена надстройка KPI Cards; получателям без неё отправьте переносимую копию)`
    : `${v.error} (the KPI functions work where the KPI Cards add-in is installed; send recipients without it a portable copy)`;
}

/** Checks one matrix; `cards` is the card table (undefined when the workbook has none). */
export function lintMatrix(
  snap: MatrixSnapshot,
  cards?: readonly Card[],
  library: readonly LibraryCard[] = KPI_LIBRARY
): Finding[] {
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
  const labelOf = (i: number, lang: Lang): string => {
    const r = rows[i];
    if (r?.name.trim()) return r.name.trim();
    if (r?.code) return r.code;
    const line = /\d+/.exec(at.rows[i]?.name ?? "")?.[0] ?? String(i + 1);
    return lang === "ru" ? `Строка ${line}` : `Row ${line}`;
  };

  // Weights: the total must be 100 % (as 1, or 100 when typed as percents).
  const total = totalWeight(rows);
  if (rows.length > 0 && !Number.isFinite(total)) {
    add(
      "error",
      "weights-total",
      at.weightTotal,
      "The weights are too large to add up; type them as percents that total 100 %.",
      "Веса слишком велики, чтобы их сложить; введите их в процентах, чтобы сумма была 100 %."
    );
  } else if (rows.length > 0 && !totalIsWhole(total)) {
    const shown = total > 1.5 ? total / 100 : total;
    add(
      "error",
      "weights-total",
      at.weightTotal,
      `Weights total ${formatPercent(shown, "en", [1])}, not 100 %.`,
      `Сумма весов ${formatPercent(shown, "ru", [1])}, а не 100 %.`
    );
  }
  const totalsTo100 = Number.isFinite(total) && totalIsWhole(total);

  rows.forEach((r, i) => {
    const a = at.rows[i];
    const label = (lang: Lang): string => labelOf(i, lang);
    if (r.weight < 0) {
      rowsWithError.add(i);
      add(
        "error",
        "negative-weight",
        a.weight,
        `${label("en")}: the weight ${formatPercent(r.weight, "en")} is negative.`,
        `${label("ru")}: вес ${formatPercent(r.weight, "ru")} отрицательный.`
      );
    }
    // The card with exactly this code, else one that differs only in case (typed by hand).
    const card = r.code
      ? (cards?.find((c) => c.code.trim() === r.code) ??
        cards?.find((c) => c.code.trim().toLowerCase() === r.code.toLowerCase()))
      : undefined;
    if (r.code && cards && !card) {
      add(
        "warning",
        "unknown-card",
        a.code,
        `${label("en")}: card ${r.code} is no longer in the card table.`,
        `${label("ru")}: карточки ${r.code} больше нет в таблице карточек.`
      );
    }
    const shown = snap.results[i]?.index;
    const index = typeof shown === "number" && Number.isFinite(shown) ? shown : undefined;
    const res = snap.results[i];
    const indexShowsError =
      !!res && [res.index, res.score, res.status].some((v) => isLastingError(v));
    const context = { label, card, library, index, indexShowsError };
    const explains = lintRow(r, context, (sev, code, column, m) =>
      add(sev, code, a[column], m.en, m.ru)
    );
    if (explains) rowsWithError.add(i);
  });
  const scaleExplainsBonus = lintScale(matrix.scale, at.scale, (sev, code, address, m) =>
    add(sev, code, address, m.en, m.ru)
  );
  const statusExplained = lintStatus(snap, (sev, code, address, m) =>
    add(sev, code, address, m.en, m.ru)
  );

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
    const bad = [res.index, res.score, ...(statusExplained ? [] : [res.status])].find(
      isLastingError
    );
    if (!bad) return;
    add(
      "error",
      "formula-error",
      at.rows[i].index,
      `${labelOf(i, "en")}: the index shows ${errorText(bad, "en")}.`,
      `${labelOf(i, "ru")}: индекс показывает ${errorText(bad, "ru")}.`
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
      `The total shows ${errorText(snap.total, "en")}.`,
      `Итог показывает ${errorText(snap.total, "ru")}.`
    );
  }
  if (isLastingError(snap.bonus) && !isCellError(snap.total) && !scaleExplainsBonus) {
    add(
      "error",
      "formula-error",
      at.bonus,
      `The bonus shows ${errorText(snap.bonus, "en")}.`,
      `Премия показывает ${errorText(snap.bonus, "ru")}.`
    );
  }
  return out;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Checks every matrix of a workbook; findings sorted errors first, then by sheet. */
export function lintWorkbook(input: LintInput): Finding[] {
  const all = [
    ...input.matrices.flatMap((m) => lintMatrix(m, input.cards, input.library)),
    ...(input.team ? lintTeam(input.team, input.matrices) : []),
  ];
  return all
    .map((f, i) => ({ f, i }))
    .sort((x, y) => ORDER[x.f.severity] - ORDER[y.f.severity] || x.i - y.i)
    .map((x) => x.f);
}
