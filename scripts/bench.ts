/**
 * `npm run bench [-- --json]`: speed of the KPI functions on this machine.
 * - index_cells_per_s: KPI.INDEX (ratio) over a 1,000,000-cell range (1,000 × 1,000), called through the
 *   Excel entry point (src/functions/functions.ts → registry → core runner → Excel adapter).
 * - index_vs_bare_loop: that time ÷ a bare loop doing fact ÷ plan on the same arrays (same run).
 * - index_column_cells_per_s: KPI.INDEX over a 1,000,000 × 1 column, the shape Excel passes for a
 *   column (target ≥ 30 M cells/s, issue 12), measured in headless Chromium — the V8 of Excel's
 *   runtime on Windows (WebView2) and of Edge and Chrome for Excel on the web — on the production
 *   functions.js (scripts/bench-page.js), each run on fresh arrays as Excel hands them (the entry
 *   point builds its result in them). index_column_json_cells_per_s: the same column made by
 *   JSON.parse, and read_json_column_cells_per_s: a loop that only reads such parsed columns (both
 *   for information: what a host that passes arguments as messages would give).
 * - index_column_node_cells_per_s: the column in this Node (for information; the figure's
 *   definition before 2 December 2026), with index_column_vs_bare_loop (that time ÷ the bare loop
 *   on fresh arrays of its own) and bare_column_cells_per_s; index_column_node_json_cells_per_s
 *   (the column made by JSON.parse) and column_json_marshal_vs_index (parsing both argument
 *   columns and serializing the result ÷ the call: the function's share of a call).
 * - hf_custom_vs_native: HyperFormula recalculation of a 10,000-row matrix after every fact
 *   changes, KPI formulas ÷ equivalent native formulas (same run).
 * - taskpane_gzip_bytes: the task pane's initial JavaScript, gzipped: every script taskpane.html
 *   loads at start (task pane, functions and commands share that page), without lazy chunks.
 * - functions_gzip_bytes: functions.js gzipped. Both from a fresh production build made by the
 *   bench into test-output/bench-build (`--no-build` reuses it).
 * - team_syncs, team_max_request_bytes: building 500 people × 7 KPIs (matrices and the bonus
 *   register) through the Office adapter over the fake Excel of the Office tests
 *   (test/office/fake-excel.ts, office-addin-mock): context.sync() calls and the largest request.
 * - team_build_s: the same 500 people built in the sandbox host (HyperFormula), seconds.
 * - team_recalc_custom_vs_native: in that 500-person workbook (every fact typed, the register and
 *   the roll-up), HyperFormula's recalculation after one fact edit, with the KPI formulas ÷ with
 *   the same matrices in native formulas (the portable translator, src/workbook/portable), same
 *   run, interleaved.
 * Each timing is the median of several runs after a warm-up; compared timings are interleaved so
 * machine noise hits both alike. Before KPI.INDEX is timed every function runs on small ranges
 * with blanks and text, made by JSON.parse (not array literals, which Excel's arguments never
 * are), so the shared runner is
 * measured in the state Excel leaves it in (all seven functions seen). `--column` measures only
 * the column figures, `--team` only the team figures.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { ENTRY_POINTS, index } from "../src/functions/functions";
import { createKpiEngine } from "../src/sandbox/engine";
import { OfficeMockObject } from "office-addin-mock";
import { OfficeHost } from "../src/office/excel-host";
import { SandboxHost } from "../src/sandbox/host";
import { translateFormula } from "../src/workbook/portable/translator";
import type { TeamRequest } from "../src/workbook/team-plan";
import { FakeBook } from "../test/office/fake-book";
import { fakeExcel } from "../test/office/fake-excel";
import { largeTeam } from "../test/office/large-team";
import { CHROMIUM_PATH, launchBrowser } from "../test/e2e/support/browser";

const SIDE = 1_000;
const CELLS = SIDE * SIDE;
const MATRIX_ROWS = 10_000;
const RUNS = 11;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// A full garbage collection before each timed run, so one run's garbage is not billed to the next.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/**
 * One timed run of a function that may write into its arguments (as Excel's entry points do): it
 * gets arguments made for it right before the clock starts, as Excel marshals them right before
 * the call. The full garbage collection comes before they are made, not between: it would move
 * the new arrays out of the caches and bill that to the run (Excel collects no garbage between
 * marshalling the arguments and calling). `check` sees the result.
 */
