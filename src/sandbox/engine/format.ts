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

/** Formats a result block: a single cell as its value, more cells as {a,b;c,d}. */
export function formatBlock(rows: ShownValue[][]): string {
  if (rows.length === 0 || rows[0].length === 0) return "";
  if (rows.length === 1 && rows[0].length === 1) return formatValue(rows[0][0]);
  return `{${rows.map((row) => row.map((v) => formatValue(v, true)).join(",")).join(";")}}`;
}
