/**
 * The portable actions over the sandbox's HyperFormula workbook (dev-only, like all of
 * src/sandbox). HyperFormula has no very hidden sheets: the originals sheet is an ordinary one,
 * found by its note in A1 like in Excel (a user's own sheet called KPI_Originals is left alone).
 */
import type { HyperFormula } from "hyperformula";
import { cellAddress, parseRange } from "../workbook/a1";
import type { PortableHost, PortableOutcome, PortablePreview } from "../workbook/portable/host";
import {
  cellKey,
  freeOriginalsName,
  isOriginalsSheet,
  originalsRows,
  readOriginals,
  type OriginalRecord,
} from "../workbook/portable/originals";
import {
  cellContent,
  planConversion,
  planRestore,
  type FormulaCell,
  type PortableScope,
} from "../workbook/portable/plan";
import { translateSpill } from "../workbook/portable/spill";

/** PortableHost over a HyperFormula instance. */
export class SandboxPortableHost implements PortableHost {
  constructor(private readonly hf: HyperFormula) {}

  /** The sheets a user can choose. */
  async listSheets(): Promise<string[]> {
    const own = this.originalsSheet();
    return this.hf.getSheetNames().filter((n) => n !== own);
  }

  /** The name of the sheet holding the originals (found by its note), if any. */
  private originalsSheet(): string | undefined {
    return this.hf.getSheetNames().find((name) => {
      const sheet = this.hf.getSheetId(name) as number;
      return isOriginalsSheet(this.hf.getCellValue({ sheet, row: 0, col: 0 }));
    });
  }

  /** What each cell in scope holds (see cellContent), for restore. */
  private contents(scope: PortableScope): Map<string, string> {
    const out = new Map<string, string>();
    const own = this.originalsSheet();
    for (const name of this.hf.getSheetNames()) {
      if (name === own || (scope.kind === "sheet" && scope.sheet !== name)) continue;
      const sheet = this.hf.getSheetId(name) as number;
      const { height, width } = this.hf.getSheetDimensions(sheet);
      for (let row = 0; row < height; row++) {
        for (let col = 0; col < width; col++) {
          const at = { sheet, row, col };
          const held = cellContent(this.hf.getCellFormula(at), this.hf.getCellValue(at));
          if (held !== undefined) out.set(cellKey(name, cellAddress(row, col)), held);
        }
      }
    }
    return out;
  }

  private formulas(scope: PortableScope): FormulaCell[] {
    const out: FormulaCell[] = [];
    const own = this.originalsSheet();
    for (const name of this.hf.getSheetNames()) {
      if (name === own || (scope.kind === "sheet" && scope.sheet !== name)) continue;
      const sheet = this.hf.getSheetId(name) as number;
      const { height, width } = this.hf.getSheetDimensions(sheet);
      for (let row = 0; row < height; row++) {
        for (let col = 0; col < width; col++) {
          const formula = this.hf.getCellFormula({ sheet, row, col });
          if (!formula) continue;
          const spill = this.spill(formula, sheet, row, col);
          out.push({ sheet: name, address: cellAddress(row, col), formula, spill });
        }
      }
    }
    return out;
  }

  /** The area a spilled KPI call fills (HyperFormula spills it unless blocked: #SPILL!). */
  private spill(formula: string, sheet: number, row: number, col: number): FormulaCell["spill"] {
    const cells = translateSpill(formula);
    const v = this.hf.getCellValue({ sheet, row, col }) as { type?: string } | null;
    if (!cells || (typeof v === "object" && v !== null && v.type === "SPILL")) return undefined;
    const rows = Math.max(...cells.map((c) => c.row)) + 1;
    return { rows, cols: Math.max(...cells.map((c) => c.col)) + 1 };
  }

  private records(): OriginalRecord[] {
    const own = this.originalsSheet();
    const id = own === undefined ? undefined : this.hf.getSheetId(own);
    return id === undefined ? [] : readOriginals(this.hf.getSheetValues(id) as unknown[][]);
  }

  private write(writes: readonly FormulaCell[], records: readonly OriginalRecord[]): void {
    const own = this.originalsSheet();
    this.hf.batch(() => {
      for (const w of writes) {
        const { row, col } = parseRange(w.address);
        const input = w.formula === "" ? null : w.formula;
        this.hf.setCellContents({ sheet: this.hf.getSheetId(w.sheet) as number, row, col }, [
          [input],
        ]);
      }
      const old = own === undefined ? undefined : this.hf.getSheetId(own);
      if (old !== undefined) this.hf.removeSheet(old);
      if (records.length === 0) return;
      const name = own ?? freeOriginalsName(this.hf.getSheetNames());
      const id = this.hf.getSheetId(this.hf.addSheet(name)) as number;
      // A leading apostrophe keeps "=…" as text, as the text format does in Excel.
      const rows = originalsRows(records).map((r) => r.map((t) => (t === "" ? null : `'${t}`)));
      this.hf.setCellContents({ sheet: id, row: 0, col: 0 }, rows);
    });
  }

  /** Counts what "Make portable" would change. */
  async listKpiFormulas(scope: PortableScope): Promise<PortablePreview> {
    const plan = planConversion(this.formulas(scope), [], scope);
    return { perSheet: plan.perSheet, warnings: plan.warnings, kept: this.records().length };
  }

  /** Rewrites the KPI formulas in scope and keeps the originals. */
  async makePortable(scope: PortableScope): Promise<PortableOutcome> {
    const plan = planConversion(this.formulas(scope), this.records(), scope);
    if (plan.writes.length > 0) this.write(plan.writes, plan.records);
    return { perSheet: plan.perSheet, warnings: plan.warnings, edited: 0 };
  }

  /** Writes the kept originals in scope back. */
  async restore(scope: PortableScope): Promise<PortableOutcome> {
    const records = this.records();
    const plan = planRestore(records, this.contents(scope), scope);
    if (plan.writes.length > 0 || plan.records.length !== records.length)
      this.write(plan.writes, plan.records);
    return {
      perSheet: plan.perSheet,
      warnings: [],
      edited: plan.edited.length,
      blocked: plan.blocked.length,
    };
  }
}