function timeFresh<A>(
  make: () => A,
  fn: (args: A) => unknown,
  check: (out: unknown) => void
): number {
  collectGarbage();
  const args = make();
  const t0 = performance.now();
  const out = fn(args);
  const t = performance.now() - t0;
  check(out);
  return t / 1000;
}

function timeIt(fn: () => unknown, runs = RUNS): number {
  fn(); // warm-up: lets the JIT compile the path before it is measured
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times) / 1000;
}

/** A side × side range of numbers as Excel passes it (rows of cells), spread over [from, from + spread). */
function range(from: number, spread: number): number[][] {
  const out: number[][] = new Array(SIDE);
  for (let r = 0; r < SIDE; r++) {
    const row: number[] = new Array(SIDE);
    for (let c = 0; c < SIDE; c++)
      row[c] = from + (((r * SIDE + c) * 7919) % 1000) * (spread / 1000);
    out[r] = row;
  }
  return out;
}

function bareLoop(fact: number[][], plan: number[][]): number[][] {
  const out: number[][] = new Array(fact.length);
  for (let r = 0; r < fact.length; r++) {
    const f = fact[r];
    const p = plan[r];
    const row: number[] = new Array(f.length);
    for (let c = 0; c < f.length; c++) row[c] = f[c] / p[c];
    out[r] = row;
  }
  return out;
}

/** A one-cell row of generic (not number-only) array kind that holds a number, as ranges with blanks are. */
function genericRow(n: number): number[] {
  const row: unknown[] = [""];
  row[0] = n;
  return row as number[];
}

/**
 * Runs every entry point on small ranges with blanks and text, and the bare loop on small ranges
 * of the same array kinds holding numbers only (it does arithmetic only), before timing: the
 * shared runner is then measured in the state Excel leaves it in (all seven functions seen), and
 * both loops have met the same kinds of arrays (V8 compiles array reads for the kinds it has seen).
 */
function warmUp(): void {
  // Fresh arrays for every call: an entry point may build its result in them, as Excel allows.
  // Made by parsing (Excel's arguments are unpacked from messages): array literals would share
  // allocation sites across calls, a state Excel never produces (docs/PERFORMANCE.md).
  const facts = (): unknown[][] => JSON.parse('[[1.5], [2], [""], ["x"]]') as unknown[][];
  const plans = (): unknown[][] => JSON.parse("[[1], [1.25], [1], [1]]") as unknown[][];
  const numbers = [[1.5], [2], genericRow(3), genericRow(4)];
  for (let i = 0; i < 50; i++) {
    for (const fn of Object.values(ENTRY_POINTS) as ((...a: unknown[]) => unknown)[]) {
      fn(facts(), plans(), null, null, null);
    }
    bareLoop(numbers, plans() as number[][]);
  }
}

/** KPI.INDEX through the Excel entry point versus the bare loop, runs interleaved. */
function benchIndex(): { perSecond: number; vsBare: number } {
  const fact = range(500, 1500);
  const plan = range(800, 400);
  const check = index(fact, plan);
  const last = SIDE - 1;
  if (check.length !== SIDE || check[last][last] !== fact[last][last] / plan[last][last]) {
    throw new Error("KPI.INDEX gave an unexpected result in the benchmark");
  }
  warmUp();
  const tIndex: number[] = [];
  const tBare: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    tIndex.push(timeIt(() => index(fact, plan), 1));
    tBare.push(timeIt(() => bareLoop(fact, plan), 1));
  }
  return { perSecond: CELLS / median(tIndex), vsBare: median(tIndex) / median(tBare) };
}

const columnFact = (i: number): number => 500 + ((i * 7919) % 1000) * 1.5;
const columnPlan = (i: number): number => 800 + ((i * 7919) % 1000) * 0.4;

