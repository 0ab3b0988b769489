/** Runs LibreOffice headless to recalculate an .xlsx and reads the computed values back. */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Shown } from "../portable/compare";

// OOXMLRecalcMode 0 = "always recalculate" on load, so cached values in a file never stand in
// for LibreOffice's own results (../shared/TOOLCHAIN.md).
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A fresh temporary folder. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Opens `file` in LibreOffice, recalculates everything, saves it as .xlsx; returns that path. */
export function recalculate(file: string): string {
  const work = tempDir("kpi-lo-");
  const profile = path.join(work, "profile");
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  const out = path.join(work, "out");
  // Same base name as the input would collide with it, so convert from a copy in `work`.
  const input = path.join(work, `in-${path.basename(file)}`);
  fs.copyFileSync(file, input);
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      out,
      input,
    ],
    { stdio: "pipe", timeout: 240000 }
  );
  return path.join(out, path.basename(input));
}

/** A computed cell of a LibreOffice-saved workbook as a comparable result. */
export function fromExcelJs(cell: ExcelJS.Cell): Shown {
  // Cell.value drops a falsy cached result (0) when it copies the model; Cell.result does not.
  const r: unknown = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (r === null || r === undefined || r === "") return { kind: "blank" };
  if (typeof r === "number") return { kind: "number", value: r };
  if (typeof r === "string") return { kind: "text", value: r };
  if (typeof r === "boolean") return { kind: "text", value: String(r).toUpperCase() };
  if (typeof r === "object" && "error" in (r as object)) {
    return { kind: "error", code: String((r as { error: unknown }).error) };
  }
  return { kind: "text", value: JSON.stringify(r) };
}
