/** The cards of a matrix with their weights and a live total that must reach 100 %. */
import * as React from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  Label,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Card } from "../../core/card";
import { totalIsWhole } from "../../core/weights";
import { useI18n } from "../i18n";
import { formatPercent, parseNumber } from "../format";
import { spreadEvenly, totalPercent, type Pick } from "./matrixForm";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    minHeight: "36px",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  check: { flexGrow: 1, minWidth: 0 },
  weight: { width: "5.5rem", flexShrink: 0 },
  totalRow: { display: "flex", alignItems: "flex-end", columnGap: tokens.spacingHorizontalS },
  total: { flexGrow: 1 },
});

export interface WeightsEditorProps {
  picks: Pick[];
  /** The workbook's cards; those not picked are offered unticked below the picked ones. */
  available: readonly Card[];
  nameOf(code: string): string;
  /** Show the total as an error (after the user pressed Build). */
  showProblems: boolean;
  onChange(picks: Pick[]): void;
}

/** Tick cards, type their weights (percent), watch the total. */
export function WeightsEditor(props: WeightsEditorProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const { picks } = props;
  // Codes match exactly as written, as in the card table.
  const picked = new Set(picks.map((p) => p.code));
  const others = props.available.filter((c) => !picked.has(c.code));
  const total = totalPercent(picks);
  const complete = totalIsWhole(total / 100);
  const totalText = Number.isNaN(total) ? "—" : formatPercent(total / 100, language);

  const setWeight = (at: number, weight: string) =>
    props.onChange(picks.map((p, i) => (i === at ? { ...p, weight } : p)));
  const add = (card: Card) =>
    props.onChange([
      ...picks,
      {
        code: card.code,
        weight: card.weight ? String(Math.round(card.weight * 1e11) / 1e9) : "0",
      },
    ]);
  const remove = (at: number) => props.onChange(picks.filter((_, i) => i !== at));

  let state: "success" | "warning" | "error" = "success";
  if (!complete)
    state = props.showProblems || total > 100 || Number.isNaN(total) ? "error" : "warning";

  return (
    <div className={styles.root} role="group" aria-labelledby="matrix-cards-label">
      <Label id="matrix-cards-label" weight="semibold">
        {t.matrixCards}
      </Label>
      {picks.length === 0 && others.length === 0 && <Text>{t.noCardsForMatrix}</Text>}
      <ul className={styles.list}>
        {picks.map((pick, i) => {
          const name = pick.name || props.nameOf(pick.code);
          const bad = parseNumber(pick.weight);
          return (
            <li key={`${pick.row ?? "new"}:${pick.code}:${i}`} className={styles.item}>
              <Checkbox className={styles.check} label={name} checked onChange={() => remove(i)} />
              <Input
                className={styles.weight}
                aria-label={t.weightOf(name)}
                aria-invalid={bad === null || (bad ?? 0) < 0}
                inputMode="decimal"
                value={pick.weight}
                contentAfter={<span aria-hidden="true">%</span>}
                onChange={(_, data) => setWeight(i, data.value)}
              />
            </li>
          );
        })}
        {others.map((card) => (
          <li key={card.code} className={styles.item}>
            <Checkbox
              className={styles.check}
              label={card.name}
              checked={false}
              onChange={() => add(card)}
            />
          </li>
        ))}
      </ul>
      <div className={styles.totalRow}>
        <Field
          className={styles.total}
          label={t.weightsTotal(totalText)}
          validationState={state}
          validationMessage={complete ? t.weightsOk : t.weightsMustBe100(totalText)}
        >
          <ProgressBar
            value={Number.isNaN(total) ? 0 : Math.min(total, 100)}
            max={100}
            color={complete ? "success" : total > 100 ? "error" : "brand"}
          />
        </Field>
        <Button disabled={picks.length === 0} onClick={() => props.onChange(spreadEvenly(picks))}>
          {t.spreadEvenly}
        </Button>
      </div>
    </div>
  );
}
