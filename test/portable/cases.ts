/**
 * Random cases for the equivalence suites (HyperFormula here, LibreOffice in test/lo): each case
 * is one sheet row of input cells and a KPI formula over them. Seeded, so a failure repeats.
 * Cell values: numbers (with ties to make boundaries likely), blanks, text, and error formulas.
 */
import type { Shown } from "./compare";

/** A cell: a number, text, blank (null), boolean, or a formula text starting with "=". */
export type CellInput = number | string | boolean | null;

/** One case: the cells of its row (from column A) and the KPI formula (row number filled in). */
export interface Case {
  cells: CellInput[];
  formula: (row: number) => string;
  /** Extra rows on a second sheet (bonus scales), keyed by case. */
  block?: CellInput[][];
}

/** mulberry32: a tiny seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Options for the generator: LibreOffice has no boolean cells (TRUE is the number 1 there). */
export interface GenOptions {
  booleans: boolean;
}

// #NUM! from ASIN(2): LibreOffice gives Err:502 for SQRT(-1), not #NUM!.
const ERRORS = ["=NA()", "=1/0", "=ASIN(2)"];

class Gen {
  constructor(
    readonly r: () => number,
    readonly opts: GenOptions
  ) {}
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)];
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  /** A number, often a round one so ties and boundaries come up. */
  number(lo = -50, hi = 200): number {
    if (this.chance(0.3)) return this.pick([0, 1, 10, 50, 100, 80, 120]);
    const x = lo + this.r() * (hi - lo);
    return this.chance(0.5) ? Math.round(x) : Math.round(x * 1000) / 1000;
  }
  /** Mostly a number; sometimes blank, text, an error or a boolean. */
  cell(pBad = 0.08, pBlank = 0.08): CellInput {
    const u = this.r();
    if (u < pBlank) return null;
    if (u < pBlank + pBad) {
      const bad: CellInput[] = ["abc", "12", ...ERRORS];
      if (this.opts.booleans) bad.push(true);
      return this.pick(bad);
    }
    return this.number();
  }
}

const COLS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Column letter of a 0-based index (A..Z is enough here). */
export function col(i: number): string {
  return COLS[i];
}

/** Argument text for cell i of row r, or the value written as a literal, or omitted (""). */
function argFor(g: Gen, i: number, value: CellInput, row: number, allowLiteral: boolean): string {
  if (allowLiteral && typeof value === "number" && g.chance(0.1)) return String(value);
  return `${col(i)}${row}`;
}

const METHODS = [
  "ratio",
  "inverse",
  "corridor",
  "binary",
  "Прямой",
  " обратный ",
  "вилка",
  "бинарный",
  "ВИЛКА",
  // White space the spreadsheet's TRIM keeps: tab, no-break space, em space, ideographic space.
  "\tratio",
  "corridor\u00a0",
  "\u2003Вилка\u3000",
  "\u202f2 ",
  "rat io",
  "ratio\u00a0x",
];

/**
 * Values equal to a round number at 15 significant digits but not in binary (0.1 + 0.2 is
 * 0.30000000000000004), written as formulas so the cell holds the computed double.
 */
const NEAR = ["=0.1+0.2", "=0.7+0.1", "=1-10^-16", "=100*(0.1+0.2)"];
const NEAR_PARTNER: Record<string, number> = {
  "=0.1+0.2": 0.3,
  "=0.7+0.1": 0.8,
  "=1-10^-16": 1,
  "=100*(0.1+0.2)": 30,
};

