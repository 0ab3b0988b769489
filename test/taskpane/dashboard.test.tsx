/** The dashboard panel: for the open matrix and for the team, what it asks and what it says. */
import "./support/dom";
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { DashboardResult } from "../../src/workbook/dashboard-plan";
import { callsTo, memoryHost } from "./support/memoryHost";
import { openTab } from "./support/tabs";

// The Matrix tab and the dashboard panel load on demand: slow on a busy machine.
jest.setTimeout(30000);

const RESULT: DashboardResult = {
  sheet: "Dashboard",
  built: "new",
  tiles: 5,
  ranked: 1,
  periods: 0,
  charts: 1,
  omittedSeries: [],
};

function withTeam() {
  const host = memoryHost();
  host.staff = {
    sheet: "Staff",
    plans: new Map(),
    members: [{ employee: "Anna", position: "Sales clerk", unit: "Store 1", bonusBase: 30000 }],
  };
  return host;
}

async function open(host: ReturnType<typeof memoryHost>, language: "en" | "ru" = "en") {
  render(<App host={host} language={language} theme="light" />);
  await waitFor(() => expect(screen.queryByText(/Loading…|Загрузка…/)).toBeNull());
  await openTab(language === "en" ? "Matrix" : "Матрица");
}

test("builds the team's dashboard, says what it holds and goes to it", async () => {
  const host = withTeam();
  host.dashboard = { ...RESULT, tiles: 1, ranked: 12, periods: 3, charts: 2 };
  await open(host);
  // The team's section is headed apart from a matrix's "Dashboard" on the same tab.
  expect(await screen.findByRole("heading", { name: "Team dashboard" })).toBeTruthy();
  fireEvent.click(await screen.findByRole("button", { name: "Build team dashboard" }));
  await screen.findByText(
    "Dashboard built on the sheet “Dashboard”: 1 tile, 12 people ranked, a trend of 3 periods."
  );
  expect(callsTo(host, "buildDashboard")).toEqual([[{ scope: "team" }, { lang: "en" }]]);
  await waitFor(() =>
    expect(callsTo(host, "goTo")).toContainEqual([{ sheet: "Dashboard", address: "A1" }])
  );
});

test("in Russian, says when there is nothing to show yet", async () => {
  const host = withTeam();
  await open(host, "ru");
  expect(await screen.findByRole("heading", { name: "Дашборд коллектива" })).toBeTruthy();
  fireEvent.click(await screen.findByRole("button", { name: "Построить дашборд коллектива" }));
  await screen.findByText(/Пока нечего показать/);
  expect(callsTo(host, "buildDashboard")).toEqual([[{ scope: "team" }, { lang: "ru" }]]);
});

test("names the trend's KPIs left out, in Russian plurals", async () => {
  const host = withTeam();
  host.dashboard = { ...RESULT, built: "updated", ranked: 2, periods: 5, omittedSeries: ["X9"] };
  await open(host, "ru");
  fireEvent.click(await screen.findByRole("button", { name: "Построить дашборд коллектива" }));
  await screen.findByText(
    /Дашборд обновлён на листе «Dashboard»: 5 плиток, в рейтинге 2 человека, динамика за 5 периодов\. .*не вошли: X9\./
  );
});
