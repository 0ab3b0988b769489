/**
 * Numbers in the check's messages as the user sees them in the sheet: percents as percents,
 * the language's decimal mark, enough digits that two different numbers never print the same,
 * and never "Infinity". (src/core/messages.ts formats function messages; the check keeps its
 * own small formatter so its findings can show a row's unit and a pair of numbers side by side.)
 */
import type { Lang } from "../card";
import { isPercentUnit } from "../library/units";

/** Digits a message shows by default; more only when needed to tell numbers apart. */
const SHORT = 6;

/** A number at `precision` significant digits in a language ("1.5" / "1,5"), as Excel shows it. */
function show(x: number, lang: Lang, precision: number): string {
  if (!Number.isFinite(x)) return x < 0 ? "-∞" : "∞";
  // Plain notation for everyday sizes; exponent notation only for extremes (1e-7, 1e+21).
  const text = String(Number(x.toPrecision(precision)));
  return lang === "ru" ? text.replace(".", ",") : text;
}

/** A number at 15 significant digits: what Excel stores, shows at most and compares. */
const round15 = (v: number): number => Number(v.toPrecision(15));

/**
 * The fewest significant digits (6 to 15) at which x prints differently from every other number
 * given that differs from it at 15 digits (numbers Excel calls equal may print the same), and a
 * rounded x is not mistaken for a whole number it is not (100.00001 %, not 100 %).
 */
function precisionFor(x: number, others: readonly number[]): number {
  const x15 = round15(x);
  for (let p = SHORT; p < 15; p++) {
    const shown = Number(x.toPrecision(p));
    const clash = others.some((o) => round15(o) !== x15 && Number(o.toPrecision(p)) === shown);
    if (!clash && !(Number.isInteger(shown) && shown !== x15)) return p;
  }
  return 15;
}

/** A number for a message, e.g. "1200", "0.6667" / "0,6667"; `others`: numbers it must not look like. */
export function formatNum(x: number, lang: Lang, others: readonly number[] = []): string {
  return show(x, lang, Number.isFinite(x) ? precisionFor(x, others.filter(Number.isFinite)) : 1);
}

/** A fraction as a percent for a message: 0.9 → "90 %", 0.125 → "12.5 %" / "12,5 %". */
export function formatPercent(x: number, lang: Lang, others: readonly number[] = []): string {
  const hundred = (v: number): number => v * 100;
  if (Number.isFinite(x) && !Number.isFinite(hundred(x))) {
    // Beyond 1.8e306 the ×100 overflows: shift the exponent of the text instead.
    const [mantissa, exp] = x.toExponential(SHORT - 1).split("e");
    const text = `${Number(mantissa)}e+${Number(exp) + 2}`;
    return `${lang === "ru" ? text.replace(".", ",") : text} %`;
  }
  return `${formatNum(hundred(x), lang, others.map(hundred))} %`;
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
