/**
 * The task pane: language and theme from Office, tabs for cards, matrices, the check and sharing;
 * a welcome on a workbook with neither cards nor matrices.
 */
import * as React from "react";
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { WorkbookHost } from "../workbook/host";
import { I18nProvider, stringTables, type Language } from "./i18n";
import { CardsTab, CardDialogs } from "./cards/CardsTab";
import type { PortableLoader } from "./share/ShareTab";
import { onDemand } from "./onDemand";
import { AnalysisSection } from "./analysis/AnalysisSection";
import { errorText, refusalText, useCards } from "./useCards";
import { Welcome } from "./welcome/Welcome";
import { WorkbookRefusal } from "../workbook/host";
import { useMatrices } from "./useMatrices";
import { rememberLanguage, rememberedLanguage } from "./languageChoice";

/** Light or dark, as Office's theme is. */
export type ThemeName = "light" | "dark";

export interface AppProps {
  /** The workbook the pane works on (Office, or the sandbox's HyperFormula). */
  host: WorkbookHost;
  /** Start in this language instead of Office's display language (or the user's last choice). */
  language?: Language;
  /** Use this theme instead of Office's. */
  theme?: ThemeName;
  /** Loads the portable-copy actions for the Share tab (lazily: they carry a formula tokenizer). */
  portable?: PortableLoader;
  /** The page was opened outside Excel: say where it works instead of showing host failures. */
  outsideExcel?: boolean;
  /** Load the other tabs and the dialogs once the first screen is up (the add-in does). */
  preload?: boolean;
}

type TabName = "cards" | "matrix" | "lint" | "share";
const TABS: readonly TabName[] = ["cards", "matrix", "lint", "share"];

// The tabs behind the first one load on demand, each a chunk of its own (./onDemand).
const MatrixTab = onDemand(() => import("./matrix/MatrixTab").then((m) => m.MatrixTab));
const LintTab = onDemand(() => import("./lint/LintTab").then((m) => m.LintTab));
const ShareTab = onDemand(() => import("./share/ShareTab").then((m) => m.ShareTab));

const useStyles = makeStyles({
  provider: { minHeight: "100%", display: "flex", flexDirection: "column" },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0`,
  },
  language: { width: "7.5rem" },
  // Four tabs must fit a 320 px pane with its scroll bar in Russian on one line, with the widest
  // fallback font too (DejaVu Sans, without Segoe UI): tighter tabs, no inset on the right (the
  // left one lines the first label up with the panel), and in a pane this narrow (the bar is a
  // size container) the labels take the caption size Office's own narrow panes use. Still
  // narrower, the last tab wraps instead of making the pane scroll sideways.
  tabBar: { containerType: "inline-size" },
  tabs: {
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: 0,
    flexWrap: "wrap",
    "@container (max-width: 380px)": { paddingLeft: tokens.spacingHorizontalXS },
  },
  tab: {
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    "@container (max-width: 380px)": {
      paddingLeft: tokens.spacingHorizontalXXS,
      paddingRight: tokens.spacingHorizontalXXS,
    },
  },
  tabLabel: {
    "@container (max-width: 380px)": {
      fontSize: tokens.fontSizeBase200,
      lineHeight: tokens.lineHeightBase200,
    },
  },
  panel: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}` },
  notice: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
});

