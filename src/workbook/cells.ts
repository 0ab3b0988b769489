/** Cell values as both hosts return them, turned into the model's CellResult. */
import type { CellResult } from "../core/matrix/types";

const ERROR =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|BUSY!|FIELD!|CONNECT!|BLOCKED!|UNKNOWN!|ERROR!)/;

/** True for an Excel error as Range.values reports it ("#N/A", "#VALUE!" …). */
export function isErrorText(value: string): boolean {
  return ERROR.test(value) && ERROR.exec(value)![0] === value;
}

/** A cell's computed value as a CellResult: "" and null are blank, "#VALUE!" an error. */
export function cellResult(value: unknown, message?: string): CellResult {
  if (value === null || value === undefined || value === "") return undefined;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") {
    const m = ERROR.exec(value);
    return m ? { error: m[0], ...(message ? { message } : {}) } : value;
  }
  if (typeof value === "object" && "error" in (value as object)) return value as CellResult;
  return String(value);
}
