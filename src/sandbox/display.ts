/** How the sandbox grid shows a value with the number format the plan gave its cell. */

/** Text of a number in a number format the plans use (percent, grouped number, money, General). */
export function formatNumber(value: number, format: string | undefined): string {
  const f = format ?? "General";
  const shown = conditionalText(value, f);
  if (shown !== undefined) return shown;
  const pct = /^0(?:\.(0+))?%$/.exec(f);
  if (pct) return `${(value * 100).toFixed(pct[1]?.length ?? 0)}%`;
  if (f === "#,##0.00") {
    return value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }
  if (f.startsWith("#,##0")) return value.toLocaleString("en-US", { maximumFractionDigits: 10 });
  return String(Math.round(value * 1e10) / 1e10);
}

/**
 * A format of conditional text sections, `[=3]"green";[=2]"amber";"red"` (the status levels):
 * the text of the first section whose condition holds, else of the last section without one;
 * undefined for any other format.
 */
function conditionalText(value: number, format: string): string | undefined {
  if (!format.startsWith("[")) return undefined;
  const sections = format.split(";");
  for (const s of sections) {
    const m = /^(?:\[(=|<>|<=|>=|<|>)(-?[\d.]+)\])?"((?:[^"]|"")*)"$/.exec(s);
    if (!m) return undefined;
    const [, op, n, text] = m;
    const x = Number(n);
    const holds =
      op === undefined ||
      (op === "=" && value === x) ||
      (op === "<>" && value !== x) ||
      (op === "<" && value < x) ||
      (op === ">" && value > x) ||
      (op === "<=" && value <= x) ||
      (op === ">=" && value >= x);
    if (holds) return text.replace(/""/g, '"');
  }
  return undefined;
}