/** The whole task pane. Renders at once; language and theme settle when the host answers. */
export function App({ host, language, theme, portable, outsideExcel, preload }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Language>(language ?? rememberedLanguage() ?? "en");
  const [dark, setDark] = React.useState(theme === "dark");
  const [tab, setTab] = React.useState<TabName>("cards");
  // A tab is mounted the first time it is opened and then kept (hidden), so what the user typed
  // in it stays when they switch tabs (the Share tab starts afresh each time, as it always did).
  const [opened, setOpened] = React.useState<ReadonlySet<TabName>>(() => new Set(["cards"]));
  const [notice, setNotice] = React.useState<{ text: string; error: boolean } | null>(null);
  const cards = useCards(host, lang);
  const matrices = useMatrices(host);
  const t = stringTables[lang];

  React.useEffect(() => {
    let live = true;
    host.environment().then(
      (env) => {
        if (!live) return;
        // Office's display language decides unless the user chose one with the switch.
        if (language === undefined) setLang(rememberedLanguage() ?? env.lang);
        if (theme === undefined) setDark(env.dark);
      },
      () => undefined // Without an answer the pane stays in English and light.
    );
    return () => {
      live = false;
    };
  }, [host, language, theme]);

  React.useEffect(() => {
    if (!preload) return undefined;
    // After the first screen is painted, fetch the rest while the user reads it.
    const timer = setTimeout(() => {
      void CardDialogs.preload();
      void MatrixTab.preload();
      void LintTab.preload();
      void ShareTab.preload();
      // The KPI library's cards, for the picker and the Matrix tab (they say so if it fails).
      import("./library").then((m) => m.loadLibrary()).catch(() => undefined);
    }, 500);
    return () => clearTimeout(timer);
  }, [preload]);

  const failure = cards.error ?? matrices.error;
  React.useEffect(() => {
    if (outsideExcel) setNotice({ text: t.outsideExcel, error: false });
    else if (failure) setNotice({ text: t.hostError(failure), error: true });
  }, [failure, t, outsideExcel]);

  // The welcome's "Build from a role template" asks the Matrix tab to focus its template picker.
  const [templateAsk, setTemplateAsk] = React.useState(0);
  // The matrix sheet the Matrix tab opens (the sample's, once built).
  const [openSheet, setOpenSheet] = React.useState<string | undefined>();

  const say = React.useCallback((text: string) => setNotice({ text, error: false }), []);
  const fail = React.useCallback(
    (detail: string) => setNotice({ text: t.hostError(detail), error: true }),
    [t]
  );
  const select = (name: TabName) => {
    setTab(name);
    setOpened((o) => (o.has(name) ? o : new Set(o).add(name)));
    // A success report is about the tab it came from; an error (or the note that the page runs
    // outside Excel) stays until dismissed.
    setNotice((n) => (n?.error || outsideExcel ? n : null));
    // The user may have edited the card table or a matrix by hand in the meantime.
    void cards.reload();
    void matrices.reload();
  };

  const firstStart =
    !outsideExcel &&
    !failure &&
    !cards.loading &&
    matrices.loaded &&
    cards.cards.length === 0 &&
    matrices.matrices.length === 0;

  const buildSample = async () => {
    try {
      const { buildSample: build } = await import("./welcome/sample");
      const result = await build(host, lang);
      await Promise.all([cards.reload(), matrices.reload()]);
      setOpenSheet(result.matrixSheet);
      select("matrix");
      say(t.sampleBuilt(result.matrixSheet));
    } catch (e) {
      if (e instanceof WorkbookRefusal) setNotice({ text: refusalText(e.refusal, t), error: true });
      else fail(errorText(e, t));
    }
  };

  const panel = (name: TabName) => ({
    role: "tabpanel",
    id: `panel-${name}`,
    "aria-labelledby": `tab-${name}`,
    hidden: tab !== name,
    className: styles.panel,
  });

  return (
    <FluentProvider
      theme={dark ? webDarkTheme : webLightTheme}
      lang={lang}
      className={styles.provider}
    >
      <I18nProvider language={lang}>
        <header className={styles.header}>
          <Text as="h1" size={500} weight="semibold">
            {t.appTitle}
          </Text>
          <Select
            aria-label={t.language}
            className={styles.language}
            value={lang}
            onChange={(_, data) => {
              setLang(data.value as Language);
              rememberLanguage(data.value as Language);
              // A notice is text in the old language: drop it rather than mix languages.
              setNotice(null);
            }}
          >
            <option value="en" lang="en">
              English
            </option>
            <option value="ru" lang="ru">
              Русский
            </option>
          </Select>
        </header>
        <div className={styles.tabBar}>
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={tab}
            onTabSelect={(_, data) => select(data.value as TabName)}
            aria-label={t.appTitle}
          >
            {TABS.map((name) => (
              <Tab
                key={name}
                value={name}
                id={`tab-${name}`}
                aria-controls={`panel-${name}`}
                className={styles.tab}
                content={{ className: styles.tabLabel }}
              >
                {
                  {
                    cards: t.tabCards,
                    matrix: t.tabMatrix,
                    lint: t.tabLint,
                    share: t.tabShare,
                  }[name]
                }
              </Tab>
            ))}
          </TabList>
        </div>
        {notice && (
          <MessageBar
            className={styles.notice}
            intent={notice.error ? "error" : outsideExcel ? "info" : "success"}
            layout="multiline"
            politeness={notice.error ? "assertive" : "polite"}
          >
            <MessageBarBody>{notice.text}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  aria-label={t.close}
                  icon={<DismissRegular />}
                  onClick={() => setNotice(null)}
                />
              }
            />
          </MessageBar>
        )}
        <div {...panel("cards")}>
          {firstStart && (
            <Welcome
              onTemplate={() => {
                select("matrix");
                setTemplateAsk((n) => n + 1);
              }}
              onSample={buildSample}
            />
          )}
          <CardsTab state={cards} onNotice={say} />
        </div>
        <div {...panel("matrix")}>
          {opened.has("matrix") && (
            <MatrixTab
              host={host}
              cards={cards}
              matrices={matrices}
              onNotice={say}
              onError={fail}
              focusTemplate={templateAsk}
              openSheet={openSheet}
            />
          )}
          {opened.has("matrix") && <AnalysisSection host={host} matrices={matrices} />}
        </div>
        <div {...panel("lint")}>
          {opened.has("lint") && (
            <LintTab host={host} matrices={matrices} active={tab === "lint"} onError={fail} />
          )}
        </div>
        <div {...panel("share")}>
          {tab === "share" && <ShareTab host={host} portable={portable} />}
        </div>
      </I18nProvider>
    </FluentProvider>
  );
}
