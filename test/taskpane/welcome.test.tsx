/** The first start: a welcome on an empty workbook leading to a role template or a sample. */
import "./support/dom";
import * as React from "react";
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { Matrix } from "../../src/core/matrix/types";
import type { TeamRequest } from "../../src/workbook/team-plan";
import { callsTo, memoryHost, type MemoryHost } from "./support/memoryHost";
import { SALES } from "./support/app";

// Chunks load on demand and the machine may be busy: give the pane time to answer.
configure({ asyncUtilTimeout: 8000 });
jest.setTimeout(30000);

async function start(host: MemoryHost, language: "en" | "ru" = "en") {
  render(<App host={host} language={language} theme="light" />);
  await waitFor(() => expect(screen.queryByText(/^(Loading…|Загрузка…)$/)).toBeNull());
}

test("an empty workbook gets the welcome; one with cards or a matrix does not", async () => {
  await start(memoryHost());
  await screen.findByRole("heading", { name: "Welcome to KPI Cards" });
});

test.each([
  ["cards", () => memoryHost({ cards: [SALES] })],
  [
    "a matrix",
    () => {
      const h = memoryHost();
      h.matrices.set("Anna", { name: "Anna", employee: "Anna", period: "", rows: [], scale: [] });
      return h;
    },
  ],
])("no welcome when the workbook has %s", async (_what, make) => {
  await start(make());
  await screen.findByRole("tab", { name: "Cards" });
  await act(async () => undefined);
  expect(screen.queryByRole("heading", { name: "Welcome to KPI Cards" })).toBeNull();
});

test("“Build from a role template” opens the Matrix tab at the template picker", async () => {
  await start(memoryHost());
  fireEvent.click(await screen.findByRole("button", { name: "Build from a role template" }));
  await waitFor(() =>
    expect(screen.getByRole("tab", { name: "Matrix" }).getAttribute("aria-selected")).toBe("true")
  );
  await waitFor(
    () =>
      expect(document.activeElement).toBe(screen.getByRole("combobox", { name: "Role template" })),
    { timeout: 5000 }
  );
});

test("“Open a sample workbook” builds a store director's matrix with facts and a team, then opens it", async () => {
  const host = memoryHost();
  await start(host);
  fireEvent.click(await screen.findByRole("button", { name: "Open a sample workbook" }));
  await screen.findByText(/The sample is in the workbook/, undefined, { timeout: 5000 });
  const saved = callsTo(host, "saveCards")[0][0] as { code: string }[];
  expect(saved.map((c) => c.code)).toEqual([
    "TURNOVER_PLAN",
    "PROFIT_PLAN",
    "SHRINKAGE",
    "MYSTERY_SHOPPER",
    "STAFF_TURNOVER",
  ]);
  const [matrix] = callsTo(host, "buildMatrix")[0] as [Matrix];
  expect(matrix.rows.every((r) => typeof r.fact === "number")).toBe(true);
  expect(matrix.bonusBase).toBeGreaterThan(0);
  expect(callsTo(host, "createStaffTables")[0][0]).toHaveLength(4);
  const [request] = callsTo(host, "buildTeam")[0] as [TeamRequest];
  expect(request.members).toHaveLength(4);
  expect(request.skipped).toEqual([]);
  for (const m of request.members)
    expect(m.matrix.rows.every((r) => r.fact !== undefined)).toBe(true);
  // Different months for different people: the team list has something to sort.
  const facts = request.members.map((m) => m.matrix.rows[0].fact);
  expect(new Set(facts).size).toBe(4);
  // The pane shows the sample's matrix on the Matrix tab, and the welcome is gone.
  await waitFor(() =>
    expect(screen.getByRole("tab", { name: "Matrix" }).getAttribute("aria-selected")).toBe("true")
  );
  const panel = screen.getByRole("tabpanel", { name: "Matrix" });
  await waitFor(() =>
    expect(
      (within(panel).getAllByRole("combobox", { name: "Matrix" })[0] as HTMLSelectElement).value
    ).toBe(matrix.name)
  );
  expect(screen.queryByRole("heading", { name: "Welcome to KPI Cards" })).toBeNull();
});

test("the sample never replaces the user's own staff table", async () => {
  const host = memoryHost();
  host.staff = { sheet: "Staff", members: [], plans: new Map() };
  await start(host, "ru");
  fireEvent.click(await screen.findByRole("button", { name: "Открыть пример книги" }));
  await screen.findByText(/Пример в книге/, undefined, { timeout: 5000 });
  expect(callsTo(host, "createStaffTables")).toEqual([]);
  expect(callsTo(host, "buildTeam")).toEqual([]);
  const [matrix, options] = callsTo(host, "buildMatrix")[0] as [Matrix, { lang: string }];
  expect(options.lang).toBe("ru");
  expect(matrix.rows[0].name).toMatch(/[А-Яа-я]/);
});
