/** The task pane's languages: the string tables, the choice from Office's language, a hook. */
import * as React from "react";
import type { Lang } from "../../core/card";
import { en, type Strings } from "./en";
import { ru } from "./ru";

export type { Strings } from "./en";

/** The languages the task pane speaks: the one language type of the whole add-in. */
export type Language = Lang;

/** Every language's string table, by language. */
export const stringTables: Record<Language, Strings> = { en, ru };

interface I18nValue {
  language: Language;
  t: Strings;
}

const I18nContext = React.createContext<I18nValue>({ language: "en", t: en });

/** Provides the chosen language's strings to the components below. */
export function I18nProvider(props: { language: Language; children: React.ReactNode }) {
  const value = React.useMemo(
    () => ({ language: props.language, t: stringTables[props.language] }),
    [props.language]
  );
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

/** The current language and its strings. */
export function useI18n(): I18nValue {
  return React.useContext(I18nContext);
}
