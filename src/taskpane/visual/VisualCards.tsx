/**
 * The visual cards of the Matrix tab: the KPIs of a matrix as cards (fact against plan, a progress bar, the
 * status in a word and a colour), each going to its row in the sheet; and, when the workbook has
 * a bonus register, the team as a sortable list whose names open their matrices. Everything is
 * read through the host and follows what is typed in the workbook.
 */
import * as React from "react";
import {
  Badge,
  Button,
  Card,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
  useArrowNavigationGroup,
} from "@fluentui/react-components";
import {
  ArrowSortDownRegular,
  ArrowSortUpRegular,
  CheckmarkCircleFilled,
  ErrorCircleFilled,
  WarningFilled,
} from "@fluentui/react-icons";
import { isPercentUnit } from "../../core/library/units";
import type { MatrixSnapshot } from "../../core/matrix/types";
import type { TeamSnapshot, WorkbookHost } from "../../workbook/host";
import { formatNumber, formatPercent } from "../format";
import { useI18n, type Language } from "../i18n";
import { errorText } from "../useCards";
import {
  matrixTiles,
  sortTeam,
  statusWord as statusOf,
  totalTile,
  type SortDirection,
  type Tile,
} from "./model";
import { visualStrings, type StatusWord, type TeamSortKey, type VisualStrings } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  tiles: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 9.5rem), 1fr))",
    gap: tokens.spacingHorizontalS,
    listStyle: "none",
    margin: 0,
    padding: 0,
  },
  tile: { height: "100%", boxSizing: "border-box", rowGap: tokens.spacingVerticalXS },
  total: { rowGap: tokens.spacingVerticalXS },
  name: { overflowWrap: "anywhere" },
  line: { display: "flex", flexWrap: "wrap", justifyContent: "space-between", columnGap: "4px" },
  figure: { fontVariantNumeric: "tabular-nums" },
  // Numbers and statuses take what they need on one line; names wrap in the rest. The outer
  // cells have no inset, so four columns fit a 320 px pane in Russian.
  table: {
    width: "100%",
    borderCollapse: "collapse",
    "& th:first-child, & td:first-child": { paddingLeft: 0 },
    "& th:last-child, & td:last-child": { paddingRight: 0 },
  },
  nowrap: { whiteSpace: "nowrap" },
  th: {
    textAlign: "left",
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
  },
  thNum: {
    textAlign: "right",
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
  },
  td: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
    verticalAlign: "middle",
  },
  tdNum: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  sortBar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  sort: { minWidth: 0, whiteSpace: "nowrap" },
  person: { minWidth: 0, padding: 0, textAlign: "left", height: "auto" },
  // Read by screen readers after the visible text, not shown.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

const BADGE: Record<StatusWord, { color: "success" | "warning" | "danger"; icon: JSX.Element }> = {
  green: { color: "success", icon: <CheckmarkCircleFilled /> },
  amber: { color: "warning", icon: <WarningFilled /> },
  red: { color: "danger", icon: <ErrorCircleFilled /> },
};
const BAR: Record<StatusWord, "success" | "warning" | "error"> = {
  green: "success",
  amber: "warning",
  red: "error",
};

/**
 * The status as a badge: a colour and a word (never colour alone), with an icon where there is
 * room; `small` (no icon) in the team table, where four columns share a 320 px pane.
 */
function StatusBadge({
  status,
  v,
  small,
}: {
  status: StatusWord | undefined;
  v: VisualStrings;
  small?: boolean;
}) {
  const size = small ? "small" : "medium";
  if (!status)
    return (
      <Badge appearance="outline" color="informative" size={size}>
        {v.noStatus}
      </Badge>
    );
  return (
    <Badge
      appearance="tint"
      color={BADGE[status].color}
      icon={small ? undefined : BADGE[status].icon}
      size={size}
    >
      {v.status[status]}
    </Badge>
  );
}

/** A value of a row as the sheet shows it: percents for % units. */
function valueText(x: number | undefined, unit: string | undefined, lang: Language, none: string) {
  if (x === undefined) return none;
  return isPercentUnit(unit) ? formatPercent(x, lang, 2) : formatNumber(x, lang, 2);
}

/** The index in words: the true percent, or the sheet's error. */
function indexText(tile: Pick<Tile, "index" | "indexError">, lang: Language): string {
  if (tile.index !== undefined) return formatPercent(tile.index, lang);
  if (tile.indexError) return tile.indexError.error;
  return "—";
}

