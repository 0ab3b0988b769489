/**
 * Bad input, table-driven: every case gives its documented error (core and Excel entry point),
 * none throws. Generated cases put each bad kind of value in each numeric argument; the listed
 * cases cover shapes, empty ranges, huge values, plans, weights and scales.
 */
import { isErrorCode, isKpiError, KpiError } from "../../src/core/errors";
import { evaluateGrid } from "../../src/core/runner";
import { documentedCodes } from "../../src/functions/error-table";
import { ENTRY_POINTS } from "../../src/functions/functions";
import { type FunctionId, KPI_FUNCTIONS } from "../../src/functions/registry";

interface Case {
  name: string;
  id: FunctionId;
  args: unknown[];
  code: string;
}

/** Valid arguments per function; `at` says where a bad value goes for each numeric argument. */
const VALID: Record<FunctionId, unknown[]> = {
  INDEX: [[[900]], [[1000]], [[500]], [[1200]], null],
  WEIGHTED: [[[1], [0.8]], [[60], [40]], null],
  BONUS: [
    [[1.1]],
    [[1000]],
    [
      [0.8, 0.5],
      [1, 1],
    ],
    null,
  ],
  STATUS: [[[0.95]], [[0.9]], [[1]]],
  RUNRATE: [[[50]], [[10]], [[20]], [[80]]],
  ABC: [[[10], [5], [80]], 0.8, 0.95],
  XYZ: [[[8, 12, 10]], 0.1, 0.25],
  NEEDED: [[[0.9]], [[1000]], [[500]], [[1200]], null],
};

/** Numeric arguments as [argument index, row, column] of the cell to spoil. */
const NUMERIC: Record<FunctionId, [number, number, number][]> = {
  INDEX: [
    [0, 0, 0],
    [1, 0, 0],
    [2, 0, 0],
    [3, 0, 0],
  ],
  WEIGHTED: [
    [0, 1, 0],
    [1, 1, 0],
  ],
  BONUS: [
    [0, 0, 0],
    [1, 0, 0],
    [2, 1, 1],
  ],
  STATUS: [
    [0, 0, 0],
    [1, 0, 0],
    [2, 0, 0],
  ],
  RUNRATE: [
    [0, 0, 0],
    [1, 0, 0],
    [2, 0, 0],
    [3, 0, 0],
  ],
  ABC: [
    [0, 1, 0],
    [1, -1, -1],
    [2, -1, -1],
  ],
  XYZ: [
    [0, 0, 1],
    [1, -1, -1],
    [2, -1, -1],
  ],
  NEEDED: [
    [0, 0, 0],
    [1, 0, 0],
    [2, 0, 0],
    [3, 0, 0],
  ],
};

const BAD_KINDS: [string, unknown, string][] = [
  ["text", "abc", "#VALUE!"],
  ["a number as text", "12", "#VALUE!"],
  ["TRUE", true, "#VALUE!"],
  ["FALSE", false, "#VALUE!"],
  ["NaN", NaN, "#NUM!"],
  ["Infinity", Infinity, "#NUM!"],
  ["an Excel #N/A error", { code: "#N/A", message: "" }, "#N/A"],
  ["a #DIV/0! error value", new KpiError("#DIV/0!"), "#DIV/0!"],
];

function spoil(id: FunctionId, [arg, r, c]: [number, number, number], value: unknown): unknown[] {
  const args = structuredClone(VALID[id]) as unknown[];
  if (r < 0) args[arg] = value;
  else (args[arg] as unknown[][])[r][c] = value;
  return args;
}

const generated: Case[] = [];
for (const id of Object.keys(NUMERIC) as FunctionId[]) {
  for (const at of NUMERIC[id]) {
    const param = KPI_FUNCTIONS.find((f) => f.id === id)!.spec.params[at[0]].name;
    for (const [kind, value, code] of BAD_KINDS) {
      generated.push({ name: `${id} ${param}: ${kind}`, id, args: spoil(id, at, value), code });
    }
  }
}

const col = (...xs: unknown[]) => xs.map((x) => [x]);
const SCALE = [
  [0.8, 0.5],
  [1, 1],
];

