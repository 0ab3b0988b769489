/** The Matrix tab's visual cards of an opened matrix (going to their rows) and the sortable team list. */
import "./support/dom";
import * as React from "react";
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { Matrix } from "../../src/core/matrix/types";
import { callsTo, memoryHost, type MemoryHost } from "./support/memoryHost";
import { openTab } from "./support/tabs";
import { SALES } from "./support/app";

// Chunks load on demand and the machine may be busy: give the pane time to answer.
configure({ asyncUtilTimeout: 8000 });
jest.setTimeout(30000);

const MATRIX: Matrix = {
  name: "KPI — Anna",
  employee: "Anna",
  period: "March",
  scale: [],
  rows: [
    {
      code: "SALES_VOL",
      name: "Sales volume",
      method: "ratio",
      weight: 0.6,
      plan: 800,
      fact: 1120,
    },
    { code: "NPS", name: "NPS", unit: "%", method: "ratio", weight: 0.4, plan: 0.5, fact: 0.4 },
  ],
};

/** Opens the Matrix tab, and the sheet "Anna" in it when the workbook has it. */
async function open(host: MemoryHost, language: "en" | "ru" = "en") {
  render(<App host={host} language={language} theme="light" />);
  await waitFor(() => expect(screen.queryByText(/^(Loading…|Загрузка…)$/)).toBeNull());
  await openTab(language === "en" ? "Matrix" : "Матрица");
  const panel = screen.getByRole("tabpanel");
  if (host.matrices.has("Anna")) {
    // The first "Matrix" picker of the tab is the form's target (other panels have their own).
    const [target] = await within(panel).findAllByRole("combobox", {
      name: language === "en" ? "Matrix" : "Матрица",
    });
    await waitFor(() =>
      expect(within(target).queryByRole("option", { name: /Anna/ })).not.toBeNull()
    );
    fireEvent.change(target, { target: { value: "Anna" } });
  }
  return panel;
}

function withMatrix(): MemoryHost {
  const host = memoryHost({ cards: [SALES] });
  host.matrices.set("Anna", { ...MATRIX, sheet: "Anna" });
  host.indices = new Map([["Anna", [1.4, 0.8]]]);
  return host;
}

test("a card per KPI: fact against plan, the true index, the bar capped, and a click goes to the sheet", async () => {
  const host = withMatrix();
  const panel = await open(host);
  const sales = await within(panel).findByRole(
    "button",
    {
      name: /^Sales volume\s*Fact 1,120\s*Plan 800\s*140\s%\s*No status\s*Go to its row/,
    },
    { timeout: 5000 }
  );
  expect(sales.textContent).toContain("140");
  // The bar is full, not 140 % wide; the words carry the true percent.
  const bars = panel.querySelectorAll('[role="progressbar"]');
  expect(bars.length).toBeGreaterThanOrEqual(2);
  expect(
    [...bars].some(
      (b) => b.getAttribute("aria-valuenow") === "1" && b.getAttribute("aria-valuemax") === "1"
    )
  ).toBe(true);
  within(panel).getByRole("button", { name: /^NPS\s*Fact 40\s%\s*Plan 50\s%\s*80\s%\s*No status/ });
  fireEvent.click(sales);
  await waitFor(() => expect(callsTo(host, "goTo")).toHaveLength(1));
  expect(callsTo(host, "goTo")[0][0]).toMatchObject({ sheet: "Anna" });
  // The keyboard does the same.
  fireEvent.keyDown(within(panel).getByRole("button", { name: /^NPS\s*Fact/ }), { key: "Enter" });
  await waitFor(() => expect(callsTo(host, "goTo")).toHaveLength(2));
});

test("facts typed in the workbook move the cards", async () => {
  const host = withMatrix();
  const panel = await open(host);
  await within(panel).findByRole("button", { name: /^Sales volume.*140\s%/ }, { timeout: 5000 });
  host.indices = new Map([["Anna", [0.95, 0.8]]]);
  host.matrices.set("Anna", {
    ...MATRIX,
    sheet: "Anna",
    rows: [{ ...MATRIX.rows[0], fact: 760 }, MATRIX.rows[1]],
  });
  act(() => host.edit());
  await within(panel).findByRole(
    "button",
    { name: /^Sales volume\s*Fact 760.*95\s%/ },
    { timeout: 3000 }
  );
});

