/* global Excel */
/** Reading sheet areas as grids anchored at A1 (what the pure readers in src/workbook expect). */
import { parseRange } from "../workbook/a1";
import type { Grid } from "../workbook/matrix-read";

/**
 * A loaded range's values placed at their sheet position, so row 0 / column 0 are A1 (the used
 * range may start anywhere). Empty when the range is a null object.
 */
export function gridFromRange(range: Excel.Range): Grid {
  if (range.isNullObject) return [];
  const { row, col } = parseRange(range.address);
  const pad = new Array(col).fill("");
  const out: unknown[][] = Array.from({ length: row }, () => []);
  for (const line of range.values) out.push([...pad, ...line]);
  return out;
}

/** Loads a worksheet's used range (values and address) for gridFromRange after the next sync. */
export function loadUsed(ws: Excel.Worksheet): Excel.Range {
  return ws.getUsedRangeOrNullObject(false).load("address,values");
}
