/**
 * Which way a KPI row should score, from the workbook's card or else the KPI library, and
 * which way its method scores it: the check flags rows where the two disagree (an inverse
 * "sales volume" pays 66.7 % for 150 % of plan).
 */
import { impliedDirection, type Card, type Direction } from "../card";
import type { LibraryCard } from "../library/types";
import type { MatrixRow } from "../matrix/types";
import { atLeast, atMost } from "../values";

/** Where the expected direction comes from: the card table's row, or a library card. */
export type DirectionSource =
  | { direction: Direction; from: "card" }
  | { direction: Direction; from: "library"; card: LibraryCard };

/** Code as compared: case and surrounding spaces ignored. */
const codeKey = (s: string | undefined): string => (s ?? "").trim().toLowerCase();

/** Name as compared: case, every Unicode space and ё/е ignored ("Sales  volume" = "sales volume"). */
const nameKey = (s: string | undefined): string =>
  (s ?? "").toLowerCase().replace(/ё/g, "е").replace(/\s+/gu, "");

/**
 * The library card a row stands for: the one with the row's code, else the card's library code,
 * else the one whose English or Russian name is the row's (or its card's) name.
 */
export function libraryCardFor(
  row: Pick<MatrixRow, "code" | "name">,
  card: Card | undefined,
  library: readonly LibraryCard[]
): LibraryCard | undefined {
  const byCode = (code: string | undefined): LibraryCard | undefined => {
    const key = codeKey(code);
    return key ? library.find((l) => codeKey(l.code) === key) : undefined;
  };
  const byName = (name: string | undefined): LibraryCard | undefined => {
    const key = nameKey(name);
    return key
      ? library.find((l) => nameKey(l.name.en) === key || nameKey(l.name.ru) === key)
      : undefined;
  };
  return byCode(row.code) ?? byCode(card?.libraryCode) ?? byName(row.name) ?? byName(card?.name);
}

/** The direction a row should score in: its card's when the card says, else its library card's. */
export function expectedDirection(
  row: Pick<MatrixRow, "code" | "name">,
  card: Card | undefined,
  library: readonly LibraryCard[]
): DirectionSource | undefined {
  if (card?.direction) return { direction: card.direction, from: "card" };
  const lib = libraryCardFor(row, card, library);
  return lib ? { direction: lib.direction, from: "library", card: lib } : undefined;
}

/** True when two numbers are equal at 15 significant digits, as Excel compares them. */
export function sameNumber(a: number, b: number): boolean {
  return atMost(a, b) && atLeast(a, b);
}

/** The direction a row's method scores in; undefined when min and plan leave it open. */
export function scoredDirection(
  row: Pick<MatrixRow, "method" | "min" | "plan">
): Direction | undefined {
  const { method, min, plan } = row;
  if ((method === "corridor" || method === "binary") && min !== undefined && plan !== undefined) {
    if (sameNumber(min, plan)) return undefined;
  }
  return impliedDirection(method, min, plan);
}
