/** The Next period panel, its code loaded when the team panel first shows it. */
import { onDemand } from "../onDemand";
import type { PeriodPanelProps } from "./PeriodPanel";

export const LazyPeriodPanel = onDemand<PeriodPanelProps>(() =>
  import("./PeriodPanel").then((m) => m.PeriodPanel)
);
