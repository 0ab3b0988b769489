/**
 * The "Analysis" section of the Matrix tab (loaded on demand): the run-rate forecast block of a
 * matrix mid-period and the ABC-XYZ analysis of a selected range. Both ask the host what is on
 * the sheet first and send what the pane showed with what the user changed, so a second run
 * keeps what was typed in the sheet (src/workbook/runrate-plan.ts, analysis-plan.ts).
 */
import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { MatrixSummary } from "../../core/matrix/types";
import type {
  AnalysisPreview,
  AnalysisProblem,
  AnalysisResult,
  AnalysisThresholds,
} from "../../workbook/analysis-plan";
import type { CellRef, WorkbookHost } from "../../workbook/host";
import {
  proposeDays,
  type ForecastPreview,
  type ForecastResult,
  type PeriodDays,
} from "../../workbook/runrate-plan";
import { useI18n } from "../i18n";
import { errorText } from "../useCards";
import { analysisStrings, shownNumber, typedNumber, type AnalysisStrings } from "./strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    marginTop: tokens.spacingVerticalXL,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  part: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(8.5rem, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Note = { intent: "success" | "warning" | "error"; text: string; at?: CellRef };

function Notes({ notes, host, s }: { notes: Note[]; host: WorkbookHost; s: AnalysisStrings }) {
  return (
    <>
      {notes.map((n, i) => (
        <MessageBar key={i} intent={n.intent} layout="multiline">
          <MessageBarBody>
            {n.text}{" "}
            {n.at && (
              <Button size="small" appearance="transparent" onClick={() => void host.goTo(n.at!)}>
                {s.show}
              </Button>
            )}
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}

const firstCell = (address: string) => address.split(":")[0];

function resultNotes(s: AnalysisStrings, kept: string[], conflicts: string[]): Note[] {
  const out: Note[] = [];
  if (kept.length > 0) out.push({ intent: "warning", text: s.kept(kept) });
  if (conflicts.length > 0) out.push({ intent: "warning", text: s.conflicts(conflicts) });
  return out;
}

/** The run-rate forecast of one matrix: the days (proposed, or as the sheet has them), write. */
function ForecastPart({
  host,
  matrices,
  today,
}: {
  host: WorkbookHost;
  matrices: MatrixSummary[];
  today: () => Date;
}) {
  const { t, language } = useI18n();
  const s = analysisStrings[language];
  const styles = useStyles();
  const [sheet, setSheet] = React.useState<string>(matrices[0]?.sheet ?? "");
  const [preview, setPreview] = React.useState<ForecastPreview>();
  const [elapsed, setElapsed] = React.useState("");
  const [total, setTotal] = React.useState("");
  const [hint, setHint] = React.useState("");
  const [busy, setBusy] = React.useState(false);
  const [notes, setNotes] = React.useState<Note[]>([]);

  React.useEffect(() => {
    if (!matrices.some((m) => m.sheet === sheet)) setSheet(matrices[0]?.sheet ?? "");
  }, [matrices, sheet]);

  const load = React.useCallback(
    async (name: string) => {
      if (!name) return;
      try {
        const p = await host.readForecast(name);
        setPreview(p);
        const proposal = proposeDays(p.period, today());
        const e = p.days.elapsed ?? (p.existing ? undefined : proposal?.elapsed);
        const tt = p.days.total ?? (p.existing ? undefined : proposal?.total);
        setElapsed(shownNumber(e));
        setTotal(shownNumber(tt));
        setHint(p.existing ? "" : proposal ? s.proposed(p.period) : s.notProposed(p.period));
      } catch (e) {
        setNotes([{ intent: "error", text: s.failed(errorText(e, t)) }]);
      }
    },
    [host, today, s, t]
  );

  React.useEffect(() => {
    setNotes([]);
    void load(sheet);
  }, [sheet, load]);

  if (matrices.length === 0) return <Text>{s.noMatrices}</Text>;

  const days: Partial<PeriodDays> = { elapsed: typedNumber(elapsed), total: typedNumber(total) };
  const valid =
    days.elapsed !== undefined &&
    days.total !== undefined &&
    days.elapsed > 0 &&
    days.elapsed <= days.total;
  const blocking = preview?.problem;

  const write = async () => {
    if (!valid || !preview) return;
    setBusy(true);
    setNotes([]);
    try {
      const out = await host.writeForecast(
        { sheet, days: days as PeriodDays, base: preview.days },
        { lang: language }
      );
      if (!out.ok) {
        setNotes([{ intent: "error", text: s.problem(out.problem) }]);
        return;
      }
      const r: ForecastResult = out.result;
      setNotes([
        {
          intent: "success",
          text: s.forecastDone(r.sheet, r.block, r.existing),
          at: { sheet: r.sheet, address: firstCell(r.block) },
        },
        ...resultNotes(
          s,
          r.kept,
          r.conflicts.map((c) => (c === "elapsed" ? s.elapsed : s.total))
        ),
      ]);
      await load(sheet);
    } catch (e) {
      setNotes([{ intent: "error", text: s.failed(errorText(e, t)) }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.part}>
      <Field label={s.matrix}>
        <Select value={sheet} onChange={(_, d) => setSheet(d.value)}>
          {matrices.map((m) => (
            <option key={m.sheet} value={m.sheet}>
              {m.name || m.sheet}
              {m.period ? ` · ${m.period}` : ""}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.pair}>
        <Field label={s.elapsed}>
          <Input inputMode="decimal" value={elapsed} onChange={(_, d) => setElapsed(d.value)} />
        </Field>
        <Field label={s.total}>
          <Input inputMode="decimal" value={total} onChange={(_, d) => setTotal(d.value)} />
        </Field>
      </div>
      {hint && <Text size={200}>{hint}</Text>}
      {(elapsed !== "" || total !== "") && !valid && (
        <Text size={200} role="alert">
          {s.daysInvalid}
        </Text>
      )}
      {blocking && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{s.problem(blocking)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy || !valid || !preview || !!blocking}
          onClick={() => void write()}
        >
          {preview?.existing ? s.updateForecast : s.writeForecast}
        </Button>
      </div>
      <Notes notes={notes} host={host} s={s} />
    </div>
  );
}

const KEYS = ["a", "b", "x", "y"] as const;

/** The ABC-XYZ analysis of the selected range: read it, the thresholds, write. */
function AbcXyzPart({ host }: { host: WorkbookHost }) {
  const { t, language } = useI18n();
  const s = analysisStrings[language];
  const styles = useStyles();
  const [preview, setPreview] = React.useState<AnalysisPreview>();
  const [typed, setTyped] = React.useState<Record<keyof AnalysisThresholds, string>>({
    a: "",
    b: "",
    x: "",
    y: "",
  });
  const [busy, setBusy] = React.useState(false);
  const [notes, setNotes] = React.useState<Note[]>([]);

  const read = async (keepNotes = false) => {
    if (!keepNotes) setNotes([]);
    try {
      const p = await host.readSelection();
      if ("kind" in p) {
        setPreview(undefined);
        setNotes([{ intent: "warning", text: s.problem(p as AnalysisProblem) }]);
        return;
      }
      setPreview(p);
      setTyped({
        a: shownNumber(p.thresholds.a, true),
        b: shownNumber(p.thresholds.b, true),
        x: shownNumber(p.thresholds.x, true),
        y: shownNumber(p.thresholds.y, true),
      });
    } catch (e) {
      setNotes([{ intent: "error", text: s.failed(errorText(e, t)) }]);
    }
  };

  const xyz = (preview?.shape.periods ?? 0) >= 2;
  const values = Object.fromEntries(
    KEYS.map((k) => {
      const n = typedNumber(typed[k]);
      return [k, n === undefined ? undefined : n / 100];
    })
  ) as Record<keyof AnalysisThresholds, number | undefined>;
  const inRange = (v: number | undefined) => v !== undefined && v >= 0 && v <= 1;
  const valid =
    inRange(values.a) &&
    inRange(values.b) &&
    values.a! <= values.b! &&
    (!xyz || (inRange(values.x) && inRange(values.y) && values.x! <= values.y!));

  const write = async () => {
    if (!preview || !valid) return;
    setBusy(true);
    setNotes([]);
    try {
      const thresholds: AnalysisThresholds = {
        a: values.a!,
        b: values.b!,
        x: xyz ? values.x! : preview.thresholds.x,
        y: xyz ? values.y! : preview.thresholds.y,
      };
      const out = await host.analyzeRange(
        {
          sheet: preview.shape.sheet,
          address: preview.shape.address,
          thresholds,
          base: preview.thresholds,
        },
        { lang: language }
      );
      if (!out.ok) {
        setNotes([{ intent: "error", text: s.problem(out.problem) }]);
        return;
      }
      const r: AnalysisResult = out.result;
      setNotes([
        {
          intent: "success",
          text: s.analysisDone(r.sheet, r.classes, r.summary, r.existing),
          at: { sheet: r.sheet, address: firstCell(r.summary) },
        },
        ...resultNotes(
          s,
          r.kept,
          r.conflicts.map((k) => k.toUpperCase())
        ),
      ]);
      setPreview({ ...preview, existing: true, thresholds });
    } catch (e) {
      setNotes([{ intent: "error", text: s.failed(errorText(e, t)) }]);
    } finally {
      setBusy(false);
    }
  };

  const field = (k: keyof AnalysisThresholds, label: string) => (
    <Field label={label}>
      <Input
        inputMode="decimal"
        value={typed[k]}
        onChange={(_, d) => setTyped((x) => ({ ...x, [k]: d.value }))}
      />
    </Field>
  );

  return (
    <div className={styles.part}>
      <Text>{s.abcIntro}</Text>
      <div className={styles.actions}>
        <Button onClick={() => void read()}>{s.useSelection}</Button>
      </div>
      {preview && (
        <>
          <Text>
            {s.selected(
              preview.shape.sheet,
              preview.shape.address,
              preview.items,
              preview.shape.periods
            )}
          </Text>
          {preview.existing && <Text size={200}>{s.existing}</Text>}
          <div className={styles.pair}>
            {field("a", s.thresholdA)}
            {field("b", s.thresholdB)}
            {xyz && field("x", s.thresholdX)}
            {xyz && field("y", s.thresholdY)}
          </div>
          {!valid && (
            <Text size={200} role="alert">
              {s.thresholdsInvalid}
            </Text>
          )}
          {preview.problem && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{s.problem(preview.problem)}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={busy || !valid || !!preview.problem}
              onClick={() => void write()}
            >
              {preview.existing ? s.updateAnalysis : s.writeAnalysis}
            </Button>
          </div>
        </>
      )}
      <Notes notes={notes} host={host} s={s} />
    </div>
  );
}

export interface AnalysisPanelProps {
  host: WorkbookHost;
  /** The workbook's matrix sheets (the forecast's picker). */
  matrices: { matrices: MatrixSummary[] };
  /** Today, for the proposed days (tests fix it). */
  today?: () => Date;
}

/** Both analysis screens, under one heading. */
export function AnalysisPanel({ host, matrices, today }: AnalysisPanelProps) {
  const { language } = useI18n();
  const s = analysisStrings[language];
  const styles = useStyles();
  const now = React.useMemo(() => today ?? (() => new Date()), [today]);
  return (
    <section className={styles.root} aria-label={s.title}>
      <Text as="h2" size={400} weight="semibold">
        {s.title}
      </Text>
      <section className={styles.part} aria-label={s.forecastTitle}>
        <Text as="h3" weight="semibold">
          {s.forecastTitle}
        </Text>
        <Text>{s.forecastIntro}</Text>
        <ForecastPart host={host} matrices={matrices.matrices} today={now} />
      </section>
      <section className={styles.part} aria-label={s.abcTitle}>
        <Text as="h3" weight="semibold">
          {s.abcTitle}
        </Text>
        <AbcXyzPart host={host} />
      </section>
    </section>
  );
}
