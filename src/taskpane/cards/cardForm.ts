/**
 * The card editor's form state: every field as the text the user typed, parsed and checked in one
 * place so the editor only renders. Error values are keys of the string table, translated on
 * render, so the same check speaks English and Russian.
 */
import {
  validateCard,
  type Card,
  type Direction,
  type IndexMethod,
  type Lang,
} from "../../core/card";
import { isPercentUnit } from "../../core/library/units";
import { decimalText, parseNumber } from "../format";
import type { Strings } from "../i18n";

/** The editor's fields, all as typed text (numbers included, so "1 200,5" can be typed). */
export interface CardDraft {
  code: string;
  name: string;
  goal: string;
  unit: string;
  period: string;
  method: IndexMethod;
  /** "" when the card does not say which way is better. */
  direction: Direction | "";
  min: string;
  plan: string;
  max: string;
  /** Weight in percent as typed, e.g. "45". */
  weight: string;
  owner: string;
  source: string;
  actions: string;
}

/** A problem shown on one field: an error blocks saving, a warning only informs. */
export interface FieldProblem {
  severity: "error" | "warning";
  text: string;
}

export type DraftProblems = Partial<Record<keyof CardDraft, FieldProblem>>;

/** Result of checking a draft: the card (when no error blocks it) and the problems per field. */
export interface DraftCheck {
  card: Card | null;
  problems: DraftProblems;
}

/** An empty draft for a new card. */
export function emptyDraft(): CardDraft {
  return {
    code: "",
    name: "",
    goal: "",
    unit: "",
    period: "",
    method: "ratio",
    direction: "",
    min: "",
    plan: "",
    max: "",
    weight: "",
    owner: "",
    source: "",
    actions: "",
  };
}

function numText(value: number | undefined, lang: Lang, scale = 1): string {
  if (value === undefined || !Number.isFinite(value)) return "";
  return decimalText(value * scale, lang);
}

/** Bounds of a card in % (unit "%") are fractions in the sheet but typed in percent: 1 = 1 %. */
const boundScale = (unit: string | undefined): number => (isPercentUnit(unit) ? 100 : 1);

/**
 * A draft filled from an existing card: weight in percent, and so are the bounds of a card in %
 * (as the sheet shows them); the language's decimal mark.
 */
export function draftFromCard(card: Card, lang: Lang = "en"): CardDraft {
  const bounds = boundScale(card.unit);
  return {
    code: card.code,
    name: card.name,
    goal: card.goal ?? "",
    unit: card.unit ?? "",
    period: card.period ?? "",
    method: card.method,
    direction: card.direction ?? "",
    min: numText(card.min, lang, bounds),
    plan: numText(card.plan, lang, bounds),
    max: numText(card.max, lang, bounds),
    weight: numText(card.weight, lang, 100),
    owner: card.owner ?? "",
    source: card.source ?? "",
    actions: card.actions ?? "",
  };
}

/** A code not yet in `taken`, made from `code` by adding _2, _3, … (for "duplicate"). */
export function freeCode(code: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((c) => c.toUpperCase()));
  const stem = code.replace(/_\d+$/, "");
  for (let n = 2; ; n++) {
    const candidate = `${stem}_${n}`;
    if (!used.has(candidate.toUpperCase())) return candidate;
  }
}

/**
 * Checks a draft: numbers must parse (`numberError` is the message for one that does not), then
 * the card rules of the core (`validateCard`) in the user's language. `base` is the card being
 * edited, so fields the editor does not show (such as `libraryCode`) survive the edit.
 */
export function checkDraft(
  draft: CardDraft,
  others: readonly Card[],
  lang: Lang,
  numberError: string,
  base?: Card
): DraftCheck {
  const problems: DraftProblems = {};
  const card: Card = {
    ...base,
    code: draft.code.trim(),
    name: draft.name.trim(),
    method: draft.method,
  };
  const texts = ["goal", "unit", "period", "owner", "source", "actions"] as const;
  for (const field of texts) {
    const value = draft[field].trim();
    if (value === "") delete card[field];
    else card[field] = value;
  }
  if (draft.direction === "") delete card.direction;
  else card.direction = draft.direction;
  const bounds = boundScale(card.unit);
  for (const field of ["min", "plan", "max", "weight"] as const) {
    const parsed = parseNumber(draft[field]);
    delete card[field];
    const scale = field === "weight" ? 100 : bounds;
    if (parsed === null) problems[field] = { severity: "error", text: numberError };
    else if (parsed !== undefined)
      card[field] = scale === 1 ? parsed : Math.round((parsed / scale) * 1e9) / 1e9;
  }
  for (const problem of validateCard(card, others)) {
    const current = problems[problem.field];
    // The first error on a field wins; an error replaces a warning.
    if (current && (current.severity === "error" || problem.severity === "warning")) continue;
    problems[problem.field] = { severity: problem.severity, text: problem.message[lang] };
  }
  const blocked = Object.values(problems).some((p) => p?.severity === "error");
  return { card: blocked ? null : card, problems };
}

/** Cards whose code, name, goal, unit or owner contains the query (case-insensitive). */
export function searchCards(cards: Card[], query: string): Card[] {
  const q = query.trim().toLocaleLowerCase();
  if (q === "") return cards;
  return cards.filter((card) =>
    [card.code, card.name, card.goal, card.unit, card.owner]
      .filter((v): v is string => typeof v === "string")
      .some((v) => v.toLocaleLowerCase().includes(q))
  );
}

/** The method choices with their labels, in the order the methodology lists them. */
export function methodLabels(t: Strings): Array<[IndexMethod, string]> {
  return [
    ["ratio", t.methodRatio],
    ["inverse", t.methodInverse],
    ["corridor", t.methodCorridor],
    ["binary", t.methodBinary],
  ];
}
