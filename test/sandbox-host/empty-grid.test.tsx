/** The sandbox grid over a workbook with no sheet yet: what the user types is computed at once. */
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { SandboxHost } from "../../src/sandbox/host";
import { SheetGrid } from "../../src/sandbox/SheetGrid";
import { SANDBOX_LABELS } from "../../src/sandbox/labels";

// jsdom has no layout: the grid scrolls the selected cell into view.
Element.prototype.scrollIntoView = function scrollIntoView() {};

function cell(address: string): HTMLElement {
  return document.querySelector(`td[data-address="${address}"]`) as HTMLElement;
}

function grid(): HTMLElement {
  return document.querySelector(".grid-scroll") as HTMLElement;
}

/** Selects a cell and types into it as a user does: a key starts the editor, Enter commits. */
function typeInto(address: string, text: string, labels = SANDBOX_LABELS.en) {
  fireEvent.mouseDown(cell(address));
  fireEvent.keyDown(grid(), { key: text[0] });
  const editor = screen.getByRole("textbox", { name: labels.editCell(address) });
  fireEvent.change(editor, { target: { value: text } });
  fireEvent.keyDown(editor, { key: "Enter" });
}

test.each([
  ["en", "Sheet1"],
  ["ru", "Лист1"],
] as const)(
  "a KPI formula typed into the empty %s workbook is computed in a first sheet",
  (lang, sheet) => {
    const host = new SandboxHost({ displayLanguage: lang });
    expect(host.sheetNames()).toEqual([]);
    render(<SheetGrid host={host} labels={SANDBOX_LABELS[lang]} />);
    typeInto("B2", "=KPI.INDEX(1100,1000)", SANDBOX_LABELS[lang]);
    expect(host.sheetNames()).toEqual([sheet]);
    expect(host.values(sheet)[1][1]).toBeCloseTo(1.1, 12);
    expect(cell("B2").textContent).toMatch(/^1\.1/);
    // The grid now shows that sheet, and the next formula refers to the first one.
    expect(screen.getByRole("button", { name: sheet }).getAttribute("aria-current")).toBe("page");
    typeInto("B3", "=KPI.INDEX(B2*1000,1000)", SANDBOX_LABELS[lang]);
    expect(host.values(sheet)[2][1]).toBeCloseTo(1.1, 12);
  }
);

test("clearing a cell of the empty workbook adds no sheet", () => {
  const host = new SandboxHost({ displayLanguage: "en" });
  render(<SheetGrid host={host} labels={SANDBOX_LABELS.en} />);
  fireEvent.mouseDown(cell("A1"));
  fireEvent.keyDown(grid(), { key: "Delete" });
  expect(host.sheetNames()).toEqual([]);
});
