/** Number parsing and formatting for the task pane, in the user's language. */
import type { Language } from "./i18n";

/**
 * Parses a number as people type it in either language: "1200.5", "1 200,5", "45 %".
 * Blank text gives `undefined` (not given); anything else that is not a number gives `null`.
 */
export function parseNumber(text: string): number | undefined | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(/%$/, "");
  if (compact === "") return undefined;
  // A lone comma is a decimal comma (Russian); with a dot present, commas group thousands.
  const normalized = compact.includes(".") ? compact.replace(/,/g, "") : compact.replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalized)) return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

/** A fraction shown as a percentage, e.g. 0.955 → "95.5 %" (en) or "95,5 %" (ru). */
export function formatPercent(fraction: number, language: Language, digits = 1): string {
  const text = new Intl.NumberFormat(language, {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(fraction * 100);
  return `${text}\u00a0%`;
}

/** A plain number in the user's language, e.g. 50000 → "50,000" / "50 000". */
export function formatNumber(value: number, language: Language, digits = 2): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value);
}

/**
 * A number as text for an input the pane fills in: no grouping, the language's decimal mark
 * ("0.8" / "0,8"), rounded off binary noise. parseNumber reads it back in either language.
 */
export function decimalText(value: number, language: Language): string {
  const text = String(Math.round(value * 1e9) / 1e9);
  return language === "ru" ? text.replace(".", ",") : text;
}
