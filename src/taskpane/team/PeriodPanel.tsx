/**
 * "Next period" (loaded on demand with the team panel): the period to close and the next one
 * (proposed in the same style, src/core/periods.ts), the plans of the next period, then one
 * action that writes History first and carries every matrix forward (src/workbook/period-plan.ts).
 */
import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { nextPeriod, samePeriod } from "../../core/periods";
import type { PeriodCloseResult, WorkbookHost } from "../../workbook/host";
import type { PeriodOverview, PeriodRequest } from "../../workbook/period-plan";
import { useI18n } from "../i18n";
import { errorText } from "../useCards";
import { periodStrings, type PeriodStrings } from "./period-strings";

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

export interface PeriodPanelProps {
  host: WorkbookHost;
  /**
   * Changes when the team panel has just built the matrices: the panel reads the periods again
   * (a host need not report its own writes as changes).
   */
  built?: unknown;
}

/** What is wrong with the two names, in words; undefined when closing can go ahead. */
function problems(
  s: PeriodStrings,
  overview: PeriodOverview,
  close: string,
  next: string
): { close?: string; next?: string } {
  const held = (p: string) => overview.closed.find((c) => samePeriod(c, p));
  const out: { close?: string; next?: string } = {};
  if (!close.trim()) out.close = s.closeNeeded;
  else if (held(close) && !overview.matrices.some((m) => samePeriod(m.period, close)))
    out.close = s.closeClosed(held(close)!);
  if (!next.trim()) out.next = s.nextNeeded;
  else if (samePeriod(next, close)) out.next = s.nextSame;
  else if (held(next)) out.next = s.nextClosed(held(next)!);
  return out;
}

/** Up to this many matrices the panel follows every edit of the workbook. */
export const LIVE_MATRICES = 50;

