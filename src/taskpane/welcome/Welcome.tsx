/**
 * The first start: a workbook with no cards and no matrix gets a short welcome with the two ways
 * in, building a matrix from a role template or opening a sample workbook (built through the
 * host, so it works the same in Excel and in the sandbox).
 */
import * as React from "react";
import { Button, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    marginBottom: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  text: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface WelcomeProps {
  /** Opens the Matrix tab at its role template picker. */
  onTemplate(): void;
  /** Builds the sample workbook; resolves when done (the pane reports how it went). */
  onSample(): Promise<void>;
}

export function Welcome({ onTemplate, onSample }: WelcomeProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [busy, setBusy] = React.useState(false);
  return (
    <section className={styles.root} aria-labelledby="welcome-title">
      <Subtitle2 as="h2" id="welcome-title" className={styles.text}>
        {t.welcomeTitle}
      </Subtitle2>
      <Text as="p" className={styles.text}>
        {t.welcomeText}
      </Text>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onTemplate}>
          {t.welcomeTemplate}
        </Button>
        <Button
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void onSample().finally(() => setBusy(false));
          }}
        >
          {busy ? t.welcomeSampleBuilding : t.welcomeSample}
        </Button>
      </div>
    </section>
  );
}
