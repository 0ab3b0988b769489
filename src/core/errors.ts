/**
 * Excel errors as values. A KPI function never throws for bad input: it returns a KpiError with a
 * symbolic code and a named reason (see messages.ts); adapters turn it into the host's error type.
 */
import { formatMessage, type Language, type MessageArg, type MessageId } from "./messages";

/** The Excel error codes a KPI function can receive or return. */
export type ErrorCode =
  | "#VALUE!"
  | "#DIV/0!"
  | "#NUM!"
  | "#N/A"
  | "#NAME?"
  | "#REF!"
  | "#NULL!"
  | "#SPILL!"
  | "#CALC!"
  | "#GETTING_DATA"
  | "#CYCLE!"
  | "#ERROR!"
  | "#BUSY!"
  | "#BLOCKED!"
  | "#CONNECT!"
  | "#EXTERNAL!"
  | "#FIELD!"
  | "#PYTHON!"
  | "#UNKNOWN!";

/** Every error code, for recognising errors that come from a host. */
export const ERROR_CODES: readonly ErrorCode[] = [
  "#VALUE!",
  "#DIV/0!",
  "#NUM!",
  "#N/A",
  "#NAME?",
  "#REF!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#CYCLE!",
  "#ERROR!",
  "#BUSY!",
  "#BLOCKED!",
  "#CONNECT!",
  "#EXTERNAL!",
  "#FIELD!",
  "#PYTHON!",
  "#UNKNOWN!",
];

const CODE_SET: ReadonlySet<string> = new Set(ERROR_CODES);

/** An Excel error value: a code plus why (a named message, or a host's own text). */
export class KpiError {
  /** Tag for structural checks across bundles (instanceof fails between copies of this module). */
  readonly kind = "KpiError" as const;

  constructor(
    readonly code: ErrorCode,
    readonly reason: MessageId | null = null,
    readonly args: readonly MessageArg[] = [],
    /** Text from the host when the error came in from a cell (pass-through). */
    readonly detail: string = ""
  ) {}

  /** The message in English. */
  get message(): string {
    return this.messageIn("en");
  }

  /** The message in the given language ("" when the error carries none). */
  messageIn(lang: Language): string {
    return this.reason === null ? this.detail : formatMessage(this.reason, this.args, lang);
  }

  /** "#CODE message", the way `npm run kpi` prints an error. */
  toString(): string {
    const m = this.message;
    return m ? `${this.code} ${m}` : this.code;
  }
}

/** Makes an error with a named reason. */
export function kpiError(code: ErrorCode, reason: MessageId, ...args: MessageArg[]): KpiError {
  return new KpiError(code, reason, args);
}

/** True for a KpiError (also one made by another copy of this module). */
export function isKpiError(value: unknown): value is KpiError {
  return (
    value instanceof KpiError ||
    (typeof value === "object" &&
      value !== null &&
      (value as { kind?: unknown }).kind === "KpiError")
  );
}

/** True when a text is one of the error codes. */
export function isErrorCode(text: unknown): text is ErrorCode {
  return typeof text === "string" && CODE_SET.has(text);
}

/**
 * Recognises an error value coming from a host cell: a KpiError, or any object with an Excel
 * error `code` (Excel's CustomFunctions.Error has `code` and an optional `message`). Returns
 * undefined for anything else. Structural, so the core needs no Office types.
 */
export function asKpiError(value: unknown): KpiError | undefined {
  if (isKpiError(value)) return value;
  if (typeof value !== "object" || value === null) return undefined;
  const { code, message } = value as { code?: unknown; message?: unknown };
  if (!isErrorCode(code)) return undefined;
  return new KpiError(code, null, [], typeof message === "string" ? message : "");
}