/** KPI.INDEX cases: fact, plan, min, max, method in A..E. */
export function indexCases(n: number, seed: number, opts: GenOptions): Case[] {
  const g = new Gen(rng(seed), opts);
  const out: Case[] = [];
  for (let k = 0; k < n; k++) {
    const near = g.chance(0.08) ? g.pick(NEAR) : null;
    const fact = near !== null && g.chance(0.5) ? NEAR_PARTNER[near] : g.cell();
    const plan = near !== null ? near : g.chance(0.1) ? g.pick([0, -10, fact]) : g.cell(0.05, 0.04);
    const min =
      near !== null && g.chance(0.6)
        ? NEAR_PARTNER[near]
        : g.chance(0.45)
          ? null
          : g.chance(0.1)
            ? plan
            : g.cell(0.04, 0.02);
    const max = g.chance(0.6) ? null : g.cell(0.04, 0.02);
    const method: CellInput = g.chance(0.25)
      ? null
      : g.chance(0.6)
        ? g.pick(METHODS)
        : g.chance(0.7)
          ? g.pick([1, 2, 3, 4])
          : g.pick([0, 5, 2.5, "median", "3", ...(opts.booleans ? [true] : []), "=NA()"]);
    const cells = [fact, plan, min, max, method];
    const shape = g.r();
    const literalMethod = typeof method === "string" && !method.startsWith("=") && g.chance(0.3);
    out.push({
      cells,
      formula: (row) => {
        const a = cells.map((v, i) => argFor(g, i, v, row, i < 4));
        if (literalMethod) a[4] = `"${method}"`;
        // Sometimes leave optional arguments off or omitted (", ,").
        if (shape < 0.15 && min === null && max === null && method === null)
          return `KPI.INDEX(${a[0]},${a[1]})`;
        if (shape < 0.3 && min === null && max === null)
          return `KPI.INDEX(${a[0]},${a[1]}, , ,${a[4]})`;
        return `KPI.INDEX(${a.join(",")})`;
      },
    });
  }
  return out;
}

/** KPI.NEEDED cases: target, plan, min, max, method in A..E. */
export function neededCases(n: number, seed: number, opts: GenOptions): Case[] {
  const g = new Gen(rng(seed), opts);
  const out: Case[] = [];
  const TARGETS = [0, 0.5, 0.8, 0.9, 1, 1.1, 1.2, 1.5, 2, 10, 90, -0.1];
  for (let k = 0; k < n; k++) {
    const near = g.chance(0.06) ? g.pick(NEAR) : null;
    const target: CellInput =
      near !== null && g.chance(0.5)
        ? near
        : g.chance(0.5)
          ? g.pick(TARGETS)
          : g.chance(0.8)
            ? Math.round(g.r() * 3000) / 1000
            : g.cell();
    const plan = g.chance(0.1) ? g.pick([0, -10, 100]) : g.cell(0.05, 0.04);
    const min = g.chance(0.45) ? null : g.chance(0.1) ? plan : g.cell(0.04, 0.02);
    const max = g.chance(0.6) ? null : g.cell(0.04, 0.02);
    const method: CellInput = g.chance(0.25)
      ? null
      : g.chance(0.6)
        ? g.pick(METHODS)
        : g.chance(0.7)
          ? g.pick([1, 2, 3, 4])
          : g.pick([0, 5, 2.5, "median", ...(opts.booleans ? [true] : []), "=NA()"]);
    const cells = [target, plan, min, max, method];
    const shape = g.r();
    out.push({
      cells,
      formula: (row) => {
        const a = cells.map((v, i) => argFor(g, i, v, row, i < 4));
        if (shape < 0.15 && min === null && max === null && method === null)
          return `KPI.NEEDED(${a[0]},${a[1]})`;
        if (shape < 0.3 && min === null && max === null)
          return `KPI.NEEDED(${a[0]},${a[1]}, , ,${a[4]})`;
        return `KPI.NEEDED(${a.join(",")})`;
      },
    });
  }
  return out;
}