/** Fresh fact and plan columns, 1,000,000 × 1, as Excel marshals them for one call. */
function freshColumns(): [number[][], number[][]] {
  return [
    Array.from({ length: CELLS }, (_, i) => [columnFact(i)]),
    Array.from({ length: CELLS }, (_, i) => [columnPlan(i)]),
  ];
}

/** Throws unless a column result holds fact ÷ plan in every row. */
function checkColumn(out: unknown): void {
  const grid = out as unknown[][];
  let bad = grid.length !== CELLS;
  for (let i = 0; !bad && i < CELLS; i++) bad = grid[i][0] !== columnFact(i) / columnPlan(i);
  if (bad) throw new Error("KPI.INDEX gave an unexpected result over the column");
}

/**
 * The same over a 1,000,000 × 1 column (the usual matrix layout). Every run gets fresh arrays, as
 * from Excel; the bare loop gets the same kind of fresh arrays, and makes new result rows.
 */
function benchIndexColumn(): { perSecond: number; vsBare: number; barePerSecond: number } {
  checkColumn(index(...freshColumns())); // warm-up runs
  checkColumn(bareLoop(...freshColumns()));
  const tIndex: number[] = [];
  const tBare: number[] = [];
  for (let i = 0; i < 5; i++) {
    tIndex.push(timeFresh(freshColumns, ([f, p]) => index(f, p), checkColumn));
    tBare.push(timeFresh(freshColumns, ([f, p]) => bareLoop(f, p), checkColumn));
  }
  return {
    perSecond: CELLS / median(tIndex),
    vsBare: median(tIndex) / median(tBare),
    barePerSecond: CELLS / median(tBare),
  };
}

/**
 * The column again with its arrays made by JSON.parse, as a host that passes arguments as messages
 * would make them (rows of whole numbers and rows of fractions are then two array kinds), and
 * what that marshalling costs beside the call: parsing both arguments and serializing the result,
 * ÷ the call (for information: how much of a call's time is the function's).
 */
function benchIndexColumnJson(): { perSecond: number; marshalVsIndex: number } {
  const facts = JSON.stringify(Array.from({ length: CELLS }, (_, i) => [columnFact(i)]));
  const plans = JSON.stringify(Array.from({ length: CELLS }, (_, i) => [columnPlan(i)]));
  const parse = (): [number[][], number[][]] => [JSON.parse(facts), JSON.parse(plans)];
  checkColumn(index(...parse()));
  const tIndex: number[] = [];
  const tMarshal: number[] = [];
  for (let i = 0; i < 5; i++) {
    let out: unknown;
    tIndex.push(timeFresh(parse, ([f, p]) => (out = index(f, p)), checkColumn));
    collectGarbage();
    const t0 = performance.now();
    JSON.stringify(out);
    parse();
    tMarshal.push((performance.now() - t0) / 1000);
  }
  return { perSecond: CELLS / median(tIndex), marshalVsIndex: median(tMarshal) / median(tIndex) };
}

/**
 * The column in Chromium's V8 — the engine of Excel's runtime on Windows (WebView2) and of Edge and
 * Chrome for Excel on the web — running the production functions.js from the size build, as the
 * shared runtime loads it (scripts/bench-page.js stands in for Excel's CustomFunctions object and
 * times the column as benchIndexColumn does, once on arrays made in JavaScript and once on arrays
 * made by JSON.parse). Null when Chromium is not installed.
 */
async function benchIndexColumnChromium(): Promise<{
  perSecond: number;
  jsonPerSecond: number;
  jsonReadPerSecond: number;
  userAgent: string;
} | null> {
  if (!existsSync(CHROMIUM_PATH)) return null;
  const origin = "https://bench.invalid/";
  const files: Record<string, () => string> = {
    "bench.html": () =>
      '<!doctype html><title>bench</title><script src="bench-page.js"></script><script src="functions.js"></script>',
    "bench-page.js": () => readFileSync(resolve(__dirname, "bench-page.js"), "utf8"),
    "functions.js": () => readFileSync(resolve(BUILD_DIR, "functions.js"), "utf8"),
  };
  const browser = await launchBrowser(["--js-flags=--expose-gc"]);
  try {
    const page = await browser.newPage();
    await page.route(`${origin}**`, (route) => {
      const name = route.request().url().slice(origin.length);
      const body = files[name];
      const type = name.endsWith(".html") ? "text/html" : "text/javascript";
      return body ? route.fulfill({ body: body(), contentType: type }) : route.abort();
    });
    await page.goto(`${origin}bench.html`);
    return await page.evaluate(() => (window as unknown as { benchColumn(): never }).benchColumn());
  } finally {
    await browser.close();
  }
}

