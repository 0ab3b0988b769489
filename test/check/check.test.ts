/**
 * `npm run check`: the CLI on the shipped examples (spawned, as a user runs it) and on edited
 * copies (in-process): the same findings as the pane's check, exit codes 0 / 1 / 2.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { runCheck } from "../../scripts/check";
import { CLEAN_MATRIX_SHEET, cleanWorkbook } from "../../scripts/make-examples";

const ROOT = path.join(__dirname, "..", "..");
const RETAIL = path.join(ROOT, "examples", "retail-kpi.xlsx");
const CLEAN = path.join(ROOT, "examples", "clean-kpi.xlsx");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

/** Runs the CLI as `npm run check` does: a separate process. */
function spawnCheck(...args: string[]) {
  const r = spawnSync(TSX, ["scripts/check.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Runs the CLI in this process. */
async function check(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCheck(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n"), lines: out };
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kpi-check-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A copy of a workbook edited by `edit`, saved under `name`. */
async function editedCopy(
  wb: ExcelJS.Workbook | string,
  name: string,
  edit: (wb: ExcelJS.Workbook) => void
): Promise<string> {
  let book: ExcelJS.Workbook;
  if (typeof wb === "string") {
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(wb);
  } else book = wb;
  edit(book);
  const file = path.join(dir, name);
  await book.xlsx.writeFile(file);
  return file;
}

describe("npm run check (spawned)", () => {
  it("reports the sales-volume direction at its method cell and exits 1", () => {
    const r = spawnCheck(RETAIL);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^'Store director'!D6 {2}error {2}Sales volume: .*higher is better/);
    expect(lines[0]).toContain("66.6667 %");
    expect(r.err).toContain("1 error, 0 warnings, 0 notes");
  });

  it("exits 0 and prints no finding on the clean example", () => {
    const r = spawnCheck(CLEAN);
    expect(r.err).toContain("0 errors");
    expect(r.out.trim()).toBe("");
    expect(r.code).toBe(0);
  });

  it("prints a JSON array with --json and Russian with --lang ru", () => {
    const r = spawnCheck("--json", "--lang", "ru", RETAIL);
    expect(r.code).toBe(1);
    const found = JSON.parse(r.out) as Record<string, string>[];
    expect(found).toEqual([
      expect.objectContaining({
        cell: "'Store director'!D6",
        sheet: "Store director",
        address: "D6",
        severity: "error",
        code: "card-direction",
      }),
    ]);
    expect(found[0].message).toContain("больше — лучше");
    expect(found[0].message).toContain("66,6667 %");
  });

  it("exits 2 with a clear message on a bad invocation", () => {
    const r = spawnCheck("--lang", "de", RETAIL);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--lang takes en or ru");
    expect(r.out).toBe("");
  });
});

describe("the clean example", () => {
  /** Every cell's value (formulas with their cached results), per sheet. */
  const cells = (wb: ExcelJS.Workbook): Record<string, Record<string, unknown>> => {
    const out: Record<string, Record<string, unknown>> = {};
    wb.eachSheet((ws) => {
      out[ws.name] = {};
      ws.eachRow((row) => row.eachCell((c) => (out[ws.name][c.address] = c.value)));
    });
    return out;
  };

  it("is what npm run examples writes today (regenerate it when the layout changes)", async () => {
    const committed = new ExcelJS.Workbook();
    await committed.xlsx.readFile(CLEAN);
    expect(cells(committed)).toEqual(cells(cleanWorkbook()));
  });
});

describe("npm run check (in-process)", () => {
  it("uses the Russian severity words and decimal comma with --lang ru", async () => {
    const r = await check(RETAIL, "--lang=ru");
    expect(r.code).toBe(1);
    expect(r.lines[0]).toMatch(/^'Store director'!D6 {2}ошибка {2}Sales volume: в библиотеке KPI/);
  });

  it("exits 2 when there is no file, two files, an unknown option or an unreadable file", async () => {
    expect((await check()).code).toBe(2);
    expect((await check()).err).toContain("Name the workbook to check.");
    expect((await check(RETAIL, CLEAN)).code).toBe(2);
    expect((await check(RETAIL, "--lang")).err).toContain("--lang takes en or ru");
    const help = await check("--help");
    expect(help.code).toBe(0);
    expect(help.out).toContain("npm run check -- book.xlsx [--json] [--lang en|ru]");
    expect((await check("--strict", RETAIL)).err).toContain("Unknown option --strict");
    const missing = await check(path.join(dir, "nope.xlsx"));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("File not found");
    const text = path.join(dir, "not-a-workbook.xlsx");
    fs.writeFileSync(text, "KPI,Weight\n");
    const bad = await check(text, "--lang", "ru");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("Не удалось прочитать");
    expect(bad.out).toBe("");
  });

  it("exits 2 on a workbook with no KPI matrix, saying there is nothing to check", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "Budget";
    const file = await editedCopy(wb, "no-matrix.xlsx", () => undefined);
    const r = await check(file);
    expect(r.code).toBe(2);
    expect(r.err).toContain("holds no KPI matrix");
  });

  it("checks the inputs of a file whose formulas have no computed values", async () => {
    const file = await editedCopy(RETAIL, "uncalculated.xlsx", (wb) =>
      wb.eachSheet((ws) =>
        ws.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.type === ExcelJS.ValueType.Formula) cell.value = { formula: cell.formula };
          })
        )
      )
    );
    const r = await check(file);
    expect(r.code).toBe(1);
    expect(r.lines.map((l) => l.split("  ").slice(0, 2).join(" "))).toEqual([
      "'Store director'!D6 error",
    ]);
    // Without a computed index the message cannot show one, and says nothing wrong instead.
    expect(r.lines[0]).not.toContain("scores");
    expect(r.err).toContain("formulas have no computed values");
  });

  it("finds errors typed into a clean workbook at their cells", async () => {
    const file = await editedCopy(cleanWorkbook(), "broken.xlsx", (wb) => {
      const ws = wb.getWorksheet(CLEAN_MATRIX_SHEET)!;
      ws.getCell("G6").value = null; // sales volume loses its plan
      ws.getCell("I9").value = 0.6; // shrinkage of 60 %: high, but a plausible percent
      ws.getCell("G9").value = 50; // shrinkage plan 50 → 5000 %
      ws.getCell("A16").value = 90; // a scale threshold typed as a whole percent
    });
    const r = await check(file, "--json");
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.out) as { cell: string; code: string }[]).map(
      (f) => `${f.code}@${f.cell}`
    );
    expect(found).toEqual(
      expect.arrayContaining([
        "missing-plan@'Sales floor manager'!G6",
        "percent-bound@'Sales floor manager'!G9",
        "scale-percent@'Sales floor manager'!A16",
      ])
    );
    expect(found.some((f) => f.includes("!I9"))).toBe(false);
  });

  it("still finds the card table when its Excel table was lost (plain cells on 'KPI Cards')", async () => {
    const file = await editedCopy(cleanWorkbook(), "no-tables.xlsx", (wb) => {
      const cards = wb.getWorksheet("KPI Cards")!;
      cards.removeTable("KpiCards");
      cards.getCell("G2").value = "lower is better"; // the sales volume card now says lower
    });
    const r = await check(file);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      expect.stringMatching(
        /^'Sales floor manager'!D6 {2}error {2}Sales volume: the card SALES_VOL says lower is better/
      ),
    ]);
  });
});

