/** The Next period panel: the proposed names, the plans choice, closing, refusals, both languages. */
import "./support/dom";
import * as React from "react";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { PeriodRequest } from "../../src/workbook/period-plan";
import { callsTo, memoryHost, type MemoryHost } from "./support/memoryHost";
import { openTab } from "./support/tabs";

// The pane and its on-demand parts load on the first test; this machine is shared.
jest.setTimeout(30000);

async function open(host: MemoryHost, language: "en" | "ru" = "en") {
  render(<App host={host} language={language} theme="light" />);
  await waitFor(() => expect(screen.queryByText(/^(Loading…|Загрузка…)$/)).toBeNull());
  await openTab(language === "en" ? "Matrix" : "Матрица");
  return host;
}

function team(): MemoryHost {
  const host = memoryHost();
  host.staff = { sheet: "Staff", plans: new Map(), members: [] };
  host.periods = {
    current: "Ноябрь 2026",
    matrices: [
      { period: "Ноябрь 2026", count: 3 },
      { period: "Октябрь 2026", count: 1 },
    ],
    closed: ["Октябрь 2026"],
    hasPlansTable: true,
  };
  return host;
}

test("proposes the next period from the current one and closes it with the plans chosen", async () => {
  const host = await open(team());
  const next = await screen.findByRole("textbox", { name: "Next period" });
  expect((next as HTMLInputElement).value).toBe("Декабрь 2026");
  expect((screen.getByRole("textbox", { name: "Period to close" }) as HTMLInputElement).value).toBe(
    "Ноябрь 2026"
  );
  expect(screen.getByText(/Current period: “Ноябрь 2026” \(3 matrices\)/)).toBeTruthy();
  expect(screen.getByText(/History holds: Октябрь 2026/)).toBeTruthy();
  fireEvent.click(
    screen.getByRole("radio", {
      name: "Take from the personal plans table, keeping the matrix's plan where it has none",
    })
  );
  fireEvent.click(screen.getByRole("button", { name: "Close the period and start the next" }));
  await screen.findByText(/“Ноябрь 2026” closed: 6 rows added to History/);
  expect(screen.getByText(/3 plans taken from the personal plans table/)).toBeTruthy();
  const [request] = callsTo(host, "closePeriod")[0] as [PeriodRequest];
  expect(request).toEqual({ period: "Ноябрь 2026", next: "Декабрь 2026", plans: "table" });
  expect(screen.getByRole("button", { name: "Show History" })).toBeTruthy();
  // The panel follows the workbook: the next proposal is now from December.
  await waitFor(() =>
    expect((screen.getByRole("textbox", { name: "Next period" }) as HTMLInputElement).value).toBe(
      "Январь 2027"
    )
  );
});

test("a next period History holds, or none, cannot be started", async () => {
  await open(team());
  const next = await screen.findByRole("textbox", { name: "Next period" });
  const start = screen.getByRole("button", { name: "Close the period and start the next" });
  fireEvent.change(next, { target: { value: "Октябрь 2026" } });
  expect(
    screen.getByText(/History already holds “Октябрь 2026”: choose another name/)
  ).toBeTruthy();
  expect(start.hasAttribute("disabled")).toBe(true);
  fireEvent.change(next, { target: { value: "  " } });
  expect(screen.getByText("Name the next period.")).toBeTruthy();
  expect(start.hasAttribute("disabled")).toBe(true);
  fireEvent.change(next, { target: { value: "ноябрь 2026" } });
  expect(screen.getByText(/must differ from the one being closed/)).toBeTruthy();
});

test("says a refusal in words, in Russian too", async () => {
  const host = team();
  host.periodRefusal = { reason: "period", problem: "inHistory", period: "Ноябрь 2026", sheet: "" };
  await open(host, "ru");
  fireEvent.click(await screen.findByRole("button", { name: "Закрыть период и начать следующий" }));
  await screen.findByText(/В истории уже есть период «Ноябрь 2026»: повторное закрытие/);
  expect(screen.getByRole("textbox", { name: "Следующий период" })).toBeTruthy();
  expect(
    screen.getByRole("radio", { name: "Оставить как в матрицах" }).hasAttribute("disabled")
  ).toBe(false);
});

test("without a personal plans table the plans are kept", async () => {
  const host = team();
  host.periods = { ...host.periods!, hasPlansTable: false };
  await open(host);
  const fromTable = await screen.findByRole("radio", {
    name: /Take from the personal plans table/,
  });
  expect(fromTable.hasAttribute("disabled")).toBe(true);
  expect(screen.getByText(/no personal plans table/)).toBeTruthy();
});

test("a workbook without matrices says so", async () => {
  const host = memoryHost();
  host.staff = { sheet: "Staff", plans: new Map(), members: [] };
  await open(host);
  await screen.findByText("No matrix in this workbook yet: build the matrices first.");
  expect(screen.queryByRole("button", { name: "Close the period and start the next" })).toBeNull();
});

test("follows every edit for a small team; a large one is read again when the user comes to the panel", async () => {
  const small = await open(team());
  await screen.findByRole("textbox", { name: "Next period" });
  const reads = () => callsTo(small, "readPeriods").length;
  const before = reads();
  small.edit();
  await waitFor(() => expect(reads()).toBe(before + 1), { timeout: 3000 });
  cleanup();

  const large = team();
  large.periods = { ...large.periods!, matrices: [{ period: "Ноябрь 2026", count: 500 }] };
  await open(large);
  const field = await screen.findByRole("textbox", { name: "Next period" });
  const readsLarge = () => callsTo(large, "readPeriods").length;
  const first = readsLarge();
  large.edit();
  await new Promise((r) => setTimeout(r, 900));
  expect(readsLarge()).toBe(first);
  fireEvent.focus(field);
  await waitFor(() => expect(readsLarge()).toBe(first + 1));
});
