/** Role templates: the role matrices of the retail methodology, plus a blank one. */
import type { Card, Lang } from "../card";
import { cardFromLibrary, findLibraryCard } from "../library";
import { emptyMatrix, rowFromCard } from "../matrix";
import type { Matrix } from "../matrix/types";
import type { RoleTemplate } from "./types";
import { ROLE_TEMPLATES } from "./roles";

export type { RoleTemplate, RoleTemplateId, TemplateRow } from "./types";
export { ROLE_TEMPLATES };

/** The template with this id, if any. */
export function findTemplate(id: string): RoleTemplate | undefined {
  return ROLE_TEMPLATES.find((t) => t.id === id);
}

/**
 * The cards a template needs: the workbook's own card when its code exists there (the user may
 * have tuned it), else a new card from the library in `lang`.
 */
export function templateCards(
  template: RoleTemplate,
  lang: Lang,
  existing: readonly Card[] = []
): Card[] {
  return template.rows.map((row) => {
    const own = existing.find((c) => c.code === row.code);
    if (own) return own;
    const lib = findLibraryCard(row.code);
    if (!lib) throw new Error(`Template ${template.id} names unknown card ${row.code}`);
    return cardFromLibrary(lib, lang);
  });
}

/** Cards of a template missing from the workbook (to add to the card table before building). */
export function missingTemplateCards(
  template: RoleTemplate,
  lang: Lang,
  existing: readonly Card[]
): Card[] {
  const have = new Set(existing.map((c) => c.code));
  return templateCards(template, lang, existing).filter((c) => !have.has(c.code));
}

/** A matrix from a template: its cards with the template's weights; employee defaults to the role. */
export function matrixFromTemplate(
  template: RoleTemplate,
  lang: Lang,
  existing: readonly Card[] = [],
  header: Partial<Pick<Matrix, "name" | "employee" | "period">> = {}
): Matrix {
  const cards = templateCards(template, lang, existing);
  const role = template.id === "blank" ? "" : template.name[lang];
  const name = header.name ?? (role ? `KPI — ${role}` : "KPI");
  return {
    ...emptyMatrix(name, header.employee ?? role, header.period ?? ""),
    rows: cards.map((c, i) => rowFromCard(c, template.rows[i].weight)),
    templateId: template.id,
  };
}
