/**
 * Formula tokens with their place in the source text.
 *
 * Tokenizer: `excel-formula-tokenizer` (MIT, E. W. Bachtal's well-known Excel tokenizer, ~5 KB,
 * no dependencies). Compared with the alternatives in ../shared/TOOLCHAIN.md:
 * - excel-formula-parser / excel-formula-ast are built on this same tokenizer and add an AST we do
 *   not need (we rewrite text spans, not trees);
 * - fast-formula-parser (Chevrotain) is a full evaluator: tens of KB more in the task pane bundle
 *   (budget 150 KB gzipped, issue 12) for a grammar we only use to find function calls;
 * - HyperFormula's lexer is GPL and dev-only here.
 * Its tokens carry no offsets and drop white space, so `locateTokens` walks the source beside the
 * tokens to recover each token's span; the translator then copies every byte outside a KPI call
 * from the source unchanged. Two known gaps are handled here: a structured reference with a comma
 * (`Table1[[#This Row],[Plan]]`) comes out split, so its pieces are merged back; and anything the
 * walk cannot align (e.g. a spill reference `A1#`, which this tokenizer misreads) makes the
 * formula unreadable, so it is left untouched rather than guessed at.
 */
import { tokenize } from "excel-formula-tokenizer";

/** One token and the half-open span [start, end) of source text it came from. */
export interface SourceToken {
  value: string;
  type: string;
  subtype: string;
  start: number;
  end: number;
}

/** Source text a token is expected to have been read from (excluding surrounding white space). */
function expectedText(value: string, type: string, subtype: string, closing: string): string {
  if (type === "function" && subtype === "start") {
    if (value === "ARRAY") return "{";
    if (value === "ARRAYROW") return "";
    return value + "(";
  }
  if (type === "subexpression" && subtype === "start") return "(";
  if ((type === "function" || type === "subexpression") && subtype === "stop") return closing;
  if (type === "operand" && subtype === "text") return '"' + value.split('"').join('""') + '"';
  if (type === "operator-infix" && subtype === "intersect") return "";
  return value;
}

/** Tokenizes a formula (with or without its leading "=") and locates every token; null if the
 * tokens cannot be aligned with the text, which means we do not understand this formula. */
export function locateTokens(formula: string): SourceToken[] | null {
  let raw;
  try {
    raw = tokenize(formula);
  } catch {
    return null;
  }
  let pos = 0;
  while (pos < formula.length && formula[pos] === " ") pos++;
  if (formula[pos] === "=") pos++;
  const located: SourceToken[] = [];
  const open: string[] = [];
  for (const t of raw) {
    let closing = "";
    if (t.subtype === "start" && (t.type === "function" || t.type === "subexpression")) {
      open.push(t.value);
    } else if (t.subtype === "stop" && (t.type === "function" || t.type === "subexpression")) {
      const opened = open.pop();
      closing = opened === "ARRAY" ? "}" : opened === "ARRAYROW" ? "" : ")";
    }
    while (pos < formula.length && /\s/.test(formula[pos])) pos++;
    let text = expectedText(t.value, t.type, t.subtype, closing);
    if (!formula.startsWith(text, pos) && t.subtype === "range") text = requoted(t.value);
    // The tokenizer drops a unary "+" (and an "@") before a function name or a reference, and
    // before a prefix "-": put them back as prefix operators of their own.
    while (!formula.startsWith(text, pos) && isDroppedPrefix(formula, pos, located)) {
      const op = formula[pos];
      located.push({ value: op, type: "operator-prefix", subtype: "", start: pos, end: pos + 1 });
      pos++;
      while (pos < formula.length && /\s/.test(formula[pos])) pos++;
    }
    if (!formula.startsWith(text, pos)) return null;
    // References keep their source spelling ('It''s'!A1); text literals keep their value.
    const value = t.subtype === "range" ? text : t.value;
    located.push({ value, type: t.type, subtype: t.subtype, start: pos, end: pos + text.length });
    pos += text.length;
  }
  while (pos < formula.length && /\s/.test(formula[pos])) pos++;
  if (pos !== formula.length || open.length > 0) return null;
  return mergeStructuredReferences(formula, located);
}

/** True when `formula[pos]` is a "+" or "@" where only a prefix operator can stand. */
function isDroppedPrefix(formula: string, pos: number, before: readonly SourceToken[]): boolean {
  const ch = formula[pos];
  if (ch !== "+" && ch !== "@") return false;
  const prev = before[before.length - 1];
  if (!prev) return true;
  if (prev.type === "argument" || prev.type.startsWith("operator")) return true;
  return (prev.type === "function" || prev.type === "subexpression") && prev.subtype === "start";
}

/** The tokenizer reads 'It''s'!A1 as 'It's'!A1: double the quotes inside the sheet name again. */
function requoted(value: string): string {
  const close = value.lastIndexOf("'!");
  if (!value.startsWith("'") || close <= 0) return value;
  return `'${value.slice(1, close).split("'").join("''")}${value.slice(close)}`;
}

/** Counts "[" minus "]" outside quoted sheet names. */
function bracketBalance(text: string): number {
  let depth = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    else if (!quoted && ch === "[") depth++;
    else if (!quoted && ch === "]") depth--;
  }
  return depth;
}

/** Joins the pieces of a structured reference that the tokenizer split at a comma. */
function mergeStructuredReferences(formula: string, tokens: SourceToken[]): SourceToken[] | null {
  const out: SourceToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === "operand" && t.subtype === "range" && bracketBalance(t.value) > 0) {
      let j = i;
      while (j < tokens.length && bracketBalance(formula.slice(t.start, tokens[j].end)) > 0) j++;
      if (j === tokens.length) return null;
      const end = tokens[j].end;
      out.push({ ...t, value: formula.slice(t.start, end), end });
      i = j;
    } else {
      out.push(t);
    }
  }
  return out;
}
