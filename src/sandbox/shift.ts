/**
 * Inserting and deleting cells inside some columns of a HyperFormula sheet, as Excel's
 * Range.insert(down) / Range.delete(up) do: the cells below move, references follow them.
 * Shared by the sandbox adapter and the Office adapter's test fake.
 */
import type { HyperFormula } from "hyperformula";
import { parseRange } from "../workbook/a1";

function lastRow(hf: HyperFormula, sheet: number): number {
  return hf.getSheetDimensions(sheet).height - 1;
}

/** Inserts blank cells over `address`, moving what is at and below it down by its height. */
export function insertCellsDown(hf: HyperFormula, sheet: number, address: string): void {
  const r = parseRange(address);
  const bottom = lastRow(hf, sheet);
  if (bottom >= r.row) {
    hf.moveCells(
      {
        start: { sheet, row: r.row, col: r.col },
        end: { sheet, row: bottom, col: r.col + r.cols - 1 },
      },
      { sheet, row: r.row + r.rows, col: r.col }
    );
  }
}

/** Deletes the cells of `address`, moving what is below it up by its height. */
export function deleteCellsUp(hf: HyperFormula, sheet: number, address: string): void {
  const r = parseRange(address);
  hf.setCellContents(
    { sheet, row: r.row, col: r.col },
    Array.from({ length: r.rows }, () => new Array(r.cols).fill(null))
  );
  const bottom = lastRow(hf, sheet);
  if (bottom >= r.row + r.rows) {
    hf.moveCells(
      {
        start: { sheet, row: r.row + r.rows, col: r.col },
        end: { sheet, row: bottom, col: r.col + r.cols - 1 },
      },
      { sheet, row: r.row, col: r.col }
    );
  }
}

/** Writes a block of inputs where null leaves a cell as it is ("" empties it, as in Excel). */
export function writeBlock(
  hf: HyperFormula,
  sheet: number,
  row: number,
  col: number,
  inputs: readonly (readonly unknown[])[]
): void {
  const full = inputs.every((line) => line.every((v) => v !== null && v !== undefined));
  const content = (v: unknown) => (v === "" ? null : v);
  if (full) {
    hf.setCellContents({ sheet, row, col }, inputs.map((line) => line.map(content)) as never);
    return;
  }
  inputs.forEach((line, i) =>
    line.forEach((v, j) => {
      if (v === null || v === undefined) return;
      hf.setCellContents({ sheet, row: row + i, col: col + j }, [[content(v)]] as never);
    })
  );
}
