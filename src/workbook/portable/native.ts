/**
 * Small builders for native formula text. Conditions known at translation time (an omitted
 * argument, a literal number) fold away, so a typical matrix row gets a short formula.
 *
 * Error values are produced by expressions that give the same code in Excel 2016+, LibreOffice
 * 7.4 and HyperFormula (checked by test/lo and test/portable): 1/0 → #DIV/0!, ASIN(2) → #NUM!
 * (not SQRT(-1): LibreOffice gives Err:502 for it),
 * NA() → #N/A, and a text operand in arithmetic → #VALUE!.
 */
import type { Arg } from "./args";

/** A condition: known true/false at translation time, or formula text. */
export type Cond = boolean | string;

/** Native expressions that evaluate to each error code. */
export const ERR = {
  div0: "(1/0)",
  num: "ASIN(2)",
  na: "NA()",
  value: '(0+"#")',
} as const;

/** Native text for an error literal written in a KPI call's argument. */
export function errorLiteral(code: string): string {
  switch (code.toUpperCase()) {
    case "#DIV/0!":
      return ERR.div0;
    case "#NUM!":
      return ERR.num;
    case "#N/A":
      return ERR.na;
    case "#VALUE!":
      return ERR.value;
    default:
      return code;
  }
}

/** IF with folding of known conditions. */
export function iff(cond: Cond, then: string, otherwise: string): string {
  if (cond === true) return then;
  if (cond === false) return otherwise;
  return `IF(${cond},${then},${otherwise})`;
}

/** AND with folding. */
export function and(...conds: Cond[]): Cond {
  if (conds.some((c) => c === false)) return false;
  const rest = conds.filter((c): c is string => c !== true);
  if (rest.length === 0) return true;
  return rest.length === 1 ? rest[0] : `AND(${rest.join(",")})`;
}

/** OR with folding. */
export function or(...conds: Cond[]): Cond {
  if (conds.some((c) => c === true)) return true;
  const rest = conds.filter((c): c is string => c !== false);
  if (rest.length === 0) return false;
  return rest.length === 1 ? rest[0] : `OR(${rest.join(",")})`;
}

/** NOT with folding. */
export function not(cond: Cond): Cond {
  return typeof cond === "boolean" ? !cond : `NOT(${cond})`;
}

/** Wraps an argument's text in brackets unless it is a single term. */
export function term(a: Arg): string {
  if (a.literal !== undefined && typeof a.literal === "number" && a.literal < 0)
    return `(${a.text})`;
  if (a.literal !== undefined || a.ref || /^[A-Za-z0-9_.$!']+$/.test(a.text)) return a.text;
  return `(${a.text})`;
}

/**
 * "Is given" (not blank and not omitted) for an optional number. A blank cell and "" both count
 * as blank, as in the core (values.ts): `x=""` is TRUE for both in Excel and LibreOffice.
 */
export function given(a: Arg): Cond {
  if (a.omitted) return false;
  if (a.literal !== undefined) return a.literal !== "";
  if (a.error) return true;
  return `${term(a)}<>""`;
}

/** "Is blank" for a required argument. */
export function blank(a: Arg): Cond {
  return not(given(a));
}

/**
 * Wraps `body` in the check the core runner makes before the math, for one single-value number
 * argument: text (other than "") or a boolean gives #VALUE!. An error in it never gets here:
 * the translator puts every single-value argument's error check first (translator.ts,
 * errorsFirst), and `x=""` would pass an error on anyway.
 */
export function guardNumber(a: Arg, body: string): string {
  if (a.omitted) return body;
  if (a.error) return errorLiteral(a.error);
  if (typeof a.literal === "number") return body;
  if (typeof a.literal === "boolean") return ERR.value;
  if (typeof a.literal === "string") return a.literal === "" ? body : ERR.value;
  const x = term(a);
  const typed = `IF(OR(ISNUMBER(${x}),${x}=""),${body},${ERR.value})`;
  return a.element ? `IF(ISERROR(${x}),${x},${typed})` : typed;
}

/** Applies guards for several arguments, the first argument's check outermost (it wins). */
export function guardAll(
  args: { arg: Arg; guard: (a: Arg, body: string) => string }[],
  body: string
): string {
  let out = body;
  for (let i = args.length - 1; i >= 0; i--) out = args[i].guard(args[i].arg, out);
  return out;
}

/** A number value for use in arithmetic (literal text folded; blanks never reach the math). */
export function num(a: Arg): string {
  return term(a);
}
