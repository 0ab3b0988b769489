/** What Excel would show as formatting, kept beside HyperFormula (which has no formats). */
import { parseRange } from "../workbook/a1";
import type { ConditionalFormatPlan, SheetPlan, StylePlan } from "../workbook/plan";

/** How the sandbox grid draws one cell. */
export interface CellLook {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  fontColor?: string;
  /** The cell is under a data bar conditional format. */
  dataBar?: string;
  /** The user types here (facts, base, scale). */
  input?: boolean;
}

const key = (row: number, col: number): string => `${row},${col}`;

function contains(address: string, row: number, col: number): boolean {
  const r = parseRange(address);
  return row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
}

/** Number formats, styles and conditional formats per sheet. */
export class SandboxFormats {
  private readonly numberFormats = new Map<string, Map<string, string>>();
  private readonly styles = new Map<string, StylePlan[]>();
  private readonly conditional = new Map<string, ConditionalFormatPlan[]>();
  private readonly inputs = new Map<string, string[]>();

  /** Sets the number formats of a block whose top-left cell is (row, col). */
  setNumberFormats(sheet: string, row: number, col: number, formats: string[][]): void {
    const m = this.numberFormats.get(sheet) ?? new Map<string, string>();
    formats.forEach((r, i) => r.forEach((f, j) => m.set(key(row + i, col + j), f)));
    this.numberFormats.set(sheet, m);
  }

  /** Forgets everything about a sheet (before a rebuild). */
  clear(sheet: string): void {
    this.numberFormats.delete(sheet);
    this.styles.delete(sheet);
    this.conditional.delete(sheet);
    this.inputs.delete(sheet);
  }

  /** Records a plan's styles, conditional formats and input cells. */
  applyPlan(plan: SheetPlan): void {
    this.styles.set(plan.sheet, [...(this.styles.get(plan.sheet) ?? []), ...plan.styles]);
    this.conditional.set(plan.sheet, [
      ...(this.conditional.get(plan.sheet) ?? []),
      ...plan.conditionalFormats,
    ]);
    this.inputs.set(plan.sheet, [...(this.inputs.get(plan.sheet) ?? []), ...plan.inputs]);
  }

  /** The conditional formats of a sheet (tests check them against the plan). */
  conditionalFormats(sheet: string): readonly ConditionalFormatPlan[] {
    return this.conditional.get(sheet) ?? [];
  }

  /** How a cell looks, given its current value (status colours follow the value). */
  look(sheet: string, row: number, col: number, value: unknown): CellLook {
    const out: CellLook = { numberFormat: this.numberFormats.get(sheet)?.get(key(row, col)) };
    for (const s of this.styles.get(sheet) ?? []) {
      if (!contains(s.address, row, col)) continue;
      if (s.bold !== undefined) out.bold = s.bold;
      if (s.italic !== undefined) out.italic = s.italic;
      if (s.fill) out.fill = s.fill;
      if (s.fontColor) out.fontColor = s.fontColor;
    }
    if ((this.inputs.get(sheet) ?? []).some((a) => contains(a, row, col))) out.input = true;
    for (const c of this.conditional.get(sheet) ?? []) {
      if (!contains(c.address, row, col)) continue;
      if (c.kind === "dataBar") out.dataBar = c.color;
      else if (value === c.text) {
        out.fill = c.fill;
        out.fontColor = c.fontColor;
      }
    }
    return out;
  }
}