/** One 10,000-row matrix: fact, plan, min, weight, index per row and a weighted total. */
function matrixSheet(kpi: boolean): unknown[][] {
  const rows: unknown[][] = [];
  for (let i = 0; i < MATRIX_ROWS; i++) {
    const r = i + 1;
    const index = kpi
      ? `=KPI.INDEX(A${r},B${r},C${r})`
      : `=IF(B${r}=C${r},1/0,MAX(0,(A${r}-C${r})/(B${r}-C${r})))`;
    rows.push([900 + (i % 300), 1000, 500, 1 / MATRIX_ROWS, index]);
  }
  const n = MATRIX_ROWS;
  rows[0].push(
    kpi ? `=KPI.WEIGHTED(E1:E${n},D1:D${n})` : `=SUMPRODUCT(E1:E${n},D1:D${n})/SUM(D1:D${n})`
  );
  return rows;
}

/** Recalculation after every fact changes, KPI formulas versus native ones. */
function benchHyperFormula(): number {
  const engines = [true, false].map((kpi) => createKpiEngine({ Matrix: matrixSheet(kpi) }));
  let round = 0;
  const recalc = (i: number) => () => {
    round++;
    const facts = Array.from({ length: MATRIX_ROWS }, (_, k) => [900 + ((k + round) % 300)]);
    engines[i].setCellContents({ sheet: 0, row: 0, col: 0 }, facts);
  };
  const kpiTotal = engines[0].getCellValue({ sheet: 0, row: 0, col: 5 });
  const nativeTotal = engines[1].getCellValue({ sheet: 0, row: 0, col: 5 });
  if (typeof kpiTotal !== "number" || Math.abs(kpiTotal - (nativeTotal as number)) > 1e-9) {
    throw new Error(`KPI and native totals differ: ${String(kpiTotal)} vs ${String(nativeTotal)}`);
  }
  // Interleave the two so machine noise hits both alike.
  const tKpi: number[] = [];
  const tNative: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    tKpi.push(timeIt(recalc(0), 1));
    tNative.push(timeIt(recalc(1), 1));
  }
  engines.forEach((e) => e.destroy());
  return median(tKpi) / median(tNative);
}

const TEAM_PEOPLE = 500;
const TEAM_KPIS = 7;

/** 500 people × 7 KPIs in 8 stores, each with a bonus base and a three-step scale. */
const teamRequest = (): TeamRequest => largeTeam(TEAM_PEOPLE, TEAM_KPIS, { memberBase: true });

/** Building for 500 × 7 through the Office adapter over the fake Excel: syncs and largest request. */
async function benchTeamOffice(): Promise<{ syncs: number; maxRequestBytes: number }> {
  const book = new FakeBook();
  const g = global as unknown as { Excel: unknown; Office: unknown };
  g.Excel = fakeExcel(book);
  g.Office = new OfficeMockObject({ context: { requirements: { isSetSupported: () => true } } });
  const out = await new OfficeHost().buildTeam(teamRequest());
  if (out.results.length !== TEAM_PEOPLE || out.cancelled)
    throw new Error("the Office team build did not build everyone");
  return { syncs: book.syncCount, maxRequestBytes: book.maxRequestBytes };
}

/**
 * Builds the 500-person workbook in the sandbox host (timed), types every fact and builds the
 * roll-up; then times one fact edit's recalculation with the KPI formulas and with the same
 * workbook translated to native formulas, interleaved.
 */
