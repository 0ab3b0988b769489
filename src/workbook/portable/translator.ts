/**
 * Rewrites every KPI.* call in a formula into native Excel formulas (Excel 2016+, LibreOffice
 * 7.4: no LET, LAMBDA, FILTER…) with the same results. Everything outside the KPI calls is copied
 * byte for byte from the source; see tokens.ts for the tokenizer and docs/PORTABLE.md for limits.
 */
import { classifyArg, OMITTED, type Arg } from "./args";
import { findCalls, trimSpan, type FunctionCall } from "./calls";
import { translateBonus } from "./fn-bonus";
import { translateIndex } from "./fn-index";
import { translateAbcCell, translateRunRate, translateStatus, translateXyz } from "./fn-simple";
import { translateWeighted } from "./fn-weighted";
import { kpiFunctionOf, type KpiFunctionName } from "./names";
import { errorLiteral, term } from "./native";
import { locateTokens } from "./tokens";

/** Why a KPI call was left as it is. */
export type PortableWarningCode =
  | "unreadable" // the tokenizer could not make sense of the formula
  | "arguments" // wrong number of arguments
  | "spill" // the call returns an array (range arguments) that no native formula of ours can give
  | "reference" // an argument must be a cell range (scale, indices, weights, series)
  | "nested" // a call inside it could not be translated
  | "length"; // the native formula would pass Excel's limits (8,192 characters, 64 nested levels)

/** Excel's limit on the length of a formula. */
export const MAX_FORMULA_LENGTH = 8192;
/** Excel's limit on nested function calls in a formula. */
export const MAX_NESTING = 64;

/** How deeply function calls nest in a formula (0 when it cannot be read). */
export function nestingDepth(formula: string): number {
  const tokens = locateTokens(formula) ?? [];
  const open: boolean[] = [];
  let depth = 0;
  let max = 0;
  for (const t of tokens) {
    if (t.type !== "function" && t.type !== "subexpression") continue;
    if (t.subtype === "start") {
      const call = t.type === "function" && t.value !== "ARRAY" && t.value !== "ARRAYROW";
      open.push(call);
      if (call) max = Math.max(max, ++depth);
    } else if (open.pop()) {
      depth--;
    }
  }
  return max;
}

/** True when Excel would accept the formula's size: length and nesting. */
export function withinExcelLimits(formula: string): boolean {
  return formula.length <= MAX_FORMULA_LENGTH && nestingDepth(formula) <= MAX_NESTING;
}

/** A KPI call the translator left untouched, and why. */
export interface PortableWarning {
  code: PortableWarningCode;
  /** KPI function name, e.g. "KPI.INDEX" ("" for an unreadable formula). */
  fn: string;
}

/** The result of translating one formula. */
export interface TranslatedFormula {
  /** The formula with KPI calls replaced (the input itself when nothing changed). */
  formula: string;
  /** How many KPI calls were replaced. */
  translated: number;
  warnings: PortableWarning[];
}

/** How one KPI function is translated. */
export interface Spec {
  min: number;
  max: number;
  /** Element-wise functions need every argument to be one value. */
  scalarArgs: boolean;
  run: (args: Arg[]) => string | undefined;
}

/** Arity and translation of each KPI function. */
export const SPECS: Record<KpiFunctionName, Spec> = {
  INDEX: { min: 2, max: 5, scalarArgs: true, run: translateIndex },
  WEIGHTED: { min: 2, max: 3, scalarArgs: false, run: translateWeighted },
  BONUS: { min: 2, max: 4, scalarArgs: false, run: translateBonus },
  STATUS: { min: 1, max: 3, scalarArgs: true, run: translateStatus },
  RUNRATE: { min: 3, max: 4, scalarArgs: true, run: translateRunRate },
  ABC: { min: 1, max: 3, scalarArgs: false, run: translateAbcCell },
  XYZ: { min: 1, max: 3, scalarArgs: false, run: translateXyz },
};

/** Quick test before tokenizing: could this formula hold a KPI call at all? */
export function mentionsKpi(formula: string): boolean {
  const upper = formula.toUpperCase();
  return upper.includes("KPI.") || upper.includes("_XLDUDF_KPI_");
}

