/** How the sandbox grid shows a value with the number format the plan gave its cell. */

/** Text of a number in a number format the plans use (percent, grouped number, money, General). */
export function formatNumber(value: number, format: string | undefined): string {
  const f = format ?? "General";
  const pct = /^0(?:\.(0+))?%$/.exec(f);
  if (pct) return `${(value * 100).toFixed(pct[1]?.length ?? 0)}%`;
  if (f === "#,##0.00") {
    return value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }
  if (f.startsWith("#,##0")) return value.toLocaleString("en-US", { maximumFractionDigits: 10 });
  return String(Math.round(value * 1e10) / 1e10);
}
