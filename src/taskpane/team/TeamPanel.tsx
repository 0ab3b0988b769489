/**
 * The whole staff at once: create the staff table, then build (or rebuild) every matrix and
 * the bonus register, with progress and a way to stop between batches.
 */
import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Card } from "../../core/card";
import {
  collectiveCodes,
  memberMatrix,
  positionCards,
  type PositionProblem,
} from "../../core/team";
import { ROLE_TEMPLATES } from "../../core/templates/roles";
import type { StaffSnapshot, TeamBuildResult, WorkbookHost } from "../../workbook/host";
import type { TeamRequest } from "../../workbook/team-plan";
import { useI18n } from "../i18n";
import { useLibrary } from "../library";
import { LazyPeriodPanel } from "./period-lazy";
import { errorText, type CardsState } from "../useCards";
import { teamStrings, type TeamStrings } from "./strings";
import { DashboardPanel } from "../dashboard";
import { onDemand } from "../onDemand";

/** The roll-up's part of the panel, in a chunk of its own. */
const Rollup = onDemand(() => import("./RollupPanel").then((m) => m.RollupPanel));

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

export interface TeamPanelProps {
  host: WorkbookHost;
  cards: CardsState;
}

/** The team panel of the Matrix tab. */
export function TeamPanel({ host, cards }: TeamPanelProps) {
  const { t, language } = useI18n();
  const s = teamStrings[language];
  const styles = useStyles();
  const { library } = useLibrary();
  const [staff, setStaff] = React.useState<StaffSnapshot | undefined | null>(null);
  const [period, setPeriod] = React.useState("");
  const [progress, setProgress] = React.useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = React.useState<{ out: TeamBuildResult; skipped: string[] } | null>(
    null
  );
  const [error, setError] = React.useState<string | null>(null);
  const cancel = React.useRef(false);

  const reload = React.useCallback(async () => {
    try {
      setStaff(await host.readStaff());
    } catch (e) {
      setError(s.failed(errorText(e, t)));
    }
  }, [host, s]);
  React.useEffect(() => {
    void reload();
  }, [reload]);
  // The period field proposes the period most matrices show (a rebuild keeps to it), until the
  // user types one.
  const typedPeriod = React.useRef(false);
  const hasStaff = !!staff;
  React.useEffect(() => {
    if (!hasStaff) return undefined;
    let live = true;
    host.listMatrices().then(
      (list) => {
        if (!live || typedPeriod.current) return;
        const counts = new Map<string, number>();
        for (const m of list) {
          const p = m.period.trim();
          if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
        }
        let best = "";
        for (const [p, n] of counts) if (n > (counts.get(best) ?? 0)) best = p;
        if (best) setPeriod((current) => current || best);
      },
      () => undefined
    );
    return () => {
      live = false;
    };
  }, [host, hasStaff]);
  // People typed into the staff table show up here as they are typed.
  React.useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = host.onChanged(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void reload(), 500);
    });
    return () => {
      if (timer) clearTimeout(timer);
      stop();
    };
  }, [host, reload]);

  const cardFor = (code: string): Card | undefined =>
    cards.cards.find((c) => c.code === code) ?? library?.card(code, language);

  const reasonText = (p: PositionProblem) =>
    s.reason[p.kind](p.kind === "unknownCode" || p.kind === "unknownPosition" ? p.code : "");

  const create = async () => {
    setError(null);
    try {
      await host.createStaffTables([], { lang: language });
      await reload();
    } catch (e) {
      setError(s.failed(errorText(e, t)));
    }
  };

  const buildAll = async () => {
    setError(null);
    setResult(null);
    // Read the staff table again: the build follows what it holds now.
    const staff = await host.readStaff().catch(() => undefined);
    if (!staff) return;
    setStaff(staff);
    const request: TeamRequest = { period: period.trim(), members: [], skipped: [] };
    const missing = new Map<string, Card>();
    for (const member of staff.members) {
      const p = positionCards(member.position, ROLE_TEMPLATES, cardFor);
      if ("kind" in p) {
        request.skipped.push({ member, reason: reasonText(p) });
        continue;
      }
      for (const { card } of p.cards)
        if (!cards.cards.some((c) => c.code === card.code)) missing.set(card.code, card);
      request.members.push({
        member,
        matrix: memberMatrix(member, p, staff.plans, period.trim()),
        collective: collectiveCodes(p),
      });
    }
    cancel.current = false;
    setProgress({ done: 0, total: 1 });
    try {
      // Library cards a position names join the card table first, as a template build does.
      if (missing.size > 0) {
        await host.saveCards([...missing.values()], { lang: language, onlyNew: true });
        await cards.reload();
      }
      const out = await host.buildTeam(request, {
        lang: language,
        onProgress: (done, total) => setProgress({ done, total }),
        cancelled: () => cancel.current,
      });
      setResult({
        out,
        skipped: request.skipped.map((x) => `${x.member.employee} (${x.reason})`),
      });
    } catch (e) {
      setError(s.failed(errorText(e, t)));
    } finally {
      setProgress(null);
    }
  };

  if (staff === null) return null;
  const people = staff?.members.length ?? 0;
  return (
    <section className={styles.root} aria-labelledby="team-title">
      <Subtitle2 as="h2" id="team-title">
        {s.title}
      </Subtitle2>
      {!staff && (
        <>
          <Text>{s.intro}</Text>
          <div className={styles.actions}>
            <Button onClick={() => void create()}>{s.createStaff}</Button>
          </div>
        </>
      )}
      {staff && (
        <>
          <Text>{people > 0 ? s.staffCount(people, staff.sheet) : s.noStaffYet}</Text>
          <Field label={s.period}>
            <Input
              value={period}
              onChange={(_, d) => {
                typedPeriod.current = true;
                setPeriod(d.value);
              }}
            />
          </Field>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={progress !== null || people === 0}
              onClick={() => void buildAll()}
            >
              {s.buildAll}
            </Button>
            {progress && <Button onClick={() => (cancel.current = true)}>{s.cancel}</Button>}
            {result && !progress && (
              <Button
                onClick={() => void host.goTo({ sheet: result.out.registerSheet, address: "A1" })}
              >
                {s.showRegister}
              </Button>
            )}
            {result && !progress && result.out.unitFactsSheet && (
              <Button
                onClick={() => void host.goTo({ sheet: result.out.unitFactsSheet!, address: "A1" })}
              >
                {s.showUnitFacts}
              </Button>
            )}
          </div>
          {progress && (
            <Field
              validationMessage={s.building(progress.done, progress.total)}
              validationState="none"
            >
              <ProgressBar value={progress.done} max={Math.max(progress.total, 1)} />
            </Field>
          )}
        </>
      )}
      {result && (
        <MessageBar
          intent={
            result.out.cancelled ||
            result.skipped.length > 0 ||
            result.out.results.some((r) => r.noUnit?.length)
              ? "warning"
              : "success"
          }
        >
          <MessageBarBody>
            {result.out.cancelled
              ? s.cancelled(result.out.done, result.out.total)
              : s.built(...counts(result.out))}
            {result.skipped.length > 0 && ` ${s.skipped(result.skipped.join("; "))}`}
            {conflictCount(result.out) > 0 && ` ${s.conflicts(conflictCount(result.out))}`}
            {collectiveNotes(result.out, s)}
          </MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {staff && people > 0 && <Rollup host={host} built={result?.out} />}
      <LazyPeriodPanel host={host} built={result?.out} />
      {staff && people > 0 && <DashboardPanel host={host} />}
    </section>
  );
}

function counts(out: TeamBuildResult): [number, number] {
  return [
    out.results.filter((r) => r.built === "new").length,
    out.results.filter((r) => r.built === "updated").length,
  ];
}

/** What the build says about collective KPIs: people without a unit, facts typed in a matrix. */
function collectiveNotes(out: TeamBuildResult, s: TeamStrings): string {
  const noUnit = out.results.filter((r) => r.noUnit?.length);
  const kept = out.results.filter((r) => r.keptFacts?.length);
  let text = "";
  if (noUnit.length > 0)
    text += ` ${s.noUnit(noUnit.map((r) => `${r.employee} (${r.noUnit!.join(", ")})`).join("; "))}`;
  if (kept.length > 0)
    text += ` ${s.keptFacts(kept.map((r) => `${r.employee} (${r.keptFacts!.join(", ")})`).join("; "))}`;
  return text;
}

function conflictCount(out: TeamBuildResult): number {
  return out.results.reduce((n, r) => n + r.conflicts.length, 0);
}
