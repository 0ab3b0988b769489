/** The Cards tab: library, editor with validation, duplicate, delete with confirmation, search. */
import "./support/dom";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { callsTo } from "./support/memoryHost";
import { openTab } from "./support/tabs";
import { CHECK, renderApp, SALES } from "./support/app";

test("adds ticked cards from the library to the card table", async () => {
  const host = await renderApp();
  expect(screen.getByText(/No cards yet/)).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "From library" }));
  const dialog = await screen.findByRole("dialog");
  fireEvent.change(within(dialog).getByRole("searchbox", { name: "Search the library" }), {
    target: { value: "average check" },
  });
  fireEvent.click(within(dialog).getByRole("checkbox", { name: "Average check" }));
  fireEvent.click(within(dialog).getByRole("button", { name: "Add 1 card" }));
  await waitFor(() => expect(host.cards.map((c) => c.code)).toEqual(["AVG_CHECK"]));
  expect(callsTo(host, "saveCards")[0][1]).toEqual({ lang: "en", onlyNew: true }); // library cards are only added
  expect(await screen.findByText("1 card added from the library.")).toBeTruthy();
  expect(screen.getByRole("list", { name: "Cards" })).toBeTruthy();
  // The report belongs to what the user just did: it does not follow them to another tab.
  await openTab("Check");
  expect(screen.queryByText("1 card added from the library.")).toBeNull();
});

test("shows library cards already in the workbook as ticked and disabled", async () => {
  await renderApp([SALES]);
  fireEvent.click(screen.getByRole("button", { name: "From library" }));
  const box = within(await screen.findByRole("dialog")).getByRole("checkbox", {
    name: "Sales volume",
  });
  expect((box as HTMLInputElement).checked).toBe(true);
  expect((box as HTMLInputElement).disabled).toBe(true);
});

test("the editor shows field problems and saves only a valid card", async () => {
  const host = await renderApp([SALES]);
  fireEvent.click(screen.getByRole("button", { name: "New card" }));
  const dialog = await screen.findByRole("dialog");
  fireEvent.change(within(dialog).getByRole("textbox", { name: /Code/ }), {
    target: { value: "sales_vol" },
  });
  fireEvent.change(within(dialog).getByRole("textbox", { name: "Plan" }), {
    target: { value: "12x" },
  });
  fireEvent.click(within(dialog).getByRole("button", { name: "Save" }));
  expect(within(dialog).getByText("Code sales_vol is already used.")).toBeTruthy();
  expect(within(dialog).getByText("Enter a name.")).toBeTruthy();
  expect(within(dialog).getByText("Enter a number, e.g. 1200 or 95,5.")).toBeTruthy();
  expect(within(dialog).getByRole("textbox", { name: "Plan" }).getAttribute("aria-invalid")).toBe(
    "true"
  );
  expect(callsTo(host, "saveCards")).toHaveLength(0);

  fireEvent.change(within(dialog).getByRole("textbox", { name: /Code/ }), {
    target: { value: "TRAFFIC" },
  });
  fireEvent.change(within(dialog).getByRole("textbox", { name: /Name/ }), {
    target: { value: "Traffic" },
  });
  fireEvent.change(within(dialog).getByRole("textbox", { name: "Plan" }), {
    target: { value: "1 200,5" },
  });
  fireEvent.change(within(dialog).getByRole("textbox", { name: "Weight, %" }), {
    target: { value: "25" },
  });
  fireEvent.click(within(dialog).getByRole("button", { name: "Save" }));
  await waitFor(() => expect(host.cards).toHaveLength(2));
  expect(host.cards[1]).toEqual({
    code: "TRAFFIC",
    name: "Traffic",
    method: "ratio",
    plan: 1200.5,
    weight: 0.25,
  });
});

test("an inverse card with min below plan cannot be saved", async () => {
  const host = await renderApp();
  fireEvent.click(screen.getByRole("button", { name: "New card" }));
  const dialog = await screen.findByRole("dialog");
  fireEvent.change(within(dialog).getByRole("textbox", { name: /Code/ }), {
    target: { value: "RET" },
  });
  fireEvent.change(within(dialog).getByRole("textbox", { name: /Name/ }), {
    target: { value: "Returns" },
  });
  fireEvent.change(within(dialog).getByRole("combobox", { name: "Method" }), {
    target: { value: "inverse" },
  });
  fireEvent.change(within(dialog).getByRole("textbox", { name: "Minimum" }), {
    target: { value: "10" },
  });
  fireEvent.change(within(dialog).getByRole("textbox", { name: "Plan" }), {
    target: { value: "80" },
  });
  fireEvent.click(within(dialog).getByRole("button", { name: "Save" }));
  expect(within(dialog).getByText(/lower is better, but min 10 is below plan 80/)).toBeTruthy();
  expect(callsTo(host, "saveCards")).toHaveLength(0);
});