/** KPI.STATUS cases: index, watch, ok, form in A..D. */
export function statusCases(n: number, seed: number, opts: GenOptions): Case[] {
  const g = new Gen(rng(seed), opts);
  return Array.from({ length: n }, () => {
    const index = g.chance(0.8)
      ? g.pick([0.5, 0.85, 0.9, 0.95, 1, 1.2, g.r() * 1.5])
      : g.cell(0.5, 0.3);
    const watch = g.chance(0.5)
      ? null
      : g.chance(0.8)
        ? g.pick([0.8, 0.9, 0.95, 1.1, 90, 10, "=0.7+0.1"])
        : g.cell(0.3, 0.2);
    const ok = g.chance(0.5)
      ? null
      : g.chance(0.8)
        ? g.pick([1, 1.05, 0.9, 100, 10.5, "=1-10^-16"])
        : g.cell(0.3, 0.2);
    // The form (word / level, either language, or a name no form has) in D, or none.
    const form = g.chance(0.5)
      ? null
      : g.pick(["level", "word", " Уровень ", "слово", "", "colour", 2] as CellInput[]);
    const cells = [index, watch, ok, form];
    const short = watch === null && ok === null && form === null && g.chance(0.5);
    const literal = form === "level" && g.chance(0.3);
    return {
      cells,
      formula: (row: number) =>
        short
          ? `KPI.STATUS(A${row})`
          : literal
            ? `KPI.STATUS(A${row},B${row},C${row},"level")`
            : form === null
              ? `KPI.STATUS(A${row},B${row},C${row})`
              : `KPI.STATUS(A${row},B${row},C${row},D${row})`,
    };
  });
}

/** KPI.RUNRATE cases: fact, elapsed, total, plan in A..D. */
export function runRateCases(n: number, seed: number, opts: GenOptions): Case[] {
  const g = new Gen(rng(seed), opts);
  return Array.from({ length: n }, () => {
    const total = g.chance(0.9) ? g.pick([20, 21, 22, 30]) : g.cell(0.3, 0.3);
    const elapsed = g.chance(0.85) ? Math.floor(g.r() * 25) : g.cell(0.3, 0.3);
    const fact = g.cell();
    const plan = g.chance(0.4) ? null : g.chance(0.1) ? g.pick([0, -5]) : g.cell(0.05, 0.05);
    const cells = [fact, elapsed, total, plan];
    const short = plan === null && g.chance(0.5);
    return {
      cells,
      formula: (row: number) =>
        short
          ? `KPI.RUNRATE(A${row},B${row},C${row})`
          : `KPI.RUNRATE(A${row},B${row},C${row},D${row})`,
    };
  });
}

const MODES = ["strict", "normalize", "partial", "Частичный", "нормировать", "other"];

/** KPI.WEIGHTED cases: indices in A..E, weights in F..J, mode in K. */
export function weightedCases(n: number, seed: number, opts: GenOptions): Case[] {
  const g = new Gen(rng(seed), opts);
  return Array.from({ length: n }, () => {
    const size = 5;
    const percent = g.chance(0.5);
    const ws = g.pick([
      [0.45, 0.25, 0.25, 0.05, null],
      [0.2, 0.2, 0.2, 0.2, 0.2],
      [45, 25, 25, 5, null],
      [0.4, 0.3, 0.2, 0.05, null],
      [0.5, 0.5, 0, null, null],
    ]);
    const weights: CellInput[] = ws.map((w) => (w !== null && percent && w < 1 ? w : w));
    if (g.chance(0.15)) weights[Math.floor(g.r() * size)] = g.cell(0.4, 0.3);
    if (g.chance(0.05)) weights[Math.floor(g.r() * size)] = -0.1;
    const indices: CellInput[] = weights.map((w) =>
      w === null && g.chance(0.7) ? null : g.r() * 2
    );
    if (g.chance(0.3)) indices[Math.floor(g.r() * size)] = g.cell(0.4, 0.5);
    // Finite in, finite out: indices near the largest double, and tiny weights.
    if (g.chance(0.05)) indices.forEach((x, k) => (indices[k] = typeof x === "number" ? 1e308 : x));
    if (g.chance(0.05))
      weights.forEach((w, k) => (weights[k] = typeof w === "number" ? w * 1e-300 : w));
    const mode: CellInput = g.chance(0.4)
      ? null
      : g.pick([...MODES, "\tpartial\u00a0", "Strict\u2009"]);
    const literal = mode !== null && g.chance(0.3);
    return {
      cells: [...indices, ...weights, mode],
      formula: (row: number) => {
        const m = mode === null && g.chance(0.5) ? "" : literal ? `,"${mode}"` : `,K${row}`;
        return `KPI.WEIGHTED(A${row}:E${row},F${row}:J${row}${m})`;
      },
    };
  });
}

