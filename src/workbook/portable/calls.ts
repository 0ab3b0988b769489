/** Finds function calls, their argument spans and nesting in a located token list. */
import type { SourceToken } from "./tokens";

/** One argument of a call: its source span (trimmed) and the tokens inside it. */
export interface CallArgument {
  start: number;
  end: number;
  tokens: SourceToken[];
}

/** A function call in a formula: name, full span from the name to ")" and its arguments. */
export interface FunctionCall {
  name: string;
  start: number;
  end: number;
  args: CallArgument[];
}

/** Every function call (not array constants) in source order of their opening. */
export function findCalls(tokens: SourceToken[]): FunctionCall[] {
  const calls: FunctionCall[] = [];
  // Stack of open groups; a group is a call we record, or a bracket/array we only skip over.
  const stack: { call?: FunctionCall; argStart: number; argTokens: SourceToken[] }[] = [];
  const closeArg = (frame: (typeof stack)[number], end: number) => {
    if (!frame.call) return;
    frame.call.args.push({ start: frame.argStart, end, tokens: frame.argTokens });
    frame.argTokens = [];
  };
  for (const t of tokens) {
    const isStart = t.subtype === "start" && (t.type === "function" || t.type === "subexpression");
    const isStop = t.subtype === "stop" && (t.type === "function" || t.type === "subexpression");
    if (!isStart && !isStop) {
      // Tokens inside an argument belong to every enclosing call's current argument.
      for (const f of stack) f.argTokens.push(t);
      const top = stack[stack.length - 1];
      if (top?.call && t.type === "argument") {
        top.argTokens.pop();
        closeArg(top, t.start);
        top.argStart = t.end;
      }
      continue;
    }
    if (isStart) {
      for (const f of stack) f.argTokens.push(t);
      const isCall = t.type === "function" && t.value !== "ARRAY" && t.value !== "ARRAYROW";
      const call = isCall ? { name: t.value, start: t.start, end: -1, args: [] } : undefined;
      if (call) calls.push(call);
      stack.push({ call, argStart: t.end, argTokens: [] });
      continue;
    }
    const frame = stack.pop();
    for (const f of stack) f.argTokens.push(t);
    if (frame?.call) {
      // "F()" has no argument at all; "F(,)" has two omitted ones.
      if (frame.argTokens.length > 0 || frame.call.args.length > 0) closeArg(frame, t.start);
      frame.call.end = t.end;
    }
  }
  return calls;
}

/** Narrows a span to exclude white space at both ends. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}