const listed: Case[] = [
  // Methods, modes, interpolations.
  ...["foo", 0, 5, 1.5, -1, true, "ratio inverse"].map((m): Case => ({
    name: `INDEX method ${String(m)}`,
    id: "INDEX",
    args: [1, 2, null, null, m],
    code: "#VALUE!",
  })),
  {
    name: "INDEX method error passes",
    id: "INDEX",
    args: [1, 2, null, null, { code: "#N/A" }],
    code: "#N/A",
  },
  ...["foo", 1, true, "normalise it"].map((m): Case => ({
    name: `WEIGHTED mode ${String(m)}`,
    id: "WEIGHTED",
    args: [col(1), col(100), m],
    code: "#VALUE!",
  })),
  {
    name: "WEIGHTED mode as a range",
    id: "WEIGHTED",
    args: [col(1), col(100), [["strict", "partial"]]],
    code: "#VALUE!",
  },
  ...["cubic", 2, false].map((m): Case => ({
    name: `BONUS interpolation ${String(m)}`,
    id: "BONUS",
    args: [1, 100, SCALE, m],
    code: "#VALUE!",
  })),
  {
    name: "BONUS interpolation as a range",
    id: "BONUS",
    args: [1, 100, SCALE, [["step"], ["linear"]]],
    code: "#VALUE!",
  },
  // Shapes.
  {
    name: "INDEX fact 3×1 vs plan 2×1",
    id: "INDEX",
    args: [col(1, 2, 3), col(1, 2)],
    code: "#VALUE!",
  },
  {
    name: "INDEX fact column vs plan row",
    id: "INDEX",
    args: [col(1, 2), [[1, 2]]],
    code: "#VALUE!",
  },
  {
    name: "INDEX min shape differs",
    id: "INDEX",
    args: [col(1, 2), col(1, 2), col(0, 0, 0)],
    code: "#VALUE!",
  },
  {
    name: "INDEX method shape differs",
    id: "INDEX",
    args: [col(1, 2), 1, null, null, col(1, 2, 3)],
    code: "#VALUE!",
  },
  {
    name: "WEIGHTED shapes differ",
    id: "WEIGHTED",
    args: [col(1, 1), col(50, 25, 25)],
    code: "#VALUE!",
  },
  {
    name: "WEIGHTED row vs column",
    id: "WEIGHTED",
    args: [col(1, 1), [[50, 50]]],
    code: "#VALUE!",
  },
  { name: "BONUS shapes differ", id: "BONUS", args: [col(1, 1), col(1, 1, 1)], code: "#VALUE!" },
  {
    name: "STATUS shapes differ",
    id: "STATUS",
    args: [col(1, 1), col(0.9, 0.9, 0.9)],
    code: "#VALUE!",
  },
  {
    name: "RUNRATE shapes differ",
    id: "RUNRATE",
    args: [col(1, 1), 5, col(10, 10, 10)],
    code: "#VALUE!",
  },
  { name: "ABC a as a range", id: "ABC", args: [col(1, 2), col(0.8, 0.9)], code: "#VALUE!" },
  { name: "ABC thresholds as percents", id: "ABC", args: [col(1, 2), 80, 95], code: "#VALUE!" },
  { name: "ABC negative a", id: "ABC", args: [col(1, 2), -0.5, 0.9], code: "#VALUE!" },
  { name: "XYZ y as a range", id: "XYZ", args: [[[1, 2]], 0.1, col(0.2, 0.3)], code: "#VALUE!" },
  // Empty and ragged ranges.
  ...KPI_FUNCTIONS.flatMap((f): Case[] => [
    {
      name: `${f.id} empty range []`,
      id: f.id,
      args: [[], ...VALID[f.id].slice(1)],
      code: "#VALUE!",
    },
    {
      name: `${f.id} empty row [[]]`,
      id: f.id,
      args: [[[]], ...VALID[f.id].slice(1)],
      code: "#VALUE!",
    },
    {
      name: `${f.id} ragged range`,
      id: f.id,
      args: [[[1, 2], [3]], ...VALID[f.id].slice(1)],
      code: "#VALUE!",
    },
  ]),
  // Results that are truly beyond the largest number (a finite true result is never an error:
  // see "finite in, finite out" in rules.test.ts).
  { name: "INDEX ratio overflow", id: "INDEX", args: [1e308, 1e-308], code: "#NUM!" },
  {
    name: "INDEX corridor overflow",
    id: "INDEX",
    args: [1.7e308, 1e-300, -1e-300],
    code: "#NUM!",
  },
  {
    name: "INDEX inverse overflow",
    id: "INDEX",
    args: [1e-308, 1e308, null, null, "inverse"],
    code: "#NUM!",
  },
  { name: "BONUS overflow", id: "BONUS", args: [1e308, 1e10], code: "#NUM!" },
  {
    name: "BONUS scale overflow",
    id: "BONUS",
    args: [1, 1e300, [[0.5, 1e10]]],
    code: "#NUM!",
  },
  { name: "RUNRATE overflow", id: "RUNRATE", args: [1e308, 1, 1e10], code: "#NUM!" },
  { name: "RUNRATE with plan overflow", id: "RUNRATE", args: [1e308, 1, 10, 0.1], code: "#NUM!" },
  // A fact without a plan: #N/A, never a blank a total could skip.
  { name: "INDEX fact with a blank plan", id: "INDEX", args: [5, ""], code: "#N/A" },
  { name: "INDEX fact with an omitted plan", id: "INDEX", args: [5, null, 1, 10], code: "#N/A" },
  {
    name: "INDEX fact with a blank plan, inverse",
    id: "INDEX",
    args: [5, "", null, null, "inverse"],
    code: "#N/A",
  },
  {
    name: "WEIGHTED partial passes a fact without plan",
    id: "WEIGHTED",
    args: [col(1, new KpiError("#N/A", "noPlan"), ""), col(40, 30, 30), "partial"],
    code: "#N/A",
  },
  {
    name: "WEIGHTED strict passes a fact without plan",
    id: "WEIGHTED",
    args: [col(1, new KpiError("#N/A", "noPlan")), col(60, 40)],
    code: "#N/A",
  },
  {
    name: "WEIGHTED partial passes a #DIV/0! index",
    id: "WEIGHTED",
    args: [col(1, { code: "#DIV/0!" }), col(60, 40), "partial"],
    code: "#DIV/0!",
  },
  // Thresholds that are fractions by meaning, typed as whole percents (above 10 = 1000 %).
  { name: "STATUS watch 90 and ok 100", id: "STATUS", args: [1.05, 90, 100], code: "#VALUE!" },
  { name: "STATUS ok 100", id: "STATUS", args: [1.05, null, 100], code: "#VALUE!" },
  { name: "STATUS watch 10.5", id: "STATUS", args: [1.05, 10.5, 1], code: "#VALUE!" },
  { name: "XYZ x 10 and y 25", id: "XYZ", args: [[[1, 2]], 10, 25], code: "#VALUE!" },
  { name: "XYZ x 15", id: "XYZ", args: [[[1, 2]], 15, 0.25], code: "#VALUE!" },
  { name: "ABC a 80 with b 0.95", id: "ABC", args: [col(1, 2), 80, 0.95], code: "#VALUE!" },
  {
    name: "BONUS scale thresholds as whole percents",
    id: "BONUS",
    args: [
      1.05,
      50000,
      [
        [80, 0.5],
        [100, 1],
        [120, 1.5],
      ],
    ],
    code: "#VALUE!",
  },
  {
    name: "BONUS scale last threshold 12",
    id: "BONUS",
    args: [
      1.05,
      50000,
      [
        [0.8, 0.5],
        [1, 1],
        [12, 1.5],
      ],
    ],
    code: "#VALUE!",
  },
  {
    name: "BONUS negative coefficient",
    id: "BONUS",
    args: [
      1.05,
      50000,
      [
        [0.8, -0.5],
        [1, 1],
      ],
    ],
    code: "#NUM!",
  },
  {
    name: "BONUS negative coefficient below the score's row",
    id: "BONUS",
    args: [
      0.5,
      50000,
      [
        [0.8, 0.5],
        [1, -1],
      ],
    ],
    code: "#NUM!",
  },
  // Option text: trimmed of white space only at its ends; method numbers whole 1–4 at 15 digits.
  ...["ratio\u00a0inverse", "rat\tio", "\u00a0", "3.0", "2.5", " 5 "].map((m): Case => ({
    name: `INDEX method text ${JSON.stringify(m)}`,
    id: "INDEX",
    args: [1, 2, null, null, m],
    code: "#VALUE!",
  })),
  ...[2.9999999, 1 - 1e-10, 4.5, 1e300, -0.0000001].map((m): Case => ({
    name: `INDEX method number ${m}`,
    id: "INDEX",
    args: [1, 2, null, null, m],
    code: "#VALUE!",
  })),
  {
    name: "WEIGHTED mode with inner no-break space",
    id: "WEIGHTED",
    args: [col(1), col(100), "par\u00a0tial"],
    code: "#VALUE!",
  },
  // One comparison rule: plan = min at 15 significant digits.
  { name: "INDEX plan 0.1+0.2 = min 0.3", id: "INDEX", args: [1, 0.1 + 0.2, 0.3], code: "#DIV/0!" },
  {
    name: "INDEX binary plan 0.7+0.1 = min 0.8",
    id: "INDEX",
    args: [1, 0.7 + 0.1, 0.8, null, "binary"],
    code: "#DIV/0!",
  },
  // Plans and mins.
  { name: "INDEX plan 0 ratio", id: "INDEX", args: [5, 0], code: "#DIV/0!" },
  {
    name: "INDEX plan 0 ratio with min",
    id: "INDEX",
    args: [5, 0, -1, null, "ratio"],
    code: "#DIV/0!",
  },
  { name: "INDEX plan negative ratio", id: "INDEX", args: [5, -10], code: "#NUM!" },
  {
    name: "INDEX plan negative inverse",
    id: "INDEX",
    args: [5, -10, null, null, 2],
    code: "#NUM!",
  },
  {
    name: "INDEX negative plan comes before a negative fact (inverse)",
    id: "INDEX",
    args: [-5, -10, null, null, 2],
    code: "#NUM!",
  },
  {
    name: "INDEX negative plan comes before a negative fact (ratio)",
    id: "INDEX",
    args: [-5, -10],
    code: "#NUM!",
  },
  { name: "INDEX fact 0 inverse", id: "INDEX", args: [0, 10, null, null, 2], code: "#DIV/0!" },
  { name: "INDEX plan = min corridor", id: "INDEX", args: [5, 10, 10], code: "#DIV/0!" },
  {
    name: "INDEX plan = min binary",
    id: "INDEX",
    args: [5, 10, 10, null, "binary"],
    code: "#DIV/0!",
  },
  { name: "INDEX plan = min = 0", id: "INDEX", args: [5, 0, 0], code: "#DIV/0!" },
  {
    name: "INDEX corridor without min",
    id: "INDEX",
    args: [5, 10, null, null, 3],
    code: "#VALUE!",
  },
  { name: "INDEX ratio max below min", id: "INDEX", args: [5, 10, 6, 4, 1], code: "#VALUE!" },
  { name: "INDEX corridor max below min", id: "INDEX", args: [5, 10, 6, 4], code: "#VALUE!" },
  { name: "INDEX inverse max above min", id: "INDEX", args: [5, 10, 6, 8, 2], code: "#VALUE!" },
  { name: "RUNRATE plan 0", id: "RUNRATE", args: [5, 1, 2, 0], code: "#DIV/0!" },
  { name: "RUNRATE plan negative", id: "RUNRATE", args: [5, 1, 2, -3], code: "#NUM!" },
  { name: "RUNRATE elapsed 0", id: "RUNRATE", args: [5, 0, 2], code: "#NUM!" },
  { name: "RUNRATE elapsed negative", id: "RUNRATE", args: [5, -1, 2], code: "#NUM!" },
  { name: "RUNRATE elapsed > total", id: "RUNRATE", args: [5, 3, 2], code: "#NUM!" },
  { name: "RUNRATE total negative", id: "RUNRATE", args: [5, 1, -2], code: "#NUM!" },
  // Weights.
  {
    name: "WEIGHTED weights 95 %",
    id: "WEIGHTED",
    args: [col(1, 1), col(50, 45)],
    code: "#VALUE!",
  },
  {
    name: "WEIGHTED weights 0.95",
    id: "WEIGHTED",
    args: [col(1, 1), col(0.5, 0.45)],
    code: "#VALUE!",
  },
  {
    name: "WEIGHTED weights 150",
    id: "WEIGHTED",
    args: [col(1, 1), col(100, 50)],
    code: "#VALUE!",
  },
  {
    name: "WEIGHTED weights total 0",
    id: "WEIGHTED",
    args: [col(1, 1), col(0, 0)],
    code: "#DIV/0!",
  },
  { name: "WEIGHTED all blank", id: "WEIGHTED", args: [col("", ""), col("", "")], code: "#DIV/0!" },
  {
    name: "WEIGHTED negative weight",
    id: "WEIGHTED",
    args: [col(1, 1), col(150, -50)],
    code: "#NUM!",
  },
  {
    name: "WEIGHTED index without weight",
    id: "WEIGHTED",
    args: [col(1, 1), col(100, "")],
    code: "#VALUE!",
  },
  {
    name: "WEIGHTED blank index strict",
    id: "WEIGHTED",
    args: [col(1, ""), col(50, 50)],
    code: "#N/A",
  },
  {
    name: "WEIGHTED blank index normalize",
    id: "WEIGHTED",
    args: [col(1, ""), col(5, 5), "normalize"],
    code: "#N/A",
  },
  {
    name: "WEIGHTED no index partial",
    id: "WEIGHTED",
    args: [col("", ""), col(5, 5), "partial"],
    code: "#N/A",
  },
  // Scales.
  {
    name: "BONUS scale unsorted",
    id: "BONUS",
    args: [
      1,
      100,
      [
        [1, 1],
        [0.8, 0.5],
      ],
    ],
    code: "#VALUE!",
  },
  {
    name: "BONUS scale duplicate thresholds",
    id: "BONUS",
    args: [
      1,
      100,
      [
        [1, 1],
        [1, 2],
      ],
    ],
    code: "#VALUE!",
  },
  { name: "BONUS scale three columns", id: "BONUS", args: [1, 100, [[1, 1, 1]]], code: "#VALUE!" },
  { name: "BONUS scale one column", id: "BONUS", args: [1, 100, col(1, 2)], code: "#VALUE!" },
  {
    name: "BONUS scale header row",
    id: "BONUS",
    args: [
      1,
      100,
      [
        ["from", "coef"],
        [1, 1],
      ],
    ],
    code: "#VALUE!",
  },
  {
    name: "BONUS scale incomplete row",
    id: "BONUS",
    args: [
      1,
      100,
      [
        [1, 1],
        [2, ""],
      ],
    ],
    code: "#VALUE!",
  },
  { name: "BONUS negative base", id: "BONUS", args: [1, -100], code: "#NUM!" },
  // Thresholds and values of STATUS, ABC, XYZ.
  { name: "STATUS watch above ok", id: "STATUS", args: [1, 1.2, 1], code: "#VALUE!" },
  { name: "ABC a above b", id: "ABC", args: [col(1, 2), 0.9, 0.5], code: "#VALUE!" },
  { name: "ABC negative value", id: "ABC", args: [col(1, -2)], code: "#NUM!" },
  { name: "ABC total 0", id: "ABC", args: [col(0, 0)], code: "#DIV/0!" },
  { name: "ABC only blanks", id: "ABC", args: [col("", null)], code: "#DIV/0!" },
  { name: "XYZ x above y", id: "XYZ", args: [[[1, 2]], 0.5, 0.1], code: "#VALUE!" },
  { name: "XYZ one value", id: "XYZ", args: [[[5, ""]]], code: "#N/A" },
  { name: "XYZ no values", id: "XYZ", args: [[["", ""]]], code: "#N/A" },
  { name: "XYZ mean 0", id: "XYZ", args: [[[-1, 1]]], code: "#DIV/0!" },
  { name: "XYZ mean negative", id: "XYZ", args: [[[-1, -3]]], code: "#DIV/0!" },
  // KPI.NEEDED: the input errors of KPI.INDEX, and #N/A where no fact reaches the target.
  { name: "NEEDED target 90 (a whole percent)", id: "NEEDED", args: [90, 1000], code: "#VALUE!" },
  { name: "NEEDED target with a blank plan", id: "NEEDED", args: [0.9, ""], code: "#N/A" },
  { name: "NEEDED unknown method", id: "NEEDED", args: [1, 10, null, null, "x"], code: "#VALUE!" },
  { name: "NEEDED method 2.5", id: "NEEDED", args: [1, 10, null, null, 2.5], code: "#VALUE!" },
  {
    name: "NEEDED target 3×1 vs plan 2×1",
    id: "NEEDED",
    args: [col(1, 1, 1), col(5, 6)],
    code: "#VALUE!",
  },
  { name: "NEEDED plan 0 ratio", id: "NEEDED", args: [1, 0], code: "#DIV/0!" },
  { name: "NEEDED plan negative ratio", id: "NEEDED", args: [1, -10], code: "#NUM!" },
  {
    name: "NEEDED plan negative inverse",
    id: "NEEDED",
    args: [1, -10, null, null, 2],
    code: "#NUM!",
  },
  {
    name: "NEEDED corridor without min",
    id: "NEEDED",
    args: [1, 10, null, null, 3],
    code: "#VALUE!",
  },
  { name: "NEEDED plan = min corridor", id: "NEEDED", args: [1, 0.1 + 0.2, 0.3], code: "#DIV/0!" },
  { name: "NEEDED plan = min binary", id: "NEEDED", args: [1, 10, 10, null, 4], code: "#DIV/0!" },
  { name: "NEEDED ratio max below min", id: "NEEDED", args: [1, 10, 6, 4, 1], code: "#VALUE!" },
  { name: "NEEDED inverse max above min", id: "NEEDED", args: [1, 10, 6, 8, 2], code: "#VALUE!" },
  { name: "NEEDED corridor max below min", id: "NEEDED", args: [1, 10, 6, 4], code: "#VALUE!" },
  { name: "NEEDED target below 0", id: "NEEDED", args: [-0.1, 10], code: "#N/A" },
  { name: "NEEDED target above the cap", id: "NEEDED", args: [1.5, 10, null, 12], code: "#N/A" },
  { name: "NEEDED target a gate jumps", id: "NEEDED", args: [0.5, 10, 6, null, 1], code: "#N/A" },
  { name: "NEEDED binary 0.5", id: "NEEDED", args: [0.5, 10, null, null, 4], code: "#N/A" },
  { name: "NEEDED inverse plan 0", id: "NEEDED", args: [1, 0, null, null, 2], code: "#N/A" },
  { name: "NEEDED inverse never 0", id: "NEEDED", args: [0, 10, null, 5, 2], code: "#N/A" },
  { name: "NEEDED ratio overflow", id: "NEEDED", args: [10, 1e308], code: "#NUM!" },
];

