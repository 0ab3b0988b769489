/** The Matrix tab: pick a template or cards, set weights and the bonus, build or update a sheet. */
import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Card } from "../../core/card";
import { MAX_KPIS, type MatrixRow } from "../../core/matrix";
import type { WorkbookHost } from "../../workbook/host";
import { useI18n } from "../i18n";
import { templateChoices, useLibrary } from "../library";
import { errorText, type CardsState } from "../useCards";
import type { MatricesState } from "../useMatrices";
import { BonusEditor } from "./BonusEditor";
import { WeightsEditor } from "./WeightsEditor";
import {
  applyTemplate,
  checkForm,
  emptyForm,
  formFromMatrix,
  relocalizeForm,
  type MatrixForm,
} from "./matrixForm";

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
});

export interface MatrixTabProps {
  host: WorkbookHost;
  cards: CardsState;
  matrices: MatricesState;
  onNotice(text: string): void;
  onError(detail: string): void;
}

/** Builds a matrix sheet, or updates one in place keeping its facts. */
export function MatrixTab({ host, cards, matrices, onNotice, onError }: MatrixTabProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [form, setForm] = React.useState<MatrixForm>(() => emptyForm(language));
  const [previous, setPrevious] = React.useState<readonly MatrixRow[]>([]);
  const [submitted, setSubmitted] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [built, setBuilt] = React.useState<string | null>(null);
  const templates = React.useMemo(() => templateChoices(language), [language]);
  const { library } = useLibrary();
  React.useEffect(() => setForm((f) => relocalizeForm(f, language)), [language]);

  const byCode = React.useMemo(
    () => new Map(cards.cards.map((c) => [c.code.toUpperCase(), c])),
    [cards.cards]
  );
  const cardFor = React.useCallback(
    (code: string): { card: Card; inWorkbook: boolean } | undefined => {
      const own = byCode.get(code.toUpperCase());
      if (own) return { card: own, inWorkbook: true };
      const lib = library?.card(code, language);
      return lib ? { card: lib, inWorkbook: false } : undefined;
    },
    [byCode, library, language]
  );
  const check = checkForm(form, cardFor, previous);
  const problems = submitted ? check.problems : {};

  const chooseTarget = async (sheet: string) => {
    setBuilt(null);
    setSubmitted(false);
    if (sheet === "") {
      setForm(emptyForm(language));
      setPrevious([]);
      return;
    }
    try {
      const snapshot = await host.readMatrix(sheet);
      if (!snapshot) return;
      setForm(formFromMatrix(snapshot.matrix, snapshot.sheet, language));
      setPrevious(snapshot.matrix.rows);
    } catch (e) {
      onError(errorText(e));
    }
  };

  const build = async () => {
    setSubmitted(true);
    if (!check.matrix) return;
    setBusy(true);
    try {
      if (check.missing.length > 0) {
        await host.saveCards(check.missing, { lang: language });
        await cards.reload();
      }
      const sheet = await host.buildMatrix(check.matrix, { lang: language });
      const rebuilt = form.sheet !== undefined;
      setForm({ ...form, sheet });
      setBuilt(sheet);
      await matrices.reload();
      const added = check.missing.length > 0 ? ` ${t.missingCardsAdded(check.missing.length)}` : "";
      onNotice((rebuilt ? t.matrixRebuilt(sheet) : t.matrixBuilt(sheet)) + added);
      await host.goTo({ sheet, address: "A1" });
    } catch (e) {
      onError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const nameOf = (code: string) =>
    cardFor(code)?.card.name ?? previous.find((r) => r.code === code)?.name ?? code;

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
      <Field label={t.template}>
        <Select
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
        onChange={(change) => setForm({ ...form, ...change })}
      />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void build()}>
          {busy ? t.building : form.sheet ? t.rebuild : t.build}
        </Button>
        {built && (
          <Button onClick={() => void host.goTo({ sheet: built, address: "A1" })}>
            {t.goToMatrix}
          </Button>
        )}
      </div>
    </div>
  );
}
