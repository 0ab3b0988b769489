/**
 * "Build dashboard": for the open matrix or for the whole team, the dashboard sheet of native
 * Excel objects (src/workbook/dashboard-plan.ts). Loaded on demand (index.ts).
 */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { DashboardRequest, DashboardResult } from "../../workbook/dashboard-plan";
import type { WorkbookHost } from "../../workbook/host";
import { useI18n } from "../i18n";
import { errorText } from "../useCards";
import { dashboardStrings } from "./strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface DashboardPanelProps {
  host: WorkbookHost;
  /** The matrix sheet open in the Matrix tab; without it, the whole team's dashboard. */
  sheet?: string;
}

export function DashboardPanel({ host, sheet }: DashboardPanelProps) {
  const { t, language } = useI18n();
  const s = dashboardStrings[language];
  const styles = useStyles();
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<DashboardResult | "none" | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const id = React.useId();
  const request: DashboardRequest = sheet ? { scope: "matrix", sheet } : { scope: "team" };
  const scope = request.scope;

  const build = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const out = await host.buildDashboard(request, { lang: language });
      setResult(out ?? "none");
      if (out) await host.goTo({ sheet: out.sheet, address: "A1" });
    } catch (e) {
      setError(s.failed(errorText(e, t)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.root} aria-labelledby={`${id}-title`}>
      <Subtitle2 as="h2" id={`${id}-title`}>
        {s.title[scope]}
      </Subtitle2>
      <Text>{s.intro[scope]}</Text>
      <div className={styles.actions}>
        <Button disabled={busy} onClick={() => void build()}>
          {busy ? s.building : s.build[scope]}
        </Button>
        {result && result !== "none" && (
          <Button onClick={() => void host.goTo({ sheet: result.sheet, address: "A1" })}>
            {s.show}
          </Button>
        )}
      </div>
      {result && (
        <MessageBar intent={result === "none" ? "info" : "success"} politeness="polite">
          <MessageBarBody>
            {result === "none" ? s.nothing : s.built(result)}
            {result !== "none" &&
              result.omittedSeries.length > 0 &&
              ` ${s.omitted(result.omittedSeries.join(", "))}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
