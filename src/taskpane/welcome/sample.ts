/**
 * The sample workbook of the welcome: a store director's matrix with the month's facts in, and a
 * small team of store directors with their matrices and the bonus register, so every screen of
 * the pane has something to show. Built through the host like anything the user builds (the
 * card table, then the matrix, then the staff and the register), so Excel and the sandbox get the
 * same workbook. Loaded on demand: it carries the role templates' library cards.
 */
import type { Card, Lang } from "../../core/card";
import { memberMatrix, positionCards, type StaffMember } from "../../core/team";
import { findTemplate, matrixFromTemplate, templateCards } from "../../core/templates";
import { ROLE_TEMPLATES } from "../../core/templates/roles";
import type { Matrix } from "../../core/matrix/types";
import type { WorkbookHost } from "../../workbook/host";
import type { TeamRequest } from "../../workbook/team-plan";

/** The template of the sample and a month of facts for it, by card code. */
export const SAMPLE_TEMPLATE = "store-director";
const FACTS: Record<string, number>[] = [
  // The director of the lone matrix: about on plan (an index total of ~100 %).
  {
    TURNOVER_PLAN: 1.05,
    PROFIT_PLAN: 0.98,
    SHRINKAGE: 0.004,
    MYSTERY_SHOPPER: 0.92,
    STAFF_TURNOVER: 0.03,
  },
  // The team: one well above plan, one close to it, one behind, one far behind.
  {
    TURNOVER_PLAN: 1.12,
    PROFIT_PLAN: 1.08,
    SHRINKAGE: 0.003,
    MYSTERY_SHOPPER: 0.95,
    STAFF_TURNOVER: 0.02,
  },
  {
    TURNOVER_PLAN: 1.0,
    PROFIT_PLAN: 0.97,
    SHRINKAGE: 0.005,
    MYSTERY_SHOPPER: 0.9,
    STAFF_TURNOVER: 0.025,
  },
  {
    TURNOVER_PLAN: 0.93,
    PROFIT_PLAN: 0.9,
    SHRINKAGE: 0.008,
    MYSTERY_SHOPPER: 0.85,
    STAFF_TURNOVER: 0.04,
  },
  {
    TURNOVER_PLAN: 0.85,
    PROFIT_PLAN: 0.8,
    SHRINKAGE: 0.011,
    MYSTERY_SHOPPER: 0.75,
    STAFF_TURNOVER: 0.06,
  },
];

const PEOPLE: Record<Lang, string[]> = {
  en: ["Maria Lopez", "John Carter", "Aiko Tanaka", "Omar Haddad"],
  ru: ["Вера Соколова", "Олег Петров", "Анна Иванова", "Ирина Кузнецова"],
};
const STORE: Record<Lang, (n: number) => string> = {
  en: (n) => `Store ${n}`,
  ru: (n) => `Магазин ${n}`,
};
const BASES = [60000, 50000, 50000, 45000];

/** The month of `today` as a period, e.g. "March 2026" / "Март 2026 г.". */
export function samplePeriod(lang: Lang, today: Date): string {
  const text = new Intl.DateTimeFormat(lang, { month: "long", year: "numeric" }).format(today);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A matrix with the facts of one sample month filled in (rows the facts do not name stay blank). */
export function withFacts(matrix: Matrix, facts: Readonly<Record<string, number>>): Matrix {
  return {
    ...matrix,
    rows: matrix.rows.map((r) => (facts[r.code] === undefined ? r : { ...r, fact: facts[r.code] })),
  };
}

/** The staff of the sample team (store directors of four stores). */
export function sampleStaff(lang: Lang): StaffMember[] {
  const role = findTemplate(SAMPLE_TEMPLATE)!.name[lang];
  return PEOPLE[lang].map((employee, i) => ({
    employee,
    position: role,
    unit: STORE[lang](i + 1),
    bonusBase: BASES[i],
  }));
}

/** What the sample built: the lone matrix's sheet (the pane shows it) and the register's. */
export interface SampleResult {
  matrixSheet: string;
  registerSheet?: string;
}

/**
 * Builds the sample into the workbook: the template's cards (only those missing), the store
 * director's matrix with facts and the team with its register (skipped when the workbook already
 * has a staff table: the user's people are never replaced by the sample's).
 */
export async function buildSample(
  host: WorkbookHost,
  lang: Lang,
  today: Date = new Date()
): Promise<SampleResult> {
  const template = findTemplate(SAMPLE_TEMPLATE)!;
  const existing = await host.readCards();
  const cards = templateCards(template, lang, existing);
  const have = new Set(existing.map((c) => c.code));
  const missing = cards.filter((c) => !have.has(c.code));
  if (missing.length > 0) await host.saveCards(missing, { lang, onlyNew: true });
  const period = samplePeriod(lang, today);
  const lone = withFacts(
    { ...matrixFromTemplate(template, lang, cards, { period }), bonusBase: 50000 },
    FACTS[0]
  );
  const built = await host.buildMatrix(lone, { lang });

  let registerSheet: string | undefined;
  if ((await host.readStaff()) === undefined) {
    const staff = sampleStaff(lang);
    await host.createStaffTables(staff, { lang });
    const byCode = new Map<string, Card>(cards.map((c) => [c.code, c]));
    const request: TeamRequest = { period, members: [], skipped: [] };
    staff.forEach((member, i) => {
      const p = positionCards(member.position, ROLE_TEMPLATES, (code) => byCode.get(code));
      if ("kind" in p) request.skipped.push({ member, reason: p.kind });
      else
        request.members.push({
          member,
          matrix: withFacts(memberMatrix(member, p, new Map(), period), FACTS[i + 1]),
        });
    });
    registerSheet = (await host.buildTeam(request, { lang })).registerSheet;
  }
  await host.goTo({ sheet: built.sheet, address: "A1" });
  return { matrixSheet: built.sheet, ...(registerSheet ? { registerSheet } : {}) };
}
