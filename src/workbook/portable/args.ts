/**
 * What the translator knows statically about one argument of a KPI call: omitted, a literal,
 * a single cell, a range of known size, or "some expression" (with a guess whether it is scalar).
 */
import { parseA1, type A1Range } from "./a1";
import { kpiFunctionOf } from "./names";
import type { SourceToken } from "./tokens";

/** Static knowledge about one argument. */
export interface Arg {
  /** Native text to embed (nested KPI calls already translated); "" when omitted. */
  text: string;
  /** Left out: `KPI.INDEX(a, b, , , "inverse")` or fewer arguments. "Not given". */
  omitted: boolean;
  /** A literal number, text or boolean written in the formula. */
  literal?: number | string | boolean;
  /** A literal error such as #N/A written in the formula. */
  error?: string;
  /** The reference when the argument is exactly one A1 reference. */
  ref?: A1Range;
  /** True when the value is one cell/number (not a range or an array). */
  scalar: boolean;
  /** True when it can be blank at run time (a reference or an expression that may return one). */
  mayBeBlank: boolean;
  /**
   * One cell of a range argument, in a per-cell translation of a spilled call: the host does not
   * check it for errors before the function runs (it checks single values only), the core does,
   * in argument order together with the type checks.
   */
  element?: boolean;
}

/** Functions that take ranges and return one value, so a range inside them keeps the arg scalar. */
const AGGREGATES = new Set(
  (
    "SUM,SUMPRODUCT,SUMIF,SUMIFS,AVERAGE,AVERAGEA,AVERAGEIF,AVERAGEIFS,MIN,MAX,MINA,MAXA,COUNT," +
    "COUNTA,COUNTBLANK,COUNTIF,COUNTIFS,PRODUCT,MEDIAN,LARGE,SMALL,STDEV,STDEVP,STDEV.P,STDEV.S," +
    "VAR,VARP,VAR.P,VAR.S,VLOOKUP,HLOOKUP,LOOKUP,MATCH,ROWS,COLUMNS,SUBTOTAL,AGGREGATE,RANK," +
    "RANK.EQ,NPV,IRR,MODE,PERCENTILE,QUARTILE,CORREL,SUMSQ,SUMX2MY2,FORECAST,TREND"
  ).split(",")
);

/** Omitted argument. */
export const OMITTED: Arg = { text: "", omitted: true, scalar: true, mayBeBlank: false };

/**
 * Classifies an argument from its tokens (the original ones) and its already translated text.
 * `innerScalar` says whether the nested KPI calls inside it translated to scalars.
 */
export function classifyArg(tokens: SourceToken[], text: string, innerScalar: boolean): Arg {
  if (text.trim() === "") return OMITTED;
  const base = { text: text.trim(), omitted: false };
  if (tokens.length === 1 || (tokens.length === 2 && tokens[0].type === "operator-prefix")) {
    const t = tokens[tokens.length - 1];
    const neg = tokens.length === 2 && tokens[0].value === "-";
    const plus = tokens.length === 2 && tokens[0].value === "+";
    if (t.type === "operand" && t.subtype === "number" && (neg || plus || tokens.length === 1)) {
      const n = Number(t.value);
      return { ...base, literal: neg ? -n : n, scalar: true, mayBeBlank: false };
    }
    if (tokens.length === 1 && t.type === "operand") {
      if (t.subtype === "text")
        return { ...base, literal: t.value, scalar: true, mayBeBlank: false };
      if (t.subtype === "logical") {
        return {
          ...base,
          literal: t.value.toUpperCase() === "TRUE",
          scalar: true,
          mayBeBlank: false,
        };
      }
      if (t.subtype === "error")
        return { ...base, error: t.value, scalar: true, mayBeBlank: false };
      if (t.subtype === "range") {
        const ref = parseA1(t.value);
        const single = ref ? ref.row1 === ref.row2 && ref.col1 === ref.col2 : isSingleName(t.value);
        return { ...base, ref, scalar: single, mayBeBlank: true };
      }
    }
  }
  return { ...base, scalar: innerScalar && expressionIsScalar(tokens), mayBeBlank: true };
}

/**
 * A defined name or a this-row structured reference counts as one cell (names in KPI matrices
 * point at single input cells such as the bonus base); whole-column table references do not.
 */
function isSingleName(text: string): boolean {
  if (!text.includes("[")) return !text.includes(":");
  return /\[@|#this row/i.test(text) && !text.includes(":");
}

/** True when no range or array constant reaches the expression's value outside an aggregate. */
function expressionIsScalar(tokens: SourceToken[]): boolean {
  const stack: string[] = [];
  for (const t of tokens) {
    const isOpen = t.subtype === "start" && (t.type === "function" || t.type === "subexpression");
    const isClose = t.subtype === "stop" && (t.type === "function" || t.type === "subexpression");
    if (isOpen) {
      if (t.value === "ARRAY" && !inAggregate(stack)) return false;
      stack.push(t.type === "function" ? t.value.toUpperCase() : "(");
    } else if (isClose) {
      stack.pop();
    } else if (t.type === "operand" && t.subtype === "range" && !inAggregate(stack)) {
      const ref = parseA1(t.value);
      const single = ref ? ref.row1 === ref.row2 && ref.col1 === ref.col2 : isSingleName(t.value);
      if (!single) return false;
    }
  }
  return true;
}

function inAggregate(stack: string[]): boolean {
  for (let i = stack.length - 1; i >= 0; i--) {
    if (stack[i] === "ARRAY" || stack[i] === "ARRAYROW") continue;
    if (stack[i] === "(") continue;
    // A nested KPI call's own shape is judged when it is translated (`innerScalar`).
    return AGGREGATES.has(stack[i]) || kpiFunctionOf(stack[i]) !== undefined;
  }
  return false;
}
