/**
 * The task pane's only view of a workbook. Implemented by the Office adapter (src/office) and by
 * the HyperFormula sandbox (src/sandbox); the task pane never calls Excel directly.
 * Owners may extend this interface; keep both implementations and their tests in step.
 */
import type { Card, Lang } from "../core/card";
import type { Finding, LintScope } from "../core/lint/types";
import type { CellRef, Matrix, MatrixSnapshot, MatrixSummary } from "../core/matrix/types";
import type { MatrixConflict } from "./matrix-merge";
import type { PersonalPlans, StaffMember } from "../core/team";
import type { TeamMemberResult, TeamRequest } from "./team-plan";
import type { DashboardRequest, DashboardResult } from "./dashboard-plan";
import type { PeriodOverview, PeriodPlan, PeriodRequest } from "./period-plan";
import type {
  AnalysisOutcome,
  AnalysisPreview,
  AnalysisProblem,
  AnalysisRequest,
} from "./analysis-plan";
import type { ForecastOutcome, ForecastPreview, ForecastRequest } from "./runrate-plan";
import type { TeamSnapshot } from "./team-read";
import type { RollupResult, RollupWeighting } from "./rollup-plan";

export type { CellRef } from "../core/matrix/types";
export type { MatrixConflict } from "./matrix-merge";
export type { TeamRow, TeamSnapshot } from "./team-read";

/** Why the workbook refused a change; nothing was written. The pane says it in words. */
export type Refusal =
  /** The workbook is a portable copy: KPI formulas would be written back. Restore first. */
  | { reason: "portable"; sheet: string }
  /** Merged cells are where the change would write. */
  | { reason: "merged"; sheet: string; address: string }
  /** The sheet to update holds no matrix any more (the user removed its table). */
  | { reason: "notMatrix"; sheet: string }
  /**
   * Next period: History already holds the period (closing it twice would record it twice),
   * no matrix shows it, or the next period's name is blank or the same.
   */
  | {
      reason: "period";
      problem: "inHistory" | "noMatrices" | "name";
      period: string;
      sheet: string;
    };

/** A refusal as an exception from a host call (the pane turns it into a message). */
export class WorkbookRefusal extends Error {
  constructor(readonly refusal: Refusal) {
    super(`Refused: ${refusal.reason} (${refusal.sheet})`);
    this.name = "WorkbookRefusal";
  }
}

/** What building or updating a matrix did. */
export interface MatrixBuildResult {
  sheet: string;
  /** The matrix as it now stands on the sheet (what the pane should show). */
  matrix: Matrix;
  /** Values the user changed both in the pane and in the sheet: the sheet's stayed. */
  conflicts: MatrixConflict[];
  /**
   * KPI cells Excel showed as #NAME? after the write and that were written again in Excel's
   * language (localized Excel, office-js#891), and those that still show #NAME?.
   */
  relocalized?: number;
  nameErrors?: number;
}

/** The staff table as read. */
export interface StaffSnapshot {
  sheet: string;
  members: StaffMember[];
  plans: PersonalPlans;
}

/** Options of saveCards. */
export interface CardSaveOptions extends WriteOptions {
  /**
   * The cards as the pane read them before the user edited them: a save writes only the fields
   * that differ from these (what the user changed in the pane); everything else stays as the
   * card table has it. Without it, a field the card leaves empty never blanks a filled cell.
   */
  base?: readonly Card[];
  /** Only add cards whose code the table does not have yet (library and template cards). */
  onlyNew?: boolean;
}

/** Options of buildTeam. */
export interface TeamOptions extends WriteOptions {
  /** Called after each batch of writes: how many of the batches are done. */
  onProgress?(done: number, total: number): void;
  /** Checked between batches: when set, the build stops there (what is written stays). */
  cancelled?(): boolean;
}

/** What building for everyone did. */
export interface TeamBuildResult {
  results: TeamMemberResult[];
  registerSheet: string;
  /** The unit facts table's sheet (collective KPIs), when the build needs or has one. */
  unitFactsSheet?: string;
  /** True when the user cancelled before every batch was written. */
  cancelled: boolean;
  /** Batches written, of how many. */
  done: number;
  total: number;
}

/** Options of closePeriod. */
export interface PeriodOptions extends WriteOptions {
  /** Called after each batch of writes: how many of the batches are done. */
  onProgress?(done: number, total: number): void;
}

/** What closing a period did (see src/workbook/period-plan.ts). */
export type PeriodCloseResult = Omit<PeriodPlan, "batches"> & {
  /** Batches written, of how many (all of them unless one failed). */
  done: number;
  total: number;
};

/** Options of buildMatrix. */
export interface BuildOptions extends WriteOptions {
  /**
   * The matrix as the pane read it from its sheet when the user opened it. An update writes
   * only what differs between it and the matrix asked for, and keeps the rest as the sheet has it.
   */
  base?: Matrix;
}

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