/** The Next period panel of the team panel. */
export function PeriodPanel({ host, built }: PeriodPanelProps) {
  const { t, language } = useI18n();
  const s = periodStrings[language];
  const styles = useStyles();
  const [overview, setOverview] = React.useState<PeriodOverview | null>(null);
  const [close, setClose] = React.useState<string | null>(null);
  const [next, setNext] = React.useState<string | null>(null);
  const [plans, setPlans] = React.useState<PeriodRequest["plans"]>("keep");
  const [progress, setProgress] = React.useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = React.useState<PeriodCloseResult | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  // Reads can overlap (a change while one is under way): only the latest read is shown, so an
  // older answer arriving late never says there are no matrices after they were built.
  const latest = React.useRef(0);
  const reload = React.useCallback(async () => {
    const mine = ++latest.current;
    try {
      const read = await host.readPeriods();
      if (mine === latest.current) setOverview(read);
    } catch (e) {
      if (mine === latest.current) setError(s.failed(errorText(e, t)));
    }
  }, [host, s, t]);
  React.useEffect(() => {
    void reload();
  }, [reload, built]);
  // Reading the periods reads every matrix sheet: after each edit for a small team; for a large
  // one only when the user comes to the panel (closing reads the workbook afresh anyway).
  const matrices = overview?.matrices.reduce((n, m) => n + m.count, 0) ?? 0;
  const live = matrices <= LIVE_MATRICES;
  React.useEffect(() => {
    if (!live) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = host.onChanged(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void reload(), 500);
    });
    return () => {
      if (timer) clearTimeout(timer);
      stop();
    };
  }, [host, reload, live]);
  const comeBack = (e: React.FocusEvent) => {
    // Focus arriving from outside the panel, not moving between its fields.
    if (!live && !e.currentTarget.contains(e.relatedTarget as Node | null)) void reload();
  };

  if (!overview) return null;
  // Until the user types a name, the fields follow the workbook (the proposal moves with it).
  const closeName = close ?? overview.current;
  const nextName = next ?? nextPeriod(closeName);
  const wrong = problems(s, overview, closeName, nextName);
  const count = overview.matrices.reduce((n, m) => n + m.count, 0);
  const here = overview.matrices.find((m) => samePeriod(m.period, closeName))?.count ?? 0;
  const blank = overview.matrices.find((m) => m.period === "")?.count ?? 0;
  const others = overview.matrices.filter(
    (m) => m.period !== "" && !samePeriod(m.period, closeName)
  );

  const start = async () => {
    setError(null);
    setResult(null);
    setProgress({ done: 0, total: 1 });
    try {
      const out = await host.closePeriod(
        { period: closeName.trim(), next: nextName.trim(), plans },
        { lang: language, onProgress: (done, total) => setProgress({ done, total }) }
      );
      setResult(out);
      setClose(null);
      setNext(null);
      await reload();
    } catch (e) {
      setError(s.failed(errorText(e, t)));
    } finally {
      setProgress(null);
    }
  };

  const rows = result ? result.closed.reduce((n, c) => n + c.historyRows, 0) : 0;
  const taken = result ? result.closed.reduce((n, c) => n + c.plansTaken, 0) : 0;
  return (
    <section className={styles.root} aria-labelledby="period-title" onFocus={comeBack}>
      <Subtitle2 as="h2" id="period-title">
        {s.title}
      </Subtitle2>
      <Text>{s.intro}</Text>
      {count === 0 ? (
        <Text>{s.noMatrices}</Text>
      ) : (
        <>
          <Text>{closeName ? s.current(closeName, here + blank) : s.noPeriod}</Text>
          {others.length > 0 && (
            <Text>{s.others(others.map((m) => `${m.period} (${m.count})`).join(", "))}</Text>
          )}
          {overview.closed.length > 0 && <Text>{s.closedList(overview.closed.join(", "))}</Text>}
          <Field
            label={s.close}
            validationState={wrong.close ? "error" : "none"}
            validationMessage={wrong.close}
          >
            <Input value={closeName} onChange={(_, d) => setClose(d.value)} />
          </Field>
          <Field
            label={s.next}
            validationState={wrong.next ? "error" : "none"}
            validationMessage={wrong.next}
          >
            <Input value={nextName} onChange={(_, d) => setNext(d.value)} />
          </Field>
          <Field label={s.plans} hint={overview.hasPlansTable ? undefined : s.noPlansTable}>
            <RadioGroup
              value={plans}
              onChange={(_, d) => setPlans(d.value as PeriodRequest["plans"])}
            >
              <Radio value="keep" label={s.keepPlans} />
              <Radio value="table" label={s.tablePlans} disabled={!overview.hasPlansTable} />
            </RadioGroup>
          </Field>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={progress !== null || wrong.close !== undefined || wrong.next !== undefined}
              onClick={() => void start()}
            >
              {s.start}
            </Button>
            {result && !progress && (
              <Button onClick={() => void host.goTo({ sheet: result.historySheet, address: "A1" })}>
                {s.showHistory}
              </Button>
            )}
            {result && !progress && (
              <Button onClick={() => void host.goTo({ sheet: result.trendsSheet, address: "A1" })}>
                {s.showTrends}
              </Button>
            )}
          </div>
          {progress && (
            <Field
              validationMessage={s.writing(progress.done, progress.total)}
              validationState="none"
            >
              <ProgressBar value={progress.done} max={Math.max(progress.total, 1)} />
            </Field>
          )}
        </>
      )}
      {result && (
        <MessageBar intent={result.skipped.length > 0 ? "warning" : "success"}>
          <MessageBarBody>
            {s.done(result.closed.length, result.period, result.next, rows, result.historySheet)}
            {taken > 0 && ` ${s.plansTaken(taken)}`}
            {result.unitFactsCleared > 0 && ` ${s.unitFacts(result.unitFactsCleared)}`}
            {result.skipped.length > 0 &&
              ` ${s.skipped(result.skipped.map((x) => `${x.sheet} (${x.period})`).join(", "))}`}
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
