/** The pane as a whole: Office's language and theme, the language switch, the check, failures. */
import "./support/dom";
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { Finding } from "../../src/core/lint/types";
import { callsTo, memoryHost } from "./support/memoryHost";
import { openTab } from "./support/tabs";

const WEIGHTS: Finding = {
  severity: "error",
  code: "weights-total",
  message: { en: "Weights total 95 %, not 100 %.", ru: "Сумма весов 95 %, а не 100 %." },
  at: { sheet: "Store director", address: "E11" },
  subject: "Store director",
};
const FACT: Finding = {
  severity: "info",
  code: "missing-fact",
  message: { en: "No fact yet for Traffic.", ru: "Нет факта по «Трафик»." },
  at: { sheet: "Store director", address: "I7" },
};

// The switch's choice is remembered in localStorage; every test starts without one.
beforeEach(() => window.localStorage.clear());

/** Renders the pane and waits until the host's first answers are in (no stray updates). */
async function renderSettled(ui: React.ReactElement) {
  const result = render(ui);
  await waitFor(() => expect(screen.queryByText("Loading…")).toBeNull());
  return result;
}

/** Every CSS rule on the page (Fluent writes its theme variables through the CSSOM). */
function cssText(): string {
  return Array.from(document.styleSheets)
    .flatMap((sheet) => Array.from(sheet.cssRules).map((rule) => rule.cssText))
    .join("\n");
}

test("follows Office's Russian display language and dark theme", async () => {
  const host = memoryHost({
    env: { kind: "office", displayLanguage: "ru-RU", lang: "ru", dark: true },
  });
  const { container } = await renderSettled(<App host={host} />);
  const provider = container.querySelector(".fui-FluentProvider") as HTMLElement;
  await waitFor(() => expect(provider.getAttribute("lang")).toBe("ru"));
  expect(screen.getByRole("tab", { name: "Карточки" })).toBeTruthy();
  expect(screen.getByRole("heading", { name: "Карточки KPI" })).toBeTruthy();
  expect((screen.getByRole("combobox", { name: "Язык" }) as HTMLSelectElement).value).toBe("ru");
  // webDarkTheme's page background is #292929, webLightTheme's #ffffff.
  const styles = cssText();
  expect(styles).toContain("--colorNeutralBackground1: #292929");
});

test("props override Office's language and theme", async () => {
  const host = memoryHost({
    env: { kind: "office", displayLanguage: "ru-RU", lang: "ru", dark: true },
  });
  await renderSettled(<App host={host} language="en" theme="light" />);
  await waitFor(() => expect(callsTo(host, "environment")).toHaveLength(1));
  expect(screen.getByRole("tab", { name: "Cards" })).toBeTruthy();
  const styles = cssText();
  expect(styles).toContain("--colorNeutralBackground1: #ffffff");
});

test("the language switch turns the whole pane Russian and back", async () => {
  await renderSettled(<App host={memoryHost()} language="en" />);
  fireEvent.change(screen.getByRole("combobox", { name: "Language" }), { target: { value: "ru" } });
  expect(screen.getByRole("tab", { name: "Матрица" })).toBeTruthy();
  expect(screen.getByRole("button", { name: "Из библиотеки" })).toBeTruthy();
  fireEvent.change(screen.getByRole("combobox", { name: "Язык" }), { target: { value: "en" } });
  expect(screen.getByRole("tab", { name: "Matrix" })).toBeTruthy();
});

test("the switch is remembered over Office's language the next time the pane opens", async () => {
  const russianOffice = {
    kind: "office" as const,
    displayLanguage: "ru-RU",
    lang: "ru" as const,
    dark: false,
  };
  const first = await renderSettled(<App host={memoryHost({ env: russianOffice })} />);
  await waitFor(() => expect(screen.getByRole("tab", { name: "Карточки" })).toBeTruthy());
  fireEvent.change(screen.getByRole("combobox", { name: "Язык" }), { target: { value: "en" } });
  first.unmount();

  await renderSettled(<App host={memoryHost({ env: russianOffice })} />);
  await waitFor(() => expect(screen.getByRole("tab", { name: "Cards" })).toBeTruthy());
  expect(screen.queryByRole("tab", { name: "Карточки" })).toBeNull();
});

