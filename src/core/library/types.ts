/** Types of the KPI library: ready cards from retail and e-commerce practice. */
import type { Direction, IndexMethod, LocalText } from "../card";

/** Groups of the library, for the picker. */
export type LibraryCategory =
  | "sales"
  | "deals"
  | "customers"
  | "productivity"
  | "staff"
  | "stock"
  | "ecommerce"
  | "development";

/** A ready card: both languages, unit, direction, a sensible method and suggested bounds. */
export interface LibraryCard {
  /** Stable code, also the card code it becomes (e.g. "TURNOVER_PLAN"). */
  code: string;
  category: LibraryCategory;
  name: LocalText;
  /** What it measures and how to get the fact. */
  description: LocalText;
  /** "%" marks a fraction shown as a percentage (0.25 = 25 %). */
  unit: LocalText;
  direction: Direction;
  method: IndexMethod;
  /** Suggested bounds, only where one value fits most businesses (e.g. plan fulfilment). */
  min?: number;
  plan?: number;
  max?: number;
  /** Where the fact usually comes from (POS, WMS, HR system, web analytics …). */
  source?: LocalText;
  /** One fact for a whole unit (store, department), shared by every matrix there. */
  collective?: boolean;
}
