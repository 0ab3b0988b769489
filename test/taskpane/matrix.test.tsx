/** The Matrix tab: template, live weight total, bonus, build and update in place. */
import "./support/dom";
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { Card } from "../../src/core/card";
import { callsTo, memoryHost } from "./support/memoryHost";
import { openTab } from "./support/tabs";
import { CHECK, renderApp, SALES } from "./support/app";
import type { Matrix } from "../../src/core/matrix/types";

// Chunks load on demand and the machine may be busy: give the pane time to answer.
jest.setTimeout(30000);

async function openMatrixTab(cards: Card[] = []) {
  const host = await renderApp(cards);
  await openTab("Matrix");
  const panel = screen.getByRole("tabpanel", { name: "Matrix" });
  return { host, panel };
}

test("a role template fills cards and weights totalling 100 %", async () => {
  const { panel } = await openMatrixTab();
  fireEvent.change(within(panel).getByRole("combobox", { name: "Role template" }), {
    target: { value: "store-director" },
  });
  expect(
    (within(panel).getByRole("textbox", { name: /Employee or role/ }) as HTMLInputElement).value
  ).toBe("Store director");
  expect(
    within(panel).getByRole("textbox", { name: "Weight of Turnover plan fulfilment, %" })
  ).toBeTruthy();
  expect(within(panel).getAllByRole("textbox", { name: /^Weight of / })).toHaveLength(5);
  expect(within(panel).getByText("Total of weights: 100 %")).toBeTruthy();
  expect(within(panel).getByText("The weights total 100 %.")).toBeTruthy();
});

test("the total follows typed weights, and a build is refused until it reaches 100 %", async () => {
  const { host, panel } = await openMatrixTab([SALES, CHECK]);
  fireEvent.click(within(panel).getByRole("checkbox", { name: "Sales volume" }));
  fireEvent.click(within(panel).getByRole("checkbox", { name: "Average check" }));
  fireEvent.change(within(panel).getByRole("textbox", { name: "Weight of Sales volume, %" }), {
    target: { value: "60" },
  });
  fireEvent.change(within(panel).getByRole("textbox", { name: "Weight of Average check, %" }), {
    target: { value: "35" },
  });
  expect(within(panel).getByText("Total of weights: 95 %")).toBeTruthy();
  expect(within(panel).getByText("The weights total 95 %; they must total 100 %.")).toBeTruthy();
  fireEvent.change(within(panel).getByRole("textbox", { name: /Employee or role/ }), {
    target: { value: "Petrov" },
  });
  fireEvent.click(within(panel).getByRole("button", { name: "Build the matrix" }));
  expect(callsTo(host, "buildMatrix")).toHaveLength(0);

  fireEvent.click(within(panel).getByRole("button", { name: "Spread evenly" }));
  expect(within(panel).getByText("Total of weights: 100 %")).toBeTruthy();
  fireEvent.click(within(panel).getByRole("button", { name: "Build the matrix" }));
  await waitFor(() => expect(callsTo(host, "buildMatrix")).toHaveLength(1));
  const [matrix, options] = callsTo(host, "buildMatrix")[0] as [Matrix, unknown];
  expect(options).toEqual({ lang: "en" });
  expect(matrix.rows.map((r) => [r.code, r.weight])).toEqual([
    ["SALES_VOL", 0.5],
    ["AVG_CHECK", 0.5],
  ]);
  expect(matrix.employee).toBe("Petrov");
});

