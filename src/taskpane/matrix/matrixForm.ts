/**
 * The matrix builder's form: picks, weights and the bonus scale as typed text, turned into a
 * `Matrix` in one checked step. Pure, so the builder component only renders.
 */
import type { Card } from "../../core/card";
import { totalIsWhole } from "../../core/weights";
import {
  DEFAULT_BONUS_SCALE,
  evenWeights,
  rowFromCard,
  scaleProblems,
  type BonusScalePoint,
  type Interpolation,
  type Matrix,
  type MatrixRow,
} from "../../core/matrix";
import {
  thresholdProblems,
  thresholdsFromScale,
  type StatusThresholds,
} from "../../core/thresholds";
import { equal15 } from "../../core/values";
import { decimalText, parseNumber } from "../format";
import type { Language } from "../i18n";

/** A card chosen for the matrix and its weight in percent as typed. */
export interface Pick {
  code: string;
  weight: string;
  /** The row of the matrix being updated this pick is (its index in the matrix read). */
  row?: number;
  /** The KPI's name as the sheet shows it (rows typed by hand have no card). */
  name?: string;
}

/** One scale row as typed: the score from which and the coefficient, both in percent. */
export interface ScaleRowText {
  threshold: string;
  coefficient: string;
}

export interface MatrixForm {
  /** The sheet being rebuilt, or undefined for a new matrix. */
  sheet?: string;
  templateId: string;
  employee: string;
  period: string;
  picks: Pick[];
  base: string;
  scale: ScaleRowText[];
  interpolation: Interpolation;
  /** Status thresholds in percent as typed; blank: from the bonus scale. */
  statusAmber?: string;
  statusGreen?: string;
}

/** A template as the builder needs it: its id, its name and its cards with weights. */
export interface TemplateChoice {
  id: string;
  name: string;
  rows: ReadonlyArray<{ code: string; weight: number }>;
}

const percentText = (fraction: number, lang: Language): string =>
  decimalText(Math.round(fraction * 1e11) / 1e9, lang);

/**
 * The scale as typed text, thresholds and coefficients in percent (as the sheet shows them:
 * 50 % of the base is "50", never "0.5"), with the language's decimal mark.
 */
export function scaleText(
  scale: readonly BonusScalePoint[],
  lang: Language = "en"
): ScaleRowText[] {
  return scale.map((p) => ({
    threshold: percentText(p.threshold, lang),
    coefficient: percentText(p.coefficient, lang),
  }));
}

/** The scale points the form's rows give (rows that are not two numbers are left out). */
function typedScale(form: { scale: readonly ScaleRowText[] }): BonusScalePoint[] {
  const out: BonusScalePoint[] = [];
  for (const row of form.scale) {
    const threshold = parseNumber(row.threshold);
    const coefficient = parseNumber(row.coefficient);
    if (typeof threshold === "number" && typeof coefficient === "number")
      out.push({ threshold: threshold / 100, coefficient: coefficient / 100 });
  }
  return out;
}

/** The status thresholds the form's scale gives (what a blank threshold field means). */
export function scaleThresholds(form: {
  scale: readonly ScaleRowText[];
  interpolation: Interpolation;
}): StatusThresholds {
  return thresholdsFromScale(typedScale(form), form.interpolation);
}

/** A threshold as the form shows it: blank while it is what the scale gives. */
function thresholdText(value: number | undefined, derived: number, lang: Language): string {
  return value === undefined || equal15(value, derived) ? "" : percentText(value, lang);
}

/** A fresh form: no template, no cards, the default step scale. */
export function emptyForm(lang: Language = "en"): MatrixForm {
  return {
    templateId: "",
    employee: "",
    period: "",
    picks: [],
    base: "",
    scale: scaleText(DEFAULT_BONUS_SCALE, lang),
    interpolation: "step",
  };
}

/** The form with a template's cards and weights; the role fills an empty employee field. */
export function applyTemplate(
  form: MatrixForm,
  template: TemplateChoice | undefined,
  lang: Language = "en"
): MatrixForm {
  if (!template) return { ...form, templateId: "" };
  return {
    ...form,
    templateId: template.id,
    employee:
      form.employee.trim() === "" && template.rows.length > 0 ? template.name : form.employee,
    picks: template.rows.map((r) => ({ code: r.code, weight: percentText(r.weight, lang) })),
  };
}

