/**
 * Checks of a matrix's bonus scale (threshold, coefficient) as KPI.BONUS reads it: thresholds
 * are scores (fractions, 1 = 100 %) that strictly increase; coefficients are ≥ 0.
 */
import type { BonusScalePoint } from "../matrix/types";
import { sameNumber } from "./direction";
import { formatNum, formatPercent } from "./format";
import { PERCENT_LIMIT } from "./rows";
import type { FindingCode, Severity } from "./types";

/** Adds one finding at a cell of the scale. */
export type ScaleEmit = (
  severity: Severity,
  code: FindingCode,
  address: string,
  message: { en: string; ru: string }
) => void;

const COLUMN = /^\$?([A-Za-z]+)\$?(\d+)/;

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function columnLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** The cell `row` rows down and `col` columns right of a range's top-left cell ("A15:B19"). */
export function offsetCell(range: string, row: number, col: number): string {
  const m = COLUMN.exec(range);
  if (!m) return range;
  return `${columnLetters(columnNumber(m[1]) + col)}${Number(m[2]) + row}`;
}

/**
 * Runs the scale checks; `range` is where the scale is (its first column the thresholds).
 * Returns true when an error-severity finding explains an error the bonus cell shows.
 */
export function lintScale(
  scale: readonly BonusScalePoint[],
  range: string,
  emit: ScaleEmit
): boolean {
  let explainsError = false;
  const error = (code: FindingCode, address: string, message: { en: string; ru: string }) => {
    explainsError = true;
    emit("error", code, address, message);
  };
  scale.forEach((p, i) => {
    const at = (col: number): string => offsetCell(range, i, col);
    const { threshold: t, coefficient: c } = p;
    if (t > PERCENT_LIMIT) {
      error("scale-percent", at(0), {
        en: `Bonus scale: the threshold ${formatNum(t, "en")} reads as ${formatPercent(t, "en")}; type ${formatNum(t, "en")}% or ${formatNum(t / 100, "en")}.`,
        ru: `Шкала премирования: порог ${formatNum(t, "ru")} читается как ${formatPercent(t, "ru")}; введите ${formatNum(t, "ru")}% или ${formatNum(t / 100, "ru")}.`,
      });
    }
    const prev = scale[i - 1];
    if (prev && (t < prev.threshold || sameNumber(t, prev.threshold))) {
      const now = {
        en: formatPercent(t, "en", [prev.threshold]),
        ru: formatPercent(t, "ru", [prev.threshold]),
      };
      const before = {
        en: formatPercent(prev.threshold, "en", [t]),
        ru: formatPercent(prev.threshold, "ru", [t]),
      };
      error("scale-order", at(0), {
        en: `Bonus scale: the threshold ${now.en} comes after ${before.en}; thresholds must increase from row to row (KPI.BONUS shows #VALUE!).`,
        ru: `Шкала премирования: порог ${now.ru} идёт после ${before.ru}; пороги должны возрастать от строки к строке (KPI.BONUS покажет #ЗНАЧ!, #VALUE!).`,
      });
    }
    if (c < 0) {
      error("scale-negative", at(1), {
        en: `Bonus scale: the coefficient ${formatPercent(c, "en")} is negative; a payout is never below 0 (KPI.BONUS shows #NUM!).`,
        ru: `Шкала премирования: коэффициент ${formatPercent(c, "ru")} отрицательный; премия не бывает меньше 0 (KPI.BONUS покажет #ЧИСЛО!, #NUM!).`,
      });
    } else if (
      prev &&
      prev.coefficient >= 0 &&
      c < prev.coefficient &&
      !sameNumber(c, prev.coefficient)
    ) {
      // A warning, not an error: KPI.BONUS computes it, and a scheme may mean it (a cap that
      // pays less for overachievement); far more often it is a typo, so the user should look.
      const ts = { en: formatPercent(t, "en"), ru: formatPercent(t, "ru") };
      // Coefficients in percent, as the sheet and the pane show them (50 %, not 0.5).
      const now = {
        en: formatPercent(c, "en", [prev.coefficient]),
        ru: formatPercent(c, "ru", [prev.coefficient]),
      };
      const before = {
        en: formatPercent(prev.coefficient, "en", [c]),
        ru: formatPercent(prev.coefficient, "ru", [c]),
      };
      emit("warning", "scale-decreasing", at(1), {
        en: `Bonus scale: from ${ts.en} the coefficient drops to ${now.en} (from ${before.en}), so a better score pays less.`,
        ru: `Шкала премирования: от ${ts.ru} коэффициент падает до ${now.ru} (с ${before.ru}), и лучший результат даёт меньшую премию.`,
      });
    }
  });
  return explainsError;
}