test("building from a template adds its cards, then takes the user to the sheet", async () => {
  const { host, panel } = await openMatrixTab();
  fireEvent.change(within(panel).getByRole("combobox", { name: "Role template" }), {
    target: { value: "store-director" },
  });
  fireEvent.change(within(panel).getByRole("textbox", { name: "Bonus base" }), {
    target: { value: "50 000" },
  });
  fireEvent.click(within(panel).getByRole("button", { name: "Build the matrix" }));
  expect(
    await screen.findByText(
      "The matrix is on the sheet “Store director”. 5 cards of the template added to the card table."
    )
  ).toBeTruthy();
  expect(host.cards.map((c) => c.code)).toEqual([
    "TURNOVER_PLAN",
    "PROFIT_PLAN",
    "SHRINKAGE",
    "MYSTERY_SHOPPER",
    "STAFF_TURNOVER",
  ]);
  expect(host.matrices.get("Store director")?.bonusBase).toBe(50000);
  expect(callsTo(host, "goTo")).toEqual([[{ sheet: "Store director", address: "A1" }]]);

  // The same form now updates that sheet in place.
  fireEvent.change(within(panel).getByRole("textbox", { name: "Bonus base" }), {
    target: { value: "60000" },
  });
  fireEvent.click(within(panel).getByRole("button", { name: "Update the matrix" }));
  expect(
    await screen.findByText(
      "The sheet “Store director” is updated; everything typed in the sheet is kept."
    )
  ).toBeTruthy();
  const rebuilt = callsTo(host, "buildMatrix")[1][0] as Matrix;
  expect(rebuilt.sheet).toBe("Store director");
  expect(rebuilt.bonusBase).toBe(60000);
});

test("choosing an existing matrix loads it for an update in place", async () => {
  const host = memoryHost({ cards: [SALES, CHECK] });
  host.matrices.set("Ivanova", {
    sheet: "Ivanova",
    name: "Ivanova",
    employee: "Ivanova",
    period: "Q2",
    rows: [
      { code: "SALES_VOL", name: "Sales volume", method: "ratio", weight: 0.7, fact: 900 },
      { code: "AVG_CHECK", name: "Average check", method: "corridor", weight: 0.3 },
    ],
    scale: [],
    bonusBase: 1000,
  });
  render(<App host={host} language="en" theme="light" />);
  await openTab("Matrix");
  const panel = screen.getByRole("tabpanel", { name: "Matrix" });
  await within(panel).findByRole("option", { name: "Ivanova (Q2)" });
  fireEvent.change(within(panel).getByRole("combobox", { name: "Matrix" }), {
    target: { value: "Ivanova" },
  });
  await within(panel).findByRole("button", { name: "Update the matrix" });
  const value = (name: string | RegExp) =>
    (within(panel).getByRole("textbox", { name }) as HTMLInputElement).value;
  expect(value(/Employee or role/)).toBe("Ivanova");
  expect(value("Period")).toBe("Q2");
  expect(value("Weight of Sales volume, %")).toBe("70");
  expect(value("Weight of Average check, %")).toBe("30");
  expect(value("Bonus base")).toBe("1000");
  expect(within(panel).queryAllByRole("textbox", { name: /^Score from/ })).toHaveLength(0);
  fireEvent.click(within(panel).getByRole("button", { name: "Update the matrix" }));
  await waitFor(() => expect(callsTo(host, "buildMatrix")).toHaveLength(1));
  expect((callsTo(host, "buildMatrix")[0][0] as Matrix).sheet).toBe("Ivanova");
});

