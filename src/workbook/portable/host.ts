/**
 * What the portable panel needs from a workbook. Implemented for Excel in src/office/portable.ts
 * and for the HyperFormula sandbox in src/sandbox/portable-host.ts.
 */
import type { CellWarning, PortableScope, SheetCount } from "./plan";

export type { PortableScope } from "./plan";

/** What "Make portable" would change, shown before the user confirms. */
export interface PortablePreview {
  /** KPI formulas that will be rewritten, per sheet (sheets without any are left out). */
  perSheet: SheetCount[];
  /** KPI formulas that stay as they are, and why. */
  warnings: CellWarning[];
  /** Originals already kept in the workbook (from an earlier conversion). */
  kept: number;
}

/** What an action did. */
export interface PortableOutcome {
  perSheet: SheetCount[];
  warnings: CellWarning[];
  /** Restore only: cells edited since the conversion, left as they are. */
  edited: number;
  /**
   * Restore only: spilled KPI formulas left portable because a cell of their spill area was
   * typed into (restoring would overwrite it or show #SPILL!).
   */
  blocked?: number;
}

/**
 * An action that stopped part way (Excel refused a batch of writes). No original is lost: the
 * originals sheet was written before any formula ("convert"), or the formulas written back so far
 * are the originals themselves ("restore"); running the action again finishes it.
 */
export class PortableStoppedError extends Error {
  constructor(
    readonly action: "convert" | "restore",
    readonly cause: unknown
  ) {
    super(
      `${action === "convert" ? "Make portable" : "Restore KPI formulas"} stopped part way: ` +
        `${cause instanceof Error ? cause.message : String(cause)}`
    );
    this.name = "PortableStoppedError";
  }
}

export interface PortableHost {
  /** The worksheets the user can pick as a scope (the originals sheet excluded). */
  listSheets(): Promise<string[]>;
  /** Counts the KPI formulas in scope and what converting them would do. */
  listKpiFormulas(scope: PortableScope): Promise<PortablePreview>;
  /** Rewrites the KPI formulas in scope as native formulas and keeps the originals. */
  makePortable(scope: PortableScope): Promise<PortableOutcome>;
  /** Writes the kept originals in scope back. */
  restore(scope: PortableScope): Promise<PortableOutcome>;
}

/** True when an object (e.g. the task pane's WorkbookHost) also implements PortableHost. */
export function isPortableHost(host: unknown): host is PortableHost {
  const h = host as Partial<PortableHost> | null;
  return (
    typeof h === "object" &&
    h !== null &&
    typeof h.listKpiFormulas === "function" &&
    typeof h.makePortable === "function" &&
    typeof h.restore === "function" &&
    typeof h.listSheets === "function"
  );
}
