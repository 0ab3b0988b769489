/** The dashboard panel, loaded on demand (its own chunk) where the Matrix tab shows it. */
import { onDemand } from "../onDemand";
import type { DashboardPanelProps } from "./DashboardPanel";

export const DashboardPanel = onDemand<DashboardPanelProps>(() =>
  import("./DashboardPanel").then((m) => m.DashboardPanel)
);
