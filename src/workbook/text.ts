/**
 * Writing user text safely, and reading cells back. Text stays text exactly as typed: a cell
 * input that Excel (or HyperFormula) could read as anything else gets Excel's text prefix, a
 * leading apostrophe, which is not part of the stored value.
 */
import { isErrorText } from "./cells";
import type { CellInput } from "./plan";

const BOOLEAN_WORDS = new Set(["true", "false", "истина", "ложь"]);

/**
 * True when a text written as a cell input might not come back as the same text: Excel parses
 * what it is given as if typed (Range.values / Range.formulas), so "0012" and "1.10" become
 * numbers, "50%" a percent, "12:30" a time, "March 2026" a date, "TRUE" a boolean, "=…", "+…",
 * "-…" and "@…" formulas, and a leading apostrophe is taken as the prefix and dropped. Which
 * texts Excel converts depends on the user's locale ("1,5" is a number in Russian Excel), so the
 * rule is deliberately wide: anything but plain words gets the prefix. It costs nothing visible
 * (the apostrophe shows only in the formula bar).
 */
export function needsTextPrefix(text: string): boolean {
  if (text === "") return false;
  if (!/^\p{L}/u.test(text)) return true; // digits, signs, =, @, ', #, (, currency, spaces …
  if (/\p{N}/u.test(text)) return true; // dates and times such as "March 2026", "Jan-26"
  return BOOLEAN_WORDS.has(text.trim().toLowerCase());
}

/** A cell input that keeps `text` as text, exactly (see needsTextPrefix). */
export function textInput(text: string): string {
  return needsTextPrefix(text) ? `'${text}` : text;
}

/** Reads back a text cell value: Excel and HyperFormula return it without the apostrophe. */
export function textFromCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return "";
  return String(value);
}

/** A number from a cell value; undefined for blanks and anything that is not a finite number. */
export function numberFromCell(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string") {
    const t = value.trim().replace(/\s/g, "").replace(",", ".");
    if (!t) return undefined;
    const pct = t.endsWith("%");
    const body = pct ? t.slice(0, -1) : t;
    // Decimal numbers only: Number() would also read "0x10", "0b1" or "Infinity".
    if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(body)) return undefined;
    const n = Number(body);
    if (!Number.isFinite(n)) return undefined;
    return pct ? n / 100 : n;
  }
  return undefined;
}

/** True for a cell that holds nothing. */
export function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/**
 * The input that writes a cell back exactly as it is, from its value and its formula as an
 * adapter read them: a formula stays that formula; text stays text (prefixed as needed, since
 * Range.formulas drops the apostrophe, office-js#6687); numbers and booleans stay themselves.
 */
export function rawInput(value: unknown, formula: unknown): CellInput {
  if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return formula;
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string" && isErrorText(value) && formula === value) return value;
  if (typeof value === "object") {
    // An error the user typed as a constant (#N/A): write it as they typed it.
    return typeof formula === "string" ? formula : "";
  }
  return textInput(String(value));
}