/** KPI.BONUS cases: score, base, interpolation in A..C; the scale is a 5×2 block elsewhere. */
export function bonusCases(n: number, seed: number, opts: GenOptions): Case[] {
  const g = new Gen(rng(seed), opts);
  return Array.from({ length: n }, () => {
    const score = g.chance(0.85) ? Math.round(g.r() * 150) / 100 : g.cell(0.4, 0.4);
    const base = g.chance(0.9) ? g.pick([1000, 50000, 0]) : g.cell(0.3, 0.3);
    const how: CellInput = g.chance(0.3)
      ? null
      : g.pick(["step", "linear", "Линейная", "bad", " linear\t", "\u00a0step"]);
    const scale: CellInput[][] = [
      [0.8, 0.5],
      [0.9, 0.8],
      [1, 1],
      [1.1, 1.2],
      [1.2, 1.5],
    ];
    const u = g.r();
    if (u < 0.1) scale[4] = [null, null];
    else if (u < 0.15) scale[2] = [0.85, 1];
    else if (u < 0.2) scale[1][Math.floor(g.r() * 2)] = g.cell(0.5, 0.5);
    else if (u < 0.25) for (const r of scale) r.fill(null);
    else if (u < 0.3) scale[Math.floor(g.r() * 5)][1] = -0.5;
    else if (u < 0.35) scale.forEach((r) => (r[0] = (r[0] as number) * 100));
    else if (u < 0.38) scale[3][0] = 10;
    const noScale = g.chance(0.1);
    return {
      cells: [score, base, how],
      block: scale,
      formula: (row: number) => {
        if (noScale) return `KPI.BONUS(A${row},B${row})`;
        const top = (row - 1) * 5 + 1;
        const range = `Scales!$A$${top}:$B$${top + 4}`;
        return how === null
          ? `KPI.BONUS(A${row},B${row},${range})`
          : `KPI.BONUS(A${row},B${row},${range},C${row})`;
      },
    };
  });
}

/** KPI.XYZ cases: a 12-month series in A..L, x and y in M..N. */
export function xyzCases(n: number, seed: number, opts: GenOptions): Case[] {
  const g = new Gen(rng(seed), opts);
  return Array.from({ length: n }, () => {
    const level = g.pick([10, 100, 1000, 0, 1e-200, 1e300]);
    const spread = g.pick([0.02, 0.1, 0.2, 0.5]);
    const series: CellInput[] = Array.from({ length: 12 }, () =>
      g.chance(0.1) ? null : level * (Math.round((1 + spread * (g.r() * 2 - 1)) * 10000) / 100)
    );
    if (g.chance(0.1)) series[Math.floor(g.r() * 12)] = g.cell(0.8, 0.1);
    if (g.chance(0.05)) series.fill(null, 1);
    const x = g.chance(0.7) ? null : g.pick([0.05, 0.1, 0.3, 10]);
    const y = g.chance(0.7) ? null : g.pick([0.2, 0.25, 0.5, 25]);
    return {
      cells: [...series, x, y],
      formula: (row: number) => `KPI.XYZ(A${row}:L${row},M${row},N${row})`,
    };
  });
}

/** KPI.ABC cases on one cell: value, a, b in A..C. */
export function abcCases(n: number, seed: number, opts: GenOptions): Case[] {
  const g = new Gen(rng(seed), opts);
  return Array.from({ length: n }, () => {
    const cells = [
      g.cell(0.1, 0.1),
      g.chance(0.6) ? null : g.pick([0.8, 1, 0.5, 80, -0.1]),
      g.chance(0.6) ? null : g.pick([0.95, 1, 0.7, 95]),
    ];
    return { cells, formula: (row: number) => `KPI.ABC(A${row},B${row},C${row})` };
  });
}

