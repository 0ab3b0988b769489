/**
 * The roll-up of the team panel (loaded on demand): unit → network scores from the bonus
 * register, weighted by headcount or by bonus base. The choice lives on the roll-up sheet;
 * the pane shows the one the last build used.
 */
import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../core/card";
import type { WorkbookHost } from "../../workbook/host";
import type { RollupResult, RollupWeighting } from "../../workbook/rollup-plan";
import { useI18n } from "../i18n";
import { plural } from "../i18n/plural";
import { errorText } from "../useCards";

export interface RollupStrings {
  title: string;
  intro: string;
  weighting: string;
  headcount: string;
  base: string;
  keep: string;
  build: string;
  show: string;
  built(r: RollupResult): string;
  noBase: string;
  pivotUnsupported: string;
  noRegister: string;
  failed(detail: string): string;
}

const units = (lang: Lang, n: number) =>
  lang === "en"
    ? `${n} ${plural("en", n, { one: "unit", other: "units" })}`
    : `${n} ${plural("ru", n, { one: "подразделение", few: "подразделения", many: "подразделений", other: "подразделения" })}`;

export const rollupStrings: Record<Lang, RollupStrings> = {
  en: {
    title: "Roll-up",
    intro: "Scores by unit and for the whole network, from the bonus register, as live formulas.",
    weighting: "Weight each person's score by",
    headcount: "Headcount (every scored person alike)",
    base: "Bonus base (from the staff table)",
    keep: "As the roll-up sheet has it",
    build: "Build roll-up",
    show: "Show roll-up",
    built: (r) =>
      `Roll-up on "${r.sheet}": ${units("en", r.units.length)}, weighted by ${r.weighting === "base" ? "bonus base" : "headcount"}${r.pivot ? ", with a PivotTable beside it" : ""}.`,
    noBase: "The staff table has no bonus base column, so the roll-up is weighted by headcount.",
    pivotUnsupported:
      "This Excel gives add-ins no PivotTables (ExcelApi 1.8): the roll-up is formulas only.",
    noRegister: "There is no bonus register yet: build for everyone first.",
    failed: (d) => `The roll-up was not built: ${d}`,
  },
  ru: {
    title: "Свод",
    intro: "Результаты по подразделениям и по всей сети из ведомости премий — живыми формулами.",
    weighting: "Взвешивать результат сотрудника",
    headcount: "По численности (все с результатом поровну)",
    base: "По базе премии (из таблицы сотрудников)",
    keep: "Как указано на листе свода",
    build: "Собрать свод",
    show: "Показать свод",
    built: (r) =>
      `Свод на листе «${r.sheet}»: ${units("ru", r.units.length)}, взвешено ${r.weighting === "base" ? "по базе премии" : "по численности"}${r.pivot ? ", рядом сводная таблица" : ""}.`,
    noBase: "В таблице сотрудников нет столбца базы премии, поэтому свод взвешен по численности.",
    pivotUnsupported:
      "Эта версия Excel не даёт надстройкам сводные таблицы (ExcelApi 1.8): свод только из формул.",
    noRegister: "Ведомости премий ещё нет: сначала соберите матрицы для всех.",
    failed: (d) => `Свод не собран: ${d}`,
  },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type Choice = RollupWeighting | "keep";

export interface RollupPanelProps {
  host: WorkbookHost;
  /** What the last Build for everyone did: a roll-up the workbook has is built again after it. */
  built?: unknown;
}

export function RollupPanel({ host, built }: RollupPanelProps) {
  const { t, language } = useI18n();
  const s = rollupStrings[language];
  const styles = useStyles();
  const [choice, setChoice] = React.useState<Choice>("keep");
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<RollupResult | null>(null);
  const [message, setMessage] = React.useState<{ intent: "warning" | "error"; text: string }>();

  // After Build for everyone the register has new rows: a roll-up the workbook has follows it
  // (the choice on its sheet kept); a workbook without one gets none.
  const words = React.useRef({ language, t });
  words.current = { language, t };
  React.useEffect(() => {
    if (built === undefined) return undefined;
    let live = true;
    host.buildRollup({ lang: words.current.language, onlyIfBuilt: true }).then(
      (out) => {
        if (!live || !out) return;
        setResult(out);
        setChoice(out.weighting);
      },
      (e: unknown) => {
        if (!live) return;
        const { language: l, t: table } = words.current;
        setMessage({ intent: "error", text: rollupStrings[l].failed(errorText(e, table)) });
      }
    );
    return () => {
      live = false;
    };
  }, [built, host]);

  const build = async () => {
    setBusy(true);
    setMessage(undefined);
    try {
      const out = await host.buildRollup({
        lang: language,
        ...(choice === "keep" ? {} : { weighting: choice }),
      });
      if (!out) {
        setResult(null);
        setMessage({ intent: "warning", text: s.noRegister });
        return;
      }
      setResult(out);
      setChoice(out.weighting);
    } catch (e) {
      setMessage({ intent: "error", text: s.failed(errorText(e, t)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.root} aria-label={s.title}>
      <Text weight="semibold">{s.title}</Text>
      <Text>{s.intro}</Text>
      <Field label={s.weighting}>
        <RadioGroup value={choice} onChange={(_, d) => setChoice(d.value as Choice)}>
          <Radio value="keep" label={s.keep} />
          <Radio value="headcount" label={s.headcount} />
          <Radio value="base" label={s.base} />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button disabled={busy} onClick={() => void build()}>
          {s.build}
        </Button>
        {result && (
          <Button onClick={() => void host.goTo({ sheet: result.sheet, address: "A1" })}>
            {s.show}
          </Button>
        )}
      </div>
      {result && (
        <MessageBar intent={result.notes.length > 0 ? "warning" : "success"}>
          <MessageBarBody>
            {s.built(result)}
            {result.notes.includes("noBase") && ` ${s.noBase}`}
            {result.notes.includes("pivotUnsupported") && ` ${s.pivotUnsupported}`}
          </MessageBarBody>
        </MessageBar>
      )}
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
