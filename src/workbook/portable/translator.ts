/**
 * Rewrites every KPI.* call in a formula into native Excel formulas (Excel 2016+, LibreOffice
 * 7.4: no LET, LAMBDA, FILTER…) with the same results. Everything outside the KPI calls is copied
 * byte for byte from the source; see tokens.ts for the tokenizer and docs/PORTABLE.md for limits.
 */
import { classifyArg, OMITTED, type Arg } from "./args";
import { findCalls, trimSpan, type FunctionCall } from "./calls";
import { translateBonus } from "./fn-bonus";
import { translateIndex } from "./fn-index";
import { translateNeeded } from "./fn-needed";
import { translateAbcCell, translateRunRate, translateStatus, translateXyz } from "./fn-simple";
import { translateWeighted } from "./fn-weighted";
import { kpiFunctionOf, type KpiFunctionName } from "./names";
import { errorLiteral, term } from "./native";
import { parseA1 } from "./a1";
import { locateTokens, type SourceToken } from "./tokens";

/** Why a KPI call was left as it is. */
export type PortableWarningCode =
  | "unreadable" // the tokenizer could not make sense of the formula
  | "arguments" // wrong number of arguments
  | "spill" // the call returns an array (range arguments) that no native formula of ours can give
  | "reference" // an argument must be a cell range (scale, indices, weights, series)
  | "nested" // a call inside it could not be translated
  | "length"; // the native formula would pass Excel's limits (8,192 characters, 64 nested
//              levels, 16,384 bytes in Excel's internal form)

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

/** Excel's limit on the internal (parsed) form of a formula, in bytes. */
export const MAX_INTERNAL_BYTES = 16384;

/**
 * An upper estimate of the bytes Excel needs for the parsed form of a formula (the tokens of
 * the .xlsb cell formula, [MS-XLSB] 2.2.2: a cell reference 7 bytes, 9 with a sheet; an area 13,
 * 15 with a sheet; a number 9; a text literal 3 + 2 per character; a function call 4, IF and
 * CHOOSE a jump table more; an operator or bracket 1; a run of spaces 4; a name or a structured
 * reference 13). Infinity when the formula cannot be read.
 */
export function internalBytes(formula: string): number {
  const tokens = locateTokens(formula);
  if (!tokens) return Infinity;
  let bytes = 0;
  let args = 0;
  const calls: { name: string; args: number }[] = [];
  for (const [i, t] of tokens.entries()) {
    const prev = tokens[i - 1];
    if (prev && t.start > prev.end) bytes += 4; // white space kept in the formula
    if (t.type === "function" && t.subtype === "start") {
      calls.push({ name: t.value.toUpperCase(), args: 1 });
      bytes += t.value === "ARRAY" ? 8 : t.value === "ARRAYROW" ? 0 : 4;
    } else if (t.type === "function" && t.subtype === "stop") {
      const c = calls.pop();
      if (c?.name === "IF") bytes += 8;
      if (c?.name === "CHOOSE") bytes += 4 + 2 * (c.args + 1) + 4 * c.args;
    } else if (t.type === "argument") {
      const c = calls[calls.length - 1];
      if (c) c.args++;
      args++;
    } else if (t.type === "operand" && t.subtype === "number") {
      bytes += 9;
    } else if (t.type === "operand" && t.subtype === "text") {
      bytes += 3 + 2 * t.value.length;
    } else if (t.type === "operand" && (t.subtype === "logical" || t.subtype === "error")) {
      bytes += 2;
    } else if (t.type === "operand" && t.subtype === "range") {
      const ref = parseA1(t.value);
      const area = ref !== undefined && (ref.row1 !== ref.row2 || ref.col1 !== ref.col2);
      bytes += ref ? (area ? 13 : 7) + (ref.sheet ? 2 : 0) : 13;
    } else {
      bytes += 1; // operators, brackets
    }
  }
  return bytes + args;
}

