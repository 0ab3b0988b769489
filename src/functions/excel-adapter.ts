/**
 * The one place that turns core results into what Excel's custom functions runtime expects:
 * a KpiError becomes `CustomFunctions.Error` (Excel shows a message only for #VALUE! and #N/A,
 * per learn.microsoft.com "Handle and return errors from your custom function"), a blank becomes
 * "" (an empty-looking cell that KPI functions read back as blank).
 */
import { type ErrorCode, isErrorCode, isKpiError, KpiError } from "../core/errors";
import { type Language, languageFromTag } from "../core/messages";
import { type HostArgs, runFunction } from "../core/runner";
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

/**
 * Excel's error data types (Excel.ErrorCellValue, ExcelApi 1.16: `{ type: "Error", errorType:
 * "Div0", basicValue: "#DIV/0!" }`) by errorType. With `allowCustomDataForDataTypeAny` on, an
 * error cell can reach a function as such an object instead of a CustomFunctions.Error; it must
 * pass through as that same error, not become "text where a number is needed" (#VALUE!).
 */
const ERROR_TYPES: Record<string, ErrorCode> = {
  Blocked: "#BLOCKED!",
  Busy: "#BUSY!",
  Calc: "#CALC!",
  Connect: "#CONNECT!",
  Div0: "#DIV/0!",
  External: "#EXTERNAL!",
  Field: "#FIELD!",
  GettingData: "#GETTING_DATA",
  NotAvailable: "#N/A",
  Name: "#NAME?",
  Null: "#NULL!",
  Num: "#NUM!",
  Placeholder: "#UNKNOWN!",
  Python: "#PYTHON!",
  Ref: "#REF!",
  Spill: "#SPILL!",
  Value: "#VALUE!",
};

/** Basic types of data-type values that stand for a plain cell value (Excel.CellValueType). */
const PLAIN_TYPES: ReadonlySet<string> = new Set([
  "Double",
  "FormattedNumber",
  "String",
  "Boolean",
]);

/**
 * One cell as Excel passed it, with data-type objects read as the plain value they stand for: an
 * error data type becomes that error (its code from errorType, else from basicValue), a number,
 * formatted number, text or boolean data type its basicValue, an empty one a blank. Anything else
 * (an entity, a web image) is left for the core to refuse as not a number.
 */
export function fromDataType(cell: unknown): unknown {
  if (typeof cell !== "object" || cell === null || Array.isArray(cell)) return cell;
  const { type, errorType, basicValue } = cell as {
    type?: unknown;
    errorType?: unknown;
    basicValue?: unknown;
  };
  if (type === "Error") {
    const code =
      (typeof errorType === "string" ? ERROR_TYPES[errorType] : undefined) ??
      (isErrorCode(basicValue) ? basicValue : "#VALUE!");
    return new KpiError(code, null, [], "");
  }
  if (type === "Empty") return null;
  if (typeof type === "string" && PLAIN_TYPES.has(type) && basicValue !== undefined)
    return basicValue;
  return cell;
}

/** True when a grid holds an object cell (the only kind that can be a data type). */
function holdsObject(grid: readonly unknown[]): boolean {
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    if (!Array.isArray(row)) return true;
    for (let c = 0; c < row.length; c++) {
      const cell: unknown = row[c];
      if (typeof cell === "object" && cell !== null) return true;
    }
  }
  return false;
}

/**
 * An argument with data-type cells read, for "range" parameters (the runner reads the cells of the
 * others through readCell). A range of plain values (the usual case) is returned as it is after one
 * tight scan.
 */
function readDataTypes(arg: unknown): unknown {
  if (!Array.isArray(arg)) return fromDataType(arg);
  if (!holdsObject(arg)) return arg;
  return arg.map((row: unknown) => (Array.isArray(row) ? row.map(readCell) : row));
}

function readCell(cell: unknown): unknown {
  return typeof cell === "object" && cell !== null && !isKpiError(cell) ? fromDataType(cell) : cell;
}

/**
 * What Excel's arguments are to the runner: fresh arrays (Excel marshals every argument anew for
 * each call, and readDataTypes copies only into new arrays), so the result may be built in them
 * (a 1,000,000 × 1 KPI.INDEX then allocates no result rows); data-type cells are read as they are
 * met, so a range of numbers is not scanned for them first.
 */
const EXCEL_ARGS: HostArgs = { fresh: true, readCell };

/**
 * Runs a registry function on Excel's arguments: the path every entry point in functions.ts takes.
 * Whoever calls an entry point outside Excel must likewise hand arrays it does not read again.
 */
export function callFromExcel(fn: KpiFunction, args: readonly unknown[]): unknown[][] {
  const params = fn.spec.params;
  const read: unknown[] = new Array(args.length);
  for (let i = 0; i < args.length; i++)
    read[i] = params[i]?.type === "range" ? readDataTypes(args[i]) : args[i];
  return runFunction(fn.spec, read, toExcelValue, EXCEL_ARGS);
}
