// The pane a newcomer sees, in Chromium on the sandbox page at 320 px: the welcome and its sample
// workbook, the visual cards of the store director's matrix and the team list (en and ru, with
// README screenshots), four tabs on one line with no clipped label, axe finding nothing serious,
// a formula typed into the empty workbook computed at once, and Build a few Tabs after Period.
import type { Locator, Page } from "playwright-core";
import { browserSuite } from "./support/suite";
import { expectCell, seriousA11yViolations, typeInCell } from "./sandbox-helpers";

const DOCS = "docs/screenshots";
const suite = browserSuite(DOCS);

const WORDS = {
  en: {
    pane: "Task pane",
    sample: "Open a sample workbook",
    built: /The sample is in the workbook/,
    cards: /^KPIs of /,
    team: "Team",
    sortScore: "Sort by Score, descending",
    matrix: "Matrix",
    period: "Period",
    build: "Build the matrix",
    template: "Build from a role template",
    templatePicker: "Role template",
  },
  ru: {
    pane: "Панель задач",
    sample: "Открыть пример книги",
    built: /Пример в книге/,
    cards: /^Показатели: /,
    team: "Команда",
    sortScore: "Сортировать по столбцу «Результат» по убыванию",
    matrix: "Матрица",
    period: "Период",
    build: "Построить матрицу",
    template: "Построить по шаблону должности",
    templatePicker: "Шаблон должности",
  },
} as const;