/** The form filled from a matrix read back from its sheet (for an update in place). */
export function formFromMatrix(matrix: Matrix, sheet: string, lang: Language = "en"): MatrixForm {
  return {
    sheet,
    templateId: matrix.templateId ?? "",
    employee: matrix.employee,
    period: matrix.period,
    picks: matrix.rows.map((r, i) => ({
      code: r.code,
      weight: percentText(r.weight, lang),
      row: i,
      name: r.name,
    })),
    base: matrix.bonusBase === undefined ? "" : decimalText(matrix.bonusBase, lang),
    scale: scaleText(matrix.scale, lang),
    interpolation: matrix.interpolation ?? "step",
    ...readThresholds(matrix, lang),
  };
}

function readThresholds(
  matrix: Matrix,
  lang: Language
): { statusAmber?: string; statusGreen?: string } {
  const derived = thresholdsFromScale(matrix.scale, matrix.interpolation ?? "step");
  return {
    statusAmber: thresholdText(matrix.statusAmber, derived.amber, lang),
    statusGreen: thresholdText(matrix.statusGreen, derived.green, lang),
  };
}

/** A plain decimal ("0.8", "0,8", "12") in `lang`'s decimal mark; any other text as it is. */
function withDecimalMark(text: string, lang: Language): string {
  if (!/^\s*[-+]?\d+([.,]\d+)?\s*$/.test(text)) return text;
  return lang === "ru" ? text.replace(".", ",") : text.replace(",", ".");
}

/**
 * The form's numbers in `lang`'s decimal mark. The pane learns Office's language only after it
 * has rendered (and the user may switch): the numbers it filled in, and plain decimals the user
 * typed, follow, so a Russian pane never shows "0.5" beside "32,5". Values do not change.
 */
export function relocalizeForm(form: MatrixForm, lang: Language): MatrixForm {
  const mark = (text: string) => withDecimalMark(text, lang);
  return {
    ...form,
    picks: form.picks.map((p) => ({ ...p, weight: mark(p.weight) })),
    base: mark(form.base),
    scale: form.scale.map((r) => ({
      threshold: mark(r.threshold),
      coefficient: mark(r.coefficient),
    })),
    ...(form.statusAmber !== undefined ? { statusAmber: mark(form.statusAmber) } : {}),
    ...(form.statusGreen !== undefined ? { statusGreen: mark(form.statusGreen) } : {}),
  };
}

/** Sum of the typed weights in percent; NaN while any weight is not a number. */
export function totalPercent(picks: readonly Pick[]): number {
  let total = 0;
  for (const p of picks) {
    const value = parseNumber(p.weight);
    if (value === null) return NaN;
    total += value ?? 0;
  }
  return Math.round(total * 1e9) / 1e9;
}

/** Picks with 100 % spread over them in whole percents. */
export function spreadEvenly(picks: readonly Pick[]): Pick[] {
  const weights = evenWeights(picks.length);
  return picks.map((p, i) => ({ ...p, weight: String(Math.round(weights[i] * 100)) }));
}

/** Problems that stop a build, as keys of the string table (translated on render). */
export interface FormProblems {
  employee?: "employeeRequired";
  picks?: "chooseCards";
  weights?: "weightsMustBe100";
  /** Index of a weight that is not a number. */
  badWeight?: number;
  base?: "baseInvalid";
  scale?: "scaleNotIncreasing";
  thresholds?: "statusThresholdsInvalid";
}

/** The result of checking the form: the matrix to build when nothing stops it. */
export interface FormCheck {
  matrix: Matrix | null;
  problems: FormProblems;
  /** Picked cards that are not in the card table yet (library cards of a template). */
  missing: Card[];
}

/**
 * Checks the form and builds the matrix. `cardFor` finds a picked card (the workbook's first,
 * then the library's). `base` is the matrix as read from the sheet being updated: a pick that is
 * one of its rows keeps that row as the sheet has it (its plan, min, max, method, fact) with the
 * weight from the form; only picks that are new take a card's defaults.
 */