test("scale rows can be added and removed, and a falling scale is an error", async () => {
  const { host, panel } = await openMatrixTab([SALES]);
  expect(within(panel).getAllByRole("textbox", { name: /^Score from, % \(row/ })).toHaveLength(5);
  fireEvent.click(within(panel).getByRole("button", { name: "Remove row 5" }));
  expect(within(panel).getAllByRole("textbox", { name: /^Score from, % \(row/ })).toHaveLength(4);
  fireEvent.click(within(panel).getByRole("button", { name: "Add a row" }));
  fireEvent.change(within(panel).getByRole("textbox", { name: "Score from, % (row 5)" }), {
    target: { value: "50" },
  });
  fireEvent.change(within(panel).getByRole("textbox", { name: "Coefficient, % (row 5)" }), {
    target: { value: "10" },
  });
  fireEvent.click(within(panel).getByRole("checkbox", { name: "Sales volume" }));
  fireEvent.change(within(panel).getByRole("textbox", { name: "Weight of Sales volume, %" }), {
    target: { value: "100" },
  });
  fireEvent.change(within(panel).getByRole("textbox", { name: /Employee or role/ }), {
    target: { value: "A" },
  });
  fireEvent.click(within(panel).getByRole("button", { name: "Build the matrix" }));
  expect(within(panel).getByRole("alert")).toHaveProperty(
    "textContent",
    "Thresholds must increase from row to row."
  );
  expect(callsTo(host, "buildMatrix")).toHaveLength(0);
});

test("numbers the builder fills in follow Office's language once it is known (50 % in Russian)", async () => {
  const host = memoryHost({
    env: { kind: "sandbox", displayLanguage: "ru-RU", lang: "ru", dark: false },
  });
  render(<App host={host} theme="light" />);
  await screen.findByRole("tab", { name: "Матрица" });
  await openTab("Матрица");
  const panel = screen.getByRole("tabpanel", { name: "Матрица" });
  // Coefficients in percent, as the sheet shows them: 50 % of the base reads "50", not "0,5".
  const first = within(panel).getByRole("textbox", { name: "Коэффициент, % (строка 1)" });
  expect((first as HTMLInputElement).value).toBe("50");
  fireEvent.change(within(panel).getByRole("combobox", { name: "Шаблон должности" }), {
    target: { value: "store-director" },
  });
  expect(within(panel).getByText("Сумма весов: 100 %")).toBeTruthy();
});

test("the pane says when Excel shows #NAME? in KPI cells, and when it wrote them again in Russian", async () => {
  const { host, panel } = await openMatrixTab([SALES]);
  fireEvent.click(within(panel).getByRole("checkbox", { name: "Sales volume" }));
  fireEvent.change(within(panel).getByRole("textbox", { name: "Weight of Sales volume, %" }), {
    target: { value: "100" },
  });
  fireEvent.change(within(panel).getByRole("textbox", { name: /Employee or role/ }), {
    target: { value: "Petrov" },
  });
  host.nameErrors = 2;
  host.relocalized = 1;
  fireEvent.click(within(panel).getByRole("button", { name: "Build the matrix" }));
  await screen.findByText(/Excel shows #NAME\? in 2 KPI cells/);
  expect(
    screen.getByText(/1 KPI formula was written again with Excel's Russian function names/)
  ).toBeTruthy();
});

test("an opened matrix shows what each KPI alone needs for the next bonus step", async () => {
  const { host } = await openMatrixTab([SALES]);
  host.matrices.set("Ivanova", {
    name: "Ivanova",
    employee: "Ivanova",
    period: "Q1",
    sheet: "Ivanova",
    rows: [
      { code: "A", name: "Sales", method: "ratio", weight: 0.5, plan: 100, fact: 90 },
      { code: "B", name: "Returns", method: "ratio", weight: 0.5, plan: 100, max: 105, fact: 100 },
    ],
    scale: [
      { threshold: 0.8, coefficient: 0.5 },
      { threshold: 1, coefficient: 1 },
    ],
  });
  host.indices = new Map([["Ivanova", [0.9, 1]]]);
  await host.listMatrices();
  await openTab("Cards");
  await openTab("Matrix");
  const select = within(screen.getByRole("tabpanel", { name: "Matrix" })).getByRole("combobox", {
    name: "Matrix",
  });
  await waitFor(() => expect(within(select).queryByText(/Ivanova/)).toBeTruthy());
  fireEvent.change(select, { target: { value: "Ivanova" } });
  await screen.findByText(/The score is 95 %; from 100 % the bonus coefficient is 100 %/);
  expect(screen.getByText(/Sales: a fact of 100 \(now 90\)/)).toBeTruthy();
  expect(screen.getByText(/Returns: cannot reach it alone/)).toBeTruthy();
});
