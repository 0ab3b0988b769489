/** The sandbox grid's cursor is the host's selection: the ABC-XYZ analysis reads the data around it. */
import * as React from "react";
import { act, fireEvent, render } from "@testing-library/react";
import { SandboxHost } from "../../src/sandbox/host";
import { SheetGrid } from "../../src/sandbox/SheetGrid";
import { SANDBOX_LABELS } from "../../src/sandbox/labels";
import type { AnalysisPreview } from "../../src/workbook/analysis-plan";

// jsdom has no layout: the grid scrolls the selected cell into view.
Element.prototype.scrollIntoView = function scrollIntoView() {};

test("a cell clicked in the grid is what readSelection reads, grown to its data", async () => {
  const host = new SandboxHost({ displayLanguage: "en-US" });
  host.hf.addSheet("Sales");
  host.hf.setCellContents({ sheet: host.hf.getSheetId("Sales")!, row: 2, col: 1 }, [
    ["Item", "Jan", "Feb"],
    ["P1", 30, 31],
    ["P2", 10, 20],
  ]);
  render(<SheetGrid host={host} labels={SANDBOX_LABELS.en} />);
  act(() => {
    fireEvent.mouseDown(document.querySelector('td[data-address="C4"]') as HTMLElement);
  });
  expect(host.selection).toEqual({ sheet: "Sales", address: "C4" });
  const p = (await host.readSelection()) as AnalysisPreview;
  expect(p.shape).toMatchObject({ sheet: "Sales", address: "B3:D5", periods: 2 });
  expect(p.items).toBe(2);
  // A goTo from the pane still moves the grid's cursor.
  await act(() => host.goTo({ sheet: "Sales", address: "B5" }));
  expect(document.querySelector('td[data-address="B5"]')?.className).toMatch(/selected/);
});
