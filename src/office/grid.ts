/* global Excel */
/** Reading sheet areas as grids anchored at A1 (what the pure readers in src/workbook expect). */
import { parseRange } from "../workbook/a1";
import type { Grid, SheetCells } from "../workbook/snapshot";

function placed(range: Excel.Range, rows: unknown[][]): Grid {
  const { row, col } = parseRange(range.address);
  const pad = new Array(col).fill("");
  const out: unknown[][] = Array.from({ length: row }, () => []);
  for (const line of rows) out.push([...pad, ...line]);
  return out;
}

/**
 * A loaded range's values placed at their sheet position, so row 0 / column 0 are A1 (the used
 * range may start anywhere). Empty when the range is a null object.
 */
export function gridFromRange(range: Excel.Range): Grid {
  if (range.isNullObject) return [];
  return placed(range, range.values);
}

/** A loaded used range's values and formulas as a sheet snapshot. */
export function cellsFromRange(sheet: string, range: Excel.Range): SheetCells {
  if (range.isNullObject) return { sheet, values: [], formulas: [] };
  return { sheet, values: placed(range, range.values), formulas: placed(range, range.formulas) };
}

/** Loads a worksheet's used range (values and address) for gridFromRange after the next sync. */
export function loadUsed(ws: Excel.Worksheet, formulas = false): Excel.Range {
  return ws
    .getUsedRangeOrNullObject(false)
    .load(formulas ? "address,values,formulas" : "address,values");
}

/** A1 areas of a loaded RangeAreas address ("Sheet1!A1:B2,Sheet1!D4"), without the sheet. */
export function areasOf(address: string | undefined): string[] {
  if (!address) return [];
  return address
    .split(",")
    .map((a) => (a.includes("!") ? a.slice(a.lastIndexOf("!") + 1) : a).replace(/\$/g, ""))
    .filter((a) => a !== "");
}