/** Options of buildRollup. */
export interface RollupOptions extends WriteOptions {
  /** The pane's choice; undefined keeps the one the roll-up sheet holds (headcount when new). */
  weighting?: RollupWeighting;
  /** Rebuild only a roll-up the workbook already has (after Build for everyone); else nothing. */
  onlyIfBuilt?: boolean;
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
  saveCards(cards: Card[], options?: CardSaveOptions): Promise<void>;
  /** Deletes the card rows with these codes (after the user confirmed). */
  deleteCards(codes: string[]): Promise<void>;

  /**
   * Writes a new matrix sheet (header, KPI rows with live formulas, total, bonus, formats) named
   * after the matrix, or, with `matrix.sheet` naming a matrix sheet, updates that matrix in
   * place: only what the user changed in the pane (against `options.base`) is written, and
   * every value typed in the sheet stays (src/workbook/matrix-plan.ts). Refuses (throws a
   * WorkbookRefusal, nothing written) while the workbook is a portable copy.
   */
  buildMatrix(matrix: Matrix, options?: BuildOptions): Promise<MatrixBuildResult>;
  /** Reads the staff and personal plans tables; undefined when the workbook has no staff table. */
  readStaff(): Promise<StaffSnapshot | undefined>;
  /** Creates the staff and personal plans tables (with these people, if any); returns the sheet. */
  createStaffTables(members: StaffMember[], options?: WriteOptions): Promise<string>;
  /**
   * Builds or updates every member's matrix and the bonus register (src/workbook/team-plan.ts),
   * in batches under Excel on the web's request limit. Refused while the workbook is portable.
   */
  buildTeam(request: TeamRequest, options?: TeamOptions): Promise<TeamBuildResult>;

  /** Reads a matrix sheet back: the model with facts, the computed cells and their addresses. */
  readMatrix(sheet: string): Promise<MatrixSnapshot | undefined>;
  /** The matrix sheets of the workbook, in sheet order. */
  listMatrices(): Promise<MatrixSummary[]>;
  /**
   * The bonus register's people (table KpiRegister) with score, status and bonus as the sheet
   * shows them now (src/workbook/team-read.ts); undefined when the workbook has no register.
   */
  readTeam(): Promise<TeamSnapshot | undefined>;

  /** Runs the lint (DESIGN.md "Lint") over one matrix sheet or the whole workbook. */
  lint(scope: LintScope): Promise<Finding[]>;

  /** Selects a cell or range so the user sees it (activates its sheet). */
  goTo(ref: CellRef): Promise<void>;

  /** Reads a task pane setting stored with the workbook; undefined when unset. */
  getSetting(key: string): Promise<unknown>;
  /** Stores a task pane setting with the workbook. */
  setSetting(key: string, value: unknown): Promise<void>;

  /**
   * Calls `listener` (debounced by the caller) when cells of the workbook change, so the check
   * can refresh; returns the unsubscribe function. Hosts that cannot tell return a no-op.
   */
  onChanged(listener: () => void): () => void;

  /**
   * The selected range as an ABC-XYZ analysis would read it (src/workbook/analysis-plan.ts):
   * its data, where the classes and summary would go, the thresholds of an earlier analysis;
   * or why it cannot be analysed (nothing selected or no values: kind "empty").
   */
  readSelection(): Promise<AnalysisPreview | AnalysisProblem>;
  /** Writes (or updates) the ABC-XYZ analysis of a range beside it, never over the user's cells. */
  analyzeRange(request: AnalysisRequest, options?: WriteOptions): Promise<AnalysisOutcome>;
  /** The run-rate forecast block of a matrix sheet as it stands, or where it would go. */
  readForecast(sheet: string): Promise<ForecastPreview>;
  /** Writes (or updates) the run-rate forecast block beside a matrix (src/workbook/runrate-plan.ts). */
  writeForecast(request: ForecastRequest, options?: WriteOptions): Promise<ForecastOutcome>;

  /**
   * Builds or rebuilds the roll-up sheet from the bonus register (src/workbook/rollup-plan.ts):
   * live formulas per unit and for the network, and in Excel with ExcelApi 1.8 a PivotTable
   * over the register. Undefined when the workbook has no register yet.
   */
  buildRollup(options?: RollupOptions): Promise<RollupResult | undefined>;

  /** What "Next period" shows first: the current period, matrices by period, what History holds. */
  readPeriods(): Promise<PeriodOverview>;
  /**
   * Closes a period (src/workbook/period-plan.ts): appends its rows to History (KpiHistory)
   * first, then carries every matrix of that period forward (period set, typed facts cleared,
   * plans kept or taken from the personal plans table) and writes the Trends sheet. Refused
   * (a WorkbookRefusal, nothing written) while portable or when History already holds it.
   */
  closePeriod(request: PeriodRequest, options?: PeriodOptions): Promise<PeriodCloseResult>;

  /**
   * Builds or rebuilds the dashboard sheet (src/workbook/dashboard-plan.ts) for one matrix or
   * for the whole team: tiles, ranking and trend of native formulas, icon sets, data bars and
   * charts. Undefined when there is nothing to show (no matrix, register or history). Refuses
   * (a WorkbookRefusal) when the sheet asked for holds no matrix.
   */
  buildDashboard(
    request: DashboardRequest,
    options?: WriteOptions
  ): Promise<DashboardResult | undefined>;
}
