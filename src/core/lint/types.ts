/** What the lint reports (DESIGN.md, "Lint"). */
import type { Card, LocalText } from "../card";
import type { LibraryCard } from "../library/types";
import type { CellRef, MatrixSnapshot } from "../matrix/types";
import type { TeamLintInput } from "./team";

/** error: the matrix computes wrong or not at all; warning: likely wrong; info: a hint. */
export type Severity = "error" | "warning" | "info";

/** Stable identifiers of the checks (tests and the UI may key on them). */
export type FindingCode =
  | "weights-total"
  | "negative-weight"
  | "plan-equals-min"
  | "method-direction"
  /** The method scores opposite to the direction its card, or the KPI library's card, states. */
  | "card-direction"
  | "missing-plan"
  | "plan-zero"
  | "negative-plan"
  | "zero-fact"
  | "percent-fact"
  | "percent-bound"
  | "negative-fact"
  | "scale-percent"
  | "scale-order"
  | "scale-negative"
  | "scale-decreasing"
  | "missing-fact"
  | "too-many-kpis"
  | "many-kpis"
  | "unknown-card"
  | "formula-error"
  | "no-cards"
  /** Payouts of the register above its bonus fund. */
  | "fund-exceeded"
  /** A person of the staff without a matrix. */
  | "no-matrix"
  /** A person's matrix still waiting for facts (or showing an error in its total). */
  | "incomplete-matrix"
  /** A collective KPI's unit fact not typed yet (said once, at its cell). */
  | "unit-fact-missing"
  /** A unit fact that is not a number. */
  | "unit-fact-not-number"
  /** A matrix fact cell taking the unit fact of another unit or KPI. */
  | "unit-fact-mismatch"
  /** A collective KPI of a person without a unit. */
  | "collective-no-unit"
  /** A status threshold typed as a whole percent (80 for 80 %). */
  | "status-threshold-percent"
  /** Amber from above green from. */
  | "status-threshold-order"
  /** The total's status contradicts what it pays (red that pays, green that pays less). */
  | "status-contradicts-bonus";

/** One finding: what is wrong (in both languages, with the numbers) and where. */
export interface Finding {
  severity: Severity;
  code: FindingCode;
  message: LocalText;
  /** The cell to take the user to. */
  at: CellRef;
  /** Name of the matrix (or card table) the finding is about. */
  subject?: string;
}

/** What the lint reads: the card table (undefined when there is none) and the matrices. */
export interface LintInput {
  cards?: readonly Card[];
  matrices: readonly MatrixSnapshot[];
  /** Cards whose direction a matrix row must agree with (default: the built-in KPI library). */
  library?: readonly LibraryCard[];
  /** The bonus register, when the workbook has one (checked against the matrices). */
  team?: TeamLintInput;
}

/** Check one matrix sheet, or every matrix of the workbook. */
export type LintScope = { sheet: string } | "workbook";