test("the check runs when its tab opens, lists errors first and goes to the cell", async () => {
  const host = memoryHost({ findings: [FACT, WEIGHTS] });
  await renderSettled(<App host={host} language="en" />);
  // The check starts when the tab opens; openTab lets its answer arrive before the assertions.
  await openTab("Check");
  const list = await screen.findByRole("list", { name: "Check" });
  await waitFor(() => expect(screen.queryByText("Checking…")).toBeNull());
  const items = within(list).getAllByRole("listitem");
  expect(items.map((i) => i.textContent)).toEqual([
    expect.stringContaining("Weights total 95 %, not 100 %."),
    expect.stringContaining("No fact yet for Traffic."),
  ]);
  expect(within(items[0]).getByText("Error")).toBeTruthy();
  expect(callsTo(host, "lint")).toEqual([["workbook"]]);
  fireEvent.click(within(items[0]).getByRole("button", { name: "Go to 'Store director'!E11" }));
  await waitFor(() =>
    expect(callsTo(host, "goTo")).toEqual([[{ sheet: "Store director", address: "E11" }]])
  );
  expect(screen.getByText("2 findings")).toBeTruthy();

  fireEvent.change(screen.getByRole("combobox", { name: "Language" }), { target: { value: "ru" } });
  expect(screen.getByText("Сумма весов 95 %, а не 100 %.")).toBeTruthy();
  expect(screen.getByRole("button", { name: "Перейти к 'Store director'!E11" })).toBeTruthy();
});

test("a clean workbook says so", async () => {
  await renderSettled(<App host={memoryHost()} language="en" />);
  // The check starts when the tab opens; openTab lets its answer arrive before the assertions.
  await openTab("Check");
  expect(await screen.findByText("No problems found.")).toBeTruthy();
  await waitFor(() => expect(screen.queryByText("Checking…")).toBeNull());
});

test("a failing workbook shows what went wrong instead of throwing", async () => {
  const host = memoryHost();
  host.readCards = () => Promise.reject(new Error("The workbook is busy"));
  await renderSettled(<App host={host} language="en" />);
  expect(
    await screen.findByText("Could not read or change the workbook: The workbook is busy")
  ).toBeTruthy();
});

test("outside Excel the pane says where it works", async () => {
  const host = memoryHost();
  host.readCards = () => Promise.reject(new Error("Excel is not defined"));
  await renderSettled(<App host={host} language="en" outsideExcel />);
  expect(await screen.findByText(/This task pane works inside Excel/)).toBeTruthy();
  expect(screen.queryByText(/Excel is not defined/)).toBeNull();
});

test("the Share tab loads the portable-copy panel for this host", async () => {
  await renderSettled(<App host={memoryHost()} language="en" />);
  await openTab("Share");
  const panel = screen.getByRole("tabpanel", { name: "Share" });
  // The memory host has no portable actions, so the panel says it cannot act here.
  expect(
    await within(panel).findByText("Portable copies are not available in this window.")
  ).toBeTruthy();
});

test("the check's findings refresh when the sheet changes while its tab is open, once typing pauses", async () => {
  const host = memoryHost({ findings: [WEIGHTS] });
  await renderSettled(<App host={host} language="en" />);
  await openTab("Check");
  await screen.findByText("Weights total 95 %, not 100 %.");
  expect(callsTo(host, "lint")).toHaveLength(1);
  // The user fixes the weight in the sheet: three edits in a row, then a pause.
  host.findings = [];
  host.edit();
  host.edit();
  host.edit();
  await waitFor(() => expect(screen.getByText("No problems found.")).toBeTruthy(), {
    timeout: 3000,
  });
  expect(callsTo(host, "lint")).toHaveLength(2);
  // Another tab: edits no longer rerun the check.
  await openTab("Cards");
  host.edit();
  await new Promise((r) => setTimeout(r, 900));
  expect(callsTo(host, "lint")).toHaveLength(2);
});
