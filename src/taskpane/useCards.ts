/** The workbook's cards as React state, read once and written back through the host. */
import * as React from "react";
import type { Card, Lang } from "../core/card";
import type { WorkbookHost } from "../workbook/host";

export interface CardsState {
  cards: Card[];
  loading: boolean;
  /** The last failure's message, or null. */
  error: string | null;
  /** Adds or updates these cards by code (the card table is created on first use). */
  upsert: (cards: Card[]) => Promise<boolean>;
  /** Deletes the cards with these codes. */
  remove: (codes: string[]) => Promise<boolean>;
  /** Reads the card table again (after a matrix build added cards, for example). */
  reload: () => Promise<void>;
}

/** Error text for a host failure, whatever was thrown. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Loads the cards from the host and writes changes through it. After each write the table is
 * read again, so the list shows what the workbook holds (rows typed by hand included).
 */
export function useCards(host: WorkbookHost, lang: Lang): CardsState {
  const [cards, setCards] = React.useState<Card[]>([]);
  const [loading, setLoading] = React.useState(true);
  const [error, setError] = React.useState<string | null>(null);

  const reload = React.useCallback(async () => {
    try {
      setCards(await host.readCards());
      setError(null);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setLoading(false);
    }
  }, [host]);

  React.useEffect(() => {
    void reload();
  }, [reload]);

  const write = React.useCallback(
    async (change: () => Promise<void>) => {
      try {
        await change();
      } catch (e) {
        setError(errorText(e));
        return false;
      }
      await reload();
      return true;
    },
    [reload]
  );
  const upsert = React.useCallback(
    (next: Card[]) => write(() => host.saveCards(next, { lang })),
    [host, lang, write]
  );
  const remove = React.useCallback(
    (codes: string[]) => write(() => host.deleteCards(codes)),
    [host, write]
  );

  return { cards, loading, error, upsert, remove, reload };
}
