/**
 * `npm run check` on workbooks LibreOffice saved: the shipped examples opened and saved by
 * soffice headless (as a recipient without Excel would), with and without recalculation, give
 * the same findings as the files the add-in wrote.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { runCheck } from "../../scripts/check";
import { recalculate, tempDir } from "./soffice";

const EXAMPLES = path.join(__dirname, "..", "..", "examples");
const RETAIL = path.join(EXAMPLES, "retail-kpi.xlsx");
const PORTABLE = path.join(EXAMPLES, "retail-kpi.portable.xlsx");
const CLEAN = path.join(EXAMPLES, "clean-kpi.xlsx");

/** Opens `file` in LibreOffice and saves it as .xlsx as a user would (cached values kept). */
function saveWithLibreOffice(file: string): string {
  const work = tempDir("kpi-check-lo-");
  const input = path.join(work, `in-${path.basename(file)}`);
  fs.copyFileSync(file, input);
  const out = path.join(work, "out");
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(work, "profile")}`,
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

interface Found {
  cell: string;
  severity: string;
  code: string;
  message: string;
}

async function check(file: string, ...args: string[]): Promise<{ code: number; found: Found[] }> {
  const out: string[] = [];
  const code = await runCheck([file, "--json", ...args], {
    out: (t) => out.push(t),
    err: () => undefined,
  });
  return { code, found: code === 2 ? [] : (JSON.parse(out.join("\n")) as Found[]) };
}

const brief = (found: Found[]): string[] => found.map((f) => `${f.severity}:${f.code}@${f.cell}`);

describe("npm run check on files LibreOffice saved", () => {
  it("finds the same sales-volume direction error in the worked example, in both languages", async () => {
    const saved = saveWithLibreOffice(RETAIL);
    const before = await check(RETAIL);
    const after = await check(saved);
    expect(after.code).toBe(1);
    expect(brief(after.found)).toEqual(brief(before.found));
    expect(brief(after.found)).toEqual(["error:card-direction@'Store director'!D6"]);
    // LibreOffice stores 15 digits (0.666666666666667): the message shows the same index.
    expect(after.found[0].message).toBe(before.found[0].message);
    const ru = await check(saved, "--lang", "ru");
    expect(ru.found[0].message).toContain("66,6667 %");
  });

  it("finds nothing in the clean example and exits 0", async () => {
    const r = await check(saveWithLibreOffice(CLEAN));
    expect(r.found).toEqual([]);
    expect(r.code).toBe(0);
  });

  it("reads the portable copy after LibreOffice recalculated its native formulas", async () => {
    const r = await check(recalculate(PORTABLE));
    expect(r.code).toBe(1);
    expect(brief(r.found)).toEqual(["error:card-direction@'Store director'!D6"]);
    expect(r.found[0].message).toContain("scores 66.6667 %");
  });

  it("reports #NAME? where LibreOffice recalculated KPI formulas it does not have", async () => {
    const r = await check(recalculate(RETAIL));
    expect(r.code).toBe(1);
    const names = r.found.filter((f) => f.code === "formula-error");
    expect(names.map((f) => f.cell)).toEqual([6, 7, 8, 9].map((r) => `'Store director'!J${r}`));
    expect(names[0].message).toContain("#NAME?");
    expect(names[0].message).toContain("add-in");
    // The inputs still show the direction mistake: it is checked from facts, plans and methods.
    expect(brief(r.found)).toContain("error:card-direction@'Store director'!D6");
  });
});
