/**
 * Sheet names Excel accepts: at most 31 characters, none of : \ / ? * [ ], unique, and not
 * "History", which Excel keeps for its change history (worksheets.add("History") fails).
 */

/** Names Excel refuses for a sheet whatever the workbook holds (compared case-insensitively). */
const RESERVED = ["history"];

const FORBIDDEN = /[:\\/?*[\]]/g;

/** A name Excel accepts for a sheet, from any text (forbidden characters become spaces). */
export function sanitizeSheetName(name: string): string {
  const cleaned = name
    .replace(FORBIDDEN, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "");
  return (cleaned || "KPI").slice(0, 31).trim();
}

/** A sanitized name not among `existing` (case-insensitive, as Excel compares), adding " (2)" etc. */
export function uniqueSheetName(name: string, existing: readonly string[]): string {
  const base = sanitizeSheetName(name);
  const taken = new Set([...RESERVED, ...existing.map((s) => s.toLowerCase())]);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = `${base.slice(0, 31 - suffix.length).trim()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
