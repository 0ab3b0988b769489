// The team cycle in Chromium on the sandbox page, as an economist goes through it: a staff of 12
// from two positions → build for everyone → facts typed in two matrices (and a store's
// collective fact typed once) → the register and the roll-up change live → next period →
// History holds the closed period, and the new period's matrices keep their plans, without facts.
import type { Page } from "playwright-core";
import { browserSuite } from "./support/suite";
import { seriousA11yViolations, typeInCell } from "./sandbox-helpers";

const SHOTS = "test-output/screenshots";
const suite = browserSuite(SHOTS);

type Value = string | number | boolean | null | { type?: string; value?: string };

interface SandboxApi {
  sandboxHost: {
    values(sheet: string): Value[][];
    formula(sheet: string, address: string): string | number | boolean | null;
    sheetNames(): string[];
    listMatrices(): Promise<Array<{ sheet: string; employee: string; period: string }>>;
    readMatrix(sheet: string): Promise<{
      matrix: {
        period: string;
        rows: Array<{ code: string; plan?: number | null; fact?: number | null }>;
      };
      at: { rows: Array<Record<string, string>> };
    }>;
    readTeam(): Promise<
      | {
          rows: Array<{
            employee: string;
            unit: string;
            score: number | null | undefined;
            bonus: number | null | undefined;
          }>;
        }
      | undefined
    >;
  };
}

/** What the register says of one person (score and bonus as numbers, or null). */
async function registerRow(page: Page, employee: string) {
  return page.evaluate(async (who) => {
    const team = await (window as unknown as SandboxApi).sandboxHost.readTeam();
    const row = team?.rows.find((r) => r.employee === who);
    if (!row) throw new Error(`${who} is not in the register`);
    const num = (v: unknown) => (typeof v === "number" ? v : null);
    return { score: num(row.score), bonus: num(row.bonus) };
  }, employee);
}

/** A sheet's computed values (plain numbers and text; errors as their code). */
async function sheetValues(page: Page, sheet: string): Promise<Value[][]> {
  return page.evaluate((name) => (window as unknown as SandboxApi).sandboxHost.values(name), sheet);
}

/** The matrix of one person: sheet, period, rows with plan, fact and addresses. */
async function matrixOf(page: Page, employee: string) {
  return page.evaluate(async (who) => {
    const host = (window as unknown as SandboxApi).sandboxHost;
    const found = (await host.listMatrices()).find((m) => m.employee === who);
    if (!found) throw new Error(`no matrix for ${who}`);
    const snap = await host.readMatrix(found.sheet);
    return {
      sheet: found.sheet,
      period: snap.matrix.period,
      rows: snap.matrix.rows.map((r, i) => ({
        code: r.code,
        plan: r.plan ?? null,
        fact: r.fact ?? null,
        factAt: snap.at.rows[i].fact,
        planAt: snap.at.rows[i].plan,
        factFormula: String(host.formula(found.sheet, snap.at.rows[i].fact) ?? ""),
      })),
    };
  }, employee);
}

/** Shows a sheet in the grid (its tab is a button named after it). */
async function showSheet(page: Page, sheet: string) {
  await page.getByRole("button", { name: sheet, exact: true }).click();
}

/**
 * Types the plan of each of the person's KPIs as its fact (every index 100 %), except shared
 * facts; a KPI without a plan (a personal one) gets 100 typed as its plan first.
 */
async function factsOnPlan(page: Page, employee: string): Promise<string[]> {
  const m = await matrixOf(page, employee);
  await showSheet(page, m.sheet);
  const typed: string[] = [];
  for (const row of m.rows) {
    if (row.factFormula.startsWith("=")) continue; // a collective KPI's fact
    if (row.plan === null) await typeInCell(page, row.planAt, "100");
    await typeInCell(page, row.factAt, String(row.plan ?? 100));
    typed.push(row.code);
  }
  return typed;
}

/** Waits until `probe` gives a value `ok` accepts; fails with the last value seen. */
async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 10000;
  let last: T = await probe();
  while (!ok(last) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    last = await probe();
  }
  if (!ok(last)) throw new Error(`${what}: still ${JSON.stringify(last)}`);
  return last;
}

/** The row of a sheet whose first cells hold `labels` (in order), and the header row above it. */
function findRow(grid: Value[][], labels: string[]): { header: Value[]; row: Value[] } {
  const at = grid.findIndex((r) => labels.every((l, i) => r[i] === l));
  if (at < 0) throw new Error(`no row starting ${labels.join(", ")}`);
  const header = grid
    .slice(0, at)
    .reverse()
    .find((r) => r.some((v) => v === "Score" || v === "Fact"));
  return { header: header ?? [], row: grid[at] };
}