function KpiTile({ tile, onGo }: { tile: Tile; onGo(): void }) {
  const { language } = useI18n();
  const v = visualStrings[language];
  const styles = useStyles();
  const fact = valueText(tile.fact, tile.unit, language, v.noFact);
  const plan = valueText(tile.plan, tile.unit, language, v.noPlan);
  const index = indexText(tile, language);
  return (
    <Card
      className={styles.tile}
      size="small"
      appearance="outline"
      focusMode="off"
      tabIndex={0}
      role="button"
      title={tile.indexError?.message}
      onClick={onGo}
      onKeyDown={(e: React.KeyboardEvent) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          onGo();
        }
      }}
    >
      <Text weight="semibold" className={styles.name}>
        {tile.name}
      </Text>
      <div className={styles.line}>
        <Text size={200}>
          {v.fact} <span className={styles.figure}>{fact}</span>
        </Text>
        <Text size={200}>
          {v.plan} <span className={styles.figure}>{plan}</span>
        </Text>
      </div>
      <ProgressBar
        aria-hidden="true"
        value={tile.bar}
        max={1}
        thickness="large"
        color={tile.status ? BAR[tile.status] : "brand"}
      />
      <div className={styles.line}>
        <Text size={300} weight="semibold" className={styles.figure}>
          {index}
        </Text>
        <StatusBadge status={tile.status} v={v} />
      </div>
      <span className={styles.hidden}> {v.goToRow}</span>
    </Card>
  );
}

function MatrixTiles({ snap, host }: { snap: MatrixSnapshot; host: WorkbookHost }) {
  const { language } = useI18n();
  const v = visualStrings[language];
  const styles = useStyles();
  // The tiles are one stop for Tab; the arrow keys move between them.
  const arrows = useArrowNavigationGroup({ axis: "grid-linear", memorizeCurrent: true });
  const tiles = matrixTiles(snap);
  const total = totalTile(snap);
  const go = (ref: { sheet: string; address: string }) =>
    void host.goTo(ref).catch(() => undefined);
  const score = indexText({ index: total.score, indexError: total.scoreError }, language);
  const bonus = total.bonus !== undefined ? formatNumber(total.bonus, language) : "—";
  return (
    <section aria-labelledby="visual-cards-title" className={styles.root}>
      <Subtitle2 as="h2" id="visual-cards-title">
        {v.cardsOf(snap.matrix.employee || snap.matrix.name || snap.sheet)}
      </Subtitle2>
      <Card
        className={styles.total}
        size="small"
        focusMode="off"
        tabIndex={0}
        role="button"
        onClick={() => go(total.at)}
        onKeyDown={(e: React.KeyboardEvent) => {
          if (e.key === "Enter" || e.key === " ") {
            e.preventDefault();
            go(total.at);
          }
        }}
      >
        <div className={styles.line}>
          <Text weight="semibold">
            {v.total} <span className={styles.figure}>{score}</span>
          </Text>
          <StatusBadge status={total.status} v={v} />
        </div>
        <ProgressBar
          aria-hidden="true"
          value={total.bar}
          max={1}
          thickness="large"
          color={total.status ? BAR[total.status] : "brand"}
        />
        <Text size={200}>
          {v.bonus} <span className={styles.figure}>{bonus}</span>
        </Text>
        <span className={styles.hidden}> {v.goToTotal}</span>
      </Card>
      <ul className={styles.tiles} aria-label={v.cardsOf(snap.sheet)} {...arrows}>
        {tiles.map((tile, i) => (
          <li key={i}>
            <KpiTile tile={tile} onGo={() => go(tile.row)} />
          </li>
        ))}
      </ul>
    </section>
  );
}

const COLUMNS: TeamSortKey[] = ["employee", "score", "status", "bonus"];

