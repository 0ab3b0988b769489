/** The KPI library: ready cards to tick and add to the workbook's card table in one go. */
import * as React from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Card } from "../../core/card";
import { useI18n } from "../i18n";
import { useLibrary, type LibraryEntry } from "../library";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { maxHeight: "55vh", overflowY: "auto" },
  group: { listStyleType: "none", margin: 0, padding: 0 },
  category: {
    display: "block",
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  description: { color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalXXL },
});

export interface LibraryPickerProps {
  open: boolean;
  /** Codes already in the workbook: shown ticked and disabled. */
  existingCodes: string[];
  onAdd(cards: Card[]): void | Promise<void>;
  onClose(): void;
}

/** Entries grouped by category, in the library's order. */
function groups(entries: LibraryEntry[]): Array<[string, LibraryEntry[]]> {
  const out = new Map<string, LibraryEntry[]>();
  for (const e of entries) out.set(e.category, [...(out.get(e.category) ?? []), e]);
  return [...out];
}

function matches(entry: LibraryEntry, query: string): boolean {
  const q = query.trim().toLocaleLowerCase();
  return (
    q === "" ||
    [entry.card.code, entry.card.name, entry.description].some((v) =>
      v.toLocaleLowerCase().includes(q)
    )
  );
}

/** A searchable checklist of the library's cards in the current language. */
export function LibraryPicker(props: LibraryPickerProps) {
  const { t, language } = useI18n();
  const styles = useStyles();
  const [query, setQuery] = React.useState("");
  const [chosen, setChosen] = React.useState<Set<string>>(new Set());
  const { library, failed } = useLibrary();
  const entries = React.useMemo(() => library?.entries(language) ?? [], [library, language]);
  const existing = new Set(props.existingCodes.map((c) => c.toUpperCase()));

  React.useEffect(() => {
    if (props.open) {
      setQuery("");
      setChosen(new Set());
    }
  }, [props.open]);

  if (!props.open) return null;
  const toggle = (code: string, on: boolean) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(code);
      else next.delete(code);
      return next;
    });
  const add = () =>
    void props.onAdd(entries.filter((e) => chosen.has(e.card.code)).map((e) => e.card));

  return (
    <Dialog open onOpenChange={(_, data) => (data.open ? undefined : props.onClose())}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{t.libraryTitle}</DialogTitle>
          <DialogContent className={styles.content}>
            <SearchBox
              aria-label={t.searchLibrary}
              placeholder={t.searchLibrary}
              value={query}
              onChange={(_, data) => setQuery(data.value)}
            />
            {!library &&
              (failed ? (
                <MessageBar intent="error">
                  <MessageBarBody>{t.libraryUnavailable}</MessageBarBody>
                </MessageBar>
              ) : (
                <Spinner size="small" label={t.loading} />
              ))}
            <div className={styles.list}>
              {groups(entries.filter((entry) => matches(entry, query))).map(([category, group]) => (
                <section key={category} aria-label={category}>
                  <Subtitle2 as="h3" className={styles.category}>
                    {category}
                  </Subtitle2>
                  <ul className={styles.group}>
                    {group.map((entry) => {
                      const code = entry.card.code;
                      const already = existing.has(code.toUpperCase());
                      const direction =
                        entry.direction === "lower" ? t.directionLower : t.directionHigher;
                      const descriptionId = `library-${code}-description`;
                      return (
                        <li key={code} className={styles.item}>
                          <Checkbox
                            label={entry.card.name}
                            checked={already || chosen.has(code)}
                            disabled={already}
                            aria-describedby={descriptionId}
                            onChange={(_, data) => toggle(code, data.checked === true)}
                          />
                          <Caption1 id={descriptionId} className={styles.description}>
                            {[entry.description, entry.card.unit, direction]
                              .concat(already ? [t.libraryAlreadyAdded] : [])
                              .filter(Boolean)
                              .join(" · ")}
                          </Caption1>
                        </li>
                      );
                    })}
                  </ul>
                </section>
              ))}
            </div>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={chosen.size === 0} onClick={add}>
              {t.addSelected(chosen.size)}
            </Button>
            <Button appearance="secondary" onClick={props.onClose}>
              {t.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
