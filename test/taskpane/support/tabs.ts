/** Opening a tab re-reads the workbook; act lets those answers arrive before the assertions. */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";

/** Clicks the task pane tab with this name and waits for its code and the reads it starts. */
export async function openTab(name: string): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByRole("tab", { name }));
  });
  // A tab's code loads on demand the first time it opens (src/taskpane/onDemand.tsx).
  await waitFor(() => expect(screen.queryByText(/^(Opening…|Открываем…)$/)).toBeNull());
}
