/**
 * The language the user picked with the switch, remembered in the browser's storage for this
 * add-in (per user, not per workbook), so the pane opens in it next time.
 */
import type { Language } from "./i18n";

const KEY = "kpi-cards.language";

/** The remembered choice, or undefined (no choice yet, or storage unavailable). */
export function rememberedLanguage(): Language | undefined {
  try {
    const value = globalThis.localStorage?.getItem(KEY);
    return value === "en" || value === "ru" ? value : undefined;
  } catch {
    return undefined; // Storage can be blocked (private windows, strict policies).
  }
}

/** Remembers the user's choice; silently does nothing where storage is blocked. */
export function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(KEY, language);
  } catch {
    // The switch still works for this session.
  }
}
