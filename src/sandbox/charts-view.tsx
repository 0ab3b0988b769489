/**
 * The sandbox's charts as SVG (see charts.ts for why our own renderer): a bar chart (Excel's
 * clustered columns) and a line chart with markers, and the layer that lays a sheet's charts
 * over the grid at the cells their plan anchors them to. The dashboard charts indices, so values
 * are labelled in percent.
 */
import * as React from "react";
import type { ChartPlan } from "../workbook/plan";
import { chartData, SERIES_COLOURS, valueAxis, type ChartData } from "./charts";

const W = 420;
const MIN_WIDTH = 400;
const MIN_HEIGHT = 250;
const H = 260;
const PAD = { left: 44, right: 12, top: 30, bottom: 46 };

const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** One chart as an SVG image, its title and data in its accessible name. */
export function ChartSvg({ chart, data }: { chart: ChartPlan; data: ChartData }) {
  const axis = valueAxis(data);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + plotH - ((v - axis.min) / (axis.max - axis.min)) * plotH;
  const n = Math.max(data.categories.length, 1);
  const band = plotW / n;
  const legend = chart.legend && data.series.length > 0;
  const described = data.categories
    .map(
      (c, i) =>
        `${c}: ${data.series.map((s) => (s.values[i] === null ? "—" : pct(s.values[i]!))).join(", ")}`
    )
    .join("; ");
  return (
    <svg
      viewBox={`0 0 ${W} ${H + (legend ? 18 : 0)}`}
      width="100%"
      height="100%"
      role="img"
      aria-label={`${chart.title}. ${described}`}
      data-chart={chart.name}
      style={{
        background: "#fff",
        border: "1px solid #d0d0d0",
        fontFamily: "Segoe UI, sans-serif",
      }}
    >
      <text x={W / 2} y={18} textAnchor="middle" fontSize={13} fontWeight={600} fill="#333">
        {chart.title}
      </text>
      {axis.ticks.map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="#e4e4e4" />
          <text x={PAD.left - 4} y={y(t) + 3} textAnchor="end" fontSize={9} fill="#555">
            {pct(t)}
          </text>
        </g>
      ))}
      {data.categories.map((c, i) => (
        <text
          key={`c${i}`}
          x={PAD.left + band * (i + 0.5)}
          y={H - PAD.bottom + 14}
          textAnchor="middle"
          fontSize={9}
          fill="#333"
        >
          {clip(c, Math.max(4, Math.floor(band / 6)))}
        </text>
      ))}
      {chart.type === "bar"
        ? data.series.map((s, j) =>
            s.values.map((v, i) => {
              if (v === null) return null;
              const w = (band * 0.7) / data.series.length;
              const x = PAD.left + band * i + band * 0.15 + w * j;
              const top = Math.min(y(v), y(0));
              return (
                <g key={`b${j}-${i}`}>
                  <rect
                    x={x}
                    y={top}
                    width={w}
                    height={Math.abs(y(v) - y(0))}
                    fill={SERIES_COLOURS[j % SERIES_COLOURS.length]}
                  />
                  <text x={x + w / 2} y={top - 3} textAnchor="middle" fontSize={9} fill="#333">
                    {pct(v)}
                  </text>
                </g>
              );
            })
          )
        : data.series.map((s, j) => {
            const colour = SERIES_COLOURS[j % SERIES_COLOURS.length];
            const pts = s.values.map((v, i) =>
              v === null ? null : ([PAD.left + band * (i + 0.5), y(v)] as const)
            );
            // A gap breaks the line, as Excel draws empty cells by default.
            const runs: (readonly [number, number])[][] = [[]];
            for (const p of pts) {
              if (p) runs[runs.length - 1].push(p);
              else if (runs[runs.length - 1].length) runs.push([]);
            }
            return (
              <g key={`l${j}`}>
                {runs
                  .filter((r) => r.length > 1)
                  .map((r, k) => (
                    <polyline
                      key={k}
                      points={r.map((p) => p.join(",")).join(" ")}
                      fill="none"
                      stroke={colour}
                      strokeWidth={2}
                    />
                  ))}
                {pts.map((p, i) =>
                  p ? <circle key={i} cx={p[0]} cy={p[1]} r={3} fill={colour} /> : null
                )}
              </g>
            );
          })}
      <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="#999" />
      {legend &&
        data.series.map((s, j) => {
          const x = PAD.left + j * (plotW / data.series.length);
          return (
            <g key={`g${j}`}>
              <rect
                x={x}
                y={H + 4}
                width={10}
                height={10}
                fill={SERIES_COLOURS[j % SERIES_COLOURS.length]}
              />
              <text x={x + 14} y={H + 13} fontSize={9} fill="#333">
                {clip(s.name, Math.max(6, Math.floor(plotW / data.series.length / 6)))}
              </text>
            </g>
          );
        })}
    </svg>
  );
}

/**
 * A sheet's charts laid over the grid: each covers the cells from its `from` to its `to`
 * (measured on the rendered table, so they sit where Excel would place them).
 */
export function ChartLayer({
  charts,
  values,
  container,
  version,
}: {
  charts: readonly ChartPlan[];
  values: readonly (readonly unknown[])[];
  container: React.RefObject<HTMLElement | null>;
  /** Changes whenever the grid re-renders, so positions are measured again. */
  version: unknown;
}) {
  const [boxes, setBoxes] = React.useState<Record<string, React.CSSProperties>>({});
  React.useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    const out: Record<string, React.CSSProperties> = {};
    const box = root.getBoundingClientRect();
    for (const c of charts) {
      const a = root.querySelector<HTMLElement>(`td[data-address="${c.from}"]`);
      const b = root.querySelector<HTMLElement>(`td[data-address="${c.to}"]`);
      if (!a || !b) continue;
      const ra = a.getBoundingClientRect();
      const rb = b.getBoundingClientRect();
      out[c.name] = {
        position: "absolute",
        left: ra.left - box.left + root.scrollLeft,
        top: ra.top - box.top + root.scrollTop,
        // The grid's columns are narrower than Excel's: a chart keeps a readable size.
        width: Math.max(rb.right - ra.left, MIN_WIDTH),
        height: Math.max(rb.bottom - ra.top, MIN_HEIGHT),
      };
    }
    setBoxes((old) => (JSON.stringify(old) === JSON.stringify(out) ? old : out));
  }, [charts, container, version]);
  return (
    <>
      {charts.map((c) =>
        boxes[c.name] ? (
          <div key={c.name} className="sandbox-chart" style={boxes[c.name]}>
            <ChartSvg chart={c} data={chartData(c, values)} />
          </div>
        ) : null
      )}
    </>
  );
}
