/** The card editor: a dialog with one labelled field per card column, checked as the user types. */
import * as React from "react";
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Card } from "../../core/card";
import { proposeCode } from "../../core/card";
import { isPercentUnit } from "../../core/library/units";
import { useI18n } from "../i18n";
import { checkDraft, methodLabels, type CardDraft, type DraftProblems } from "./cardForm";

const useStyles = makeStyles({
  // A native select is as wide as its longest option; in a narrow pane it must shrink.
  select: { minWidth: 0 },
  // An Input is as wide as its text box's default size; in grid cells it must fit the cell.
  input: { width: "100%", minWidth: 0 },
  // minWidth 0: the dialog body is a grid, and a long method name must not widen it.
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  row: {
    display: "grid",
    alignItems: "start",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalS,
  },
  pair: {
    display: "grid",
    alignItems: "start",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalS,
  },
});

export interface CardEditorProps {
  /** The draft to edit; the dialog is closed when this is null. */
  draft: CardDraft | null;
  /** True when editing an existing card (the title says so). */
  editing: boolean;
  /** The card being edited (fields the editor does not show are kept), or undefined. */
  base?: Card;
  /** The other cards of the workbook, for the unique code check. */
  others: readonly Card[];
  onSave(card: Card): void | Promise<void>;
  onCancel(): void;
}

/** Edits one card; Save stays enabled and shows every problem when pressed too early. */
export function CardEditor(props: CardEditorProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [draft, setDraft] = React.useState<CardDraft | null>(props.draft);
  const [touched, setTouched] = React.useState<Set<keyof CardDraft>>(new Set());
  const [submitted, setSubmitted] = React.useState(false);
  // A new card's code follows its name until the user types a code of their own.
  const [codeFollowsName, setCodeFollowsName] = React.useState(true);
  const [collective, setCollective] = React.useState(props.base?.collective === true);

  React.useEffect(() => {
    setDraft(props.draft);
    setTouched(new Set());
    setSubmitted(false);
    setCodeFollowsName(!props.editing && (props.draft?.code ?? "") === "");
    setCollective(props.base?.collective === true);
  }, [props.draft, props.editing, props.base]);

  const { others, base } = props;
  const check = React.useMemo(
    () => (draft ? checkDraft(draft, others, language, t.errNumber, base) : null),
    [draft, others, language, t, base]
  );
  const problems: DraftProblems = check?.problems ?? {};

  if (!draft) return null;
  // A card in % takes its bounds in percent, as the weight: say so on the labels.
  const inPercent = isPercentUnit(draft.unit) ? ", %" : "";

  const update = (field: keyof CardDraft, value: string) => {
    const next = { ...draft, [field]: value };
    if (field === "code") setCodeFollowsName(value === "");
    if (field === "name" && codeFollowsName && !props.editing) {
      next.code = proposeCode(
        value,
        others.map((c) => c.code)
      );
    }
    setDraft(next);
    setTouched((prev) => new Set(prev).add(field));
  };
  const fieldProps = (field: keyof CardDraft) => {
    const problem = problems[field];
    // Errors appear once a field was touched or Save was pressed; warnings show at once.
    const shown = problem && (problem.severity === "warning" || submitted || touched.has(field));
    return shown
      ? { validationState: problem.severity, validationMessage: problem.text }
      : { validationState: "none" as const };
  };
  const text = (field: keyof CardDraft, label: string, extra: { required?: boolean } = {}) => (
    <Field label={label} {...fieldProps(field)} required={extra.required}>
      <Input
        className={styles.input}
        value={draft[field]}
        onChange={(_, data) => update(field, data.value)}
      />
    </Field>
  );

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (check?.card) {
      const card: Card = { ...check.card };
      if (collective) card.collective = true;
      else delete card.collective;
      await props.onSave(card);
    }
  };

  return (
    <Dialog open onOpenChange={(_, data) => (data.open ? undefined : props.onCancel())}>
      <DialogSurface aria-describedby={undefined}>
        <form onSubmit={save} noValidate>
          <DialogBody>
            <DialogTitle>{props.editing ? t.editorEditTitle : t.editorNewTitle}</DialogTitle>
            <DialogContent className={styles.form}>
              <div className={styles.pair}>
                <Field
                  label={t.fieldCode}
                  hint={props.editing ? t.fieldCodeFixed : t.fieldCodeHint}
                  required
                  {...fieldProps("code")}
                >
                  {/* Matrices refer to cards by code, so an existing card keeps its code. */}
                  <Input
                    className={styles.input}
                    value={draft.code}
                    readOnly={props.editing}
                    onChange={(_, data) => update("code", data.value)}
                  />
                </Field>
                {text("name", t.fieldName, { required: true })}
              </div>
              <Field label={t.fieldGoal}>
                <Textarea
                  value={draft.goal}
                  rows={2}
                  onChange={(_, data) => update("goal", data.value)}
                />
              </Field>
              <Field label={t.fieldMethod} {...fieldProps("method")}>
                <Select
                  className={styles.select}
                  value={draft.method}
                  onChange={(_, data) => update("method", data.value)}
                >
                  {methodLabels(t).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t.fieldDirection}>
                <Select
                  className={styles.select}
                  value={draft.direction}
                  onChange={(_, data) => update("direction", data.value)}
                >
                  <option value="">{t.directionUnset}</option>
                  <option value="higher">{t.directionHigher}</option>
                  <option value="lower">{t.directionLower}</option>
                </Select>
              </Field>
              <div className={styles.row}>
                {text("min", t.fieldMin + inPercent)}
                {text("plan", t.fieldPlan + inPercent)}
                {text("max", t.fieldMax + inPercent)}
              </div>
              <div className={styles.row}>
                {text("unit", t.fieldUnit)}
                {text("period", t.fieldPeriod)}
                {text("weight", t.fieldWeight)}
              </div>
              <div className={styles.pair}>
                {text("owner", t.fieldOwner)}
                {text("source", t.fieldSource)}
              </div>
              {text("actions", t.fieldActions)}
              <Field hint={t.fieldCollectiveHint}>
                <Checkbox
                  label={t.fieldCollective}
                  checked={collective}
                  onChange={(_, data) => setCollective(data.checked === true)}
                />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit">
                {t.save}
              </Button>
              <Button appearance="secondary" onClick={props.onCancel}>
                {t.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