test("editing keeps the code and updates the card in place", async () => {
  const host = await renderApp([SALES, CHECK]);
  fireEvent.click(screen.getByRole("button", { name: "Edit Average check" }));
  const dialog = await screen.findByRole("dialog");
  const code = within(dialog).getByRole("textbox", { name: /Code/ }) as HTMLInputElement;
  expect(code.readOnly).toBe(true);
  fireEvent.change(within(dialog).getByRole("textbox", { name: "Plan" }), {
    target: { value: "1000" },
  });
  fireEvent.click(within(dialog).getByRole("button", { name: "Save" }));
  await waitFor(() => expect(host.cards[1].plan).toBe(1000));
  expect(host.cards.map((c) => c.code)).toEqual(["SALES_VOL", "AVG_CHECK"]);
});

test("duplicate opens the editor with a free code", async () => {
  const host = await renderApp([SALES]);
  fireEvent.click(screen.getByRole("button", { name: "Duplicate Sales volume" }));
  const dialog = await screen.findByRole("dialog");
  expect((within(dialog).getByRole("textbox", { name: /Code/ }) as HTMLInputElement).value).toBe(
    "SALES_VOL_2"
  );
  fireEvent.click(within(dialog).getByRole("button", { name: "Save" }));
  await waitFor(() => expect(host.cards.map((c) => c.code)).toEqual(["SALES_VOL", "SALES_VOL_2"]));
});

test("delete asks first and cancel keeps the card", async () => {
  const host = await renderApp([SALES, CHECK]);
  fireEvent.click(screen.getByRole("button", { name: "Delete Sales volume" }));
  const dialog = await screen.findByRole("alertdialog", { name: "Delete the card?" });
  expect(within(dialog).getByText(/“Sales volume” will be removed/)).toBeTruthy();
  fireEvent.click(within(dialog).getByRole("button", { name: "Cancel" }));
  await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
  expect(callsTo(host, "deleteCards")).toHaveLength(0);
  expect(host.cards).toHaveLength(2);
});

test("delete after confirmation removes the card", async () => {
  const host = await renderApp([SALES, CHECK]);
  fireEvent.click(screen.getByRole("button", { name: "Delete Sales volume" }));
  const dialog = await screen.findByRole("alertdialog", { name: "Delete the card?" });
  fireEvent.click(within(dialog).getByRole("button", { name: "Delete" }));
  await waitFor(() => expect(host.cards.map((c) => c.code)).toEqual(["AVG_CHECK"]));
  expect(callsTo(host, "deleteCards")).toEqual([[["SALES_VOL"]]]);
  expect(await screen.findByText("Card “Sales volume” deleted.")).toBeTruthy();
});

test("search filters the list by name or code", async () => {
  await renderApp([SALES, CHECK]);
  fireEvent.change(screen.getByRole("searchbox", { name: "Search cards" }), {
    target: { value: "check" },
  });
  const list = screen.getByRole("list", { name: "Cards" });
  expect(within(list).getAllByRole("listitem")).toHaveLength(1);
  expect(within(list).getByText("Average check")).toBeTruthy();
  fireEvent.change(screen.getByRole("searchbox", { name: "Search cards" }), {
    target: { value: "zzz" },
  });
  expect(screen.getByText("No card matches the search.")).toBeTruthy();
});

test("a new card's code is proposed from its name, in Russian too, until the user types one", async () => {
  await renderApp([SALES]);
  fireEvent.click(screen.getByRole("button", { name: "New card" }));
  const dialog = await screen.findByRole("dialog");
  const code = within(dialog).getByRole("textbox", { name: /Code/ }) as HTMLInputElement;
  fireEvent.change(within(dialog).getByRole("textbox", { name: /Name/ }), {
    target: { value: "Выручка магазина" },
  });
  expect(code.value).toBe("ВЫРУЧКА_МАГАЗИНА");
  fireEvent.change(code, { target: { value: "REV" } });
  fireEvent.change(within(dialog).getByRole("textbox", { name: /Name/ }), {
    target: { value: "Выручка" },
  });
  expect(code.value).toBe("REV");
});

test("the editor marks a card collective", async () => {
  const host = await renderApp([SALES, CHECK]);
  fireEvent.click(screen.getByRole("button", { name: "Edit Average check" }));
  const dialog = await screen.findByRole("dialog");
  const box = within(dialog).getByRole("checkbox", { name: /Collective KPI/ }) as HTMLInputElement;
  expect(box.checked).toBe(false);
  fireEvent.click(box);
  fireEvent.click(within(dialog).getByRole("button", { name: "Save" }));
  await waitFor(() => expect(host.cards[1].collective).toBe(true));
  expect(host.cards[0].collective).toBeUndefined();
});

test("the editor unmarks a collective card", async () => {
  const host = await renderApp([SALES, { ...CHECK, collective: true }]);
  fireEvent.click(screen.getByRole("button", { name: "Edit Average check" }));
  const dialog = await screen.findByRole("dialog");
  const box = within(dialog).getByRole("checkbox", { name: /Collective KPI/ }) as HTMLInputElement;
  expect(box.checked).toBe(true);
  fireEvent.click(box);
  fireEvent.click(within(dialog).getByRole("button", { name: "Save" }));
  await waitFor(() => expect(callsTo(host, "saveCards")).toHaveLength(1));
  expect(host.cards[1].collective).toBeUndefined();
});
