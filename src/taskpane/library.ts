/** The KPI library and the role templates as the task pane shows them, in one language. */
import * as React from "react";
import type { Card, Direction, Lang } from "../core/card";
import { ROLE_TEMPLATES } from "../core/templates/roles";
import type { TemplateChoice } from "./matrix/matrixForm";

/** A library card ready to add, with the texts the picker shows. */
export interface LibraryEntry {
  card: Card;
  description: string;
  direction: Direction;
  /** The category's name in the same language, for the picker's group headings. */
  category: string;
}

/** The library's cards, once loaded. */
export interface PaneLibrary {
  /** Every library card in `lang`, in the library's order. */
  entries(lang: Lang): LibraryEntry[];
  /** The card the library has under this code, in `lang`. */
  card(code: string, lang: Lang): Card | undefined;
}

let loaded: PaneLibrary | undefined;
let loading: Promise<PaneLibrary> | undefined;

/** Loads the library's cards (a separate chunk, fetched once, right after the pane starts). */
export function loadLibrary(): Promise<PaneLibrary> {
  loading ??= import("./libraryData").then(
    (m) => (loaded = m.library),
    (e: unknown) => {
      loading = undefined; // a later call tries again
      throw e;
    }
  );
  return loading;
}

/** The library's cards: undefined until loaded, or when loading failed (then `failed` is true). */
export function useLibrary(): { library?: PaneLibrary; failed: boolean } {
  const [state, setState] = React.useState<{ library?: PaneLibrary; failed: boolean }>({
    library: loaded,
    failed: false,
  });
  React.useEffect(() => {
    if (state.library) return undefined;
    let live = true;
    loadLibrary().then(
      (library) => live && setState({ library, failed: false }),
      (e: unknown) => {
        console.error(e);
        if (live) setState({ failed: true });
      }
    );
    return () => {
      live = false;
    };
  }, [state.library]);
  return state;
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
