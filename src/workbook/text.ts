/** Writing user text safely: text is never turned into a formula. */

/**
 * A cell input for user text: a leading apostrophe (Excel's text prefix, which is not stored
 * as part of the value) when the text starts with = + - or @, which Excel would otherwise read
 * as a formula (Range.values docs: "+", "-" or "=" are interpreted as a formula; "@" is the
 * implicit-intersection operator).
 */
export function textInput(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/** Reads back a text cell value: Excel and HyperFormula return it without the apostrophe. */
export function textFromCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value);
}

/** A number from a cell value; undefined for blanks and anything that is not a finite number. */
export function numberFromCell(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string") {
    const t = value.trim().replace(/\s/g, "").replace(",", ".");
    if (!t) return undefined;
    const pct = t.endsWith("%");
    const n = Number(pct ? t.slice(0, -1) : t);
    if (!Number.isFinite(n)) return undefined;
    return pct ? n / 100 : n;
  }
  return undefined;
}
