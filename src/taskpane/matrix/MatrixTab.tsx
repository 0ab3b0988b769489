/** The Matrix tab: pick a template or cards, set weights and the bonus, build or update a sheet. */
import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Card } from "../../core/card";
import { MAX_KPIS, type Matrix } from "../../core/matrix";
import { WorkbookRefusal, type MatrixConflict, type WorkbookHost } from "../../workbook/host";
import { decimalText, formatNumber, formatPercent } from "../format";
import { isPercentUnit } from "../../core/library/units";
import { nextBonusStep } from "../../core/next-step";
import { useI18n, type Language, type Strings } from "../i18n";
import { templateChoices, useLibrary } from "../library";
import { errorText, refusalText, type CardsState } from "../useCards";
import type { MatricesState } from "../useMatrices";
import { TeamPanel } from "../team/TeamPanel";
import { DashboardPanel } from "../dashboard";
import { onDemand } from "../onDemand";
import { BonusEditor } from "./BonusEditor";
import { WeightsEditor } from "./WeightsEditor";
import {
  applyTemplate,
  checkForm,
  emptyForm,
  formFromMatrix,
  relocalizeForm,
  totalPercent,
  type FormProblems,
  type MatrixForm,
} from "./matrixForm";

// The visual cards of an opened matrix and the team list load with their first use.
const MatrixCards = onDemand(() => import("../visual/VisualCards").then((m) => m.MatrixCards));
const TeamOverview = onDemand(() => import("../visual/VisualCards").then((m) => m.TeamOverview));

/** A conflict's value as the user reads it (weights and scales in percent). */
function valueText(field: string, v: unknown, lang: Language): string {
  if (v === undefined || v === null || v === "") return "—";
  if (typeof v === "number")
    return field === "weight" || field === "statusAmber" || field === "statusGreen"
      ? formatPercent(v, lang, 2)
      : decimalText(v, lang);
  if (Array.isArray(v))
    return v.map((p: { threshold: number }) => formatPercent(p.threshold, lang, 2)).join(" / ");
  return String(v);
}

/** The "sheet won" message for the conflicts of an update. */
export function conflictText(
  conflicts: readonly MatrixConflict[],
  t: Strings,
  lang: Language
): string {
  const items = conflicts.map((c) => {
    if (c.field === "row")
      return c.sheet === "kept" ? t.conflictRowKept(c.kpi ?? "") : t.conflictRowGone(c.kpi ?? "");
    const what = `${c.kpi ? `${c.kpi}: ` : ""}${t.fieldLabel(c.field)}`;
    return t.conflictItem(
      what,
      valueText(c.field, c.sheet, lang),
      valueText(c.field, c.pane, lang)
    );
  });
  return t.sheetWon(items.join("; "));
}

/** A number of a row as the sheet shows it: percents for % units. */
function rowValue(v: number | undefined, unit: string | undefined, lang: Language): string {
  if (v === undefined) return "—";
  return isPercentUnit(unit) ? formatPercent(v, lang, 2) : formatNumber(v, lang, 2);
}

/** For an opened matrix with every fact in: what each KPI needs for the next bonus step. */
function NextStepPanel({ matrix, indices }: { matrix: Matrix; indices: unknown[] }) {
  const { t, language } = useI18n();
  const step = nextBonusStep(matrix, indices);
  return (
    <section aria-labelledby="next-step-title">
      <Subtitle2 as="h2" id="next-step-title">
        {t.nextStepTitle}
      </Subtitle2>
      {!step ? (
        <Text as="p">{t.nextStepWaiting}</Text>
      ) : (
        <>
          <Text as="p">
            {t.nextStepIntro(
              formatPercent(step.score, language),
              formatPercent(step.threshold, language),
              formatPercent(step.coefficient, language)
            )}
          </Text>
          <ul>
            {step.needs
              .filter((n) => matrix.rows[n.row].weight > 0)
              .map((n) => {
                const r = matrix.rows[n.row];
                return (
                  <li key={n.row}>
                    {n.fact === undefined
                      ? t.nextStepOut(r.name)
                      : t.nextStepFact(
                          r.name,
                          rowValue(n.fact, r.unit, language),
                          rowValue(r.fact, r.unit, language)
                        )}
                  </li>
                );
              })}
          </ul>
        </>
      )}
    </section>
  );
}

/** Why the form cannot be built, in words, for the message next to the button. */
function problemTexts(p: FormProblems, form: MatrixForm, t: Strings, lang: Language): string[] {
  const out: string[] = [];
  if (p.employee) out.push(t.employeeRequired);
  if (p.picks) out.push(t.chooseCards);
  if (p.badWeight !== undefined) out.push(t.errNumber);
  if (p.weights) {
    const total = totalPercent(form.picks);
    out.push(t.weightsMustBe100(Number.isNaN(total) ? "—" : formatPercent(total / 100, lang)));
  }
  if (p.base) out.push(t.baseInvalid);
  if (p.scale) out.push(t.scaleNotIncreasing);
  return out;
}

