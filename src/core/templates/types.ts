/** Types of role templates: ready matrices for the roles of the retail methodology. */
import type { LocalText } from "../card";

/** The roles with a template, plus a blank one. */
export type RoleTemplateId =
  | "store-director"
  | "sales-clerk"
  | "sales-manager"
  | "head-of-logistics"
  | "head-of-development"
  | "blank";

/** One KPI of a template: a library card code and its weight (a fraction). */
export interface TemplateRow {
  code: string;
  weight: number;
}

/** A role template: 3–7 library cards whose weights total 100 % (blank: none). */
export interface RoleTemplate {
  id: RoleTemplateId;
  name: LocalText;
  description: LocalText;
  rows: readonly TemplateRow[];
}