async function benchTeamSandbox(): Promise<{ buildSeconds: number; customVsNative: number }> {
  const host = new SandboxHost({ displayLanguage: "en-US" });
  const t0 = performance.now();
  const out = await host.buildTeam(teamRequest());
  const buildSeconds = (performance.now() - t0) / 1000;
  if (out.results.length !== TEAM_PEOPLE) throw new Error("the sandbox team build missed people");
  const first = await host.readMatrix(out.results[0].sheet);
  if (!first) throw new Error("no matrix to type facts into");
  const factAt = first.at.rows.map((r) => r.fact);
  host.hf.batch(() => {
    out.results.forEach((r, p) =>
      factAt.forEach((a, k) => host.setCell(r.sheet, a, 0.85 + ((p * 7 + k) % 40) / 100))
    );
  });
  await host.buildRollup();
  // The same workbook with every KPI formula in native functions (what Make portable writes).
  const hf = host.hf;
  const native: Record<string, unknown[][]> = {};
  let untranslated = 0;
  for (const name of hf.getSheetNames()) {
    native[name] = (hf.getSheetSerialized(hf.getSheetId(name)!) as unknown[][]).map((row) =>
      row.map((v) => {
        if (typeof v !== "string" || !v.startsWith("=")) return v;
        const t = translateFormula(v);
        if (/KPI\./i.test(t.formula)) untranslated += 1;
        return t.formula;
      })
    );
  }
  if (untranslated > 0) throw new Error(`${untranslated} KPI formulas were not translated`);
  const engines = [hf, createKpiEngine(native as never)];
  const sheet = (i: number) => engines[i].getSheetId(out.results[TEAM_PEOPLE >> 1].sheet)!;
  const cell = parseCell(factAt[0]);
  const total = (i: number) => {
    const v = engines[i].getSheetValues(engines[i].getSheetId(out.registerSheet)!) as unknown[][];
    return v.map((row) => row[5]).filter((x): x is number => typeof x === "number");
  };
  let round = 0;
  const edit = (i: number) => () => {
    round++;
    engines[i].setCellContents({ sheet: sheet(i), ...cell }, [[0.9 + (round % 20) / 50]]);
  };
  edit(0)();
  edit(1)();
  const a = total(0);
  const b = total(1);
  if (a.length !== b.length || a.some((x, i) => Math.abs(x - b[i]) > 1e-6))
    throw new Error("the KPI and the native team workbooks give different bonuses");
  const tKpi: number[] = [];
  const tNative: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    tKpi.push(timeIt(edit(0), 1));
    tNative.push(timeIt(edit(1), 1));
  }
  engines[1].destroy();
  return { buildSeconds, customVsNative: median(tKpi) / median(tNative) };
}

