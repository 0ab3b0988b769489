/**
 * The portable panel over the sandbox's HyperFormula workbook: the confirmation says what will
 * change, converting keeps every value, restoring brings the original formulas back exactly.
 */
import "../taskpane/support/dom";
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createKpiEngine } from "../../src/sandbox/engine";
import { SandboxPortableHost } from "../../src/sandbox/portable-host";
import { I18nProvider, type Language } from "../../src/taskpane/i18n";
import { PortablePanel } from "../../src/taskpane/portable/PortablePanel";
import {
  PortableStoppedError,
  type PortableHost,
  type PortableOutcome,
} from "../../src/workbook/portable/host";
import { exampleSheets, MATRIX_SHEET } from "../../scripts/make-examples";

function setup(language: Language = "en") {
  const sheets = exampleSheets();
  const hf = createKpiEngine(
    Object.fromEntries(Object.entries(sheets).map(([n, s]) => [n, s.grid]))
  );
  const portable = new SandboxPortableHost(hf);
  render(
    <I18nProvider language={language}>
      <PortablePanel portable={portable} />
    </I18nProvider>
  );
  const id = hf.getSheetId(MATRIX_SHEET) as number;
  const formulas = () =>
    (hf.getSheetFormulas(id) as (string | undefined)[][]).flat().filter(Boolean);
  const values = () => hf.getSheetValues(id);
  return { hf, formulas, values };
}

jest.setTimeout(30000);
// Generous waits: the whole suite runs in parallel with heavy equivalence tests. Dialog buttons are
// queried with hidden: true because Fluent's dialog may still be in its opening transition (its
// surface styled invisible in jsdom) when the machine is busy.
const WAIT = { timeout: 10000 };

test("confirms how many KPI formulas change on which sheet, converts, then restores exactly", async () => {
  const { formulas, values } = setup();
  const before = formulas();
  const valuesBefore = values();
  await screen.findByRole("option", { name: `Sheet “${MATRIX_SHEET}”` }, WAIT);
  fireEvent.click(screen.getByRole("button", { name: "Make portable…" }));
  const dialog = await screen.findByRole("dialog", undefined, WAIT);
  expect(
    within(dialog).getByText(
      `11 KPI formulas will be rewritten as native Excel formulas: «${MATRIX_SHEET}» (11).`
    )
  ).toBeTruthy();
  expect(formulas()).toEqual(before); // nothing changes before the user confirms
  fireEvent.click(await screen.findByRole("button", { name: "Make portable", hidden: true }, WAIT));
  expect(
    await screen.findByText(
      `11 KPI formulas made portable: «${MATRIX_SHEET}» (11).`,
      undefined,
      WAIT
    )
  ).toBeTruthy();
  expect(formulas().filter((f) => /KPI\./.test(f as string))).toEqual([]);
  expect(values()).toEqual(valuesBefore);
  fireEvent.click(screen.getByRole("button", { name: "Restore KPI formulas" }));
  expect(
    await screen.findByText(`11 KPI formulas restored: «${MATRIX_SHEET}» (11).`, undefined, WAIT)
  ).toBeTruthy();
  expect(formulas()).toEqual(before);
});

test("cancelling the confirmation changes nothing; a sheet without KPI formulas says so", async () => {
  const { formulas } = setup();
  const before = formulas();
  fireEvent.click(await screen.findByRole("button", { name: "Make portable…" }, WAIT));
  await screen.findByRole("dialog", undefined, WAIT);
  fireEvent.click(await screen.findByRole("button", { name: "Cancel", hidden: true }, WAIT));
  await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  expect(formulas()).toEqual(before);
  fireEvent.change(screen.getByRole("combobox", { name: "Apply to" }), {
    target: { value: "KPI Cards" },
  });
  fireEvent.click(screen.getByRole("button", { name: "Make portable…" }));
  expect(
    await screen.findByText("There are no KPI formulas to convert here.", undefined, WAIT)
  ).toBeTruthy();
});

test("speaks Russian", async () => {
  setup("ru");
  fireEvent.click(await screen.findByRole("button", { name: "Сделать переносимой…" }, WAIT));
  const dialog = await screen.findByRole("dialog", undefined, WAIT);
  expect(
    within(dialog).getByText(
      `11 формул KPI будут заменены обычными формулами Excel: «${MATRIX_SHEET}» (11).`
    )
  ).toBeTruthy();
});

test("says when no portable host is available", () => {
  render(<PortablePanel host={{}} />);
  expect(screen.getByText("Portable copies are not available in this window.")).toBeTruthy();
});

/** A host whose actions report what the Office host reports in the cases below. */
function stubHost(restore: () => Promise<PortableOutcome>): PortableHost {
  return {
    listSheets: async () => ["Sheet1"],
    listKpiFormulas: async () => ({ perSheet: [], warnings: [], kept: 1 }),
    makePortable: async () => ({ perSheet: [], warnings: [], edited: 0 }),
    restore,
  };
}

test.each([
  [
    "en",
    /1 KPI formula that spills was left portable: a cell of its spill area was typed into/,
    /stopped part way \(GeneralException\)\. No original formula is lost/,
  ],
  [
    "ru",
    /Остались переносимыми формулы с диапазоном результата: 1/,
    /прервано на полпути \(GeneralException\)\. Исходные формулы не потеряны/,
  ],
] as const)(
  "tells the user (%s) when a spill was left portable and when an action stopped part way",
  async (language, blocked, stopped) => {
    let call = 0;
    const host = stubHost(async () => {
      call++;
      if (call === 1)
        return { perSheet: [{ sheet: "Sheet1", count: 2 }], warnings: [], edited: 1, blocked: 1 };
      throw new PortableStoppedError(
        "restore",
        Object.assign(new Error("GeneralException"), { code: "GeneralException" })
      );
    });
    render(
      <I18nProvider language={language}>
        <PortablePanel portable={host} />
      </I18nProvider>
    );
    const restoreName = language === "en" ? "Restore KPI formulas" : "Вернуть формулы KPI";
    fireEvent.click(await screen.findByRole("button", { name: restoreName }, WAIT));
    expect(await screen.findByText(blocked, undefined, WAIT)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: restoreName }));
    expect(await screen.findByText(stopped, undefined, WAIT)).toBeTruthy();
  }
);
