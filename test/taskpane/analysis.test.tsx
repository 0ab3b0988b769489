/**
 * The Matrix tab's "Analysis" section over the sandbox host (HyperFormula): the run-rate
 * forecast of a matrix and the ABC-XYZ analysis of the selection, what the pane proposes,
 * refuses and says, in English and Russian.
 */
import "./support/dom";
import * as React from "react";
import { fireEvent, render, screen, waitFor, act } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { SandboxHost } from "../../src/sandbox/host";
import type { Matrix } from "../../src/core/matrix/types";
import { parseRange } from "../../src/workbook/a1";
import { openTab } from "./support/tabs";

jest.setTimeout(60000);

const today = new Date();
const month = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}`;

const matrix = (period = month): Matrix => ({
  name: "Store director",
  employee: "Anna",
  period,
  rows: [
    { code: "S1", name: "Sales", method: "ratio", weight: 0.6, plan: 100, fact: 40 },
    { code: "S2", name: "Buyers", method: "ratio", weight: 0.4, plan: 50, fact: 20 },
  ],
  scale: [],
});

const value = (host: SandboxHost, sheet: string, address: string) => {
  const r = parseRange(address);
  return host.values(sheet)[r.row]?.[r.col];
};

async function open(host: SandboxHost, language: "en" | "ru" = "en") {
  render(<App host={host} language={language} theme="light" />);
  await openTab(language === "en" ? "Matrix" : "Матрица");
  // Closed until opened: its code loads then.
  const toggle = screen.getByRole("button", {
    name: language === "en" ? /^▸ Analysis/ : /^▸ Анализ/,
  });
  expect(toggle.getAttribute("aria-expanded")).toBe("false");
  expect(
    screen.queryByRole("heading", { name: language === "en" ? "Analysis" : "Анализ" })
  ).toBeNull();
  await act(async () => {
    fireEvent.click(toggle);
  });
  await screen.findByRole("heading", { name: language === "en" ? "Analysis" : "Анализ" });
}

const field = (name: string) => screen.getByLabelText(name) as HTMLInputElement;
const type = (name: string, text: string) =>
  fireEvent.change(field(name), { target: { value: text } });

test("proposes the days from this month's period, writes a live forecast and then updates it", async () => {
  const host = new SandboxHost({ displayLanguage: "en-US" });
  const { sheet } = await host.buildMatrix(matrix());
  await open(host);
  const days = new Date(today.getFullYear(), today.getMonth() + 1, 0).getDate();
  await waitFor(() => expect(field("Days in the period").value).toBe(String(days)));
  expect(field("Days elapsed").value).toBe(String(today.getDate()));
  screen.getByText(/Proposed from the period/);

  type("Days elapsed", "10");
  type("Days in the period", "30");
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Write forecast" }));
  });
  await screen.findByText(/Forecast written on “Store director” at N5:O10/);
  expect(value(host, sheet, "N6")).toBeCloseTo(120, 9);
  expect(value(host, sheet, "O8")).toBeCloseTo(1.2, 9);

  // The pane changes only the period's length: the days elapsed typed in the sheet stay.
  host.setCell(sheet, "O9", 15);
  await screen.findByRole("button", { name: "Update forecast" });
  type("Days in the period", "31");
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Update forecast" }));
  });
  await screen.findByText(/Forecast updated/);
  expect(value(host, sheet, "O10")).toBe(31);
  expect(value(host, sheet, "O9")).toBe(15);
});

test("refuses days beyond the period before writing anything", async () => {
  const host = new SandboxHost({ displayLanguage: "en-US" });
  await host.buildMatrix(matrix("Q3"));
  await open(host);
  await screen.findByText(/The period “Q3” is not a month: type the days/);
  type("Days elapsed", "40");
  type("Days in the period", "30");
  screen.getByText(/with the days elapsed at most the days in the period/);
  expect(screen.getByRole("button", { name: "Write forecast" })).toHaveProperty("disabled", true);
});

function salesHost() {
  const host = new SandboxHost({ displayLanguage: "en-US" });
  host.hf.addSheet("Sales");
  const data: (string | number)[][] = [
    ["Item", "Jan", "Feb", "Mar"],
    ["P1", 300, 300, 300],
    ["P2", 100, 200, 150],
    ["P3", 60, 60, 66],
    ["P4", 40, 50, 40],
    ["P5", 10, 0, 20],
  ];
  host.hf.setCellContents({ sheet: host.hf.getSheetId("Sales")!, row: 0, col: 0 }, data);
  host.selection = { sheet: "Sales", address: "A1:D6" };
  return host;
}

test("analyses the selection with the thresholds typed in the pane", async () => {
  const host = salesHost();
  await open(host);
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Use the selection" }));
  });
  await screen.findByText(/“Sales”!A1:D6: 5 items, 3 period columns \(ABC and XYZ\)/);
  expect(field("A: cumulative share up to, %").value).toBe("80");
  expect(field("Y: variation up to, %").value).toBe("25");
  type("A: cumulative share up to, %", "120");
  screen.getByText(/Type percents from 0 to 100/);
  expect(screen.getByRole("button", { name: "Write analysis" })).toHaveProperty("disabled", true);
  type("A: cumulative share up to, %", "60");
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Write analysis" }));
  });
  await screen.findByText(/Analysis written on “Sales”: classes at E1:G6, summary at I1:L18/);
  expect(value(host, "Sales", "J2")).toBe(0.6);
  expect([2, 3, 4].map((r) => value(host, "Sales", `F${r}`))).toEqual(["A", "B", "B"]);
  screen.getByRole("button", { name: "Update analysis" });
});

test("says which cell is in the way, in Russian", async () => {
  const host = salesHost();
  host.selection = { sheet: "Sales", address: "A1:B6" };
  for (let c = 2; c <= 14; c++)
    host.hf.setCellContents({ sheet: host.hf.getSheetId("Sales")!, row: 3, col: c }, [["x"]]);
  await open(host, "ru");
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Взять выделение" }));
  });
  await screen.findByText(/Мешает ячейка C1 на листе «Sales»/);
  expect(screen.getByRole("button", { name: "Записать анализ" })).toHaveProperty("disabled", true);
});
