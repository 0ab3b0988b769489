/** A1 addresses: column letters, cells and ranges (0-based indices in, A1 text out). */

/** Column letters for a 0-based column index (0 → "A", 26 → "AA"). */
export function columnName(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based column index of column letters ("A" → 0). */
export function columnIndex(name: string): number {
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a cell from 0-based row and column. */
export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** A1 address of a rectangle from its 0-based top-left cell and size. */
export function rangeAddress(row: number, col: number, rows = 1, cols = 1): string {
  const a = cellAddress(row, col);
  return rows === 1 && cols === 1 ? a : `${a}:${cellAddress(row + rows - 1, col + cols - 1)}`;
}

/** Parses "B3" or "B3:D9" (an optional "Sheet!" prefix is dropped) into 0-based bounds. */
export function parseRange(address: string): {
  row: number;
  col: number;
  rows: number;
  cols: number;
} {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = bare.replace(/\$/g, "").split(":");
  const p = (s: string): [number, number] => {
    const m = /^([A-Za-z]+)(\d+)$/.exec(s);
    if (!m) throw new Error(`Not an A1 address: ${address}`);
    return [Number(m[2]) - 1, columnIndex(m[1])];
  };
  const [r1, c1] = p(a);
  const [r2, c2] = p(b);
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}

/** A sheet name quoted for use in a formula reference when it needs quotes. */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * A COUNTIFS / SUMIFS criterion that matches exactly this text: wildcards (~ * ?) escaped, an
 * operator never read from it, a double quote as CHAR(34) (HyperFormula reads no doubled quotes
 * inside a text literal).
 */
export function exactCriterion(text: string): string {
  if (text === "") return '""';
  const escaped = text.replace(/[~*?]/g, (m) => `~${m}`);
  return `"=${escaped.split('"').join('"&CHAR(34)&"')}"`;
}

/** True when two A1 areas share at least one cell. */
export function rangesOverlap(a: string, b: string): boolean {
  const x = parseRange(a);
  const y = parseRange(b);
  return (
    x.row < y.row + y.rows &&
    y.row < x.row + x.rows &&
    x.col < y.col + y.cols &&
    y.col < x.col + x.cols
  );
}
