// Helpers for driving the sandbox page (task pane beside the HyperFormula grid) in Chromium.
import { readFileSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";

/** Cell addresses of a matrix sheet, read from the page's sandbox host. */
export interface MatrixCells {
  sheet: string;
  rows: Array<Record<"fact" | "index" | "weight" | "status" | "plan", string>>;
  total: string;
  weightTotal: string;
  bonus: string;
  base: string;
}

type SandboxWindow = {
  sandboxHost: {
    listMatrices(): Promise<Array<{ sheet: string }>>;
    readMatrix(sheet: string): Promise<{
      sheet: string;
      at: {
        rows: Array<Record<string, string>>;
        total: string;
        weightTotal: string;
        bonus: string;
        base: string;
      };
    }>;
  };
};

/** The addresses of the first matrix sheet whose name contains `name`. */
export async function matrixCells(page: Page, name: string): Promise<MatrixCells> {
  return page.evaluate(async (wanted) => {
    const host = (window as unknown as SandboxWindow).sandboxHost;
    const sheets = await host.listMatrices();
    const found = sheets.find((s) => s.sheet.includes(wanted));
    if (!found) throw new Error(`no matrix sheet like ${wanted}: ${sheets.map((s) => s.sheet)}`);
    const snap = await host.readMatrix(found.sheet);
    return {
      sheet: snap.sheet,
      rows: snap.at.rows.map((r) => ({
        fact: r.fact,
        plan: r.plan,
        index: r.index,
        weight: r.weight,
        status: r.status,
      })),
      total: snap.at.total,
      weightTotal: snap.at.weightTotal,
      bonus: snap.at.bonus,
      base: snap.at.base,
    };
  }, name);
}

/** The text the grid shows in a cell of the sheet on screen. */
export async function cellText(page: Page, address: string): Promise<string> {
  return (await page.locator(`td[data-address="${address}"]`).innerText()).trim();
}

/** Types into a grid cell as a user would: click it, type, press Enter. */
export async function typeInCell(page: Page, address: string, text: string): Promise<void> {
  await page.locator(`td[data-address="${address}"]`).click();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

/** Waits until a grid cell shows `expected` (a string or a pattern). */
export async function expectCell(page: Page, address: string, expected: string | RegExp) {
  const cell = page.locator(`td[data-address="${address}"]`);
  const deadline = Date.now() + 10000;
  let text = "";
  while (Date.now() < deadline) {
    text = (await cell.innerText()).trim();
    if (typeof expected === "string" ? text === expected : expected.test(text)) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`cell ${address} shows "${text}", expected ${String(expected)}`);
}

/** Violations axe-core rates serious or critical on the whole page, as readable lines. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const axe = readFileSync(
    path.resolve(__dirname, "../../node_modules/axe-core/axe.min.js"),
    "utf8"
  );
  // Evaluated through the DevTools protocol, which the pages' Content-Security-Policy (no
  // inline scripts) does not apply to; a script tag would be refused, as it should be.
  await page.evaluate(axe);
  const violations = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run(
          context: unknown,
          options: unknown
        ): Promise<{
          violations: Array<{
            id: string;
            impact: string | null;
            help: string;
            nodes: Array<{ target: unknown[] }>;
          }>;
        }>;
      };
    };
    // Tabster's focus-trap bumpers (<i data-tabster-dummy tabindex=0 aria-hidden>) are a known
    // false positive of aria-hidden-focus (microsoft/tabster#288, microsoft/fluentui#25133;
    // Accessibility Insights suppresses them too, accessibility-insights-web#7605).
    const result = await w.axe.run(
      { exclude: [["[data-tabster-dummy]"]] },
      { resultTypes: ["violations"] }
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
    }));
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(", ")}`);
}
