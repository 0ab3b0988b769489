// The dashboard in Chromium on the sandbox page, with a 320 px task pane: the store director's
// matrix from its template, facts typed in the grid, "Build dashboard", then a fact typed again
// moves the tile and the ranking chart (both refer to the matrix cells). Screenshots for the
// README (en and ru: the sheet with its charts beside the pane), axe finding nothing serious.
import type { Locator, Page } from "playwright-core";
import { browserSuite } from "./support/suite";
import { expectCell, matrixCells, seriousA11yViolations, typeInCell } from "./sandbox-helpers";

const DOCS = "docs/screenshots";
const suite = browserSuite(DOCS);

const WORDS = {
  en: {
    pane: "Task pane",
    matrix: "Matrix",
    template: "Role template",
    role: "Store director",
    base: "Bonus base",
    build: "Build the matrix",
    built: /The matrix is on the sheet/,
    dashboard: "Build dashboard",
    done: /Dashboard built on the sheet “Dashboard”: 5 tiles/,
    sheet: "Dashboard",
    index: "Index",
    fact: "Fact",
  },
  ru: {
    pane: "Панель задач",
    matrix: "Матрица",
    template: "Шаблон должности",
    role: "Директор магазина",
    base: "База премии",
    build: "Построить матрицу",
    built: /Матрица на листе/,
    dashboard: "Построить дашборд",
    done: /Дашборд построен на листе «Дашборд»: 5 плиток/,
    sheet: "Дашборд",
    index: "Индекс",
    fact: "Факт",
  },
} as const;

type Host = { values(sheet: string): unknown[][] };

/** The cells of the tile whose title is `title`: the address of each line's value. */
async function tileCells(page: Page, sheet: string, title: string) {
  const values = await page.evaluate(
    (s) => (window as unknown as { sandboxHost: Host }).sandboxHost.values(s),
    sheet
  );
  for (let r = 0; r < values.length; r++)
    for (let c = 0; c < (values[r]?.length ?? 0); c++) {
      if (values[r][c] !== title) continue;
      const col = String.fromCharCode(66 + c); // the value column, right of the labels
      return { fact: `${col}${r + 2}`, plan: `${col}${r + 3}`, index: `${col}${r + 4}` };
    }
  throw new Error(`no tile “${title}” on ${sheet}`);
}

/** The ranking chart's accessible name: its title and every bar's value. */
async function rankingChart(page: Page): Promise<string> {
  const chart = page.locator('svg[data-chart="KpiDashboardRanking"]');
  await chart.waitFor();
  return (await chart.getAttribute("aria-label")) ?? "";
}

async function openSheet(page: Page, sheet: string) {
  await page.getByRole("navigation").getByRole("button", { name: sheet, exact: true }).click();
  await page.waitForFunction(
    (s) => document.querySelector("table.grid")?.getAttribute("data-sheet") === s,
    sheet
  );
}

describe.each(["en", "ru"] as const)("the dashboard in %s", (lang) => {
  const w = WORDS[lang];

  it("builds from the open matrix, follows a typed fact, and shows its charts", async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1900, height: 1000 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${suite.base}sandbox.html?lang=${lang}`);
    await page.addStyleTag({ content: ".sandbox aside { width: 320px; }" });
    const pane: Locator = page.getByRole("complementary", { name: w.pane });
    await pane.getByRole("tab", { name: w.matrix }).click();
    await pane.getByLabel(w.template).selectOption({ label: w.role });
    await pane.getByLabel(w.base).fill("50000");
    await pane.getByRole("button", { name: w.build }).click();
    await pane.getByText(w.built).waitFor();
    const cells = await matrixCells(page, w.role);
    for (const [i, fact] of ["105%", "98%", "0.4%", "92%", "3%"].entries())
      await typeInCell(page, cells.rows[i].fact, fact);
    await expectCell(page, cells.total, /^100\.6%$/);

    // Build dashboard: the grid shows the new sheet, its tiles, lights and the ranking chart.
    await pane.getByRole("button", { name: w.dashboard }).click();
    await pane.getByText(w.done).waitFor();
    await page.waitForFunction(
      (s) => document.querySelector("table.grid")?.getAttribute("data-sheet") === s,
      w.sheet
    );
    // The tiles' titles are the matrix's KPI names (column A of each KPI row).
    const matrixValues = await page.evaluate(
      (sheet) => (window as unknown as { sandboxHost: Host }).sandboxHost.values(sheet),
      cells.sheet
    );
    const firstRow = Number(cells.rows[0].fact.replace(/^[A-Z]+/, "")) - 1;
    const name = String(matrixValues[firstRow][0]);
    const first = await tileCells(page, w.sheet, name);
    await expectCell(page, first.index, /^●?105(\.0)?%$/);
    const light = () =>
      page.locator(`td[data-address="${first.index}"] .cell-icon`).getAttribute("data-icon");
    expect(await light()).toBe("green");
    expect(await page.locator("td .cell-icon").count()).toBeGreaterThanOrEqual(6);
    const before = await rankingChart(page);
    expect(before).toContain("100.6%");
    await page.evaluate(() => document.querySelector(".grid-scroll")?.scrollTo(0, 0));
    await page.screenshot({ path: `${DOCS}/dashboard-${lang}.png` });
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A fact typed in the matrix moves the tile and the chart (they refer to its cells).
    await openSheet(page, cells.sheet);
    await typeInCell(page, cells.rows[0].fact, "80%");
    await openSheet(page, w.sheet);
    await expectCell(page, first.fact, /^80(\.0)?%$/);
    await expectCell(page, first.index, /^●?80(\.0)?%$/);
    expect(await light()).not.toBe("green");
    const after = await rankingChart(page);
    expect(after).not.toEqual(before);
    expect(after).not.toContain("100.6%");

    // The pane itself at 320 px, for the README.
    await pane
      .getByRole("button", { name: w.dashboard })
      .evaluate((e) => e.scrollIntoView({ block: "center" }));
    await page.waitForTimeout(150);
    await page.locator("aside").screenshot({ path: `${DOCS}/dashboard-pane-${lang}.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});
