/** What the sandbox grid does with typed text and how wide it draws columns (pure, testable). */
import type { CellInput } from "../workbook/plan";

/** An error value as the sandbox host reports it. */
export interface ErrorValue {
  error: string;
  message?: string;
}

/** True for an error value ({ error: "#VALUE!", message }). */
export function isErrorValue(v: unknown): v is ErrorValue {
  return typeof v === "object" && v !== null && "error" in v;
}

/**
 * The cell input for typed text, as Excel reads it: blank clears the cell, "=…" is a formula,
 * "1 200,5" and "95%" are numbers (the percent one as a fraction), TRUE/FALSE are booleans,
 * anything else is text.
 */
export function cellInput(text: string): CellInput | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (trimmed.startsWith("=")) return trimmed;
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === "true";
  const compact = trimmed.replace(/[\s\u00a0]/g, "");
  const percent = compact.endsWith("%");
  const body = (percent ? compact.slice(0, -1) : compact).replace(/,(?=\d*$)/, ".");
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(body)) {
    const n = Number(body);
    return percent ? n / 100 : n;
  }
  return text;
}

/** Column widths in characters: wide enough for the longest text, within sensible bounds. */
export function columnWidths(values: readonly (readonly unknown[])[], cols: number): number[] {
  const widths = new Array<number>(cols).fill(8);
  for (const row of values) {
    row.forEach((v, c) => {
      if (c >= cols || v === null || v === undefined) return;
      const text = typeof v === "number" ? 9 : isErrorValue(v) ? v.error.length : String(v).length;
      widths[c] = Math.min(28, Math.max(widths[c], text + 1));
    });
  }
  return widths;
}
