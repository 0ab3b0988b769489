/** The Cards tab: search, the list, the editor, the library and delete confirmation. */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Spinner,
  Text,
  makeStyles,
  tokens,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { AddRegular, LibraryRegular } from "@fluentui/react-icons";
import type { Card } from "../../core/card";
import { useI18n } from "../i18n";
import type { CardsState } from "../useCards";
import { onDemand } from "../onDemand";
import { CardList } from "./CardList";
import { draftFromCard, emptyDraft, freeCode, searchCards, type CardDraft } from "./cardForm";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  count: { color: tokens.colorNeutralForeground3 },
  // While a dialog's code arrives, the spinner floats where the dialog will open: nothing moves.
  pending: {
    position: "fixed",
    inset: 0,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    pointerEvents: "none",
  },
  pendingBox: {
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow16,
  },
});

function Pending({ children }: { children: React.ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.pending}>
      <div className={styles.pendingBox}>{children}</div>
    </div>
  );
}

/** The editor, the library and the delete confirmation: a chunk of their own (./dialogs). */
export const CardDialogs = onDemand(() => import("./dialogs").then((m) => m.CardDialogs), {
  pending: (spinner) => <Pending>{spinner}</Pending>,
});

/** What the editor is doing: nothing, a new card, or editing the card with this code. */
type Editing = { draft: CardDraft; code: string | null } | null;

export interface CardsTabProps {
  state: CardsState;
  /** Shows a short confirmation ("Card saved.") in the pane's status area. */
  onNotice(text: string): void;
}

/** Lists, searches and edits the workbook's cards. */
export function CardsTab({ state, onNotice }: CardsTabProps) {
  const { t, language } = useI18n();
  // The dialogs open from state, not from a DialogTrigger: mark the buttons that open them so
  // the focus comes back to them when a dialog closes (else it drops to the page's body).
  const restoreFocus = useRestoreFocusTarget();
  const styles = useStyles();
  const [query, setQuery] = React.useState("");
  const [editing, setEditing] = React.useState<Editing>(null);
  const [deleting, setDeleting] = React.useState<Card | null>(null);
  const [libraryOpen, setLibraryOpen] = React.useState(false);
  const { cards } = state;
  const codes = React.useMemo(() => cards.map((c) => c.code), [cards]);
  const others = React.useMemo(
    () => cards.filter((c) => c.code !== editing?.code),
    [cards, editing]
  );
  const base = cards.find((c) => c.code === editing?.code);
  const shown = searchCards(cards, query);

  const saveCard = async (card: Card) => {
    // An edit writes only what changed against the card as listed; a new card is only added.
    if (await state.upsert([card], base ? [base] : undefined)) {
      setEditing(null);
      onNotice(t.cardSaved(card.name));
    }
  };
  const duplicate = (card: Card) => {
    const copy = { ...card, code: freeCode(card.code, codes) };
    setEditing({ draft: draftFromCard(copy, language), code: null });
  };
  const confirmDelete = async () => {
    if (!deleting) return;
    const gone = deleting;
    if (await state.remove([gone.code])) onNotice(t.cardDeleted(gone.name));
    setDeleting(null);
  };
  const addFromLibrary = async (picked: Card[]) => {
    const taken = new Set(codes.map((c) => c.toUpperCase()));
    const fresh = picked.filter((c) => !taken.has(c.code.toUpperCase()));
    if (await state.upsert(fresh)) {
      setLibraryOpen(false);
      onNotice(t.libraryAdded(fresh.length));
    }
  };

  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <Button
          {...restoreFocus}
          appearance="primary"
          icon={<AddRegular />}
          onClick={() => setEditing({ draft: emptyDraft(), code: null })}
        >
          {t.newCard}
        </Button>
        <Button {...restoreFocus} icon={<LibraryRegular />} onClick={() => setLibraryOpen(true)}>
          {t.fromLibrary}
        </Button>
      </div>
      <SearchBox
        aria-label={t.searchCards}
        placeholder={t.searchCards}
        value={query}
        onChange={(_, data) => setQuery(data.value)}
      />
      {state.loading ? (
        <Spinner size="small" label={t.loading} />
      ) : cards.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t.noCardsYet}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <Text size={200} className={styles.count} aria-live="polite">
            {t.cardCount(shown.length)}
          </Text>
          {shown.length === 0 ? (
            <Text>{t.noCardsFound}</Text>
          ) : (
            <CardList
              cards={shown}
              onEdit={(card) =>
                setEditing({ draft: draftFromCard(card, language), code: card.code })
              }
              onDuplicate={duplicate}
              onDelete={setDeleting}
            />
          )}
        </>
      )}
      {(editing !== null || deleting !== null || libraryOpen) && (
        <CardDialogs
          editor={{
            draft: editing?.draft ?? null,
            editing: editing?.code != null,
            base,
            others,
            onSave: saveCard,
            onCancel: () => setEditing(null),
          }}
          remove={{
            name: deleting?.name ?? null,
            onConfirm: confirmDelete,
            onCancel: () => setDeleting(null),
          }}
          library={{
            open: libraryOpen,
            existingCodes: codes,
            onAdd: addFromLibrary,
            onClose: () => setLibraryOpen(false),
          }}
        />
      )}
    </div>
  );
}