export function checkForm(
  form: MatrixForm,
  cardFor: (code: string) => { card: Card; inWorkbook: boolean } | undefined,
  base?: Matrix
): FormCheck {
  const previous: readonly MatrixRow[] = base?.rows ?? [];
  const problems: FormProblems = {};
  if (form.employee.trim() === "") problems.employee = "employeeRequired";
  if (form.picks.length === 0) problems.picks = "chooseCards";
  const badWeight = form.picks.findIndex((p) => {
    const v = parseNumber(p.weight);
    return v === null || (v !== undefined && v < 0);
  });
  if (badWeight >= 0) problems.badWeight = badWeight;
  const total = totalPercent(form.picks);
  if (form.picks.length > 0 && !totalIsWhole(total / 100)) problems.weights = "weightsMustBe100";
  const bonusBase = parseNumber(form.base);
  if (bonusBase === null || (bonusBase !== undefined && bonusBase < 0))
    problems.base = "baseInvalid";
  const scale: BonusScalePoint[] = [];
  for (const row of form.scale) {
    const threshold = parseNumber(row.threshold);
    const coefficient = parseNumber(row.coefficient);
    if (threshold === undefined && coefficient === undefined) continue;
    if (typeof threshold !== "number" || typeof coefficient !== "number") {
      problems.scale = "scaleNotIncreasing";
      continue;
    }
    scale.push({ threshold: threshold / 100, coefficient: coefficient / 100 });
  }
  // The core's rule for a scale KPI.BONUS accepts (the builder shows it on the fields).
  if (scaleProblems(scale).length > 0) problems.scale = "scaleNotIncreasing";
  const thresholds = formThresholds(form, base);
  if (thresholds === null) problems.thresholds = "statusThresholdsInvalid";

  const missing: Card[] = [];
  const rows: MatrixRow[] = [];
  const used = new Set<number>();
  for (const pick of form.picks) {
    const weight = (parseNumber(pick.weight) ?? 0) / 100;
    // A row of the matrix being updated (matched by its place, else by code) stays that row.
    const at =
      pick.row !== undefined && !used.has(pick.row)
        ? pick.row
        : previous.findIndex((r, i) => !used.has(i) && r.code !== "" && r.code === pick.code);
    if (at !== undefined && at >= 0 && previous[at]) {
      used.add(at);
      rows.push({ ...previous[at], weight });
      continue;
    }
    const found = cardFor(pick.code);
    if (found) {
      if (!found.inWorkbook) missing.push(found.card);
      rows.push(rowFromCard(found.card, weight));
    }
  }
  if (Object.keys(problems).length > 0) return { matrix: null, problems, missing };
  const employee = form.employee.trim();
  const period = form.period.trim();
  // The title follows the employee, unless the sheet's title is its own and the employee stays.
  const name = base && employee === base.employee.trim() ? base.name : employee;
  const matrix: Matrix = {
    name,
    employee,
    period,
    rows,
    scale,
    interpolation: form.interpolation,
    bonusBase: bonusBase ?? undefined,
    ...(base?.mode ? { mode: base.mode } : {}),
    ...(thresholds?.statusAmber !== undefined ? { statusAmber: thresholds.statusAmber } : {}),
    ...(thresholds?.statusGreen !== undefined ? { statusGreen: thresholds.statusGreen } : {}),
    ...(form.sheet ? { sheet: form.sheet } : {}),
    ...(form.templateId ? { templateId: form.templateId } : {}),
  };
  return { matrix, problems, missing };
}

/** A matrix's own status thresholds (fractions; undefined: from the scale). */
type Thresholds = { statusAmber?: number; statusGreen?: number };

/**
 * The thresholds the form asks for (fractions), or null when one is not a number, above
 * 1000 % (a fraction typed in a percent field is fine: the field is in percent) or amber is
 * above green. A blank field means "from the scale": undefined, or for a matrix being updated
 * whose threshold still followed its scale, that value as it is (the update then moves it with
 * a scale the user changed here, and a value typed in the sheet meanwhile stays).
 */
function formThresholds(form: MatrixForm, base: Matrix | undefined): Thresholds | null {
  const derivedBase = base ? thresholdsFromScale(base.scale, base.interpolation ?? "step") : null;
  const out: Thresholds = {};
  for (const [k, f] of [
    ["amber", "statusAmber"],
    ["green", "statusGreen"],
  ] as const) {
    const typed = parseNumber(form[f] ?? "");
    if (typed === null) return null;
    if (typed !== undefined) out[f] = typed / 100;
    else if (base?.[f] !== undefined && derivedBase && equal15(base[f]!, derivedBase[k]))
      out[f] = base[f];
  }
  const derived = scaleThresholds(form);
  const check = {
    amber: out.statusAmber ?? derived.amber,
    green: out.statusGreen ?? derived.green,
  };
  return thresholdProblems(check).length > 0 ? null : out;
}
