/** The KPI library and the role templates as the task pane shows them, in one language. */
import type { Card, Direction, Lang } from "../core/card";
import { KPI_LIBRARY, LIBRARY_CATEGORIES, cardFromLibrary, findLibraryCard } from "../core/library";
import { ROLE_TEMPLATES } from "../core/templates";
import type { TemplateChoice } from "./matrix/matrixForm";

/** A library card ready to add, with the texts the picker shows. */
export interface LibraryEntry {
  card: Card;
  description: string;
  direction: Direction;
  /** The category's name in the same language, for the picker's group headings. */
  category: string;
}

/** Every library card in `lang`, in the library's order. */
export function libraryEntries(lang: Lang): LibraryEntry[] {
  return KPI_LIBRARY.map((lib) => ({
    card: cardFromLibrary(lib, lang),
    description: lib.description[lang],
    direction: lib.direction,
    category: LIBRARY_CATEGORIES[lib.category][lang],
  }));
}

/** The card the library has under this code, in `lang`. */
export function libraryCard(code: string, lang: Lang): Card | undefined {
  const lib = findLibraryCard(code);
  return lib ? cardFromLibrary(lib, lang) : undefined;
}

/** The role templates in `lang`, blank last (as the core orders them). */
export function templateChoices(lang: Lang): Array<TemplateChoice & { description: string }> {
  return ROLE_TEMPLATES.map((tpl) => ({
    id: tpl.id,
    name: tpl.name[lang],
    description: tpl.description[lang],
    rows: tpl.rows,
  }));
}
