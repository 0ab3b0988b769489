/** The workbook's cards as React state, read once and written back through the host. */
import * as React from "react";
import type { Card, Lang } from "../core/card";
import { WorkbookRefusal, type Refusal, type WorkbookHost } from "../workbook/host";
import { stringTables, type Strings } from "./i18n";

export interface CardsState {
  cards: Card[];
  loading: boolean;
  /** The last failure's message, or null. */
  error: string | null;
  /**
   * Adds or updates these cards by code (the card table is created on first use). `base`: the
   * cards as the pane showed them before the edit, so only what the user changed is written.
   */
  upsert: (cards: Card[], base?: Card[]) => Promise<boolean>;
  /** Deletes the cards with these codes. */
  remove: (codes: string[]) => Promise<boolean>;
  /** Reads the card table again (after a matrix build added cards, for example). */
  reload: () => Promise<void>;
}

/** What a refusal tells the user, in the pane's language. */
export function refusalText(r: Refusal, t: Strings): string {
  switch (r.reason) {
    case "portable":
      return t.refusedPortable;
    case "merged":
      return t.refusedMerged(`${r.sheet}!${r.address}`);
    case "notMatrix":
      return t.refusedNotMatrix(r.sheet);
    case "period":
      return r.problem === "inHistory"
        ? t.refusedPeriodInHistory(r.period)
        : r.problem === "noMatrices"
          ? t.refusedPeriodNoMatrices(r.period)
          : t.refusedPeriodName(r.period);
  }
}

/** Error text for a host failure, whatever was thrown (a refusal in the user's words). */
export function errorText(error: unknown, t: Strings = stringTables.en): string {
  if (error instanceof WorkbookRefusal) return refusalText(error.refusal, t);
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
        setError(errorText(e, stringTables[lang]));
        return false;
      }
      await reload();
      return true;
    },
    [reload, lang]
  );
  const upsert = React.useCallback(
    (next: Card[], base?: Card[]) =>
      write(() => host.saveCards(next, { lang, ...(base ? { base } : { onlyNew: true }) })),
    [host, lang, write]
  );
  const remove = React.useCallback(
    (codes: string[]) => write(() => host.deleteCards(codes)),
    [host, write]
  );

  return { cards, loading, error, upsert, remove, reload };
}
