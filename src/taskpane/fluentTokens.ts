/**
 * Stands in for Fluent's `tokens` table (@fluentui/tokens/lib/tokens.js) in the add-in's bundles;
 * webpack.config.js swaps it in. Fluent's table holds ~540 strings, each the CSS variable of its
 * own name (tokens.colorNeutralForeground1 === "var(--colorNeutralForeground1)"; the z-indexes
 * with a fallback). While every user of the table sits in one chunk the minifier folds the used
 * strings in and drops the table; once the tabs and dialogs that load on demand use it too, it is
 * shared between chunks and all of it ships in the pane's first download (~4 kB gzipped). This
 * stand-in gives the same strings without the list. test/taskpane/fluent-tokens.test.ts checks
 * it against Fluent's own table: an upgrade that changes a token's form fails there.
 */
import type { tokens as fluentTokens } from "@fluentui/react-components";

/** The tokens Fluent gives a fallback (themes need not define the layers' z-indexes). */
const FALLBACKS: Record<string, number> = {
  zIndexBackground: 0,
  zIndexContent: 1,
  zIndexOverlay: 1000,
  zIndexPopup: 2000,
  zIndexMessages: 3000,
  zIndexFloating: 4000,
  zIndexPriority: 5000,
  zIndexDebug: 6000,
};

export const tokens = new Proxy(
  {},
  {
    get: (_target, name) => {
      if (typeof name !== "string") return undefined;
      const fallback = FALLBACKS[name];
      return fallback === undefined ? `var(--${name})` : `var(--${name}, ${fallback})`;
    },
  }
) as typeof fluentTokens;
