/**
 * The KPI library's cards as the task pane shows them. Loaded on demand through `loadLibrary`
 * (./library): the cards in both languages are a sizeable share of the pane's first download.
 */
import type { Lang } from "../core/card";
import { KPI_LIBRARY, LIBRARY_CATEGORIES, cardFromLibrary, findLibraryCard } from "../core/library";
import type { LibraryEntry, PaneLibrary } from "./library";

/** The library in the shape the pane uses. */
export const library: PaneLibrary = {
  entries: (lang: Lang): LibraryEntry[] =>
    KPI_LIBRARY.map((lib) => ({
      card: cardFromLibrary(lib, lang),
      description: lib.description[lang],
      direction: lib.direction,
      category: LIBRARY_CATEGORIES[lib.category][lang],
    })),
  card: (code: string, lang: Lang) => {
    const lib = findLibraryCard(code);
    return lib ? cardFromLibrary(lib, lang) : undefined;
  },
};
