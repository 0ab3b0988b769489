/** What Excel would show as formatting, kept beside HyperFormula (which has no formats). */
import { parseRange, rangesOverlap } from "../workbook/a1";
import { INPUT_FILL } from "../workbook/matrix-plan";
import type { ConditionalFormatPlan, StylePlan } from "../workbook/plan";

/** How the sandbox grid draws one cell. */
export interface CellLook {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  fontColor?: string;
  /** The cell is under a data bar conditional format. */
  dataBar?: string;
  /** The user types here (facts, base, scale): the add-in's input fill marks it. */
  input?: boolean;
  /** The light an icon set shows in the cell. */
  icon?: "red" | "amber" | "green";
}

type Own = Omit<CellLook, "dataBar" | "input" | "icon">;

/** Evaluates a conditional format's formula on its sheet (absolute references). */
export type Evaluate = (formula: string) => unknown;

/** The light of a three-light icon set for a value, given its criteria's values. */
export function iconFor(value: unknown, amberFrom: unknown, greenFrom: unknown): CellLook["icon"] {
  if (typeof value !== "number") return undefined;
  if (typeof greenFrom === "number" && value >= greenFrom) return "green";
  if (typeof amberFrom === "number" && value >= amberFrom) return "amber";
  return "red";
}

const key = (row: number, col: number): string => `${row},${col}`;

function contains(address: string, row: number, col: number): boolean {
  const r = parseRange(address);
  return row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
}

/** Number formats and styles per cell, conditional formats per sheet. */
export class SandboxFormats {
  private readonly cells = new Map<string, Map<string, Own>>();
  private readonly conditional = new Map<string, ConditionalFormatPlan[]>();

  private cell(sheet: string, row: number, col: number): Own {
    const m = this.cells.get(sheet) ?? new Map<string, Own>();
    this.cells.set(sheet, m);
    const k = key(row, col);
    const c = m.get(k) ?? {};
    m.set(k, c);
    return c;
  }

  /** Sets the number formats of a block whose top-left cell is (row, col); null leaves a cell. */
  setNumberFormats(
    sheet: string,
    row: number,
    col: number,
    formats: readonly (readonly (string | null)[])[]
  ): void {
    formats.forEach((r, i) =>
      r.forEach((f, j) => {
        if (f !== null && f !== undefined) this.cell(sheet, row + i, col + j).numberFormat = f;
      })
    );
  }

  /** Sets a style on every cell of its area. */
  addStyle(sheet: string, s: StylePlan): void {
    const r = parseRange(s.address);
    for (let i = 0; i < r.rows; i++)
      for (let j = 0; j < r.cols; j++) {
        const c = this.cell(sheet, r.row + i, r.col + j);
        if (s.bold !== undefined) c.bold = s.bold;
        if (s.italic !== undefined) c.italic = s.italic;
        if (s.fill) c.fill = s.fill;
        if (s.fontColor) c.fontColor = s.fontColor;
      }
  }

  addConditional(sheet: string, c: ConditionalFormatPlan): void {
    this.conditional.set(sheet, [...(this.conditional.get(sheet) ?? []), c]);
  }

  /** Removes the conditional formats that touch an area (Range.conditionalFormats.clearAll). */
  clearConditional(sheet: string, address: string): void {
    this.conditional.set(
      sheet,
      (this.conditional.get(sheet) ?? []).filter((c) => !rangesOverlap(c.address, address))
    );
  }

  /** Forgets the formats of an area (Range.clear). */
  clearArea(sheet: string, address: string): void {
    const r = parseRange(address);
    const m = this.cells.get(sheet);
    if (!m) return;
    for (let i = 0; i < r.rows; i++)
      for (let j = 0; j < r.cols; j++) m.delete(key(r.row + i, r.col + j));
  }

  /**
   * Moves the formats of columns `col`..`col + cols - 1` from row `from` down by `by` rows (up
   * when negative), as inserting or deleting cells moves the cells with their formats.
   */
  shift(sheet: string, from: number, col: number, cols: number, by: number): void {
    const m = this.cells.get(sheet);
    if (!m || by === 0) return;
    const moved = new Map<string, Own>();
    for (const [k, v] of [...m]) {
      const [r, c] = k.split(",").map(Number);
      if (c < col || c >= col + cols || r < from) continue;
      m.delete(k);
      if (by < 0 && r < from - by) continue; // deleted rows go
      moved.set(key(r + by, c), v);
    }
    for (const [k, v] of moved) m.set(k, v);
  }

  /** The conditional formats of a sheet (tests check them against the plan). */
  conditionalFormats(sheet: string): readonly ConditionalFormatPlan[] {
    return this.conditional.get(sheet) ?? [];
  }

  /** The number format of one cell, when it has one. */
  numberFormat(sheet: string, row: number, col: number): string | undefined {
    return this.cells.get(sheet)?.get(key(row, col))?.numberFormat;
  }

  /**
   * How a cell looks, given its current value (status colours follow the value); `evaluate`
   * computes the formulas of icon-set criteria and formula rules (without it they are skipped).
   */
  look(sheet: string, row: number, col: number, value: unknown, evaluate?: Evaluate): CellLook {
    const own = this.cells.get(sheet)?.get(key(row, col)) ?? {};
    const out: CellLook = { ...own };
    if (own.fill === INPUT_FILL) out.input = true;
    for (const c of this.conditional.get(sheet) ?? []) {
      if (!contains(c.address, row, col)) continue;
      if (c.kind === "dataBar") out.dataBar = c.color;
      else if (c.kind === "iconSet") {
        if (evaluate) out.icon = iconFor(value, evaluate(c.criteria[0]), evaluate(c.criteria[1]));
      } else if (c.kind === "valueEquals") {
        if (value === c.value) {
          out.fill = c.fill;
          out.fontColor = c.fontColor;
        }
      } else if (c.kind === "formula") {
        if (evaluate && evaluate(c.formula) === true) {
          out.fill = c.fill;
          out.fontColor = c.fontColor;
        }
      } else if (value === c.text) {
        out.fill = c.fill;
        out.fontColor = c.fontColor;
      }
    }
    return out;
  }
}
