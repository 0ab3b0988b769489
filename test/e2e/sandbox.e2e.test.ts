// The whole task pane flow in Chromium on the sandbox page: cards from the library, a store
// director's matrix from its template, facts typed in the grid recalculating index, total and
// bonus, Russian, the check flagging weights of 95 %, and axe-core finding nothing serious.
import type { Page } from "playwright-core";
import { browserSuite } from "./support/suite";
import {
  expectCell,
  matrixCells,
  seriousA11yViolations,
  typeInCell,
  type MatrixCells,
} from "./sandbox-helpers";

const SHOTS = "test-output/screenshots";
const suite = browserSuite(SHOTS);

/** Scrolls the task pane back to its top, so screenshots show its header and tabs. */
async function paneToTop(page: Page) {
  await page.evaluate(() => document.querySelector("aside")?.scrollTo(0, 0));
}

/** Opens the sandbox in a fresh page; fails the test on any page error. */
async function openSandbox(query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await suite.browser.newPage({ viewport: { width: 1500, height: 940 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${suite.base}sandbox.html${query}`);
  return { page, errors };
}

/** Builds the store director's matrix from its template with a bonus base, in the pane's language. */
async function buildStoreDirector(
  page: Page,
  t: { template: string; base: string; build: string }
) {
  await page.getByLabel(t.template).selectOption({ index: 1 });
  await page.getByLabel(t.base).fill("50000");
  await page.getByRole("button", { name: t.build }).click();
}

/** Types the five facts of the store director's matrix (percentages, as Excel users type them). */
async function typeFacts(page: Page, cells: MatrixCells, facts: string[]) {
  for (const [i, fact] of facts.entries()) await typeInCell(page, cells.rows[i].fact, fact);
}

it("builds a store director's matrix from library cards and recalculates as facts are typed", async () => {
  const { page, errors } = await openSandbox("?lang=en");
  const pane = page.getByRole("complementary", { name: "Task pane" });

  // Cards from the library: the card table appears in the workbook.
  await pane.getByRole("button", { name: "From library" }).click();
  const library = page.getByRole("dialog", { name: "KPI library" });
  for (const name of ["Sales volume", "Average check", "Traffic"]) {
    await library.getByRole("checkbox", { name }).check();
  }
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/sandbox-en-library.png` });
  await library.getByRole("button", { name: "Add 3 cards" }).click();
  await pane.getByText("3 cards added from the library.").waitFor();
  expect(await pane.getByRole("list", { name: "Cards" }).getByRole("listitem").count()).toBe(3);
  await page.getByRole("button", { name: "KPI Cards" }).waitFor();
  await paneToTop(page);
  await page.screenshot({ path: `${SHOTS}/sandbox-en-cards.png` });

  // The editor explains what is wrong on each field, and stays accessible while it does.
  await pane.getByRole("button", { name: "New card" }).click();
  const editor = page.getByRole("dialog", { name: "New card" });
  await editor.getByRole("textbox", { name: /Code/ }).fill("SALES_VOL");
  await editor.getByRole("textbox", { name: "Plan" }).fill("12x");
  await editor.getByRole("button", { name: "Save" }).click();
  await editor.getByText("Code SALES_VOL is already used.").waitFor();
  await editor.getByText("Enter a name.").waitFor();
  await page.screenshot({ path: `${SHOTS}/sandbox-en-editor.png` });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await editor.getByRole("button", { name: "Cancel" }).click();
  await editor.waitFor({ state: "detached" });

  // The store director's template: weights total 100 %; building adds its cards and the sheet.
  await pane.getByRole("tab", { name: "Matrix" }).click();
  await pane.getByLabel("Role template").selectOption({ label: "Store director" });
  await pane.getByText("Total of weights: 100 %").waitFor();
  await pane.getByRole("textbox", { name: "Period", exact: true }).fill("March 2026");
  await buildStoreDirector(page, {
    template: "Role template",
    base: "Bonus base",
    build: "Build the matrix",
  });
  await pane.getByText(/The matrix is on the sheet “Store director”/).waitFor();
  expect(await pane.getByText(/5 cards of the template added/).count()).toBe(1);

  const cells = await matrixCells(page, "Store director");
  expect(cells.rows).toHaveLength(5);
  await expectCell(page, cells.rows[0].index, "");
  await typeInCell(page, cells.rows[0].fact, "105%");
  await expectCell(page, cells.rows[0].index, /^105(\.0)?%$/);
  // KPI.WEIGHTED (strict) waits for every fact: the total is #N/A until then.
  await expectCell(page, cells.total, "#N/A");
  await typeFacts(page, cells, ["105%", "98%", "0.4%", "92%", "3%"]);
  // Indices: 1.05, 0.98, 1.2, 1.1, 0.667; weighted 0.4/0.2/0.15/0.1/0.15 → 100.6 %.
  await expectCell(page, cells.total, /^100\.6%$/);
  await expectCell(page, cells.bonus, /^50,000(\.00)?$/);
  await paneToTop(page);
  await page.screenshot({ path: `${SHOTS}/sandbox-en-matrix.png` });

  // Better results move the total past the 110 % step of the scale: the bonus follows.
  await typeInCell(page, cells.rows[0].fact, "120%");
  await typeInCell(page, cells.rows[3].fact, "100%");
  await expectCell(page, cells.total, /^110\.6%$/);
  await expectCell(page, cells.bonus, /^60,000(\.00)?$/);
  await expectCell(page, cells.rows[0].status, "green");
  await paneToTop(page);
  await page.screenshot({ path: `${SHOTS}/sandbox-en-matrix-updated.png` });
  expect(await seriousA11yViolations(page)).toEqual([]);

  // Rebuilding from the pane updates the sheet in place and keeps the typed facts.
  await pane.getByRole("button", { name: "Update the matrix" }).click();
  await pane.getByText(/is updated; everything typed in the sheet is kept/).waitFor();
  await expectCell(page, cells.total, /^110\.6%$/);

  // Weights edited by hand to 95 %: the check says so and takes the user to the cell.
  await typeInCell(page, cells.rows[0].weight, "35%");
  await pane.getByRole("tab", { name: "Check" }).click();
  const finding = pane.getByRole("listitem").filter({ hasText: "Weights total 95 %, not 100 %." });
  await finding.waitFor();
  await finding.getByRole("button", { name: /^Go to / }).click();
  await page.waitForFunction(
    (address) => document.querySelector("td.selected")?.getAttribute("data-address") === address,
    cells.weightTotal
  );
  await paneToTop(page);
  await page.screenshot({ path: `${SHOTS}/sandbox-en-check.png` });
  expect(await seriousA11yViolations(page)).toEqual([]);

  // The Share tab loads the portable-copy tools on demand (a separate chunk).
  await pane.getByRole("tab", { name: "Share" }).click();
  await pane.getByRole("button", { name: "Make portable…" }).waitFor();
  await pane.getByRole("tab", { name: "Check" }).click();

  // The visible switch turns the whole pane Russian.
  await pane.getByLabel("Language").selectOption("ru");
  await pane.getByRole("tab", { name: "Проверка" }).waitFor();
  expect(await pane.getByRole("tab", { name: "Карточки" }).count()).toBe(1);
  await pane.getByText("Сумма весов 95 %, а не 100 %.").waitFor();
  await paneToTop(page);
  await page.screenshot({ path: `${SHOTS}/sandbox-ru-check.png` });
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

it("keeps plans typed in the sheet and the scale mode through updates; a blocked update says why", async () => {
  const { page, errors } = await openSandbox("?lang=en");
  const pane = page.getByRole("complementary", { name: "Task pane" });
  await pane.getByRole("tab", { name: "Matrix" }).click();
  await pane.getByLabel("Role template").selectOption({ label: "Head of logistics" });
  await pane.getByLabel("Bonus base").fill("50000");
  await pane.getByLabel("Scale mode").selectOption("linear");
  await pane.getByRole("button", { name: "Build the matrix" }).click();
  await pane.getByText(/The matrix is on the sheet “Head of logistics”/).waitFor();
  const cells = await matrixCells(page, "Head of logistics");
  // The template ships two KPIs without a plan: the economist types them in the sheet.
  await typeInCell(page, cells.rows[3].plan, "45");
  await typeInCell(page, cells.rows[4].plan, "5%");
  await typeFacts(page, cells, ["95%", "96%", "5%", "40", "4%"]);
  // Indices 1, 1.1, 1, 1.125, 1.25 → 106.875 %; linear between the 100 % and 110 % steps.
  await expectCell(page, cells.total, /^106\.9%$/);
  await expectCell(page, cells.bonus, /^56,875(\.00)?$/);

  await pane.getByRole("button", { name: "Update the matrix" }).click();
  await pane.getByText(/is updated; everything typed in the sheet is kept/).waitFor();
  await expectCell(page, cells.rows[3].plan, "45");
  await expectCell(page, cells.rows[4].plan, /^5(\.0)?%$/);
  await expectCell(page, cells.total, /^106\.9%$/);
  await expectCell(page, cells.bonus, /^56,875(\.00)?$/);

  // Reopening the matrix reads its scale mode back; another update leaves the bonus alone.
  await pane.getByRole("combobox", { name: "Matrix", exact: true }).selectOption({ index: 0 });
  await pane
    .getByRole("combobox", { name: "Matrix", exact: true })
    .selectOption({ label: "Head of logistics" });
  await expect(pane.getByLabel("Scale mode").inputValue()).resolves.toBe("linear");
  await pane.getByRole("button", { name: "Update the matrix" }).click();
  await pane.getByText(/is updated; everything typed in the sheet is kept/).waitFor();
  await expectCell(page, cells.bonus, /^56,875(\.00)?$/);

  // Weights of 95 % block the update, and the reason is next to the button.
  await pane.getByLabel("Weight of On-time deliveries, %").fill("20");
  await pane.getByRole("button", { name: "Update the matrix" }).click();
  await pane.getByText("The weights total 95 %; they must total 100 %.").first().waitFor();
  expect(await page.locator("#matrix-blocked").innerText()).toMatch(/95\s%/);
  await expectCell(page, cells.rows[1].weight, /^25%$/);
  await paneToTop(page);
  await page.screenshot({ path: `${SHOTS}/sandbox-en-logistics.png` });
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

it("builds every matrix of a small staff and a live bonus register from the staff table", async () => {
  const { page, errors } = await openSandbox("?lang=en");
  const pane = page.getByRole("complementary", { name: "Task pane" });
  await pane.getByRole("tab", { name: "Matrix" }).click();
  await pane.getByRole("button", { name: "Create the staff table" }).click();
  await page.getByRole("button", { name: "Staff", exact: true }).waitFor();
  // Three people typed under the table's header: it grows with them, as in Excel.
  const people = [
    ["Anna Ivanova", "Sales clerk", "Store 1", "30000"],
    ["Boris Petrov", "Store director", "Store 1", "50000"],
    ["Gleb Orlov", "no such role", "Store 2", "20000"],
  ];
  for (const [i, [name, position, unit, base]] of people.entries()) {
    await typeInCell(page, `A${i + 2}`, name);
    await typeInCell(page, `B${i + 2}`, position);
    await typeInCell(page, `C${i + 2}`, unit);
    await typeInCell(page, `E${i + 2}`, base);
  }
  await pane.getByText(/3 people in the staff table/).waitFor();
  await pane.getByLabel("Period of the matrices").fill("March 2026");
  await pane.getByRole("button", { name: "Build for everyone" }).click();
  await pane.getByText(/2 new matrices, 0 updated/).waitFor();
  await pane
    .getByText(/No matrix for: Gleb Orlov \(no role template called “no such role”\)/)
    .waitFor();
  // The register is on screen: Boris's row follows his matrix live.
  await page.getByRole("button", { name: "Bonus register", exact: true }).waitFor();
  const boris = await matrixCells(page, "Boris Petrov");
  await page.getByRole("button", { name: "Boris Petrov", exact: true }).click();
  await typeFacts(page, boris, ["105%", "98%", "0.4%", "92%", "3%"]);
  await expectCell(page, boris.total, /^100\.6%$/);
  await page.getByRole("button", { name: "Bonus register", exact: true }).click();
  await expectCell(page, "D8", /^100\.6%$/);
  await expectCell(page, "F8", /^50,000(\.00)?$/);
  await paneToTop(page);
  await page.screenshot({ path: `${SHOTS}/sandbox-en-team.png` });
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});

it("works in Russian from the start, with Russian sheets, and stays accessible in the dark theme", async () => {
  const { page, errors } = await openSandbox("?lang=ru");
  const pane = page.getByRole("complementary", { name: "Панель задач" });
  await pane.getByRole("tab", { name: "Матрица" }).click();
  await pane.getByLabel("Шаблон должности").selectOption({ label: "Директор магазина" });
  await pane.getByText("Сумма весов: 100 %").waitFor();
  await pane.getByRole("textbox", { name: "Период", exact: true }).fill("Март 2026");
  await buildStoreDirector(page, {
    template: "Шаблон должности",
    base: "База премии",
    build: "Построить матрицу",
  });
  await pane.getByText(/Матрица на листе «Директор магазина»/).waitFor();
  const cells = await matrixCells(page, "Директор магазина");
  await typeFacts(page, cells, ["105%", "98%", "0,4%", "92%", "3%"]);
  await expectCell(page, cells.total, /^100\.6%$/);
  await page.getByRole("button", { name: "Карточки KPI" }).waitFor();
  await paneToTop(page);
  await page.screenshot({ path: `${SHOTS}/sandbox-ru-matrix.png` });
  expect(await seriousA11yViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();

  const dark = await openSandbox("?lang=en&theme=dark");
  await dark.page.getByRole("tab", { name: "Matrix" }).click();
  await dark.page.getByLabel("Role template").selectOption({ label: "Store director" });
  await dark.page.screenshot({ path: `${SHOTS}/sandbox-en-dark.png` });
  expect(await seriousA11yViolations(dark.page)).toEqual([]);
  expect(dark.errors).toEqual([]);
  await dark.page.close();
});

it("fits a 320 px task pane in Russian and in English without scrolling sideways", async () => {
  for (const lang of ["ru", "en"]) {
    const { page, errors } = await openSandbox(`?lang=${lang}`);
    await page.addStyleTag({ content: ".sandbox aside { width: 320px; }" });
    const pane = page.getByRole("complementary");
    for (const tab of await pane.getByRole("tab").all()) {
      await tab.click();
      const overflow = await page.evaluate(() => {
        const aside = document.querySelector("aside")!;
        return aside.scrollWidth - aside.clientWidth;
      });
      expect({ lang, tab: await tab.innerText(), overflow }).toEqual({
        lang,
        tab: await tab.innerText(),
        overflow: 0,
      });
    }
    expect(errors).toEqual([]);
    await page.close();
  }
});

it("gives the focus back to the button that opened a dialog, for keyboard users", async () => {
  const { page, errors } = await openSandbox("?lang=en");
  const pane = page.getByRole("complementary", { name: "Task pane" });
  const focused = () => page.evaluate(() => document.activeElement?.textContent ?? "");
  for (const [opener, dialog] of [
    ["From library", "KPI library"],
    ["New card", "New card"],
  ]) {
    await pane.getByRole("button", { name: opener }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("dialog", { name: dialog }).waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await page
      .waitForFunction((name) => document.activeElement?.textContent === name, opener, {
        timeout: 2000,
      })
      .catch(() => undefined);
    expect(await focused()).toBe(opener);
  }
  expect(errors).toEqual([]);
  await page.close();
});

it("lets a keyboard user leave the grid: F6 goes to the task pane, as in Excel", async () => {
  const { page, errors } = await openSandbox("?lang=en");
  const inPane = () => page.evaluate(() => !!document.activeElement?.closest("aside"));
  await page.locator("td[data-address]").first().click();
  await page.keyboard.press("Tab");
  expect(await inPane()).toBe(false); // Tab moves the selection, as in Excel
  await page.keyboard.press("F6");
  expect(await inPane()).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});
