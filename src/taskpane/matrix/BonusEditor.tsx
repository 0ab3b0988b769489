/**
 * The bonus block of the builder: the base, the scale rows (thresholds and coefficients in
 * percent, as the sheet shows them), how to read between them, and the status thresholds
 * (blank: from the scale, so red pays nothing and green pays the full bonus).
 */
import * as React from "react";
import {
  Button,
  Field,
  Input,
  Label,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import type { Interpolation } from "../../core/matrix";
import { formatPercent } from "../format";
import { useI18n } from "../i18n";
import { scaleThresholds, type MatrixForm, type ScaleRowText } from "./matrixForm";

const useStyles = makeStyles({
  // A native select is as wide as its longest option; in a narrow pane it must shrink.
  select: { minWidth: 0 },
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  pair: {
    display: "grid",
    alignItems: "start",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalS,
  },
  table: { width: "100%", borderCollapse: "collapse", tableLayout: "fixed" },
  actionCol: { width: "2.5rem" },
  input: { width: "100%", minWidth: 0 },
  head: {
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}` },
});

export interface BonusEditorProps {
  base: string;
  scale: ScaleRowText[];
  interpolation: Interpolation;
  baseProblem: boolean;
  scaleProblem: boolean;
  /** Status thresholds in percent as typed ("" or undefined: from the scale). */
  statusAmber?: string;
  statusGreen?: string;
  thresholdProblem?: boolean;
  onChange(
    change: Partial<
      Pick<MatrixForm, "base" | "scale" | "interpolation" | "statusAmber" | "statusGreen">
    >
  ): void;
}

/** Bonus base, step or linear reading, and the editable scale table. */
export function BonusEditor(props: BonusEditorProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  // What blank threshold fields mean, from the scale as typed now.
  const derived = scaleThresholds({ scale: props.scale, interpolation: props.interpolation });
  const placeholder = (x: number) => formatPercent(x, language, 2).replace(/\u00a0%$/, "");
  const setRow = (index: number, change: Partial<ScaleRowText>) =>
    props.onChange({ scale: props.scale.map((r, i) => (i === index ? { ...r, ...change } : r)) });

  return (
    <div className={styles.root}>
      <div className={styles.pair}>
        <Field
          label={t.bonusBase}
          validationState={props.baseProblem ? "error" : "none"}
          validationMessage={props.baseProblem ? t.baseInvalid : undefined}
        >
          <Input
            className={styles.input}
            inputMode="decimal"
            value={props.base}
            onChange={(_, data) => props.onChange({ base: data.value })}
          />
        </Field>
        <Field label={t.interpolation}>
          <Select
            className={styles.select}
            value={props.interpolation}
            onChange={(_, data) => props.onChange({ interpolation: data.value as Interpolation })}
          >
            <option value="step">{t.interpolationStep}</option>
            <option value="linear">{t.interpolationLinear}</option>
          </Select>
        </Field>
      </div>
      <div role="group" aria-labelledby="bonus-scale-label">
        <Label id="bonus-scale-label" weight="semibold">
          {t.bonusScale}
        </Label>
        <table className={styles.table}>
          <colgroup>
            <col />
            <col />
            <col className={styles.actionCol} />
          </colgroup>
          <thead>
            <tr>
              <th className={styles.head} scope="col">
                {t.scaleFrom}
              </th>
              <th className={styles.head} scope="col">
                {t.scaleCoef}
              </th>
              <td />
            </tr>
          </thead>
          <tbody>
            {props.scale.map((row, i) => (
              <tr key={i}>
                <td className={styles.cell}>
                  <Input
                    className={styles.input}
                    aria-label={t.scaleThreshold(i + 1)}
                    inputMode="decimal"
                    value={row.threshold}
                    onChange={(_, data) => setRow(i, { threshold: data.value })}
                  />
                </td>
                <td className={styles.cell}>
                  <Input
                    className={styles.input}
                    aria-label={t.scaleCoefficient(i + 1)}
                    inputMode="decimal"
                    value={row.coefficient}
                    onChange={(_, data) => setRow(i, { coefficient: data.value })}
                  />
                </td>
                <td className={styles.cell}>
                  <Button
                    appearance="subtle"
                    icon={<DeleteRegular />}
                    aria-label={t.removeScaleRow(i + 1)}
                    onClick={() => props.onChange({ scale: props.scale.filter((_, j) => j !== i) })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {props.scaleProblem && (
          <Text role="alert" className={styles.error}>
            {t.scaleNotIncreasing}
          </Text>
        )}
      </div>
      <div role="group" aria-labelledby="status-thresholds-label">
        <Label id="status-thresholds-label" weight="semibold">
          {t.statusThresholds}
        </Label>
        <div className={styles.pair}>
          <Field
            label={t.statusAmberFrom}
            validationState={props.thresholdProblem ? "error" : "none"}
          >
            <Input
              className={styles.input}
              inputMode="decimal"
              value={props.statusAmber ?? ""}
              placeholder={placeholder(derived.amber)}
              onChange={(_, data) => props.onChange({ statusAmber: data.value })}
            />
          </Field>
          <Field
            label={t.statusGreenFrom}
            validationState={props.thresholdProblem ? "error" : "none"}
          >
            <Input
              className={styles.input}
              inputMode="decimal"
              value={props.statusGreen ?? ""}
              placeholder={placeholder(derived.green)}
              onChange={(_, data) => props.onChange({ statusGreen: data.value })}
            />
          </Field>
        </div>
        <Text size={200}>
          {props.thresholdProblem
            ? t.statusThresholdsInvalid
            : t.statusFromScale(
                formatPercent(derived.amber, language, 2),
                formatPercent(derived.green, language, 2)
              )}
        </Text>
      </div>
      <div>
        <Button
          icon={<AddRegular />}
          onClick={() =>
            props.onChange({ scale: [...props.scale, { threshold: "", coefficient: "" }] })
          }
        >
          {t.addScaleRow}
        </Button>
      </div>
    </div>
  );
}