/** True when Excel would accept the formula's size: length, nesting and internal form. */
export function withinExcelLimits(formula: string): boolean {
  return (
    formula.length <= MAX_FORMULA_LENGTH &&
    nestingDepth(formula) <= MAX_NESTING &&
    internalBytes(formula) <= MAX_INTERNAL_BYTES
  );
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
  STATUS: { min: 1, max: 4, scalarArgs: true, run: translateStatus },
  RUNRATE: { min: 3, max: 4, scalarArgs: true, run: translateRunRate },
  ABC: { min: 1, max: 3, scalarArgs: false, run: translateAbcCell },
  XYZ: { min: 1, max: 3, scalarArgs: false, run: translateXyz },
  NEEDED: { min: 2, max: 5, scalarArgs: true, run: translateNeeded },
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

/**
 * An argument's tokens without the prefixes that change nothing in Excel: any unary "+" (Excel
 * keeps `+B1` a reference, `ISREF(+B1)` is TRUE), and "@" before one cell (its implicit
 * intersection is the cell itself). Undefined for "@" before a range or anything else, whose
 * value Excel 2016 and LibreOffice cannot express the same way.
 */
function withoutNoOpPrefix(tokens: SourceToken[]): SourceToken[] | undefined {
  let i = 0;
  while (i < tokens.length && tokens[i].type === "operator-prefix" && tokens[i].value === "+") i++;
  const t = tokens[i];
  // The tokenizer reads "@A1" as one reference token.
  if (t?.type === "operand" && t.subtype === "range" && t.value.startsWith("@")) {
    const ref = tokens.length === i + 1 ? parseA1(t.value.slice(1)) : undefined;
    if (!ref || ref.row1 !== ref.row2 || ref.col1 !== ref.col2) return undefined;
    return [{ ...t, value: t.value.slice(1), start: t.start + 1 }];
  }
  if (t?.type === "operator-prefix" && t.value === "@") {
    // Before a call the "@" stays: a KPI call takes it away when translated (see `atBefore`).
    if (tokens[i + 1]?.type === "function" && tokens[i + 1].subtype === "start") return tokens;
    const ref = tokens.length === i + 2 ? parseA1(tokens[i + 1].value) : undefined;
    const oneCell = ref !== undefined && ref.row1 === ref.row2 && ref.col1 === ref.col2;
    if (!oneCell || tokens[i + 1].subtype !== "range") return undefined;
    i++;
  }
  return tokens.slice(i);
}

/**
 * The reference token X of an argument written `IF(X="","",X)`, the blank guard the matrix
 * formulas put around their inputs (some Excel builds hand a custom function a blank cell as
 * 0). Native formulas see blanks as they are, so the guard translates as plain X.
 */
export function blankGuardedRef(tokens: SourceToken[]): SourceToken | undefined {
  if (tokens.length !== 9) return undefined;
  const [f, x1, eq, e1, s1, e2, s2, x2, stop] = tokens;
  const isRef = (t: SourceToken) => t.type === "operand" && t.subtype === "range";
  const isEmptyText = (t: SourceToken) =>
    t.type === "operand" && t.subtype === "text" && t.value === "";
  const isSep = (t: SourceToken) => t.type === "argument";
  const ok =
    f.type === "function" &&
    f.subtype === "start" &&
    f.value.toUpperCase() === "IF" &&
    isRef(x1) &&
    eq.type === "operator-infix" &&
    eq.value === "=" &&
    isEmptyText(e1) &&
    isSep(s1) &&
    isEmptyText(e2) &&
    isSep(s2) &&
    isRef(x2) &&
    x1.value.replace(/\$/g, "").toUpperCase() === x2.value.replace(/\$/g, "").toUpperCase() &&
    stop.type === "function" &&
    stop.subtype === "stop";
  const ref = ok ? parseA1(x1.value) : undefined;
  return ref && ref.row1 === ref.row2 && ref.col1 === ref.col2 ? x1 : undefined;
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
  // `=@KPI.INDEX(…)`: Excel's implicit intersection of a call that gives one value anyway; the
  // "@" goes with the call when it is translated (Excel 2016 and LibreOffice have no "@").
  const atBefore = new Map<number, number>();
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (t.type === "operator-prefix" && t.value === "@" && next?.type === "function")
      atBefore.set(next.start, t.start);
  });

  /** Source text of [start, end) with the outermost KPI calls inside replaced. */
  const render = (start: number, end: number): { text: string; scalar: boolean; ok: boolean } => {
    let text = "";
    let pos = start;
    let scalar = true;
    let ok = true;
    for (const call of kpiCalls) {
      if (call.start < pos || call.end > end) continue;
      const r = translateCall(call);
      const at = atBefore.get(call.start);
      const cut = r.ok && at !== undefined && at >= pos ? at : call.start;
      text += formula.slice(pos, cut) + r.text;
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
      const guarded = blankGuardedRef(a.tokens);
      if (guarded) {
        args.push(classifyArg([guarded], guarded.value, true));
        continue;
      }
      const bare = withoutNoOpPrefix(a.tokens);
      if (bare === undefined) {
        warnings.push({ code: "reference", fn });
        return original;
      }
      const [s, e] = trimSpan(formula, bare.length > 0 ? bare[0].start : a.start, a.end);
      const inner = render(s, e);
      if (!inner.ok) {
        warnings.push({ code: "nested", fn });
        return original;
      }
      args.push(classifyArg(bare, inner.text, inner.scalar));
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
    const fn = `KPI.${kpiFunctionOf(kpiCalls[0].name)}`;
    return { formula, translated: 0, warnings: [...warnings, { code: "length", fn }] };
  }
  return { formula: translated > 0 ? out.text : formula, translated, warnings };
}