/** Wraps a translation in brackets unless it is one function call or one literal. */
export function asTerm(text: string): string {
  if (/^[A-Z][A-Z0-9.]*\(/.test(text)) {
    let depth = 0;
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === '"') quoted = !quoted;
      if (quoted) continue;
      if (ch === "(") depth++;
      if (ch === ")" && --depth === 0) return i === text.length - 1 ? text : `(${text})`;
    }
  }
  return /^("[^"]*"|[0-9.]+)$/.test(text) ? text : `(${text})`;
}

/**
 * The host checks single-value arguments for errors before the function runs (HyperFormula's
 * plugin runner does; Excel, we expect, does not call a custom function whose argument is an
 * error unless its metadata opts in — docs/PORTABLE.md), so the first such error, in argument
 * order, wins over everything else. Ranges reach the function whole and the core checks them.
 */
export function errorsFirst(args: Arg[], body: string): string {
  let out = body;
  for (let i = args.length - 1; i >= 0; i--) {
    const a = args[i];
    if (a.omitted || !a.scalar || a.element || typeof a.literal === "number") continue;
    if (a.error) out = errorLiteral(a.error);
    else if (a.literal === undefined) out = `IF(ISERROR(${term(a)}),${term(a)},${out})`;
  }
  return out;
}

/** Translates one formula (as Office.js reports it, with "=", or as stored in a file, without). */
export function translateFormula(formula: string): TranslatedFormula {
  const none: TranslatedFormula = { formula, translated: 0, warnings: [] };
  if (!mentionsKpi(formula)) return none;
  const tokens = locateTokens(formula);
  if (!tokens) return { ...none, warnings: [{ code: "unreadable", fn: "" }] };
  const calls = findCalls(tokens);
  const kpiCalls = calls.filter((c) => kpiFunctionOf(c.name) !== undefined);
  if (kpiCalls.length === 0) return none;
  const warnings: PortableWarning[] = [];
  let translated = 0;

  /** Source text of [start, end) with the outermost KPI calls inside replaced. */
  const render = (start: number, end: number): { text: string; scalar: boolean; ok: boolean } => {
    let text = "";
    let pos = start;
    let scalar = true;
    let ok = true;
    for (const call of kpiCalls) {
      if (call.start < pos || call.end > end) continue;
      const r = translateCall(call);
      text += formula.slice(pos, call.start) + r.text;
      pos = call.end;
      scalar = scalar && r.scalar;
      ok = ok && r.ok;
    }
    return { text: text + formula.slice(pos, end), scalar, ok };
  };

  const translateCall = (call: FunctionCall): { text: string; scalar: boolean; ok: boolean } => {
    const name = kpiFunctionOf(call.name) as KpiFunctionName;
    const fn = `KPI.${name}`;
    const spec = SPECS[name];
    const original = { text: formula.slice(call.start, call.end), scalar: false, ok: false };
    if (call.args.length < spec.min || call.args.length > spec.max) {
      warnings.push({ code: "arguments", fn });
      return original;
    }
    const args: Arg[] = [];
    for (const a of call.args) {
      const [s, e] = trimSpan(formula, a.start, a.end);
      const inner = render(s, e);
      if (!inner.ok) {
        warnings.push({ code: "nested", fn });
        return original;
      }
      args.push(classifyArg(a.tokens, inner.text, inner.scalar));
    }
    while (args.length < spec.max) args.push(OMITTED);
    if (spec.scalarArgs && args.some((a) => !a.scalar)) {
      warnings.push({ code: "spill", fn });
      return original;
    }
    const text = spec.run(args);
    if (text === undefined) {
      warnings.push({ code: name === "XYZ" || name === "ABC" ? "spill" : "reference", fn });
      return original;
    }
    translated++;
    return { text: asTerm(errorsFirst(args, text)), scalar: true, ok: true };
  };

  const out = render(0, formula.length);
  if (translated > 0 && !withinExcelLimits(out.text)) {
    return { formula, translated: 0, warnings: [...warnings, { code: "length", fn: "" }] };
  }
  return { formula: translated > 0 ? out.text : formula, translated, warnings };
}
