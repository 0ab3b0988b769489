/**
 * The sandbox draws the plans' charts itself, as SVG, from the same `chart` plan step Excel
 * gets. Why our own renderer and not a charting library: the sandbox needs two chart kinds
 * (vertical bars, lines with markers) over a handful of points; this file and charts-view.tsx
 * are ~250 lines with no dependency (a library would add 100–500 KB to the dev page and its
 * licence to review), and the output is fully deterministic (no animation, no measuring of
 * fonts, no randomness), so Chromium screenshots of the dashboard are stable from run to run.
 * This module is the pure part: what a chart shows, read from the sheet's values the way Excel
 * reads a source range with its series in columns, and the geometry of the drawing.
 */
import { parseRange } from "../workbook/a1";
import type { ChartPlan } from "../workbook/plan";

/** What a chart shows: category labels and one series per value column. */
export interface ChartData {
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
}

const text = (v: unknown): string =>
  v === null || v === undefined ? "" : typeof v === "object" ? "" : String(v);

/**
 * The data of a chart over a grid of values (A1 at [0][0]), as Excel reads a source whose top-
 * left cell is blank: the first row names the series, the first column holds the categories,
 * and a cell that is not a number (blank, text, an error) is a gap. Trailing rows whose category
 * and values are all blank are left out, as Excel leaves them empty at the end of the axis.
 */
export function chartData(chart: ChartPlan, values: readonly (readonly unknown[])[]): ChartData {
  const r = parseRange(chart.source);
  const at = (row: number, col: number) => values[r.row + row]?.[r.col + col];
  const series = Array.from({ length: r.cols - 1 }, (_, j) => ({
    name: text(at(0, j + 1)),
    values: [] as (number | null)[],
  }));
  const categories: string[] = [];
  for (let i = 1; i < r.rows; i++) {
    categories.push(text(at(i, 0)));
    series.forEach((s, j) => {
      const v = at(i, j + 1);
      s.values.push(typeof v === "number" && Number.isFinite(v) ? v : null);
    });
  }
  let n = categories.length;
  while (n > 0 && categories[n - 1] === "" && series.every((s) => s.values[n - 1] === null)) n--;
  return {
    categories: categories.slice(0, n),
    series: series.map((s) => ({ ...s, values: s.values.slice(0, n) })),
  };
}

/** A value axis from 0 (or the lowest value, when below 0) to a round top, with its ticks. */
export function valueAxis(data: ChartData): { min: number; max: number; ticks: number[] } {
  const all = data.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const lo = Math.min(0, ...all);
  const hi = Math.max(0, ...all);
  const span = hi - lo || 1;
  const raw = span / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const min = Math.floor(lo / step) * step;
  const max = Math.ceil(hi / step) * step || step;
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 2; t += step) ticks.push(Math.round(t / step) * step);
  return { min, max, ticks };
}

/** Series colours: Excel's default Office theme accents, in order. */
export const SERIES_COLOURS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];
