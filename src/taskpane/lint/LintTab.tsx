/** The Check tab: runs the lint over one matrix or the whole workbook and links each finding. */
import * as React from "react";
import {
  Badge,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding, LintScope, Severity } from "../../core/lint/types";
import type { WorkbookHost } from "../../workbook/host";
import { useI18n } from "../i18n";
import { errorText } from "../useCards";
import type { MatricesState } from "../useMatrices";

const useStyles = makeStyles({
  // A native select is as wide as its longest option; in a narrow pane it must shrink.
  select: { minWidth: 0 },
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  bar: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS },
  scope: { flexGrow: 1 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  subject: { color: tokens.colorNeutralForeground3 },
});

/** How long the sheet must stay unchanged before the findings refresh. */
export const REFRESH_DELAY_MS = 600;

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

/** Sheet!A1 as Excel writes it, quoting sheet names with spaces or punctuation. */
export function cellLabel(sheet: string, address: string): string {
  const quoted = /^[A-Za-z0-9_\u0400-\u04FF]+$/.test(sheet)
    ? sheet
    : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${address}`;
}

export interface LintTabProps {
  host: WorkbookHost;
  matrices: MatricesState;
  /** True while the tab is shown: the check reruns each time the user comes back. */
  active: boolean;
  onError(detail: string): void;
}

/** Findings, worst first, each with a button that selects its cell. */
export function LintTab({ host, matrices, active, onError }: LintTabProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [scope, setScope] = React.useState<string>("");
  const [findings, setFindings] = React.useState<Finding[] | null>(null);
  const [busy, setBusy] = React.useState(false);

  const run = React.useCallback(async () => {
    setBusy(true);
    try {
      const target: LintScope = scope === "" ? "workbook" : { sheet: scope };
      const found = await host.lint(target);
      setFindings([...found].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]));
    } catch (e) {
      onError(errorText(e));
    } finally {
      setBusy(false);
    }
  }, [host, scope, onError]);

  // Facts and weights change in the sheet, not here: check again whenever the tab opens (only
  // then: switching the language must not rerun it).
  const latestRun = React.useRef(run);
  latestRun.current = run;
  React.useEffect(() => {
    if (active) void latestRun.current();
  }, [active]);
  // While the tab is shown, findings follow the sheet: a change reruns the check once typing
  // pauses (a burst of edits costs one check).
  React.useEffect(() => {
    if (!active) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = host.onChanged(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void latestRun.current(), REFRESH_DELAY_MS);
    });
    return () => {
      if (timer) clearTimeout(timer);
      stop();
    };
  }, [active, host]);

  const severity = { error: t.severityError, warning: t.severityWarning, info: t.severityInfo };
  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Field label={t.lintScope} className={styles.scope}>
          <Select
            className={styles.select}
            value={scope}
            onChange={(_, data) => setScope(data.value)}
          >
            <option value="">{t.lintWholeWorkbook}</option>
            {matrices.matrices.map((m) => (
              <option key={m.sheet} value={m.sheet}>
                {m.sheet}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" disabled={busy} onClick={() => void run()}>
          {t.runLint}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={t.checking} />}
      {findings === null ? (
        <Text>{t.lintNotRun}</Text>
      ) : findings.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{t.lintClean}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Text weight="semibold" aria-live="polite">
            {t.lintCount(findings.length)}
          </Text>
          <ul className={styles.list} aria-label={t.tabLint}>
            {findings.map((f, i) => {
              const where = cellLabel(f.at.sheet, f.at.address);
              return (
                <li key={`${f.code}-${where}-${i}`} className={styles.item}>
                  <div className={styles.head}>
                    <Badge appearance="tint" color={COLOR[f.severity]}>
                      {severity[f.severity]}
                    </Badge>
                    {f.subject && <Text className={styles.subject}>{f.subject}</Text>}
                  </div>
                  <Text>{f.message[language]}</Text>
                  <Button
                    appearance="transparent"
                    size="small"
                    onClick={() => void host.goTo(f.at).catch((e) => onError(errorText(e)))}
                  >
                    {t.goToCell(where)}
                  </Button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
