/**
 * A sheet plan: what to write, as pure data. The Office adapter applies it in one Excel.run
 * batch; the sandbox applies the same plan to HyperFormula.
 */

/** One cell's input: a number, a boolean, text (already escaped), a formula ("=…") or "" (blank). */
export type CellInput = string | number | boolean;

/** A rectangle of inputs written in one go, with optional per-cell number formats. */
export interface BlockPlan {
  /** A1 address of the whole rectangle. */
  address: string;
  /** Rows × columns; formulas start with "=" and use English function names and separators. */
  inputs: CellInput[][];
  /** Same shape, or undefined to leave formats alone; "" keeps Excel's General. */
  numberFormats?: string[][];
}

/** Font and fill for a range (colours as #RRGGBB). */
export interface StylePlan {
  address: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: "Left" | "Center" | "Right";
  borderTop?: boolean;
}

/** Conditional formats: data bars on the index, colours on the status tokens. */
export type ConditionalFormatPlan =
  | { kind: "dataBar"; address: string; color: string }
  | { kind: "textEquals"; address: string; text: string; fill: string; fontColor: string };

/** An Excel table over a range whose first row holds the headers. */
export interface TablePlan {
  name: string;
  address: string;
  style: string;
}

/** Everything a matrix sheet (or the card table sheet when created) holds. */
export interface SheetPlan {
  sheet: string;
  blocks: BlockPlan[];
  styles: StylePlan[];
  conditionalFormats: ConditionalFormatPlan[];
  table?: TablePlan;
  /** Column widths in points, from column A. */
  columnWidths: number[];
  /** Rows to freeze at the top (0: none). */
  freezeRows: number;
  /** The area the plan owns (cleared before a rebuild). */
  area: string;
  /** Cells the user types into (facts, base, scale): an input style marks them. */
  inputs: string[];
}
