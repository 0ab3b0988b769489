/**
 * The team cycle's model (DESIGN.md "The team cycle"): staff members, what their position
 * names, and the matrix each one gets. Pure data: the staff table is read in src/workbook.
 */
import type { Card } from "./card";
import { DEFAULT_BONUS_SCALE, evenWeights, rowFromCard } from "./matrix";
import type { Matrix } from "./matrix/types";
import type { RoleTemplate } from "./templates/types";
import { totalIsWhole } from "./weights";

/** One row of the staff table. */
export interface StaffMember {
  employee: string;
  /** A role template (its id or its name in either language) or card codes ("SALES_VOL; NPS"). */
  position: string;
  /** Store, department, team: collective KPIs and the roll-up go by it. */
  unit?: string;
  manager?: string;
  bonusBase?: number;
  /** A personnel number, when the staff table has one: it tells namesakes apart. */
  personnelNo?: string;
  /**
   * What the last "Build for everyone" recorded on this staff row (the add-in's own columns of
   * the staff table): the matrix sheet it built and the bonus base the staff table had then.
   * Undefined for a row never built.
   */
  lastBuild?: { sheet: string; base?: number };
}

/** Personal plans: employee → card code → plan (so personal plans never live on the card). */
export type PersonalPlans = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** Why a staff row gets no matrix. */
export type PositionProblem =
  | { kind: "noPosition" }
  | { kind: "unknownCode"; code: string }
  /** Neither a role template nor card codes (a code has no spaces). */
  | { kind: "unknownPosition"; code: string }
  | { kind: "noCards" };

/** The cards (and weights) a position stands for. */
export interface PositionCards {
  cards: { card: Card; weight: number }[];
  templateId?: string;
}

const norm = (s: string): string => s.trim().toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ");

/** The key people are matched by across the staff table, the plans and the matrices. */
export function employeeKey(name: string): string {
  return norm(name);
}

/**
 * What a position names. A role template by its id or its name in English or Russian (case and
 * spaces ignored); otherwise a list of card codes separated by commas, semicolons or new lines,
 * each found exactly by `cardFor`, weighted by the cards' own weights when they total 100 %,
 * else evenly.
 */
export function positionCards(
  position: string,
  templates: readonly RoleTemplate[],
  cardFor: (code: string) => Card | undefined
): PositionCards | PositionProblem {
  const text = position.trim();
  if (!text) return { kind: "noPosition" };
  const t = templates.find(
    (x) => x.id === text || norm(x.name.en) === norm(text) || norm(x.name.ru) === norm(text)
  );
  if (t) {
    const cards: PositionCards["cards"] = [];
    for (const row of t.rows) {
      const card = cardFor(row.code);
      if (!card) return { kind: "unknownCode", code: row.code };
      cards.push({ card, weight: row.weight });
    }
    return cards.length ? { cards, templateId: t.id } : { kind: "noCards" };
  }
  const codes = text
    .split(/[,;\n]/)
    .map((c) => c.trim())
    .filter((c) => c !== "");
  const found: Card[] = [];
  for (const code of codes) {
    const card = cardFor(code);
    if (!card)
      return /\s/.test(code) ? { kind: "unknownPosition", code } : { kind: "unknownCode", code };
    found.push(card);
  }
  if (found.length === 0) return { kind: "noCards" };
  const own = found.map((c) => c.weight ?? 0);
  const whole = totalIsWhole(own.reduce((s, w) => s + w, 0));
  const even = evenWeights(found.length);
  return { cards: found.map((card, i) => ({ card, weight: whole ? own[i] : even[i] })) };
}

/** The codes of a position's collective cards (one fact per unit), each once. */
export function collectiveCodes(position: PositionCards): string[] {
  return [...new Set(position.cards.filter((c) => c.card.collective).map((c) => c.card.code))];
}

/** A person's own plans: by personnel number when the plans table names one, else by name. */
export function plansFor(
  person: { employee: string; personnelNo?: string },
  plans: PersonalPlans
): ReadonlyMap<string, number> | undefined {
  const byNumber = person.personnelNo ? plans.get(employeeKey(person.personnelNo)) : undefined;
  return byNumber ?? plans.get(employeeKey(person.employee));
}

/**
 * The matrix a staff member gets: the position's cards, personal plans (plansFor), the member's
 * base.
 */
export function memberMatrix(
  member: StaffMember,
  position: PositionCards,
  plans: PersonalPlans,
  period: string
): Matrix {
  const own = plansFor(member, plans);
  return {
    name: member.employee.trim(),
    employee: member.employee.trim(),
    period,
    rows: position.cards.map(({ card, weight }) => {
      const row = rowFromCard(card, weight);
      const plan = own?.get(card.code);
      return plan === undefined ? row : { ...row, plan };
    }),
    bonusBase: member.bonusBase,
    scale: [...DEFAULT_BONUS_SCALE],
    ...(position.templateId ? { templateId: position.templateId } : {}),
  };
}
