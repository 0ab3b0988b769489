/**
 * The one place that turns core results into what Excel's custom functions runtime expects:
 * a KpiError becomes `CustomFunctions.Error` (Excel shows a message only for #VALUE! and #N/A,
 * per learn.microsoft.com "Handle and return errors from your custom function"), a blank becomes
 * "" (an empty-looking cell that KPI functions read back as blank).
 */
import { type ErrorCode, KpiError } from "../core/errors";
import { type Language, languageFromTag } from "../core/messages";
import { runFunction } from "../core/runner";
import type { CellResult } from "../core/values";
import type { KpiFunction } from "./registry";

/** Error codes Excel accepts as custom function output, by CustomFunctions.ErrorCode key. */
const OUTPUT_CODES: Partial<Record<ErrorCode, keyof typeof CustomFunctions.ErrorCode>> = {
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#DIV/0!": "divisionByZero",
  "#NUM!": "invalidNumber",
  "#NULL!": "nullReference",
};

/** Codes whose custom message Excel displays. */
const CODES_WITH_MESSAGE: ReadonlySet<ErrorCode> = new Set<ErrorCode>(["#VALUE!", "#N/A"]);

/** The shape of CustomFunctions.Error, for runs outside Excel (tests, bench). */
export interface ExcelErrorLike {
  code: string;
  message?: string;
}

/** The user's Office display language (shared runtime), English when unknown. */
export function displayLanguage(): Language {
  try {
    return typeof Office !== "undefined" ? languageFromTag(Office.context?.displayLanguage) : "en";
  } catch {
    return "en";
  }
}

/** Maps a core error to an Excel error value (#REF!, #NAME? and others Excel cannot return become #VALUE!). */
export function toExcelError(error: KpiError, lang: Language = displayLanguage()): ExcelErrorLike {
  const key = OUTPUT_CODES[error.code];
  const code: ErrorCode = key === undefined ? "#VALUE!" : error.code;
  const message =
    key === undefined
      ? new KpiError("#VALUE!", "inputError", [error.code]).messageIn(lang)
      : error.messageIn(lang);
  const withMessage = CODES_WITH_MESSAGE.has(code) && message !== "";
  if (typeof CustomFunctions === "undefined") {
    return withMessage ? { code, message } : { code };
  }
  const enumValue = CustomFunctions.ErrorCode[key ?? "invalidValue"];
  return withMessage
    ? new CustomFunctions.Error(enumValue, message)
    : new CustomFunctions.Error(enumValue);
}

/** Maps one core result to an Excel cell value. */
export function toExcelValue(result: CellResult): unknown {
  if (typeof result === "number" || typeof result === "string") return result;
  if (result === null) return "";
  return toExcelError(result);
}

/** Runs a registry function on Excel's arguments: the path every entry point in functions.ts takes. */
export function callFromExcel(fn: KpiFunction, args: readonly unknown[]): unknown[][] {
  return runFunction(fn.spec, args, toExcelValue);
}