describe("npm run check on a workbook with Russian headers", () => {
  it("reads the card table and matrix the add-in writes in Russian", async () => {
    const clean = await editedCopy(cleanWorkbook("ru"), "ru-clean.xlsx", () => undefined);
    expect((await check(clean)).code).toBe(0);
    const broken = await editedCopy(cleanWorkbook("ru"), "ru-broken.xlsx", (wb) => {
      wb.getWorksheet("Карточки KPI")!.getCell("G4").value = "меньше — лучше"; // buyers
    });
    const r = await check(broken, "--lang", "ru");
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      expect.stringMatching(
        /^'Sales floor manager'!D8 {2}ошибка {2}Buyers: в карточке BUYERS — «меньше — лучше»/
      ),
    ]);
  });
});

describe("npm run check: which sheets are matrices", () => {
  it("checks the sheets holding a matrix table, or every matrix-shaped sheet when tables were lost", async () => {
    // A copy of the matrix without its table, beside the real one: not a matrix of the add-in.
    const copyOf = (wb: ExcelJS.Workbook): void => {
      const from = wb.getWorksheet(CLEAN_MATRIX_SHEET)!;
      const to = wb.addWorksheet("Notes");
      from.eachRow((row, r) => row.eachCell((c, col) => (to.getCell(r, col).value = c.value)));
      to.getCell("G6").value = null; // a plan missing on the copy only
    };
    const withTable = await editedCopy(cleanWorkbook(), "copy.xlsx", copyOf);
    expect((await check(withTable)).code).toBe(0);
    const tableless = await editedCopy(cleanWorkbook(), "tableless.xlsx", (wb) => {
      copyOf(wb);
      wb.getWorksheet(CLEAN_MATRIX_SHEET)!.removeTable("KpiMatrix1");
    });
    const r = await check(tableless);
    expect(r.code).toBe(1);
    expect(r.lines.map((l) => l.split("  ")[0])).toEqual(["Notes!G6"]);
  });
});
