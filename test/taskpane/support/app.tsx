/** The cards most task pane tests start from, and rendering the pane over a memory host. */
import * as React from "react";
import { render, screen, waitFor } from "@testing-library/react";
import type { Card } from "../../../src/core/card";
import { App } from "../../../src/taskpane/App";
import { memoryHost } from "./memoryHost";

export const SALES: Card = { code: "SALES_VOL", name: "Sales volume", method: "ratio", plan: 800 };
export const CHECK: Card = {
  code: "AVG_CHECK",
  name: "Average check",
  method: "corridor",
  min: 650,
  plan: 950,
};

/** Renders the English task pane over a memory host holding `cards`; resolves once loaded. */
export async function renderApp(cards: Card[] = []) {
  const host = memoryHost({ cards });
  render(<App host={host} language="en" theme="light" />);
  await waitFor(() => expect(screen.queryByText("Loading…")).toBeNull());
  return host;
}
