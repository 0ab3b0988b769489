/**
 * Numbers and percents as messages show them, in English and Russian: 15 significant digits with
 * trailing zeros trimmed (two numbers that the functions tell apart never print the same), the
 * Russian decimal comma, percents as percents ("90 %", not "0.9"), never "Infinity" or "NaN".
 * Used by the function messages and the workbook check (lint) alike.
 */

/** A language numbers are written in. */
export type NumberLanguage = "en" | "ru";

/** Largest exponent written without E notation (as Excel's General format, roughly). */
const PLAIN_MAX_EXPONENT = 15;
/** Smallest exponent written without E notation. */
const PLAIN_MIN_EXPONENT = -7;

/**
 * Digits and decimal exponent of a finite number at 15 significant digits, with `shift` added to
 * the exponent (shift 2 is ×100 without the rounding and overflow of a multiplication).
 */
function decimalParts(n: number, shift: number): { sign: string; digits: string; exp: number } {
  const [mantissa, e] = Math.abs(n).toExponential(14).split("e");
  const digits = mantissa.replace(".", "").replace(/0+$/, "") || "0";
  return { sign: n < 0 ? "-" : "", digits, exp: Number(e) + shift };
}

/** Writes digits d₁d₂… × 10^exp (d₁ in the units place when exp = 0) as decimal text. */
function writeDecimal(sign: string, digits: string, exp: number, mark: string): string {
  if (digits === "0") return "0";
  if (exp > PLAIN_MAX_EXPONENT || exp < PLAIN_MIN_EXPONENT) {
    const rest = digits.length > 1 ? `${mark}${digits.slice(1)}` : "";
    return `${sign}${digits[0]}${rest}E${exp < 0 ? "-" : "+"}${Math.abs(exp)}`;
  }
  if (exp < 0) return `${sign}0${mark}${"0".repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return `${sign}${digits}${"0".repeat(exp + 1 - digits.length)}`;
  return `${sign}${digits.slice(0, exp + 1)}${mark}${digits.slice(exp + 1)}`;
}

/** Text for a number that is not finite (a message never says "Infinity" or "NaN"). */
function notFiniteText(n: number, lang: NumberLanguage): string {
  if (Number.isNaN(n)) return lang === "ru" ? "не число" : "not a number";
  const huge = writeDecimal("", "179769313486232", 308, lang === "ru" ? "," : ".");
  return n > 0 ? `> ${huge}` : `< -${huge}`;
}

/** A number scaled by 10^shift as message text: 15 significant digits, the language's decimal mark. */
function formatScaled(n: number, shift: number, lang: NumberLanguage): string {
  if (!Number.isFinite(n)) return notFiniteText(n, lang);
  if (n === 0) return "0";
  const { sign, digits, exp } = decimalParts(n, shift);
  return writeDecimal(sign, digits, exp, lang === "ru" ? "," : ".");
}

/**
 * A number for a message: up to 15 significant digits, trailing zeros trimmed, "." in English and
 * "," in Russian (0.1 + 0.2 reads "0.3"; 1/3 reads "0.333333333333333"; 1e21 reads "1E+21").
 */
export function formatNumber(n: number, lang: NumberLanguage): string {
  return formatScaled(n, 0, lang);
}

/** A fraction written as a percent number without the sign: 0.9 → "90", 1.055 → "105.5". */
export function formatPercentNumber(fraction: number, lang: NumberLanguage): string {
  return formatScaled(fraction, 2, lang);
}

/** A fraction as a percent for a message: 0.9 → "90 %", 0.955 → "95.5 %" ("95,5 %" in Russian). */
export function formatPercent(fraction: number, lang: NumberLanguage): string {
  return `${formatPercentNumber(fraction, lang)} %`;
}

/** A number divided by 100 as message text (what a whole percent means as a fraction): 90 → "0.9". */
export function formatHundredth(n: number, lang: NumberLanguage): string {
  return formatScaled(n, -2, lang);
}
