/**
 * The sandbox's own chart renderer: what a chart shows is read from the cells as Excel reads a
 * source with series in columns, gaps stay gaps, and the drawing follows the values (a typed
 * fact moves a bar); the dashboard's icon sets and colours are computed from their criteria.
 */
import * as React from "react";
import { render } from "@testing-library/react";
import { chartData, valueAxis } from "../../src/sandbox/charts";
import { ChartSvg } from "../../src/sandbox/charts-view";
import { iconFor } from "../../src/sandbox/formats";
import { SandboxHost } from "../../src/sandbox/host";
import type { ChartPlan } from "../../src/workbook/plan";

const bar: ChartPlan = {
  name: "KpiDashboardRanking",
  type: "bar",
  source: "B2:C6",
  seriesBy: "columns",
  title: "Scores ranked",
  legend: false,
  from: "E2",
  to: "H10",
};

const grid = [
  [],
  [null, "", "Score"],
  [null, "Boris", 1.1],
  [null, "Anna", 0.9],
  [null, "Vera", { error: "#N/A" }],
  [null, "", ""],
];

it("reads categories from the first column and series from the header row, gaps as null", () => {
  expect(chartData(bar, grid)).toEqual({
    categories: ["Boris", "Anna", "Vera"],
    series: [{ name: "Score", values: [1.1, 0.9, null] }],
  });
  const line: ChartPlan = { ...bar, type: "line", source: "A1:C3" };
  const rows = [
    [null, "Sales", "Buyers"],
    ["2026-01", 0.9, 1.05],
    ["2026-02", "", 0.95],
  ];
  expect(chartData(line, rows).series).toEqual([
    { name: "Sales", values: [0.9, null] },
    { name: "Buyers", values: [1.05, 0.95] },
  ]);
});

it("scales the value axis from 0 to a round top that holds every value", () => {
  const axis = valueAxis({ categories: ["a", "b"], series: [{ name: "", values: [1.1, 0.9] }] });
  expect(axis.min).toBe(0);
  expect(axis.max).toBeGreaterThanOrEqual(1.1);
  expect(axis.ticks[0]).toBe(0);
  expect(axis.ticks[axis.ticks.length - 1]).toBe(axis.max);
  const negative = valueAxis({ categories: ["a"], series: [{ name: "", values: [-0.3] }] });
  expect(negative.min).toBeLessThanOrEqual(-0.3);
});

it("draws a bar per value, taller for the larger value, labelled in percent", () => {
  const svg = (g: unknown[][]) =>
    render(<ChartSvg chart={bar} data={chartData(bar, g)} />).container.innerHTML;
  const heights = (html: string) =>
    [...html.matchAll(/<rect[^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
  const html = svg(grid);
  expect(html).toContain("Scores ranked");
  expect(html).toContain("110%");
  const [boris, anna] = heights(html);
  expect(boris).toBeGreaterThan(anna);
  expect(heights(html)).toHaveLength(2); // Vera's #N/A draws no bar
  const moved = svg([[], [null, "", "Score"], [null, "Boris", 1.1], [null, "Anna", 0.5]]);
  expect(heights(moved)[1]).toBeLessThan(anna);
});

it("lights an icon set by its criteria and leaves non-numbers unlit", () => {
  expect(iconFor(1.02, 0.9, 1)).toBe("green");
  expect(iconFor(0.95, 0.9, 1)).toBe("amber");
  expect(iconFor(0.5, 0.9, 1)).toBe("red");
  expect(iconFor("", 0.9, 1)).toBeUndefined();
});

it("computes icon-set criteria and formula colours from the sheet's cells", () => {
  const host = new SandboxHost({ displayLanguage: "en-US" });
  host.apply({
    steps: [
      { kind: "addSheet", sheet: "S" },
      { kind: "cells", sheet: "S", address: "A1:C1", inputs: [[0.8, 1, 0.85]] },
      {
        kind: "conditionalFormat",
        sheet: "S",
        format: {
          kind: "iconSet",
          address: "C1",
          style: "threeTrafficLights1",
          criteria: ["=$A$1", "=$B$1"],
        },
      },
      {
        kind: "conditionalFormat",
        sheet: "S",
        format: {
          kind: "formula",
          address: "C1",
          formula: "=$C$1>=$A$1",
          fill: "#FFEB9C",
          fontColor: "#9C5700",
        },
      },
    ],
  });
  const look = () =>
    host.formats.look("S", 0, 2, host.values("S")[0][2], (f) => host.evaluate("S", f));
  expect(look()).toMatchObject({ icon: "amber", fill: "#FFEB9C" });
  host.setCell("S", "A1", 0.9); // the user raises the amber threshold above the value
  expect(look().icon).toBe("red");
  expect(look().fill).toBeUndefined();
});
