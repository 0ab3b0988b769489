/**
 * The Matrix tab's "Analysis" section, closed until the user opens it: only then does its code
 * (the forecast and ABC-XYZ screens, ./AnalysisPanel) load, in a chunk of its own. This file is
 * part of the Matrix tab's first render, so it stays tiny: a disclosure button and the loader.
 */
import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { MatrixSummary } from "../../core/matrix/types";
import type { WorkbookHost } from "../../workbook/host";
import { useI18n } from "../i18n";
import { onDemand } from "../onDemand";

const AnalysisPanel = onDemand(() => import("./AnalysisPanel").then((m) => m.AnalysisPanel));

/** The button's words (the panel's own strings load with it). */
const TITLE = {
  en: "Analysis: forecast, ABC-XYZ",
  ru: "Анализ: прогноз, ABC-XYZ",
} as const;

export function AnalysisSection(props: {
  host: WorkbookHost;
  matrices: { matrices: MatrixSummary[] };
}) {
  const { language } = useI18n();
  const [open, setOpen] = React.useState(false);
  return (
    <div>
      <Button
        appearance="subtle"
        aria-expanded={open}
        aria-controls="analysis-section"
        onClick={() => setOpen((o) => !o)}
      >
        {open ? "▾" : "▸"} {TITLE[language]}
      </Button>
      <div id="analysis-section" hidden={!open}>
        {open && <AnalysisPanel {...props} />}
      </div>
    </div>
  );
}