/** A fixed case with the result DESIGN.md documents for it. */
export interface DocumentedCase extends Case {
  expected: Shown;
}

const num = (value: number) => ({ kind: "number" as const, value });
const err = (code: string) => ({ kind: "error" as const, code });
const txt = (value: string) => ({ kind: "text" as const, value });
const scaleAt = (row: number) => `Scales!$A$${(row - 1) * 5 + 1}:$B$${(row - 1) * 5 + 5}`;

/**
 * The examples of issue 9 (and the rules of DESIGN.md "Rules every function shares"), written
 * with their inputs in cells so the portable formulas can compute them: each must give its
 * documented result in the add-in and natively, in HyperFormula and in LibreOffice.
 */
export const DOCUMENTED_CASES: readonly DocumentedCase[] = [
  {
    cells: [1.05, 90, 100],
    formula: (r) => `KPI.STATUS(A${r},B${r},C${r})`,
    expected: err("#VALUE!"),
  },
  {
    cells: [1.05, 0.9, 10],
    formula: (r) => `KPI.STATUS(A${r},B${r},C${r})`,
    expected: txt("amber"),
  },
  {
    cells: [1, 2, 10, 25],
    formula: (r) => `KPI.XYZ(A${r}:B${r},C${r},D${r})`,
    expected: err("#VALUE!"),
  },
  {
    cells: [1.05, 50000],
    block: [
      [80, 0.5],
      [100, 1],
      [120, 1.5],
    ],
    formula: (r) => `KPI.BONUS(A${r},B${r},${scaleAt(r)})`,
    expected: err("#VALUE!"),
  },
  {
    cells: [1.05, 50000],
    block: [
      [0.8, 0.5],
      [1, 1],
      [1.2, 1.5],
    ],
    formula: (r) => `KPI.BONUS(A${r},B${r},${scaleAt(r)})`,
    expected: num(50000),
  },
  {
    cells: [1.05, 50000],
    block: [
      [0.8, -0.5],
      [1, 1],
    ],
    formula: (r) => `KPI.BONUS(A${r},B${r},${scaleAt(r)})`,
    expected: err("#NUM!"),
  },
  { cells: [-0.2, 50000], formula: (r) => `KPI.BONUS(A${r},B${r})`, expected: num(0) },
  { cells: [-100, 500], formula: (r) => `KPI.INDEX(A${r},B${r})`, expected: num(0) },
  {
    cells: [-100, 500, null, null, "inverse"],
    formula: (r) => `KPI.INDEX(A${r},B${r},C${r},D${r},E${r})`,
    expected: num(0),
  },
  {
    cells: [-100, -500, null, null, 2],
    formula: (r) => `KPI.INDEX(A${r},B${r},C${r},D${r},E${r})`,
    expected: err("#NUM!"),
  },
  { cells: [1200, null], formula: (r) => `KPI.INDEX(A${r},B${r})`, expected: err("#N/A") },
  {
    cells: [null, null],
    formula: (r) => `KPI.INDEX(A${r},B${r})`,
    expected: { kind: "blank" },
  },
  {
    cells: [1e308, 1e308, 60, 40],
    formula: (r) => `KPI.WEIGHTED(A${r}:B${r},C${r}:D${r})`,
    expected: num(1e308),
  },
  {
    cells: [1.2, "=NA()", null, 50, 30, 20, "partial"],
    formula: (r) => `KPI.WEIGHTED(A${r}:C${r},D${r}:F${r},G${r})`,
    expected: err("#N/A"),
  },
  {
    cells: [1.2, null, null, 50, 30, 20, "partial"],
    formula: (r) => `KPI.WEIGHTED(A${r}:C${r},D${r}:F${r},G${r})`,
    expected: num(1.2),
  },
  { cells: [1e-200, 3e-200], formula: (r) => `KPI.XYZ(A${r}:B${r})`, expected: txt("Z") },
  { cells: [1e308, 1.7e308], formula: (r) => `KPI.XYZ(A${r}:B${r})`, expected: txt("Z") },
  {
    cells: [1, "=0.1+0.2", 0.3],
    formula: (r) => `KPI.INDEX(A${r},B${r},C${r})`,
    expected: err("#DIV/0!"),
  },
  {
    cells: [0.3, "=0.1+0.2", null, null, 4],
    formula: (r) => `KPI.INDEX(A${r},B${r},C${r},D${r},E${r})`,
    expected: num(1),
  },
  {
    cells: [1.7e308, -1.6e308, -1.7e308],
    formula: (r) => `KPI.INDEX(A${r},B${r},C${r})`,
    expected: num(34),
  },
  {
    cells: [1e308, 10, 15],
    formula: (r) => `KPI.RUNRATE(A${r},B${r},C${r})`,
    expected: num(1.5e308),
  },
  ...["\tratio\u00a0", "\u2003RATIO\u3000", " прямой\n", "\u202f1\u2009"].map(
    (m): DocumentedCase => ({
      cells: [900, 1000, null, null, m],
      formula: (r) => `KPI.INDEX(A${r},B${r},C${r},D${r},E${r})`,
      expected: num(0.9),
    })
  ),
  ...["rat io", "ratio\u00a0x", 2.5, 0, 5].map((m): DocumentedCase => ({
    cells: [900, 1000, null, null, m],
    formula: (r) => `KPI.INDEX(A${r},B${r},C${r},D${r},E${r})`,
    expected: err("#VALUE!"),
  })),
  {
    cells: [900, 1000, null, null, "=(0.1+0.2)*10-1"],
    formula: (r) => `KPI.INDEX(A${r},B${r},C${r},D${r},E${r})`,
    expected: num(1000 / 900),
  },
  // KPI.NEEDED: the fact of least effort, the boundary at a cap, #N/A where no fact reaches.
  ...(
    [
      [[0.9, 1000], num(900)],
      [[0.9, 1000, 800], num(980)],
      [[1.5, 1000, null, 1300], err("#N/A")],
      [[1.3, 1000, null, 1300], num(1300)],
      [[0.5, 1000, 600, null, "ratio"], err("#N/A")],
      [[0.8, 800, null, null, "inverse"], num(1000)],
      [[0.5, 800, 1250, null, 2], err("#N/A")],
      [[1, 100, null, null, "binary"], num(100)],
      [[0.5, 100, null, null, "бинарный"], err("#N/A")],
      [[0, 950, 650], num(650)],
      [[90, 1000], err("#VALUE!")],
      [[-0.1, 1000], err("#N/A")],
      [[0.9, null], err("#N/A")],
      [[null, 1000], { kind: "blank" }],
      [[1.2, 5, 10], num(4)],
      [["=0.4+0.4+0.5", 1000, null, 1300], num(1300)],
    ] as [CellInput[], Shown][]
  ).map(([cells, expected]): DocumentedCase => ({
    cells,
    formula: (r) => `KPI.NEEDED(${cells.map((_, i) => `${col(i)}${r}`).join(",")})`,
    expected,
  })),
  {
    cells: [1, 0.5, null, 50, 50, null, "\tPartial\u00a0"],
    formula: (r) => `KPI.WEIGHTED(A${r}:C${r},D${r}:F${r},G${r})`,
    expected: num(0.75),
  },
];

/** Every generator by function name. */
export const GENERATORS: Record<string, (n: number, seed: number, opts: GenOptions) => Case[]> = {
  DOCUMENTED: () => [...DOCUMENTED_CASES],
  INDEX: indexCases,
  WEIGHTED: weightedCases,
  BONUS: bonusCases,
  STATUS: statusCases,
  RUNRATE: runRateCases,
  XYZ: xyzCases,
  ABC: abcCases,
  NEEDED: neededCases,
};