const CASES = [...generated, ...listed];

/** Codes Excel cannot return from a custom function become #VALUE! in the adapter. */
const EXCEL_OUTPUT = new Set(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"]);

describe("bad input", () => {
  it("has at least 150 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const spec = KPI_FUNCTIONS.find((f) => f.id === c.id)!.spec;
    const core = evaluateGrid(spec, c.args)[0][0];
    expect(isKpiError(core)).toBe(true);
    const error = core as KpiError;
    expect(error.code).toBe(c.code);
    const passThrough = error.reason === null;
    if (!passThrough) {
      expect(documentedCodes(c.id).has(error.code)).toBe(true);
      expect(error.messageIn("en").length).toBeGreaterThan(0);
      expect(error.messageIn("ru").length).toBeGreaterThan(0);
      expect(error.reason).not.toBe("unexpected");
    }
    const excel = (ENTRY_POINTS[c.id] as (...a: unknown[]) => unknown[][])(...c.args)[0][0] as {
      code: string;
      message?: string;
    };
    expect(isErrorCode(excel.code)).toBe(true);
    expect(excel.code).toBe(EXCEL_OUTPUT.has(c.code) ? c.code : "#VALUE!");
    // Excel shows messages on #VALUE! and #N/A: ours always carry one (a passed-through #N/A keeps its own).
    const ours = !passThrough || !EXCEL_OUTPUT.has(c.code);
    if (ours && (excel.code === "#VALUE!" || excel.code === "#N/A"))
      expect(excel.message).toBeTruthy();
  });
});
