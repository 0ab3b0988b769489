/* global Office */
/** Office's display language and theme, read once the add-in is initialized. */
import { langOf } from "../core/card";
import type { HostEnvironment, ThemeColors } from "../workbook/host";

export { langOf };

/** True when a #RRGGBB colour is dark (relative luminance below one half). */
export function isDarkColor(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** Reads Office.context.displayLanguage and Office.context.officeTheme (when the host has it). */
export function officeEnvironment(): HostEnvironment {
  const ctx = typeof Office !== "undefined" ? Office.context : undefined;
  const displayLanguage = ctx?.displayLanguage ?? "en-US";
  const t = ctx?.officeTheme as (Partial<ThemeColors> & { isDarkTheme?: unknown }) | undefined;
  const theme: ThemeColors | undefined =
    t && t.bodyBackgroundColor
      ? {
          bodyBackgroundColor: t.bodyBackgroundColor,
          bodyForegroundColor: t.bodyForegroundColor ?? "",
          controlBackgroundColor: t.controlBackgroundColor ?? "",
          controlForegroundColor: t.controlForegroundColor ?? "",
        }
      : undefined;
  // isDarkTheme is a newer (preview) member; the body colour works everywhere.
  const dark =
    typeof t?.isDarkTheme === "boolean" ? t.isDarkTheme : isDarkColor(theme?.bodyBackgroundColor);
  return { kind: "office", displayLanguage, lang: langOf(displayLanguage), dark, theme };
}