const useStyles = makeStyles({
  // A native select is as wide as its longest option; in a narrow pane it must shrink.
  select: { minWidth: 0 },
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  pair: {
    display: "grid",
    alignItems: "start",
    gridTemplateColumns: "minmax(0, 3fr) minmax(0, 2fr)",
    columnGap: tokens.spacingHorizontalS,
  },
  input: { width: "100%", minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface MatrixTabProps {
  host: WorkbookHost;
  cards: CardsState;
  matrices: MatricesState;
  onNotice(text: string): void;
  onError(detail: string): void;
  /** Changed (counts up) when the welcome asks to build from a role template: focus its picker. */
  focusTemplate?: number;
  /** A matrix sheet to open in the form (the welcome's sample, once built). */
  openSheet?: string;
}

/** Builds a matrix sheet, or updates one in place keeping its facts. */
export function MatrixTab({
  host,
  cards,
  matrices,
  onNotice,
  onError,
  focusTemplate,
  openSheet: askedSheet,
}: MatrixTabProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const templateRef = React.useRef<HTMLSelectElement>(null);
  React.useEffect(() => {
    if (focusTemplate) templateRef.current?.focus();
  }, [focusTemplate]);
  const [form, setForm] = React.useState<MatrixForm>(() => emptyForm(language));
  // The matrix as read from the sheet being updated: an update writes only what differs from it.
  const [base, setBase] = React.useState<Matrix | undefined>(undefined);
  // The sheet as it is now, for the next-step panel (facts typed since it was opened too);
  // `base` stays what the form was filled from, so an update compares against that.
  const [live, setLive] = React.useState<{ matrix: Matrix; indices: unknown[] } | undefined>();
  const [submitted, setSubmitted] = React.useState(false);
  const [blocked, setBlocked] = React.useState<string[]>([]);
  const [warning, setWarning] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [built, setBuilt] = React.useState<string | null>(null);
  const templates = React.useMemo(() => templateChoices(language), [language]);
  const { library } = useLibrary();
  React.useEffect(() => setForm((f) => relocalizeForm(f, language)), [language]);

  // Codes match exactly as written, as in the card table.
  const byCode = React.useMemo(() => new Map(cards.cards.map((c) => [c.code, c])), [cards.cards]);
  const cardFor = React.useCallback(
    (code: string): { card: Card; inWorkbook: boolean } | undefined => {
      const own = byCode.get(code);
      if (own) return { card: own, inWorkbook: true };
      const lib = library?.card(code, language);
      return lib ? { card: lib, inWorkbook: false } : undefined;
    },
    [byCode, library, language]
  );
  const check = checkForm(form, cardFor, base);
  const problems = submitted ? check.problems : {};
  const blockedNow = submitted ? problemTexts(check.problems, form, t, language) : [];
  const reasons = [...blockedNow, ...blocked];

  /** Reads a matrix sheet into the form: everything the sheet holds, as the sheet holds it. */
  const load = async (sheet: string, templateId = "") => {
    const snapshot = await host.readMatrix(sheet);
    if (!snapshot) return false;
    setForm({
      ...formFromMatrix(snapshot.matrix, snapshot.sheet, language),
      ...(templateId ? { templateId } : {}),
    });
    setBase(snapshot.matrix);
    setLive({ matrix: snapshot.matrix, indices: snapshot.results.map((r) => r.index) });
    return true;
  };

  const chooseTarget = async (sheet: string) => {
    setBuilt(null);
    setSubmitted(false);
    setBlocked([]);
    setWarning(null);
    if (sheet === "") {
      setForm(emptyForm(language));
      setBase(undefined);
      setLive(undefined);
      return;
    }
    try {
      await load(sheet);
    } catch (e) {
      onError(errorText(e, t));
    }
  };

  // The welcome's sample (or another part of the pane) asks for a sheet: open it as a target.
  const asked = React.useRef<string | undefined>(undefined);
  React.useEffect(() => {
    if (!askedSheet || asked.current === askedSheet) return;
    asked.current = askedSheet;
    void chooseTarget(askedSheet);
  });

  const build = async () => {
    setSubmitted(true);
    setBlocked([]);
    setWarning(null);
    if (!check.matrix) return;
    setBusy(true);
    try {
      if (check.missing.length > 0) {
        await host.saveCards(check.missing, { lang: language, onlyNew: true });
        await cards.reload();
      }
      const result = await host.buildMatrix(check.matrix, { lang: language, base });
      const sheet = result.sheet;
      const rebuilt = form.sheet !== undefined;
      // The form shows the sheet again, so the next update compares against what it now holds.
      await load(sheet, form.templateId);
      setSubmitted(false);
      setBuilt(sheet);
      await matrices.reload();
      const warnings = [
        ...(result.conflicts.length > 0 ? [conflictText(result.conflicts, t, language)] : []),
        ...(result.nameErrors ? [t.nameErrorsLeft(result.nameErrors)] : []),
      ];
      if (warnings.length > 0) setWarning(warnings.join(" "));
      const added = check.missing.length > 0 ? ` ${t.missingCardsAdded(check.missing.length)}` : "";
      const relocalized = result.relocalized ? ` ${t.relocalized(result.relocalized)}` : "";
      onNotice((rebuilt ? t.matrixRebuilt(sheet) : t.matrixBuilt(sheet)) + added + relocalized);
      await host.goTo({ sheet, address: "A1" });
    } catch (e) {
      if (e instanceof WorkbookRefusal) setBlocked([refusalText(e.refusal, t)]);
      else onError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  // Facts typed in the sheet move the next-step panel (once typing pauses).
  const openSheet = form.sheet;
  React.useEffect(() => {
    if (!openSheet) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = host.onChanged(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        void host
          .readMatrix(openSheet)
          .then((s) => s && setLive({ matrix: s.matrix, indices: s.results.map((r) => r.index) }))
          .catch(() => undefined);
      }, 600);
    });
    return () => {
      if (timer) clearTimeout(timer);
      stop();
    };
  }, [host, openSheet]);

  const nameOf = (code: string) =>
    cardFor(code)?.card.name ?? base?.rows.find((r) => r.code === code)?.name ?? code;

  return (
    <div className={styles.root}>
      <Field label={t.matrixTarget}>
        <Select
          className={styles.select}
          value={form.sheet ?? ""}
          onChange={(_, data) => void chooseTarget(data.value)}
        >
          <option value="">{t.matrixNew}</option>
          {matrices.matrices.map((m) => (
            <option key={m.sheet} value={m.sheet}>
              {m.period ? `${m.sheet} (${m.period})` : m.sheet}
            </option>
          ))}
        </Select>
      </Field>
      {form.sheet && <MatrixCards host={host} sheet={form.sheet} />}
      <Field label={t.template}>
        <Select
          ref={templateRef}
          className={styles.select}
          value={form.templateId}
          onChange={(_, data) =>
            setForm(
              applyTemplate(
                form,
                templates.find((x) => x.id === data.value),
                language
              )
            )
          }
        >
          <option value="">{t.templateNone}</option>
          {templates.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {tpl.name}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.pair}>
        <Field
          label={t.employee}
          required
          validationState={problems.employee ? "error" : "none"}
          validationMessage={problems.employee ? t.employeeRequired : undefined}
        >
          <Input
            className={styles.input}
            value={form.employee}
            onChange={(_, data) => setForm({ ...form, employee: data.value })}
          />
        </Field>
        <Field label={t.period}>
          <Input
            className={styles.input}
            value={form.period}
            onChange={(_, data) => setForm({ ...form, period: data.value })}
          />
        </Field>
      </div>
      {/* Build comes right after the period, before the long lists of weights and the scale: a
          template fills those, so the usual way is a few keystrokes (Tab from Period to Build). */}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy}
          aria-describedby={reasons.length > 0 ? "matrix-blocked" : undefined}
          onClick={() => void build()}
        >
          {busy ? t.building : form.sheet ? t.rebuild : t.build}
        </Button>
        {built && (
          <Button onClick={() => void host.goTo({ sheet: built, address: "A1" })}>
            {t.goToMatrix}
          </Button>
        )}
      </div>
      {reasons.length > 0 && (
        <MessageBar intent="error" id="matrix-blocked" politeness="assertive">
          <MessageBarBody>
            {t.blockedTitle}
            <ul className={styles.reasons}>
              {reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {warning && (
        <MessageBar intent="warning" politeness="polite">
          <MessageBarBody>{warning}</MessageBarBody>
        </MessageBar>
      )}
      <WeightsEditor
        picks={form.picks}
        available={cards.cards}
        nameOf={nameOf}
        showProblems={submitted}
        onChange={(picks) => setForm({ ...form, picks })}
      />
      {form.picks.length > MAX_KPIS && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.tooManyCards(form.picks.length)}</MessageBarBody>
        </MessageBar>
      )}
      <BonusEditor
        base={form.base}
        scale={form.scale}
        interpolation={form.interpolation}
        baseProblem={problems.base !== undefined}
        scaleProblem={problems.scale !== undefined}
        statusAmber={form.statusAmber}
        statusGreen={form.statusGreen}
        thresholdProblem={problems.thresholds !== undefined}
        onChange={(change) => setForm({ ...form, ...change })}
      />
      {live && <NextStepPanel matrix={live.matrix} indices={live.indices} />}
      <TeamOverview host={host} onOpen={(sheet) => void chooseTarget(sheet)} />
      {form.sheet && <DashboardPanel host={host} sheet={form.sheet} />}
      <TeamPanel host={host} cards={cards} />
    </div>
  );
}
