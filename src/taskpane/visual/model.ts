/**
 * What the Overview tab shows, as pure data: a tile per KPI of a matrix (fact against plan, the
 * index with a bar capped at 100 % but the true percent in words, the status), and the team
 * list's order. No React, no Office: the tab renders these.
 */
import type { CellRef, CellResult, MatrixSnapshot } from "../../core/matrix/types";
import { isCellError } from "../../core/matrix/types";
import type { TeamRow } from "../../workbook/team-read";
import type { StatusWord, TeamSortKey } from "./strings";

/**
 * The status a cell holds: a matrix's level (KPI.STATUS "level": 3 green, 2 amber, 1 red, shown
 * as a word of the sheet's language through its number format), or a token of an older matrix
 * (in any case, either language). Anything else is no status.
 */
export function statusWord(value: CellResult): StatusWord | undefined {
  if (typeof value === "number") return LEVELS[value];
  if (typeof value !== "string") return undefined;
  const v = value.trim().toLowerCase().replace(/ё/g, "е");
  if (v === "green" || v === "зеленый") return "green";
  if (v === "amber" || v === "yellow" || v === "желтый" || v === "янтарный") return "amber";
  if (v === "red" || v === "красный") return "red";
  return undefined;
}

const LEVELS: Record<number, StatusWord> = { 3: "green", 2: "amber", 1: "red" };

/** One KPI as a tile. */
export interface Tile {
  name: string;
  unit?: string;
  fact?: number;
  plan?: number;
  /** The index as computed in the sheet (1 = 100 %); undefined while blank or an error. */
  index?: number;
  /** The sheet's error in the index cell, with Excel's message when known. */
  indexError?: { error: string; message?: string };
  /** The progress bar's fill, 0…1: the index capped (a 140 % index fills the bar once). */
  bar: number;
  status?: StatusWord;
  /** The KPI's row in the sheet (code to status), for "go to". */
  row: CellRef;
}

/** The matrix's total: score, its status and the bonus, as the sheet shows them. */
export interface TotalTile {
  score?: number;
  scoreError?: { error: string; message?: string };
  bar: number;
  status?: StatusWord;
  bonus?: number;
  at: CellRef;
}

const capped = (v: number | undefined) => (v === undefined ? 0 : Math.max(0, Math.min(1, v)));
const num = (v: CellResult) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const err = (v: CellResult) => (isCellError(v) ? v : undefined);

/** A tile per KPI row, in sheet order. */
export function matrixTiles(snap: MatrixSnapshot): Tile[] {
  return snap.matrix.rows.map((row, i) => {
    const result = snap.results[i];
    const index = num(result?.index);
    const at = snap.at?.rows[i];
    const indexError = err(result?.index);
    const status = statusWord(result?.status);
    return {
      name: row.name || row.code,
      ...(row.unit ? { unit: row.unit } : {}),
      ...(row.fact !== undefined ? { fact: row.fact } : {}),
      ...(row.plan !== undefined ? { plan: row.plan } : {}),
      ...(index !== undefined ? { index } : {}),
      ...(indexError ? { indexError } : {}),
      bar: capped(index),
      ...(status ? { status } : {}),
      row: { sheet: snap.sheet, address: at ? `${at.code}:${at.status}` : "A1" },
    };
  });
}

/** The total tile of a matrix. */
export function totalTile(snap: MatrixSnapshot): TotalTile {
  const score = num(snap.total);
  const scoreError = err(snap.total);
  const status = statusWord(snap.totalStatus);
  const bonus = num(snap.bonus);
  return {
    ...(score !== undefined ? { score } : {}),
    ...(scoreError ? { scoreError } : {}),
    bar: capped(score),
    ...(status ? { status } : {}),
    ...(bonus !== undefined ? { bonus } : {}),
    at: { sheet: snap.sheet, address: snap.at?.total ?? "A1" },
  };
}

export type SortDirection = "ascending" | "descending";

const STATUS_RANK: Record<StatusWord, number> = { red: 0, amber: 1, green: 2 };

/** The value a column sorts by; undefined (blank, error, unknown status) sorts last both ways. */
function sortValue(row: TeamRow, key: TeamSortKey): number | string | undefined {
  switch (key) {
    case "employee":
      return row.employee;
    case "score":
      return num(row.score);
    case "bonus":
      return num(row.bonus);
    case "status": {
      const s = statusWord(row.status);
      return s === undefined ? undefined : STATUS_RANK[s];
    }
  }
}

/**
 * The team in the order asked for: numbers by value, names by the language's collation, status
 * from red to green; people with nothing in that column stay last in either direction, ties keep
 * the register's order.
 */
export function sortTeam(
  rows: readonly TeamRow[],
  key: TeamSortKey,
  direction: SortDirection,
  lang: string
): TeamRow[] {
  const collator = new Intl.Collator(lang, { sensitivity: "base", numeric: true });
  const sign = direction === "ascending" ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, v: sortValue(row, key) }))
    .sort((a, b) => {
      if (a.v === undefined || b.v === undefined) {
        if (a.v === b.v) return a.i - b.i;
        return a.v === undefined ? 1 : -1;
      }
      const c =
        typeof a.v === "string" && typeof b.v === "string"
          ? collator.compare(a.v, b.v)
          : (a.v as number) - (b.v as number);
      return c !== 0 ? sign * c : a.i - b.i;
    })
    .map((x) => x.row);
}