/** A1 cell to HyperFormula row and column. */
function parseCell(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`not a cell: ${address}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}

const BUILD_DIR = resolve(__dirname, "..", "test-output", "bench-build");

/** Builds the production bundles the size figures measure (the same build `npm run build` makes). */
function buildForSizes(): void {
  if (process.argv.includes("--no-build") && existsSync(resolve(BUILD_DIR, "taskpane.html")))
    return;
  const cli = require.resolve("webpack-cli/bin/cli.js");
  const r = spawnSync(
    process.execPath,
    [cli, "--mode", "production", "--env", `outDir=${BUILD_DIR}`],
    {
      cwd: resolve(__dirname, ".."),
      encoding: "utf8",
    }
  );
  if (r.status !== 0)
    throw new Error(`production build for the size figures failed:\n${r.stdout}${r.stderr}`);
}

/** Gzip size of one built file. */
export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(resolve(BUILD_DIR, file)), { level: 9 }).length;
}

/** Gzip size of every local script taskpane.html loads at start. */
export function initialTaskpaneGzipBytes(): number {
  const html = readFileSync(resolve(BUILD_DIR, "taskpane.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  return scripts.reduce((sum, src) => sum + gzipBytes(src), 0);
}

/**
 * Targets on the reference machine (issues 3, 4 and 12): "min" figures must reach, "max" must not
 * pass. `--json` prints them beside the figures, under "targets".
 */
export const TARGETS: Record<string, { min?: number; max?: number }> = {
  index_cells_per_s: { min: 10_000_000 },
  index_vs_bare_loop: { max: 3 },
  hf_custom_vs_native: { max: 1.5 },
  index_column_cells_per_s: { min: 30_000_000 },
  taskpane_gzip_bytes: { max: 150_000 },
  functions_gzip_bytes: { max: 25_000 },
  team_syncs: { max: 10 },
  team_max_request_bytes: { max: 5_000_000 },
  team_recalc_custom_vs_native: { max: 1.5 },
  team_build_s: { max: 30 },
};

/** "target ≥ x: met" style note for the human-readable listing. */
function targetNote(key: string, value: number): string {
  const t = TARGETS[key];
  if (!t) return "";
  const met = (t.min === undefined || value >= t.min) && (t.max === undefined || value <= t.max);
  const bound = t.min !== undefined ? `>= ${t.min}` : `<= ${t.max}`;
  return `  (target ${bound}: ${met ? "met" : "NOT MET"})`;
}

async function main(): Promise<void> {
  // `--team`: only the team figures (a quick look while working on the team cycle).
  const teamOnly = process.argv.includes("--team");
  // `--column`: only the column figures, after the same warm-up (a quick look at the column).
  const columnOnly = process.argv.includes("--column");
  const result: Record<string, number> = {};
  const notes: string[] = [];
  if (!teamOnly) {
    buildForSizes(); // first: the Chromium column runs the production functions.js
    if (columnOnly) warmUp();
    else {
      const { perSecond, vsBare } = benchIndex();
      result.index_cells_per_s = Math.round(perSecond);
      result.index_vs_bare_loop = Number(vsBare.toFixed(2));
      result.hf_custom_vs_native = Number(benchHyperFormula().toFixed(2));
    }
    const chromium = await benchIndexColumnChromium();
    if (chromium) {
      result.index_column_cells_per_s = Math.round(chromium.perSecond);
      result.index_column_json_cells_per_s = Math.round(chromium.jsonPerSecond);
      result.read_json_column_cells_per_s = Math.round(chromium.jsonReadPerSecond);
      notes.push(`the column in ${/Chrome\/[\d.]+/.exec(chromium.userAgent)?.[0] ?? "Chromium"}`);
    } else notes.push(`no Chromium at ${CHROMIUM_PATH}: the Chromium column figures are missing`);
    const column = benchIndexColumn();
    result.index_column_node_cells_per_s = Math.round(column.perSecond);
    result.index_column_vs_bare_loop = Number(column.vsBare.toFixed(2));
    result.bare_column_cells_per_s = Math.round(column.barePerSecond);
    const json = benchIndexColumnJson();
    result.index_column_node_json_cells_per_s = Math.round(json.perSecond);
    result.column_json_marshal_vs_index = Number(json.marshalVsIndex.toFixed(1));
  }
  if (!columnOnly) {
    const office = await benchTeamOffice();
    result.team_syncs = office.syncs;
    result.team_max_request_bytes = office.maxRequestBytes;
    const team = await benchTeamSandbox();
    result.team_build_s = Number(team.buildSeconds.toFixed(2));
    result.team_recalc_custom_vs_native = Number(team.customVsNative.toFixed(2));
  }
  if (!teamOnly && !columnOnly) {
    result.taskpane_gzip_bytes = initialTaskpaneGzipBytes();
    result.functions_gzip_bytes = gzipBytes("functions.js");
  }
  if (process.argv.includes("--json")) {
    const targets = Object.fromEntries(
      Object.entries(TARGETS)
        .filter(([key]) => key in result)
        .map(([key, t]) => {
          const v = result[key];
          const met = (t.min === undefined || v >= t.min) && (t.max === undefined || v <= t.max);
          return [key, { ...t, met }];
        })
    );
    process.stdout.write(`${JSON.stringify({ ...result, targets, notes })}\n`);
    return;
  }
  for (const note of notes) process.stdout.write(`# ${note}\n`);
  for (const [key, value] of Object.entries(result))
    process.stdout.write(
      `${key.padEnd(36)} ${String(value).padStart(10)}${targetNote(key, value)}\n`
    );
}

if (require.main === module)
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
