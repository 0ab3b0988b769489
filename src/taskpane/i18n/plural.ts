/** Plural forms by the language's own rules (Intl.PluralRules), for the string tables. */
import type { Lang } from "../../core/card";

const rules: Record<Lang, Intl.PluralRules> = {
  en: new Intl.PluralRules("en"),
  ru: new Intl.PluralRules("ru"),
};

/** The forms of a word: English needs one and other; Russian one, few, many (and other for fractions). */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

/** The form of `forms` that goes with the number `n` in `lang` ("1 карточка", "3 карточки", "5 карточек"). */
export function plural(lang: Lang, n: number, forms: PluralForms): string {
  const category = rules[lang].select(n) as keyof PluralForms;
  return forms[category] ?? forms.other;
}
