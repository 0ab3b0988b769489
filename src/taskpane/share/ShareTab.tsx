/** The Share tab: the portable-workbook tools, loaded only when the user opens the tab. */
import * as React from "react";
import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import type { WorkbookHost } from "../../workbook/host";
import type { PortableHost } from "../../workbook/portable/host";
import { useI18n } from "../i18n";

/** Loads the workbook's portable actions (a dynamic import, so they stay out of the first download). */
export type PortableLoader = () => Promise<PortableHost>;

/** Says the tools are unavailable when their code cannot load (offline, a broken deploy). */
class LoadFailure extends React.Component<
  { message: string; children: React.ReactNode },
  { failed: boolean }
> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{this.props.message}</MessageBarBody>
      </MessageBar>
    );
  }
}

/**
 * The panel and the portable actions as one lazy component: the formula translator and its
 * tokenizer load only when the user opens the Share tab.
 */
function lazyPanel(host: WorkbookHost, load?: PortableLoader) {
  return React.lazy(async () => {
    const [{ PortablePanel }, portable] = await Promise.all([
      import("../portable/PortablePanel"),
      load ? load() : Promise.resolve(undefined),
    ]);
    return { default: () => <PortablePanel host={host} portable={portable} /> };
  });
}

/** Shows the portable-copy panel for this workbook. */
export function ShareTab({ host, portable }: { host: WorkbookHost; portable?: PortableLoader }) {
  const { t } = useI18n();
  const Panel = React.useMemo(() => lazyPanel(host, portable), [host, portable]);
  return (
    <LoadFailure message={t.shareUnavailable}>
      <React.Suspense fallback={<Spinner size="small" label={t.shareLoading} />}>
        <Panel />
      </React.Suspense>
    </LoadFailure>
  );
}
