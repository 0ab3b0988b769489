/**
 * A small spreadsheet view of the sandbox workbook: sheet tabs, a formula bar and a grid whose
 * values HyperFormula computes. Typing a fact and pressing Enter recalculates the matrix, as in
 * Excel. Dev-only (the sandbox page); plain React and CSS so the task pane's look is not mixed in.
 */
import * as React from "react";
import { cellAddress, columnName, parseRange } from "../workbook/a1";
import type { CellInput } from "../workbook/plan";
import { formatNumber } from "./display";
import type { SandboxHost } from "./host";
import type { SandboxLabels } from "./labels";
import { cellInput, columnWidths, isErrorValue } from "./grid-model";
import { ChartLayer } from "./charts-view";

/** Icon-set lights as the grid draws them (Excel's three traffic lights). */
const LIGHTS = { red: "#E0443E", amber: "#F2B233", green: "#3FA34D" } as const;

interface Cell {
  row: number;
  col: number;
}

const MIN_ROWS = 24;
const MIN_COLS = 10;

/** Text a cell shows: numbers in their number format, errors as Excel writes them. */
function shown(value: unknown, format: string | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatNumber(value, format);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isErrorValue(value)) return value.error;
  return String(value);
}

/** The grid, its formula bar and sheet tabs over a sandbox host. */
export function SheetGrid({
  host,
  labels,
  onLeave,
}: {
  host: SandboxHost;
  labels: SandboxLabels;
  /** F6 (Excel's key for the next pane): Tab moves the selection, so this is the way out. */
  onLeave?: () => void;
}) {
  const [, redraw] = React.useReducer((n: number) => n + 1, 0);
  const [sheet, setSheet] = React.useState<string | undefined>(undefined);
  const [cell, setCell] = React.useState<Cell>({ row: 0, col: 0 });
  const [editing, setEditing] = React.useState<string | null>(null);
  const [bar, setBar] = React.useState("");
  const seen = React.useRef<{ active?: string; selection?: unknown }>({});
  const gridRef = React.useRef<HTMLDivElement>(null);

  // Follow the host: a build or a finding's "go to" switches the sheet and selects the cell.
  React.useEffect(
    () =>
      host.subscribe(() => {
        if (host.activeSheet && host.activeSheet !== seen.current.active) {
          seen.current.active = host.activeSheet;
          setSheet(host.activeSheet);
        }
        if (host.selection && host.selection !== seen.current.selection) {
          seen.current.selection = host.selection;
          const r = parseRange(host.selection.address);
          setSheet(host.selection.sheet);
          setCell({ row: r.row, col: r.col });
          setEditing(null);
        }
        redraw();
      }),
    [host]
  );

  // Other writers (the portable panel) change HyperFormula directly: redraw on its events too.
  React.useEffect(() => {
    const events = ["valuesUpdated", "sheetAdded", "sheetRemoved", "sheetRenamed"] as const;
    const listener = () => redraw();
    for (const e of events) host.hf.on(e, listener);
    return () => {
      for (const e of events) host.hf.off(e, listener);
    };
  }, [host]);

  const sheets = host.sheetNames();
  const current = sheet && sheets.includes(sheet) ? sheet : sheets[0];
  const values = current ? host.values(current) : [];
  const address = cellAddress(cell.row, cell.col);
  const formula = current ? host.formula(current, address) : null;
  const formulaText = formula === null ? "" : String(formula);

  React.useEffect(() => setBar(formulaText), [formulaText, current, address]);
  // The cursor's cell is the sandbox's selection, as the active cell is Excel's (the ABC-XYZ
  // analysis reads it; one cell means the data around it). Marked as seen: the grid does not
  // follow its own selection.
  React.useEffect(() => {
    if (!current) return;
    host.selection = { sheet: current, address };
    seen.current.selection = host.selection;
  }, [host, current, address]);
  React.useEffect(() => {
    gridRef.current
      ?.querySelector<HTMLElement>(`[data-address="${address}"]`)
      ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [address, current]);

  const rows = Math.max(values.length + 3, MIN_ROWS);
  const cols = Math.max(...values.map((r) => r.length + 1), MIN_COLS);
  const widths = columnWidths(values, cols);

  const commit = (text: string, move: Cell | null) => {
    const input: CellInput | null = cellInput(text);
    // A workbook with no sheet yet (nothing built) gets one, as Excel's book always has: typing
    // into the empty grid writes there and computes at once instead of being dropped.
    if (current) host.setCell(current, address, input);
    else if (input !== null) {
      host.setCell(labels.firstSheet, address, input);
      setSheet(labels.firstSheet);
    }
    setEditing(null);
    if (move) setCell(move);
    gridRef.current?.focus();
  };
  const moveBy = (dr: number, dc: number) =>
    setCell({ row: Math.max(0, cell.row + dr), col: Math.max(0, cell.col + dc) });

  const onGridKey = (e: React.KeyboardEvent) => {
    if (editing !== null) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Tab: [0, e.shiftKey ? -1 : 1],
    };
    if (e.key === "F6" && onLeave) {
      e.preventDefault();
      onLeave();
    } else if (moves[e.key]) {
      e.preventDefault();
      moveBy(...moves[e.key]);
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      setEditing(formulaText);
    } else if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      commit("", null);
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      setEditing(e.key);
    }
  };
  const onEditKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      commit(e.currentTarget.value, { row: cell.row + 1, col: cell.col });
    } else if (e.key === "Tab") {
      e.preventDefault();
      commit(e.currentTarget.value, { row: cell.row, col: cell.col + 1 });
    } else if (e.key === "Escape") {
      e.preventDefault();
      setEditing(null);
      gridRef.current?.focus();
    }
  };

  // Data bars are drawn relative to the largest value in their column, as Excel's automatic bars.
  const barMax = new Map<number, number>();
  if (current) {
    values.forEach((r, ri) =>
      r.forEach((v, ci) => {
        if (typeof v === "number" && host.formats.look(current, ri, ci, v).dataBar)
          barMax.set(ci, Math.max(barMax.get(ci) ?? 0, v));
      })
    );
  }

  return (
    <section className="grid-app" aria-label={labels.workbook}>
      <div className="formula-bar">
        <label className="name-box" htmlFor="formula-input">
          {address}
        </label>
        <input
          id="formula-input"
          aria-label={labels.formulaBar(address)}
          value={bar}
          onChange={(e) => setBar(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              commit(bar, { row: cell.row + 1, col: cell.col });
            }
          }}
        />
      </div>
      <div
        className="grid-scroll"
        ref={gridRef}
        tabIndex={0}
        aria-keyshortcuts={onLeave ? "F6" : undefined}
        role="region"
        aria-label={current ? labels.sheet(current) : labels.emptyWorkbook}
        onKeyDown={onGridKey}
      >
        <table className="grid" data-sheet={current ?? ""}>
          <thead>
            <tr>
              <th className="corner" aria-hidden="true" />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} scope="col" style={{ width: `${widths[c]}ch` }}>
                  {columnName(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, r) => (
              <tr key={r}>
                <th scope="row">{r + 1}</th>
                {Array.from({ length: cols }, (_, c) => {
                  const value = values[r]?.[c] ?? null;
                  const look = current
                    ? host.formats.look(current, r, c, value, (f) => host.evaluate(current, f))
                    : {};
                  const here = r === cell.row && c === cell.col;
                  const addr = cellAddress(r, c);
                  const style: React.CSSProperties = {
                    background: look.fill,
                    color: look.fontColor,
                    fontWeight: look.bold ? 600 : undefined,
                    fontStyle: look.italic ? "italic" : undefined,
                  };
                  if (look.dataBar && typeof value === "number" && (barMax.get(c) ?? 0) > 0) {
                    const pct = Math.max(0, Math.min(1, value / (barMax.get(c) as number))) * 100;
                    style.background = `linear-gradient(90deg, ${look.dataBar}66 ${pct}%, transparent ${pct}%)`;
                  }
                  const numeric = typeof value === "number";
                  return (
                    <td
                      key={c}
                      data-address={addr}
                      className={[
                        here ? "selected" : "",
                        numeric ? "num" : "",
                        look.input ? "input" : "",
                      ]
                        .filter(Boolean)
                        .join(" ")}
                      style={style}
                      title={isErrorValue(value) ? value.message : undefined}
                      onMouseDown={() => {
                        if (editing !== null && !here) commit(editing, { row: r, col: c });
                        else setCell({ row: r, col: c });
                      }}
                      onDoubleClick={() => setEditing(formulaText)}
                    >
                      {here && editing !== null ? (
                        <input
                          className="cell-editor"
                          aria-label={labels.editCell(addr)}
                          autoFocus
                          value={editing}
                          onChange={(e) => setEditing(e.target.value)}
                          onKeyDown={onEditKey}
                        />
                      ) : (
                        <>
                          {look.icon && (
                            <span
                              className="cell-icon"
                              data-icon={look.icon}
                              aria-hidden="true"
                              style={{ color: LIGHTS[look.icon], marginRight: "0.3em" }}
                            >
                              ●
                            </span>
                          )}
                          {shown(value, look.numberFormat)}
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {current && (
          <ChartLayer
            charts={host.chartsOn(current)}
            values={values}
            container={gridRef}
            version={values}
          />
        )}
      </div>
      <nav className="sheet-tabs" aria-label={labels.sheets}>
        {sheets.map((s) => (
          <button
            key={s}
            type="button"
            aria-current={s === current ? "page" : undefined}
            onClick={() => {
              setSheet(s);
              setCell({ row: 0, col: 0 });
              setEditing(null);
            }}
          >
            {s}
          </button>
        ))}
      </nav>
    </section>
  );
}
