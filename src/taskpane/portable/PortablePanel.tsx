/**
 * The portable-copy panel: "Make portable" (after a confirmation that says how many KPI formulas
 * change on which sheets) and "Restore KPI formulas", for the whole workbook or one sheet.
 * Self-contained: it talks only to a PortableHost.
 */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  isPortableHost,
  PortableStoppedError,
  type PortableHost,
  type PortablePreview,
} from "../../workbook/portable/host";
import type { PortableScope } from "../../workbook/portable/plan";
import { useI18n } from "../i18n";
import { portableStrings } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface PortablePanelProps {
  /** The task pane's host; used when it also implements PortableHost. */
  host?: object;
  /** The portable actions; takes precedence over `host`. */
  portable?: PortableHost;
}

type Message = { intent: "success" | "warning" | "error" | "info"; lines: string[] };

const WORKBOOK = "\u0000workbook";

/** The panel. */
export function PortablePanel(props: PortablePanelProps) {
  const { language } = useI18n();
  const s = portableStrings[language];
  const styles = useStyles();
  const portable = props.portable ?? (isPortableHost(props.host) ? props.host : undefined);
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [choice, setChoice] = React.useState(WORKBOOK);
  const [busy, setBusy] = React.useState(false);
  const [preview, setPreview] = React.useState<PortablePreview | undefined>();
  const [message, setMessage] = React.useState<Message | undefined>();

  React.useEffect(() => {
    let live = true;
    portable?.listSheets().then(
      (names) => live && setSheets(names),
      () => live && setSheets([])
    );
    return () => {
      live = false;
    };
  }, [portable]);

  if (!portable) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{s.unavailable}</MessageBarBody>
      </MessageBar>
    );
  }

  const scope: PortableScope =
    choice === WORKBOOK ? { kind: "workbook" } : { kind: "sheet", sheet: choice };
  const warningLines = (p: { warnings: PortablePreview["warnings"] }) =>
    p.warnings.map((w) => `${w.sheet}!${w.address} ${w.fn}: ${s.warning[w.code]}`);

  /** Runs an action with the busy state and turns failures into a message. */
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setMessage(undefined);
    try {
      await action();
    } catch (e) {
      const detail = (x: unknown) => (x instanceof Error ? x.message : String(x));
      const line =
        e instanceof PortableStoppedError
          ? s.stopped(e.action, detail(e.cause))
          : s.failed(detail(e));
      setMessage({ intent: "error", lines: [line] });
    } finally {
      setBusy(false);
    }
  };

  const ask = () =>
    run(async () => {
      const p = await portable.listKpiFormulas(scope);
      if (p.perSheet.length === 0) {
        const lines = [s.nothingToConvert];
        if (p.warnings.length > 0) lines.push(s.leftAsIs(p.warnings.length), ...warningLines(p));
        setMessage({ intent: p.warnings.length > 0 ? "warning" : "info", lines });
      } else {
        setPreview(p);
      }
    });

  const convert = () =>
    run(async () => {
      setPreview(undefined);
      const out = await portable.makePortable(scope);
      const lines = out.perSheet.length > 0 ? [s.converted(out.perSheet)] : [s.nothingToConvert];
      if (out.warnings.length > 0)
        lines.push(s.leftAsIs(out.warnings.length), ...warningLines(out));
      setMessage({ intent: out.warnings.length > 0 ? "warning" : "success", lines });
    });

  const restore = () =>
    run(async () => {
      const out = await portable.restore(scope);
      const lines = out.perSheet.length > 0 ? [s.restored(out.perSheet)] : [s.nothingToRestore];
      if (out.edited > 0) lines.push(s.edited(out.edited));
      if (out.blocked) lines.push(s.blocked(out.blocked));
      const warn = out.edited > 0 || (out.blocked ?? 0) > 0;
      setMessage({
        intent: warn ? "warning" : out.perSheet.length > 0 ? "success" : "info",
        lines,
      });
    });

  return (
    <section className={styles.root} aria-label={s.title}>
      <Text as="h2" weight="semibold" size={400}>
        {s.title}
      </Text>
      <Text>{s.intro}</Text>
      <Field label={s.scope}>
        <Select value={choice} onChange={(_, d) => setChoice(d.value)} disabled={busy}>
          <option value={WORKBOOK}>{s.wholeWorkbook}</option>
          {sheets.map((name) => (
            <option key={name} value={name}>
              {s.sheet(name)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={ask} disabled={busy}>
          {s.makePortable}
        </Button>
        <Button onClick={restore} disabled={busy}>
          {s.restore}
        </Button>
        {busy && <Spinner size="tiny" label={s.working} />}
      </div>
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>
            {message.lines.map((line, i) => (
              <div key={i}>{line}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      <Dialog
        open={preview !== undefined}
        onOpenChange={(_, d) => !d.open && setPreview(undefined)}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{s.confirmTitle}</DialogTitle>
            <DialogContent>
              {preview && (
                <>
                  <p>{s.confirmText(preview.perSheet)}</p>
                  <p>{s.keptNote}</p>
                  {preview.kept > 0 && <p>{s.alreadyKept(preview.kept)}</p>}
                  {preview.warnings.length > 0 && (
                    <>
                      <p>{s.leftAsIs(preview.warnings.length)}</p>
                      <ul className={styles.list}>
                        {warningLines(preview).map((line, i) => (
                          <li key={i}>{line}</li>
                        ))}
                      </ul>
                    </>
                  )}
                </>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={convert}>
                {s.convert}
              </Button>
              <Button onClick={() => setPreview(undefined)}>{s.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
