/**
 * Numbers in the check's messages as the user sees them in the sheet: percents as percents, a
 * row's values in its unit, the language's decimal mark (all from core/number-text.ts, as the
 * function messages write them), and short: 6 significant digits, more only where two numbers
 * of one message would otherwise print the same (100.00001 % after 100 %).
 */
import type { Lang } from "../card";
import { isPercentUnit } from "../library/units";
import { formatNumber, formatPercent as percentText } from "../number-text";

/** Digits a message shows by default; more only when needed to tell numbers apart. */
const SHORT = 6;

/** A number at 15 significant digits: what Excel stores, shows at most and compares. */
const round15 = (v: number): number => Number(v.toPrecision(15));

/**
 * The fewest significant digits (6, or the digits before the decimal point, up to 15) at which
 * x prints differently from every other number given that differs from it at 15 digits (numbers
 * Excel calls equal may print the same).
 */
function precisionFor(x: number, others: readonly number[]): number {
  const x15 = round15(x);
  const whole = Math.abs(x) >= 1 ? Math.floor(Math.log10(Math.abs(x))) + 1 : 1;
  for (let p = Math.min(Math.max(SHORT, whole), 15); p < 15; p++) {
    const shown = Number(x.toPrecision(p));
    if (!others.some((o) => round15(o) !== x15 && Number(o.toPrecision(p)) === shown)) return p;
  }
  return 15;
}

/** x rounded for a message (finite x only), given the numbers it must not look like. */
function rounded(x: number, others: readonly number[]): number {
  return Number(x.toPrecision(precisionFor(x, others.filter(Number.isFinite))));
}

/** A number for a message, e.g. "1200", "0.6667" / "0,6667"; `others`: numbers it must not look like. */
export function formatNum(x: number, lang: Lang, others: readonly number[] = []): string {
  return formatNumber(Number.isFinite(x) ? rounded(x, others) : x, lang);
}

/** A fraction as a percent for a message: 0.9 → "90 %", 0.125 → "12.5 %" / "12,5 %". */
export function formatPercent(x: number, lang: Lang, others: readonly number[] = []): string {
  return percentText(Number.isFinite(x) ? rounded(x, others) : x, lang);
}

/** A value of a KPI row as its sheet shows it: a percent for a "%" unit, else a number. */
export function formatValue(
  x: number,
  unit: string | undefined,
  lang: Lang,
  others: readonly number[] = []
): string {
  return isPercentUnit(unit) ? formatPercent(x, lang, others) : formatNum(x, lang, others);
}

/** The same text built in both languages (numbers formatted for each). */
export function inBoth(build: (lang: Lang) => string): { en: string; ru: string } {
  return { en: build("en"), ru: build("ru") };
}
