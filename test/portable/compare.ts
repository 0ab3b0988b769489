/** Comparing cell results across engines: blank ≡ "", numbers within a relative tolerance. */

/** A result reduced to what must match. */
export type Shown =
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "error"; code: string }
  | { kind: "blank" };

/** Reduces a HyperFormula value (number, text, boolean, DetailedCellError, null). */
export function fromHf(v: unknown): Shown {
  if (v === null || v === undefined || v === "") return { kind: "blank" };
  if (typeof v === "number") return { kind: "number", value: v };
  if (typeof v === "string") return { kind: "text", value: v };
  if (typeof v === "boolean") return { kind: "text", value: String(v).toUpperCase() };
  const code = (v as { value?: unknown }).value;
  return { kind: "error", code: String(code) };
}

/** True when two results agree (numbers to 1e-9 relative, or 1e-12 absolute near zero). */
export function same(a: Shown, b: Shown): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "number" && b.kind === "number") {
    return Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value), Math.abs(b.value));
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Short text of a result for failure messages. */
export function show(s: Shown): string {
  if (s.kind === "number") return String(s.value);
  if (s.kind === "text") return JSON.stringify(s.value);
  if (s.kind === "error") return s.code;
  return "(blank)";
}
