// The built task pane page renders in a real browser (outside Office, Office.onReady resolves with
// no host; the page must still show the task pane instead of a blank or an exception).
import { mkdirSync } from "fs";
import type { Server } from "http";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./support/browser";
import { serveStatic } from "./support/server";

let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  ({ server, url: base } = await serveStatic());
  browser = await launchBrowser();
  mkdirSync("test-output/screenshots", { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

it("renders taskpane.html without a page error", async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${base}taskpane.html`);
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
