/**
 * The task pane's only view of a workbook. Implemented by the Office adapter (src/office) and by
 * the HyperFormula sandbox (src/sandbox); the task pane never calls Excel directly.
 * Owners may extend this interface; keep both implementations and their tests in step.
 */
import type { Card, Lang } from "../core/card";
import type { Finding, LintScope } from "../core/lint/types";
import type { CellRef, Matrix, MatrixSnapshot, MatrixSummary } from "../core/matrix/types";

export type { CellRef } from "../core/matrix/types";

/** Options for writes that create sheets or headers. */
export interface WriteOptions {
  /** Language of new sheet names, headers and labels (existing headers are kept). */
  lang?: Lang;
}

/** Office's theme colours (Office.context.officeTheme), when the host has them. */
export interface ThemeColors {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}

/** What the host tells the task pane about its surroundings. */
export interface HostEnvironment {
  /** "office" in Excel, "sandbox" on the dev page. */
  kind: "office" | "sandbox";
  /** Office's display language, e.g. "ru-RU" (the sandbox: the browser's). */
  displayLanguage: string;
  /** The UI language that follows from it: "ru" for any Russian locale, else "en". */
  lang: Lang;
  /** True when the theme's body background is dark. */
  dark: boolean;
  theme?: ThemeColors;
}

export interface WorkbookHost {
  /** Language, theme and host kind; safe to call before any workbook access. */
  environment(): Promise<HostEnvironment>;

  /** Reads the card table; an empty list when there is none yet. Rows without a code are skipped. */
  readCards(): Promise<Card[]>;
  /**
   * Creates the card table when missing and writes these cards, matched by code: existing rows
   * are updated in place (columns the user added keep their cells), new codes are appended.
   * Never deletes a row; rows not in `cards` stay as they are.
   */
  saveCards(cards: Card[], options?: WriteOptions): Promise<void>;
  /** Deletes the card rows with these codes (after the user confirmed). */
  deleteCards(codes: string[]): Promise<void>;

  /**
   * Writes a matrix sheet (header, KPI rows with live formulas, total, bonus, formats) and
   * returns its sheet name. With `matrix.sheet` set and that sheet existing, rebuilds it in
   * place and keeps the facts typed there (matched by card code); otherwise adds a new sheet
   * named after the matrix.
   */
  buildMatrix(matrix: Matrix, options?: WriteOptions): Promise<string>;
  /** Reads a matrix sheet back: the model with facts, the computed cells and their addresses. */
  readMatrix(sheet: string): Promise<MatrixSnapshot | undefined>;
  /** The matrix sheets of the workbook, in sheet order. */
  listMatrices(): Promise<MatrixSummary[]>;

  /** Runs the lint (DESIGN.md "Lint") over one matrix sheet or the whole workbook. */
  lint(scope: LintScope): Promise<Finding[]>;

  /** Selects a cell or range so the user sees it (activates its sheet). */
  goTo(ref: CellRef): Promise<void>;

  /** Reads a task pane setting stored with the workbook; undefined when unset. */
  getSetting(key: string): Promise<unknown>;
  /** Stores a task pane setting with the workbook. */
  setSetting(key: string, value: unknown): Promise<void>;
}
