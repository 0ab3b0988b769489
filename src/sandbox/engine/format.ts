/**
 * The line format of `npm run kpi`: a number in JavaScript's shortest round-trip form, text as
 * is, an error as its code and message, a spilled array as {a,b;c,d}.
 */

/** A value as HyperFormula's public API returns it. */
export type ShownValue = number | string | boolean | null | { value: string; message?: string };

/** Formats one value; `inArray` drops error messages so arrays stay on one readable line. */
export function formatValue(v: ShownValue | undefined, inArray = false): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  return !inArray && v.message ? `${v.value} ${v.message}` : v.value;
}

function isErrorValue(v: ShownValue | undefined): boolean {
  return typeof v === "object" && v !== null;
}

/**
 * Formats a result block: a single cell as its value, more cells as {a,b;c,d}. An array whose
 * only non-blank cell is an error in its first cell prints as that error with its message: that
 * is how a spilling KPI function shows one error for the whole call (Excel shows it in one cell).
 */
export function formatBlock(rows: ShownValue[][]): string {
  if (rows.length === 0 || rows[0].length === 0) return "";
  const first = rows[0][0];
  const rest = rows.flat().slice(1);
  if (
    rest.length === 0 ||
    (isErrorValue(first) && rest.every((v) => v === null || v === undefined))
  ) {
    return formatValue(first);
  }
  return `{${rows.map((row) => row.map((v) => formatValue(v, true)).join(",")).join(";")}}`;
}