/** The sandbox with a 320 px task pane (Excel's narrowest); fails the test on any page error. */
async function openPane(
  lang: "en" | "ru"
): Promise<{ page: Page; pane: Locator; errors: string[] }> {
  const page = await suite.browser.newPage({ viewport: { width: 1200, height: 940 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${suite.base}sandbox.html?lang=${lang}`);
  await page.addStyleTag({ content: ".sandbox aside { width: 320px; }" });
  const pane = page.getByRole("complementary", { name: WORDS[lang].pane });
  await pane.getByRole("tab").first().waitFor();
  return { page, pane, errors };
}

/** Tabs that do not sit on one line with the first, or whose box is taller than one line. */
async function wrappedTabs(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const tabs = [...document.querySelectorAll<HTMLElement>('aside [role="tab"]')];
    const first = tabs[0].getBoundingClientRect();
    return tabs
      .filter((t) => {
        const r = t.getBoundingClientRect();
        const label = t.querySelector<HTMLElement>(
          ".fui-Tab__content:not(.fui-Tab__content--reserved-space)"
        );
        const lineHeight = parseFloat(getComputedStyle(label ?? t).lineHeight);
        const labelBox = (label ?? t).getBoundingClientRect();
        return (
          Math.abs(r.top - first.top) > 1 ||
          labelBox.height > lineHeight * 1.5 ||
          r.right > document.querySelector("aside")!.getBoundingClientRect().right
        );
      })
      .map((t) => t.innerText);
  });
}

/** Visible labels in the pane (tabs, buttons, field labels, badges) whose text is cut off. */
async function clippedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = [
      '[role="tab"] .fui-Tab__content',
      "button",
      "label",
      ".fui-Badge",
      "option",
    ].join(",");
    return [...document.querySelectorAll<HTMLElement>(`aside ${selector}`)]
      .filter(
        (e) =>
          e.offsetParent !== null &&
          (e.scrollWidth > e.clientWidth + 1 ||
            // A badge is one line: text wrapped inside it spills out of its box.
            (e.classList.contains("fui-Badge") && e.scrollHeight > e.clientHeight + 1))
      )
      .map((e) => `${e.tagName} “${e.innerText.trim()}” ${e.scrollWidth} > ${e.clientWidth}`);
  });
}

/** How far the pane scrolls sideways (0: everything fits its width). */
async function sideways(page: Page): Promise<number> {
  return page.evaluate(() => {
    const aside = document.querySelector("aside")!;
    return aside.scrollWidth - aside.clientWidth;
  });
}

/** Scrolls the pane so `target` is at its top, and screenshots the pane. */
async function shootPane(page: Page, target: Locator, file: string) {
  await target.evaluate((e) => e.scrollIntoView({ block: "start" }));
  await page.waitForTimeout(150);
  await page.locator("aside").screenshot({ path: `${DOCS}/${file}` });
}

describe.each(["en", "ru"] as const)("the first start in %s", (lang) => {
  const w = WORDS[lang];

  it("fits 320 px: every tab on one line, no label cut off, nothing serious for axe", async () => {
    const { page, pane, errors } = await openPane(lang);
    expect(await wrappedTabs(page)).toEqual([]);
    expect(await clippedLabels(page)).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    for (const tab of await pane.getByRole("tab").all()) {
      await tab.click();
      await page.waitForTimeout(300);
      expect({ tab: await tab.innerText(), wrapped: await wrappedTabs(page) }).toEqual({
        tab: await tab.innerText(),
        wrapped: [],
      });
      expect(await clippedLabels(page)).toEqual([]);
      expect(await sideways(page)).toBe(0);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the welcome's sample shows the store director's cards and a sortable team", async () => {
    const { page, pane, errors } = await openPane(lang);
    await pane.getByRole("button", { name: w.sample }).click();
    await pane.getByText(w.built).waitFor({ timeout: 30000 });
    // The Matrix tab opens the sample's matrix: its cards, with facts, statuses and the total.
    const cards = pane.getByRole("heading", { name: w.cards });
    await cards.waitFor();
    const tiles = pane.getByRole("list", { name: w.cards }).getByRole("button");
    expect(await tiles.count()).toBe(5);
    // Each tile says its status in a word, not in colour alone.
    const statusWords = lang === "en" ? /On track|At risk|Off track/ : /В норме|Есть риск|Отстаёт/;
    for (const tile of await tiles.all()) expect(await tile.innerText()).toMatch(statusWords);
    expect(await wrappedTabs(page)).toEqual([]);
    expect(await clippedLabels(page)).toEqual([]);
    expect(await sideways(page)).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shootPane(page, cards, `cards-${lang}.png`);

    // The tiles are one Tab stop; the arrow keys move between them.
    await tiles.first().focus();
    await page.keyboard.press("ArrowRight");
    expect(await tiles.nth(1).evaluate((e) => e === document.activeElement)).toBe(true);
    await page.keyboard.press("Tab");
    expect(
      await page.evaluate(() => !!document.activeElement?.closest('ul[aria-label] [role="button"]'))
    ).toBe(false);

    // A tile goes to its KPI's row in the sheet; typing a fact in the grid moves the tile.
    const rows = await page.evaluate(async () => {
      const host = (
        window as unknown as {
          sandboxHost: {
            activeSheet: string;
            readMatrix(s: string): Promise<{ at: { rows: { code: string; fact: string }[] } }>;
          };
        }
      ).sandboxHost;
      return (await host.readMatrix(host.activeSheet)).at.rows;
    });
    await tiles.nth(2).click();
    await page.waitForFunction(
      (code) => document.querySelector("td.selected")?.getAttribute("data-address") === code,
      rows[2].code
    );
    const before = await tiles.first().innerText();
    await typeInCell(page, rows[0].fact, "150%");
    await page.waitForFunction(
      (old) =>
        (document.querySelector('aside ul[aria-label] [role="button"]') as HTMLElement | null)
          ?.innerText !== old,
      before,
      { timeout: 5000 }
    );
    expect(await tiles.first().innerText()).toMatch(/150/);

    // The team list: four store directors, sortable, a name opening that matrix.
    const team = pane.getByRole("table", { name: w.team });
    await team.waitFor();
    const names = () =>
      team
        .locator("tbody tr")
        .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).querySelector("td")!.innerText));
    expect(await names()).toHaveLength(4);
    await pane
      .getByRole("button", {
        name: w.sortScore.replace(/descending|по убыванию/, (m) =>
          m === "descending" ? "ascending" : "по возрастанию"
        ),
      })
      .click();
    await pane.getByRole("button", { name: w.sortScore }).click();
    const sorted = await names();
    expect(await team.locator("th[aria-sort=descending]").count()).toBe(1);
    expect(await clippedLabels(page)).toEqual([]);
    expect(await sideways(page)).toBe(0);
    // Four columns within the panel's width (not spilling into its padding).
    expect(
      await team.evaluate((t) => t.getBoundingClientRect().width - t.parentElement!.clientWidth)
    ).toBeLessThanOrEqual(0.5);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shootPane(
      page,
      pane.getByRole("heading", { name: w.team, exact: true }),
      `team-list-${lang}.png`
    );
    await team.getByRole("button", { name: new RegExp(sorted[0]) }).click();
    await page.waitForFunction(
      (name) => document.querySelector('.sheet-tabs [aria-current="page"]')?.textContent === name,
      sorted[0]
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});

it("a KPI formula typed into the empty sandbox is computed at once", async () => {
  const { page, errors } = await openPane("en");
  await typeInCell(page, "B2", "=KPI.INDEX(1100,1000)");
  await expectCell(page, "B2", /^1\.1/);
  await page.getByRole("button", { name: "Sheet1" }).waitFor();
  expect(errors).toEqual([]);
  await page.close();
});

it("the welcome's role template path lands on the picker, and Build is a few Tabs after Period", async () => {
  const { page, pane, errors } = await openPane("ru");
  const w = WORDS.ru;
  await pane.getByRole("button", { name: w.template }).click();
  await page.waitForFunction(() => document.activeElement?.tagName === "SELECT", null, {
    timeout: 5000,
  });
  expect(
    await pane.getByLabel(w.templatePicker).evaluate((e) => e === document.activeElement)
  ).toBe(true);
  await pane.getByLabel(w.templatePicker).selectOption({ index: 1 });
  await pane.getByRole("textbox", { name: w.period }).focus();
  let presses = 0;
  const onBuild = () =>
    page.evaluate((name) => document.activeElement?.textContent === name, w.build);
  while (!(await onBuild()) && presses < 40) {
    await page.keyboard.press("Tab");
    presses += 1;
  }
  expect(await onBuild()).toBe(true);
  expect(presses).toBeLessThanOrEqual(5);
  expect(errors).toEqual([]);
  await page.close();
});