function TeamList({
  team,
  onOpen,
}: {
  team: TeamSnapshot;
  onOpen(sheet: string | undefined): void;
}) {
  const { language } = useI18n();
  const v = visualStrings[language];
  const styles = useStyles();
  const [sort, setSort] = React.useState<{ key: TeamSortKey; dir: SortDirection } | undefined>();
  const rows = sort ? sortTeam(team.rows, sort.key, sort.dir, language) : team.rows;
  const next = (key: TeamSortKey): SortDirection =>
    sort?.key === key && sort.dir === "ascending" ? "descending" : "ascending";
  return (
    <section aria-labelledby="visual-team-title" className={styles.root}>
      <Subtitle2 as="h2" id="visual-team-title">
        {v.team}
      </Subtitle2>
      <Text>{v.teamIntro(team.sheet)}</Text>
      {team.rows.length === 0 ? (
        <Text>{v.noTeam}</Text>
      ) : (
        <>
          {/* The sort buttons sit above the table: in their headers four columns would not fit
              a 320 px pane in Russian. The headers say the order (aria-sort). */}
          <div role="group" aria-label={v.sortGroup} className={styles.sortBar}>
            {COLUMNS.map((key) => {
              const active = sort?.key === key;
              return (
                <Button
                  key={key}
                  appearance={active ? "outline" : "subtle"}
                  size="small"
                  className={styles.sort}
                  aria-label={v.sortBy(v.column[key], next(key))}
                  icon={
                    active ? (
                      sort.dir === "ascending" ? (
                        <ArrowSortUpRegular />
                      ) : (
                        <ArrowSortDownRegular />
                      )
                    ) : undefined
                  }
                  iconPosition="after"
                  onClick={() => setSort({ key, dir: next(key) })}
                >
                  {v.column[key]}
                </Button>
              );
            })}
          </div>
          <table className={styles.table} aria-labelledby="visual-team-title">
            <thead>
              <tr>
                {COLUMNS.map((key) => (
                  <th
                    key={key}
                    scope="col"
                    className={key === "employee" || key === "status" ? styles.th : styles.thNum}
                    aria-sort={sort?.key === key ? sort.dir : "none"}
                  >
                    {v.column[key]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => {
                const score =
                  typeof row.score === "number" ? formatPercent(row.score, language) : "—";
                const bonus =
                  typeof row.bonus === "number" ? formatNumber(row.bonus, language) : "—";
                const status = statusOf(row.status);
                return (
                  <tr key={`${row.employee}:${i}`}>
                    <td className={styles.td}>
                      <Button
                        appearance="transparent"
                        size="small"
                        className={styles.person}
                        aria-label={
                          row.matrixSheet
                            ? v.openMatrixOf(row.employee)
                            : v.noMatrixFor(row.employee)
                        }
                        disabledFocusable={!row.matrixSheet}
                        onClick={() => onOpen(row.matrixSheet)}
                      >
                        {row.employee}
                      </Button>
                    </td>
                    <td className={`${styles.td} ${styles.tdNum} ${styles.nowrap}`}>{score}</td>
                    <td className={`${styles.td} ${styles.nowrap}`}>
                      <StatusBadge status={status} v={v} small />
                    </td>
                    <td className={`${styles.td} ${styles.tdNum} ${styles.nowrap}`}>{bonus}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** Reads with `read` now and again once typing in the workbook pauses (as the check does). */
function useLive<T>(host: WorkbookHost, read: () => Promise<T>) {
  // A failure is worded in the pane's language (a refusal or Excel's error text).
  const { t } = useI18n();
  const tRef = React.useRef(t);
  tRef.current = t;
  const [state, setState] = React.useState<{ value?: T; failure?: string; done: boolean }>({
    done: false,
  });
  React.useEffect(() => {
    let live = true;
    const run = () =>
      read().then(
        (value) => live && setState({ value, done: true }),
        (e: unknown) =>
          live && setState((s) => ({ ...s, failure: errorText(e, tRef.current), done: true }))
      );
    setState({ done: false });
    void run();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = host.onChanged(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void run(), 600);
    });
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
      stop();
    };
  }, [host, read]);
  return state;
}

export interface MatrixCardsProps {
  host: WorkbookHost;
  /** The matrix sheet to show. */
  sheet: string;
}

/** The cards of one matrix sheet, following what is typed in it. */
export function MatrixCards({ host, sheet }: MatrixCardsProps) {
  const { language } = useI18n();
  const v = visualStrings[language];
  const read = React.useCallback(() => host.readMatrix(sheet), [host, sheet]);
  const { value: snap, failure, done } = useLive(host, read);
  if (failure)
    return (
      <MessageBar intent="error">
        <MessageBarBody>{v.failed(failure)}</MessageBarBody>
      </MessageBar>
    );
  if (!done && !snap) return <Spinner size="tiny" label={v.loading} />;
  return snap ? <MatrixTiles snap={snap} host={host} /> : null;
}

export interface TeamOverviewProps {
  host: WorkbookHost;
  /** A person was chosen: their matrix sheet. */
  onOpen(sheet: string): void;
}

/** The register's people as a sortable list; nothing while the workbook has no register. */
export function TeamOverview({ host, onOpen }: TeamOverviewProps) {
  const { language } = useI18n();
  const v = visualStrings[language];
  const read = React.useCallback(() => host.readTeam(), [host]);
  const { value: team, failure } = useLive(host, read);
  if (failure)
    return (
      <MessageBar intent="error">
        <MessageBarBody>{v.failed(failure)}</MessageBarBody>
      </MessageBar>
    );
  return team ? (
    <TeamList
      team={team}
      onOpen={(sheet) => {
        if (!sheet) return;
        void host.goTo({ sheet, address: "A1" }).catch(() => undefined);
        onOpen(sheet);
      }}
    />
  ) : null;
}