test("the team list sorts by each column both ways and opens a person's matrix", async () => {
  const host = withMatrix();
  host.team = {
    sheet: "Bonus register",
    rows: [
      { employee: "Anna", score: 1.04, status: 3, bonus: 52000, matrixSheet: "Anna" },
      { employee: "Boris", score: 0.8, status: "red", bonus: 0, matrixSheet: "Boris" },
      { employee: "Carl", score: 0.93, status: "amber", bonus: 25000 },
    ],
  };
  const panel = await open(host);
  const table = await within(panel).findByRole("table", { name: "Team" }, { timeout: 5000 });
  const order = () =>
    within(table)
      .getAllByRole("row")
      .slice(1)
      .map((r) => within(r).getAllByRole("cell")[0].textContent);
  expect(order()).toEqual(["Anna", "Boris", "Carl"]);
  // Colour is never alone: the status is a word too.
  expect(within(table).getByText("On track")).toBeTruthy();
  expect(within(table).getByText("Off track")).toBeTruthy();

  fireEvent.click(within(panel).getByRole("button", { name: "Sort by Score, ascending" }));
  expect(order()).toEqual(["Boris", "Carl", "Anna"]);
  expect(within(table).getByRole("columnheader", { name: /Score/ }).getAttribute("aria-sort")).toBe(
    "ascending"
  );
  fireEvent.click(within(panel).getByRole("button", { name: "Sort by Score, descending" }));
  expect(order()).toEqual(["Anna", "Carl", "Boris"]);
  fireEvent.click(within(panel).getByRole("button", { name: "Sort by Bonus, ascending" }));
  expect(order()).toEqual(["Boris", "Carl", "Anna"]);
  fireEvent.click(within(panel).getByRole("button", { name: "Sort by Status, ascending" }));
  expect(order()).toEqual(["Boris", "Carl", "Anna"]);
  fireEvent.click(within(panel).getByRole("button", { name: "Sort by Employee, ascending" }));
  fireEvent.click(within(panel).getByRole("button", { name: "Sort by Employee, descending" }));
  expect(order()).toEqual(["Carl", "Boris", "Anna"]);

  fireEvent.click(within(table).getByRole("button", { name: "Open the matrix of Boris" }));
  await waitFor(() =>
    expect(callsTo(host, "goTo")).toContainEqual([{ sheet: "Boris", address: "A1" }])
  );
  // Nobody's matrix to open: the button says so and goes nowhere.
  fireEvent.click(within(table).getByRole("button", { name: "Carl has no matrix sheet." }));
  expect(callsTo(host, "goTo")).toHaveLength(1);
});

test("in Russian the statuses and sort buttons speak Russian", async () => {
  const host = withMatrix();
  host.team = {
    sheet: "Ведомость премий",
    rows: [{ employee: "Вера", score: 0.8, status: "red", bonus: 0, matrixSheet: "Anna" }],
  };
  await open(host, "ru");
  const table = await screen.findByRole("table", { name: "Команда" }, { timeout: 5000 });
  within(table).getByText("Отстаёт");
  screen.getByRole("button", { name: "Сортировать по столбцу «Результат» по возрастанию" });
});

test("a new matrix shows no cards, and a workbook without a register no team list", async () => {
  const host = withMatrix();
  const panel = await open(host);
  await within(panel).findByRole("button", { name: /^Sales volume\s*Fact/ });
  fireEvent.change(within(panel).getAllByRole("combobox", { name: "Matrix" })[0], {
    target: { value: "" },
  });
  await waitFor(() =>
    expect(within(panel).queryByRole("button", { name: /^Sales volume\s*Fact/ })).toBeNull()
  );
  expect(within(panel).queryByRole("table", { name: "Team" })).toBeNull();
});

test("a workbook that cannot be read says so in the pane's language", async () => {
  const host = withMatrix();
  host.readTeam = async () => {
    throw new Error("GeneralException");
  };
  await open(host, "ru");
  await screen.findByText(/Не удалось прочитать книгу/);
});
