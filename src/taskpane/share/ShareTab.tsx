/** The Share tab: the portable-copy panel, with the workbook's portable actions loaded on demand. */
import * as React from "react";
import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { WorkbookHost } from "../../workbook/host";
import type { PortableHost } from "../../workbook/portable/host";
import { useI18n } from "../i18n";
import { errorText } from "../useCards";
import { PortablePanel } from "../portable/PortablePanel";

/** Loads the workbook's portable actions (a dynamic import, so they stay out of the first download). */
export type PortableLoader = () => Promise<PortableHost>;

type Loaded =
  { state: "loading" } | { state: "ready"; portable?: PortableHost } | { state: "failed" };

/**
 * Shows the portable-copy panel for this workbook. The panel itself is small and part of the
 * pane; the actions behind it carry the formula translator and its tokenizer, so they load only
 * when the user opens this tab. (A lazily loaded panel would share Fluent modules with the first
 * download and stop webpack from concatenating them: the first download grew by ~10 kB gzipped.)
 */
export function ShareTab({ host, portable }: { host: WorkbookHost; portable?: PortableLoader }) {
  const { t } = useI18n();
  const [loaded, setLoaded] = React.useState<Loaded>(
    portable ? { state: "loading" } : { state: "ready" }
  );
  React.useEffect(() => {
    if (!portable) return undefined;
    let live = true;
    portable().then(
      (p) => live && setLoaded({ state: "ready", portable: p }),
      (e) => {
        if (!live) return;
        // Say it plainly in the pane; the detail goes to the console for support.
        console.error(errorText(e));
        setLoaded({ state: "failed" });
      }
    );
    return () => {
      live = false;
    };
  }, [portable]);

  if (loaded.state === "loading") return <Spinner size="small" label={t.shareLoading} />;
  if (loaded.state === "failed") {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{t.shareUnavailable}</MessageBarBody>
      </MessageBar>
    );
  }
  return <PortablePanel host={host} portable={loaded.portable} />;
}