const CLERK = "Sales clerk";
const MANAGER = "Sales manager";
const STAFF: Array<[string, string, string, string]> = [
  ["Anna Ivanova", CLERK, "Store 1", "30000"],
  ["Boris Petrov", CLERK, "Store 1", "30000"],
  ["Vera Smirnova", CLERK, "Store 1", "30000"],
  ["Galina Popova", CLERK, "Store 1", "30000"],
  ["Denis Sokolov", CLERK, "Store 2", "28000"],
  ["Elena Kuznetsova", CLERK, "Store 2", "28000"],
  ["Zhanna Volkova", CLERK, "Store 2", "28000"],
  ["Igor Morozov", CLERK, "Store 2", "28000"],
  ["Kira Lebedeva", MANAGER, "Store 1", "40000"],
  ["Lev Kozlov", MANAGER, "Store 1", "40000"],
  ["Maria Novikova", MANAGER, "Store 2", "40000"],
  ["Nikita Egorov", MANAGER, "Store 2", "40000"],
];

it("scores a staff of 12 for a period and carries it into the next with the history kept", async () => {
  const page = await suite.browser.newPage({ viewport: { width: 1500, height: 940 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${suite.base}sandbox.html?lang=en`);
  const pane = page.getByRole("complementary", { name: "Task pane" });
  await pane.getByRole("tab", { name: "Matrix" }).click();
  await pane.getByRole("button", { name: "Create the staff table" }).click();
  await page.getByRole("button", { name: "Staff", exact: true }).waitFor();
  for (const [i, [name, position, unit, bonusBase]] of STAFF.entries()) {
    await typeInCell(page, `A${i + 2}`, name);
    await typeInCell(page, `B${i + 2}`, position);
    await typeInCell(page, `C${i + 2}`, unit);
    await typeInCell(page, `E${i + 2}`, bonusBase);
  }
  await pane.getByText(/12 people in the staff table/).waitFor();
  await pane.getByLabel("Period of the matrices").fill("2026-03");
  await pane.getByRole("button", { name: "Build for everyone" }).click();
  await pane.getByText(/12 new matrices, 0 updated/).waitFor();
  // The Next period panel knows of them at once.
  await pane.getByText("Current period: “2026-03” (12 matrices).").waitFor({ timeout: 5000 });
  expect(
    (await page.evaluate(() => (window as unknown as SandboxApi).sandboxHost.listMatrices())).length
  ).toBe(12);

  // The roll-up, built before any fact: the units are there, their scores still empty.
  await pane.getByRole("button", { name: "Build roll-up" }).click();
  await pane.getByText(/Roll-up on "Roll-up": 2 units/).waitFor();
  const rollupScore = async (unit: string) => {
    const { header, row } = findRow(await sheetValues(page, "Roll-up"), [unit]);
    const v = row[header.indexOf("Score")];
    return typeof v === "number" ? v : null;
  };
  expect(await rollupScore("Store 1")).toBeNull();
  expect((await registerRow(page, "Anna Ivanova")).score).toBeNull();

  // Facts typed in two matrices (a clerk and a manager of Store 1), every KPI on its plan...
  const annaTyped = await factsOnPlan(page, "Anna Ivanova");
  const kiraTyped = await factsOnPlan(page, "Kira Lebedeva");
  expect(annaTyped.length).toBeGreaterThanOrEqual(4);
  expect(kiraTyped.length).toBe(7);
  // ... and the store's shrinkage typed once, for every clerk of Store 1.
  const anna = await matrixOf(page, "Anna Ivanova");
  const shared = anna.rows.filter((r) => r.factFormula.startsWith("="));
  expect(shared.map((r) => r.code)).toEqual(["STORE_SHRINKAGE"]);
  await showSheet(page, "Unit facts");
  const unitFacts = await sheetValues(page, "Unit facts");
  const ufHeader = unitFacts.findIndex((r) => r.includes("Fact"));
  const ufRow = unitFacts.findIndex((r) => r[0] === "Store 1" && r[1] === "STORE_SHRINKAGE");
  expect(ufRow).toBeGreaterThan(ufHeader);
  const factCol = String.fromCharCode(65 + unitFacts[ufHeader].indexOf("Fact"));
  await typeInCell(page, `${factCol}${ufRow + 1}`, String(shared[0].plan));

  // The register follows live: both on plan score 100 % and are paid; Boris gets the store's fact.
  const annaNow = await until(
    () => registerRow(page, "Anna Ivanova"),
    (r) => r.score !== null && Math.abs(r.score - 1) < 1e-9,
    "Anna's score in the register"
  );
  expect(annaNow.bonus).toBeGreaterThan(0);
  const kiraNow = await until(
    () => registerRow(page, "Kira Lebedeva"),
    (r) => r.score !== null && Math.abs(r.score - 1) < 1e-9,
    "Kira's score in the register"
  );
  expect(kiraNow.bonus).toBeGreaterThan(0);
  const boris = await matrixOf(page, "Boris Petrov");
  expect(boris.rows.find((r) => r.code === "STORE_SHRINKAGE")?.fact).toBe(shared[0].plan);
  expect((await registerRow(page, "Denis Sokolov")).score).toBeNull();
  // The roll-up too: Store 1 has a score now, Store 2 (no facts) still none.
  await until(
    () => rollupScore("Store 1"),
    (v) => v !== null && v > 0,
    "Store 1 in the roll-up"
  );
  expect(await rollupScore("Store 2")).toBeNull();
  await page.screenshot({ path: `${SHOTS}/sandbox-en-team-cycle.png` });
  const kira = await matrixOf(page, "Kira Lebedeva");

  // Next period: the panel proposes 2026-04; History is written first, then the matrices move on.
  await pane.getByRole("textbox", { name: "Period to close" }).waitFor();
  await expect(pane.getByRole("textbox", { name: "Period to close" }).inputValue()).resolves.toBe(
    "2026-03"
  );
  await expect(pane.getByRole("textbox", { name: "Next period" }).inputValue()).resolves.toBe(
    "2026-04"
  );
  await pane.getByRole("button", { name: "Close the period and start the next" }).click();
  await pane.getByText(/“2026-03” closed: 68 rows added to History/).waitFor();

  const history = await sheetValues(page, "KPI history");
  const head = history.findIndex((r) => r[0] === "Period");
  expect(history[head]).toEqual([
    "Period",
    "Employee",
    "Unit",
    "Code",
    "Weight",
    "Min",
    "Plan",
    "Max",
    "Fact",
    "Index",
    "Score",
    "Bonus",
  ]);
  const body = history.slice(head + 1).filter((r) => r[0] === "2026-03");
  expect(body).toHaveLength(8 * 5 + 4 * 7);
  const annaHistory = body.filter((r) => r[1] === "Anna Ivanova");
  expect(annaHistory.map((r) => r[3])).toEqual(anna.rows.map((r) => r.code));
  for (const [i, r] of annaHistory.entries()) {
    expect(r[2]).toBe("Store 1");
    expect(r[6]).toBe(anna.rows[i].plan);
    expect(r[8]).toBe(anna.rows[i].plan); // the fact typed (or shared) was the plan
    expect(r[9]).toBeCloseTo(1, 9);
    expect(r[10]).toBeCloseTo(1, 9);
    expect(r[11]).toBe(annaNow.bonus);
  }
  // The new period: same plans, no facts (the shared fact's formula stays, its unit fact is empty).
  for (const who of ["Anna Ivanova", "Kira Lebedeva"]) {
    const before = who === "Anna Ivanova" ? anna : kira;
    const after = await matrixOf(page, who);
    expect(after.period).toBe("2026-04");
    expect(after.rows.map((r) => r.plan)).toEqual(before.rows.map((r) => r.plan));
    expect(after.rows.map((r) => r.fact)).toEqual(after.rows.map(() => null));
  }
  const annaNext = await matrixOf(page, "Anna Ivanova");
  expect(annaNext.rows.find((r) => r.code === "STORE_SHRINKAGE")?.factFormula).toMatch(/^=/);
  expect((await registerRow(page, "Anna Ivanova")).score).toBeNull();
  expect(await rollupScore("Store 1")).toBeNull();

  // Closing the same period twice is refused before anything is written.
  await pane.getByRole("textbox", { name: "Period to close" }).fill("2026-03");
  await pane
    .getByText(/History already holds “2026-03”/)
    .first()
    .waitFor();
  await expect(
    pane.getByRole("button", { name: "Close the period and start the next" }).isDisabled()
  ).resolves.toBe(true);

  // The team's dashboard: everyone ranked, the closed period as its first trend point.
  await pane.getByRole("button", { name: "Build team dashboard" }).click();
  await pane.getByText(/Dashboard built on the sheet “Dashboard”: .*12 people ranked/).waitFor();
  await showSheet(page, "Dashboard");
  await page.screenshot({ path: `${SHOTS}/sandbox-en-team-dashboard.png` });

  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

it("builds the team dashboard of the sample workbook in Russian", async () => {
  const page = await suite.browser.newPage({ viewport: { width: 1500, height: 940 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${suite.base}sandbox.html?lang=ru`);
  const pane = page.getByRole("complementary", { name: "Панель задач" });
  await pane.getByRole("button", { name: "Открыть пример книги" }).click();
  await page.getByRole("button", { name: "Ведомость премий", exact: true }).waitFor();
  await pane.getByRole("tab", { name: "Матрица" }).click();
  await pane.getByRole("button", { name: "Построить дашборд коллектива" }).click();
  await pane.getByText(/Дашборд построен на листе «Дашборд»: .*в рейтинге \d+ человек/).waitFor();
  await showSheet(page, "Дашборд");
  await page.screenshot({ path: `${SHOTS}/sandbox-ru-team-dashboard.png` });
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});
