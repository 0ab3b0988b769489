/** Opening a tab re-reads the workbook; act lets those answers arrive before the assertions. */
import { act, fireEvent, screen } from "@testing-library/react";

/** Clicks the task pane tab with this name and waits for the reads it starts. */
export async function openTab(name: string): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByRole("tab", { name }));
  });
}
