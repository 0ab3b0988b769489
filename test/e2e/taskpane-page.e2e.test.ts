// The built task pane page renders in a real browser (outside Office, Office.onReady resolves with
// no host; the page must still show the task pane instead of a blank or an exception).

import { browserSuite } from "./support/suite";

const suite = browserSuite("test-output/screenshots");

it("renders taskpane.html without a page error", async () => {
  const page = await suite.browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${suite.base}taskpane.html`);
  await page.waitForFunction(
    () => (document.getElementById("root")?.textContent ?? "").trim().length > 0,
    null,
    {
      timeout: 30000,
    }
  );
  expect(await page.locator("#root").innerText()).toMatch(/KPI/);
  expect(errors).toEqual([]);
  await page.screenshot({ path: "test-output/screenshots/taskpane-outside-office.png" });
  await page.close();
});
