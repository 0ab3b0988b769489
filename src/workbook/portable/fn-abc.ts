/**
 * One cell of a spilled KPI.ABC(values, [a], [b]) as native formula text, mirroring
 * src/core/abc.ts: the item's cumulative share is the sum of the larger values plus its own value
 * times the number of equal values up to and including it (ties keep input order, row by row).
 */
import { FRACTION_LIMIT } from "../../core/thresholds";
import type { Arg } from "./args";
import { guardRange, positions } from "./fn-weighted";
import { blank, ERR, given, guardNumber, iff, num } from "./native";

function withDefault(a: Arg, fallback: string): string {
  const g = given(a);
  return g === true ? num(a) : g === false ? fallback : `IF(${g},${num(a)},${fallback})`;
}

/** The checks KPI.ABC makes on the whole call, in the core's order, in front of `body`. */
export function abcChecks(values: Arg, a: Arg, b: Arg, body: string): string {
  const R = values.text;
  const [A, B, L] = [withDefault(a, "0.8"), withDefault(b, "0.95"), FRACTION_LIMIT];
  // Thresholds above 10 (whole percents), a above b, a below 0, b above 1: all #VALUE!, as the core.
  const checked =
    `IF(OR(${A}>${L},${B}>${L},${A}>${B},${A}<0,${B}>1),${ERR.value},` +
    `IF(SUMPRODUCT(--(${R}<0))>0,${ERR.num},IF(SUM(${R})=0,${ERR.div0},${body})))`;
  return guardNumber(a, guardNumber(b, guardRange(values, checked)));
}

/** Class of the cell `item` (0-based row-major position `k`) of the range `values`. */
export function translateAbcElement(values: Arg, item: Arg, k: number, a: Arg, b: Arg): string {
  const R = values.text;
  const V = num(item);
  const A = withDefault(a, "0.8");
  const B = withDefault(b, "0.95");
  const cumulative = `(SUMPRODUCT(--(${R}>${V}),${R})+${V}*SUMPRODUCT((${R}=${V})*(${positions(values)}<=${k + 1})))`;
  const share = `${cumulative}/SUM(${R})`;
  const cls = `IF(${share}<=${A},"A",IF(${share}<=${B},"B","C"))`;
  return abcChecks(values, a, b, iff(blank(item), '""', cls));
}
