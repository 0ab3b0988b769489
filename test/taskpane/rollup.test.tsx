/** The team panel's roll-up: the weighting choice, the build, and what the pane says after it. */
import "./support/dom";
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { callsTo, memoryHost } from "./support/memoryHost";
import { openTab } from "./support/tabs";

// The first render loads the Matrix tab and the roll-up chunk on demand: slow on a busy machine.
jest.setTimeout(30000);

function withStaff() {
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

test("says to build for everyone first while there is no register", async () => {
  const host = withStaff();
  await open(host);
  fireEvent.click(await screen.findByRole("button", { name: "Build roll-up" }));
  await screen.findByText(/There is no bonus register yet/);
  expect(callsTo(host, "buildRollup")).toEqual([[{ lang: "en" }]]);
});

test("builds the roll-up weighted as chosen, and shows the choice the sheet now holds", async () => {
  const host = withStaff();
  host.team = { sheet: "Bonus register", rows: [] };
  await open(host);
  fireEvent.click(await screen.findByRole("radio", { name: "Bonus base (from the staff table)" }));
  fireEvent.click(screen.getByRole("button", { name: "Build roll-up" }));
  await screen.findByText(/Roll-up on "Roll-up": 0 units, weighted by bonus base/);
  expect(callsTo(host, "buildRollup")).toEqual([[{ lang: "en", weighting: "base" }]]);
  expect(
    (screen.getByRole("radio", { name: "Bonus base (from the staff table)" }) as HTMLInputElement)
      .checked
  ).toBe(true);
  fireEvent.click(screen.getByRole("button", { name: "Show roll-up" }));
  await waitFor(() =>
    expect(callsTo(host, "goTo")).toEqual([[{ sheet: "Roll-up", address: "A1" }]])
  );
});

test("after Build for everyone, a roll-up built before follows the new register", async () => {
  const host = withStaff();
  host.team = { sheet: "Bonus register", rows: [] };
  await open(host);
  fireEvent.click(await screen.findByRole("button", { name: "Build roll-up" }));
  await screen.findByText(/Roll-up on "Roll-up"/);
  const build = screen.getByRole("button", { name: "Build for everyone" });
  await waitFor(() => expect(build.hasAttribute("disabled")).toBe(false));
  await new Promise((r) => setTimeout(r, 50));
  fireEvent.click(build);
  await waitFor(() =>
    expect(callsTo(host, "buildRollup")).toEqual([
      [{ lang: "en" }],
      [{ lang: "en", onlyIfBuilt: true }],
    ])
  );
});
