/** The Share tab: the portable-workbook tools (mounted here once they are part of the build). */
import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { WorkbookHost } from "../../workbook/host";
import { useI18n } from "../i18n";

/** Placeholder until the portable panel lands; says so instead of showing an empty tab. */
export function ShareTab(props: { host: WorkbookHost }) {
  void props.host;
  const { t } = useI18n();
  return (
    <MessageBar intent="info">
      <MessageBarBody>{t.shareUnavailable}</MessageBarBody>
    </MessageBar>
  );
}
