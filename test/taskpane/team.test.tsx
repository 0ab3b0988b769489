/** The Matrix tab's team panel: the staff table, building for everyone, progress and cancel. */
import "./support/dom";
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { TeamRequest } from "../../src/workbook/team-plan";
import { callsTo, memoryHost } from "./support/memoryHost";
import { openTab } from "./support/tabs";

async function open(host = memoryHost()) {
  render(<App host={host} language="en" theme="light" />);
  await waitFor(() => expect(screen.queryByText("Loading…")).toBeNull());
  await openTab("Matrix");
  return host;
}

test("offers to create the staff table when there is none", async () => {
  const host = await open();
  fireEvent.click(await screen.findByRole("button", { name: "Create the staff table" }));
  await waitFor(() => expect(callsTo(host, "createStaffTables")).toHaveLength(1));
  await screen.findByText(/The staff table has nobody yet/);
});

test("builds for everyone from the positions, says who gets no matrix and why", async () => {
  const host = memoryHost();
  host.staff = {
    sheet: "Staff",
    plans: new Map([["anna", new Map([["ITEMS_PER_CHECK", 2.5]])]]),
    members: [
      { employee: "Anna", position: "Sales clerk", unit: "Store 1", bonusBase: 30000 },
      { employee: "Boris", position: "TURNOVER_PLAN, NPS", unit: "Store 1" },
      { employee: "Gleb", position: "NO_SUCH_CARD", unit: "Store 2" },
    ],
  };
  await open(host);
  await screen.findByText(/3 people in the staff table/);
  fireEvent.change(screen.getByRole("textbox", { name: "Period of the matrices" }), {
    target: { value: "2026-03" },
  });
  const build = screen.getByRole("button", { name: "Build for everyone" });
  // The library loads on demand; the positions need it.
  await waitFor(() => expect(build.hasAttribute("disabled")).toBe(false));
  await new Promise((r) => setTimeout(r, 50));
  fireEvent.click(build);
  await screen.findByText(/2 new matrices, 0 updated/, undefined, { timeout: 3000 });
  expect(screen.getByText(/No matrix for: Gleb \(no card NO_SUCH_CARD\)/)).toBeTruthy();
  const [request] = callsTo(host, "buildTeam")[0] as [TeamRequest];
  expect(request.period).toBe("2026-03");
  expect(request.members.map((m) => m.member.employee)).toEqual(["Anna", "Boris"]);
  const anna = request.members[0].matrix;
  expect(anna.bonusBase).toBe(30000);
  expect(anna.rows.find((r) => r.code === "ITEMS_PER_CHECK")?.plan).toBe(2.5);
  expect(request.members[1].matrix.rows.map((r) => [r.code, r.weight])).toEqual([
    ["TURNOVER_PLAN", 0.5],
    ["NPS", 0.5],
  ]);
  // The library cards the positions name were added to the card table first.
  expect(callsTo(host, "saveCards").length).toBeGreaterThan(0);
  expect(screen.getByRole("button", { name: "Show the register" })).toBeTruthy();
});

test("the team panel's words exist in both languages", async () => {
  const { en, ru } = await import("../../src/taskpane/team/strings");
  expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
  expect(ru.buildAll).toMatch(/[А-Яа-я]/);
  expect(ru.staffCount(3, "Сотрудники")).toBe(
    "В таблице сотрудников 3 человека (лист «Сотрудники»)."
  );
  expect(ru.staffCount(5, "S")).toContain("5 человек ");
});

test("collective KPIs: the request names them; members without a unit are told, and the unit facts can be shown", async () => {
  const host = memoryHost();
  host.staff = {
    sheet: "Staff",
    plans: new Map(),
    members: [
      { employee: "Anna", position: "Sales clerk", unit: "Store 1" },
      { employee: "Gleb", position: "Sales clerk" },
    ],
  };
  await open(host);
  await screen.findByText(/2 people in the staff table/);
  const build = screen.getByRole("button", { name: "Build for everyone" });
  await waitFor(() => expect(build.hasAttribute("disabled")).toBe(false));
  await new Promise((r) => setTimeout(r, 50));
  fireEvent.click(build);
  await screen.findByText(/No unit in the staff table/, undefined, { timeout: 3000 });
  expect(screen.getByText(/Gleb \(STORE_SHRINKAGE\)/)).toBeTruthy();
  const [request] = callsTo(host, "buildTeam")[0] as [TeamRequest];
  expect(request.members.map((m) => m.collective)).toEqual([
    ["STORE_SHRINKAGE"],
    ["STORE_SHRINKAGE"],
  ]);
  fireEvent.click(screen.getByRole("button", { name: "Show the unit facts" }));
  await waitFor(() =>
    expect(callsTo(host, "goTo").at(-1)).toEqual([{ sheet: "Unit facts", address: "A1" }])
  );
});

test("proposes the period most matrices show, until the user types one", async () => {
  const host = memoryHost();
  host.staff = {
    sheet: "Staff",
    plans: new Map(),
    members: [{ employee: "Anna", position: "Sales clerk", unit: "Store 1" }],
  };
  const matrix = { name: "M", employee: "Anna", rows: [], bonusBase: 0, scale: [] };
  host.matrices.set("Anna", { ...matrix, period: "2026-03" });
  host.matrices.set("Boris", { ...matrix, employee: "Boris", period: "2026-03" });
  host.matrices.set("Old", { ...matrix, employee: "Old", period: "2025-12" });
  await open(host);
  const field = await screen.findByRole("textbox", { name: "Period of the matrices" });
  await waitFor(() => expect((field as HTMLInputElement).value).toBe("2026-03"));
});
