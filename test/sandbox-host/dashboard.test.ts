/**
 * The sandbox's dashboard with History: the trend reads the KpiHistory table wherever it is,
 * the matrix's own period follows its live index, and a rebuild replaces the sheet's two charts
 * instead of adding two more.
 */
import type { Matrix } from "../../src/core/matrix/types";
import { SandboxHost } from "../../src/sandbox/host";
import { HISTORY_COLUMNS } from "../../src/workbook/history";

const STORE: Matrix = {
  name: "Store KPI",
  employee: "Store director",
  period: "2026-03",
  rows: [
    { code: "SALES_VOL", name: "Sales volume", method: "inverse", weight: 0.6, plan: 800 },
    { code: "BUYERS", name: "Buyers", method: "corridor", weight: 0.4, min: 570, plan: 700 },
  ],
  bonusBase: 50000,
  scale: [],
};

it("charts History's indices per period and the live one, and replaces its charts on a rebuild", async () => {
  const host = new SandboxHost({ displayLanguage: "en-US" });
  // History two columns in (B:M), with another person's rows that must not count.
  const rows = [
    [...HISTORY_COLUMNS],
    ["2026-01", "Store director", "S1", "SALES_VOL", 0.6, "", 800, "", 0, 0.9, 0, 0],
    ["2026-01", "Someone else", "S1", "SALES_VOL", 0.6, "", 800, "", 0, 0.1, 0, 0],
    ["2026-02", "Store director", "S1", "BUYERS", 0.4, 570, 700, "", 0, 1.2, 0, 0],
  ];
  host.apply({
    steps: [
      { kind: "addSheet", sheet: "KPI history" },
      { kind: "cells", sheet: "KPI history", address: "B1:M4", inputs: rows },
      { kind: "addTable", sheet: "KPI history", name: "KpiHistory", address: "B1:M4", style: "" },
    ],
  });
  const { sheet } = await host.buildMatrix(STORE);
  const snap = (await host.readMatrix(sheet))!;
  host.setCell(sheet, snap.at.rows[0].fact, 1000);
  const result = (await host.buildDashboard({ scope: "matrix", sheet }))!;
  expect(result).toMatchObject({ periods: 3, charts: 2 });
  const trend = host.chartsOn(result.sheet).find((c) => c.type === "line")!;
  const values = host.values(result.sheet);
  const head = Number(trend.source.split(":")[0].slice(1)) - 1;
  expect(values[head].slice(1, 3)).toEqual(["Sales volume", "Buyers"]);
  expect(values[head + 1].slice(0, 3)).toEqual(["2026-01", 0.9, ""]);
  expect(values[head + 2].slice(0, 3)).toEqual(["2026-02", "", 1.2]);
  expect(values[head + 3][0]).toBe("2026-03");
  expect(values[head + 3][1]).toBeCloseTo(0.8, 12);
  host.setCell(sheet, snap.at.rows[0].fact, 800);
  expect(host.values(result.sheet)[head + 3][1]).toBeCloseTo(1, 12);

  await host.buildDashboard({ scope: "matrix", sheet });
  expect(host.chartsOn(result.sheet).map((c) => c.name)).toEqual([
    "KpiDashboardRanking",
    "KpiDashboardTrend",
  ]);
});

it("matches History's names exactly: wildcards and quotes in a name are plain text", async () => {
  const host = new SandboxHost({ displayLanguage: "en-US" });
  const who = 'Anna "Star" *';
  const rows = [
    [...HISTORY_COLUMNS],
    ["P1", who, "S1", "SALES_VOL", 0.6, "", 800, "", 0, 0.5, 0, 0],
    ["P1", 'Anna "Star" Ivanova', "S1", "SALES_VOL", 0.6, "", 800, "", 0, 0.9, 0, 0],
  ];
  host.apply({
    steps: [
      { kind: "addSheet", sheet: "H" },
      { kind: "cells", sheet: "H", address: "A1:L3", inputs: rows },
      { kind: "addTable", sheet: "H", name: "KpiHistory", address: "A1:L3", style: "" },
    ],
  });
  const { sheet } = await host.buildMatrix({ ...STORE, employee: who, period: "P1" });
  const result = (await host.buildDashboard({ scope: "matrix", sheet }))!;
  const trend = host.chartsOn(result.sheet).find((c) => c.type === "line")!;
  const head = Number(trend.source.split(":")[0].slice(1)) - 1;
  expect(host.values(result.sheet)[head + 1].slice(0, 2)).toEqual(["P1", 0.5]);
});

it("averages the team's trend over the indices History has: a KPI without a fact is not a 0", async () => {
  const host = new SandboxHost({ displayLanguage: "en-US" });
  const rows = [
    [...HISTORY_COLUMNS],
    ["P1", "Anna", "S1", "SALES_VOL", 0.6, "", 800, "", 800, 1, 1, 100],
    ["P1", "Boris", "S1", "SALES_VOL", 0.6, "", 800, "", "", "", "", ""],
    ["P1", "Vera", "S1", "SALES_VOL", 0.6, "", 800, "", 400, 0.5, 0.5, 0],
  ];
  host.apply({
    steps: [
      { kind: "addSheet", sheet: "H" },
      { kind: "cells", sheet: "H", address: "A1:L4", inputs: rows },
      { kind: "addTable", sheet: "H", name: "KpiHistory", address: "A1:L4", style: "" },
    ],
  });
  await host.buildMatrix({ ...STORE, employee: "Anna", period: "P2" });
  const result = (await host.buildDashboard({ scope: "team" }))!;
  const trend = host.chartsOn(result.sheet).find((c) => c.type === "line")!;
  const head = Number(trend.source.split(":")[0].slice(1)) - 1;
  const values = host.values(result.sheet);
  const col = values[head].indexOf("SALES_VOL") >= 0 ? values[head].indexOf("SALES_VOL") : 1;
  expect(values[head + 1][0]).toBe("P1");
  expect(values[head + 1][col]).toBeCloseTo(0.75, 12);
});

it("reads History's columns by their headers wherever the user moved them", async () => {
  const host = new SandboxHost({ displayLanguage: "en-US" });
  // Index moved to the front, Code after Employee's neighbours: the trend still finds them.
  const header = ["Index", "Period", "Employee", "Unit", "Weight", "Code", "Min", "Plan"];
  const rows = [
    header,
    [0.9, "2026-01", "Store director", "S1", 0.6, "SALES_VOL", "", 800],
    [0.1, "2026-01", "Someone else", "S1", 0.6, "SALES_VOL", "", 800],
    [1.2, "2026-02", "Store director", "S1", 0.4, "BUYERS", 570, 700],
  ];
  host.apply({
    steps: [
      { kind: "addSheet", sheet: "KPI history" },
      { kind: "cells", sheet: "KPI history", address: "A1:H4", inputs: rows },
      { kind: "addTable", sheet: "KPI history", name: "KpiHistory", address: "A1:H4", style: "" },
    ],
  });
  const { sheet } = await host.buildMatrix(STORE);
  const result = (await host.buildDashboard({ scope: "matrix", sheet }))!;
  expect(result).toMatchObject({ periods: 3 });
  const trend = host.chartsOn(result.sheet).find((c) => c.type === "line")!;
  const values = host.values(result.sheet);
  const head = Number(trend.source.split(":")[0].slice(1)) - 1;
  expect(values[head].slice(1, 3)).toEqual(["Sales volume", "Buyers"]);
  expect(values[head + 1].slice(0, 3)).toEqual(["2026-01", 0.9, ""]);
  expect(values[head + 2].slice(0, 3)).toEqual(["2026-02", "", 1.2]);
});
