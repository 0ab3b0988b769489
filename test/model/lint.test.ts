import { lintMatrix, lintWorkbook } from "../../src/core/lint";
import type { Card } from "../../src/core/card";
import type { LibraryCard } from "../../src/core/library/types";
import type {
  BonusScalePoint,
  MatrixRow,
  MatrixSnapshot,
  RowResult,
} from "../../src/core/matrix/types";
import { matrixAddresses } from "../../src/workbook/matrix-layout";

function snapshot(
  rows: MatrixRow[],
  results?: Partial<MatrixSnapshot>,
  scale: BonusScalePoint[] = []
): MatrixSnapshot {
  return {
    sheet: "M",
    matrix: { sheet: "M", name: "Matrix", employee: "", period: "", rows, scale },
    results: rows.map((): RowResult => ({ index: 1, score: 0.1, status: "green" })),
    weightTotal: 1,
    total: 1,
    totalStatus: "green",
    bonus: 100,
    at: matrixAddresses(rows.length, scale.length),
    ...results,
  };
}

const row = (code: string, extra: Partial<MatrixRow> = {}): MatrixRow => ({
  code,
  name: code,
  method: "ratio",
  weight: 0.25,
  plan: 10,
  fact: 10,
  ...extra,
});

/** A card table holding every code of the snapshot. */
const cardsOf = (s: MatrixSnapshot): Card[] =>
  s.matrix.rows.map((r) => ({ code: r.code, name: r.name, method: r.method }));

const codes = (s: MatrixSnapshot, cards: Card[] | undefined = cardsOf(s)): string[] =>
  lintMatrix(s, cards).map((f) => `${f.severity}:${f.code}@${f.at.address}`);

describe("lint", () => {
  it("finds nothing in a sound matrix, and flags codes missing from the card table", () => {
    expect(codes(snapshot([row("A"), row("B"), row("C"), row("D")]), [])).toEqual([
      "warning:unknown-card@B6",
      "warning:unknown-card@B7",
      "warning:unknown-card@B8",
      "warning:unknown-card@B9",
    ]);
    const cards = ["A", "B", "C", "D"].map((c): Card => ({ code: c, name: c, method: "ratio" }));
    expect(codes(snapshot([row("A"), row("B"), row("C"), row("D")]), cards)).toEqual([]);
  });

  it("flags plan = min (an error for the corridor, a warning otherwise) with the numbers", () => {
    const s = snapshot([
      row("A", { method: "corridor", min: 10, weight: 0.5 }),
      row("B", { method: "binary", min: 10, weight: 0.5 }),
    ]);
    const f = lintMatrix(s).filter((x) => x.code === "plan-equals-min");
    expect(f.map((x) => `${x.severity}@${x.at.address}`)).toEqual(["error@G6", "warning@G7"]);
    expect(f[0].message.en).toBe("A: plan equals min (10); the corridor divides by zero.");
    expect(f[0].message.ru).toBe("A: план равен минимуму (10); вилка делит на ноль.");
  });

  it("flags inverse with min below plan and ratio with min above plan at the method cell", () => {
    const s = snapshot([
      row("A", { method: "inverse", min: 5, weight: 0.5 }),
      row("B", { method: "ratio", min: 50, weight: 0.5 }),
    ]);
    expect(codes(s, undefined).filter((c) => c.includes("method-direction"))).toEqual([
      "error:method-direction@D6",
      "error:method-direction@D7",
    ]);
  });

  it("flags a card whose direction contradicts the row's method (an error: it pays wrong)", () => {
    const s = snapshot([row("SALES", { method: "inverse", weight: 1 })]);
    const cards: Card[] = [{ code: "sales", name: "Sales", method: "ratio", direction: "higher" }];
    expect(codes(s, cards)).toEqual(["error:card-direction@D6"]);
  });

  it("warns above 7 KPIs and hints above 5", () => {
    const many = (n: number): MatrixRow[] =>
      Array.from({ length: n }, (_, i) => row(`K${i}`, { weight: 1 / n }));
    expect(codes(snapshot(many(8))).filter((c) => c.includes("kpis"))).toEqual([
      "warning:too-many-kpis@A13",
    ]);
    expect(codes(snapshot(many(6))).filter((c) => c.includes("kpis"))).toEqual([
      "info:many-kpis@A11",
    ]);
    expect(codes(snapshot(many(5))).filter((c) => c.includes("kpis"))).toEqual([]);
    expect(lintMatrix(snapshot(many(8)), cardsOf(snapshot(many(8))))[0].message.ru).toContain(
      "8 KPI"
    );
  });

  it("reports missing facts but not the #N/A total they cause", () => {
    const s = snapshot([row("A", { weight: 0.5 }), row("B", { weight: 0.5, fact: undefined })], {
      total: { error: "#N/A", message: "1 KPI has no fact yet" },
    });
    expect(codes(s)).toEqual(["info:missing-fact@I7"]);
  });

  it("reports an index error once with its message, and a bonus error when the total is fine", () => {
    const rows = [row("A", { weight: 0.5 }), row("B", { weight: 0.5 })];
    const s = snapshot(rows, {
      results: [
        {
          index: { error: "#DIV/0!", message: "plan is 0" },
          score: { error: "#DIV/0!" },
          status: { error: "#DIV/0!" },
        },
        { index: 1, score: 0.5, status: "green" },
      ],
      total: { error: "#DIV/0!" },
      bonus: { error: "#DIV/0!" },
    });
    const f = lintMatrix(s, cardsOf(s));
    expect(f.map((x) => `${x.code}@${x.at.address}`)).toEqual(["formula-error@J6"]);
    expect(f[0].message.en).toBe("A: the index shows #DIV/0! (plan is 0).");
    const bonusOnly = snapshot(rows, { bonus: { error: "#VALUE!" } });
    expect(codes(bonusOnly)).toEqual([`error:formula-error@${bonusOnly.at.bonus}`]);
  });

  it("ignores #BUSY! while Excel is still calculating", () => {
    const rows = [row("A", { weight: 1 })];
    const s = snapshot(rows, {
      results: [
        { index: { error: "#BUSY!" }, score: { error: "#BUSY!" }, status: { error: "#BUSY!" } },
      ],
      total: { error: "#BUSY!" },
      bonus: { error: "#BUSY!" },
    });
    expect(codes(s)).toEqual([]);
  });

  it("sorts workbook findings by severity, keeping sheet order within a severity", () => {
    const a = snapshot([row("A", { weight: 0.9, fact: undefined })]);
    const b = { ...snapshot([row("B", { weight: 0.5 })]), sheet: "N" };
    const f = lintWorkbook({ cards: [...cardsOf(a), ...cardsOf(b)], matrices: [a, b] });
    expect(f.map((x) => `${x.severity}:${x.at.sheet}`)).toEqual(["error:M", "error:N", "info:M"]);
  });
});

/** The findings of one code, as severity@address, with their messages. */
const only = (s: MatrixSnapshot, code: string, cards: Card[] | undefined = cardsOf(s)) =>
  lintMatrix(s, cards).filter((f) => f.code === code);

const at = (s: MatrixSnapshot, code: string, cards?: Card[]): string[] =>
  only(s, code, cards).map((f) => `${f.severity}@${f.at.address}`);

const LIBRARY: LibraryCard[] = [
  {
    code: "SALES_VOL",
    category: "sales",
    name: { en: "Sales volume", ru: "Объём продаж" },
    description: { en: "", ru: "" },
    unit: { en: "RUB", ru: "руб." },
    direction: "higher",
    method: "ratio",
  },
  {
    code: "SHRINK",
    category: "stock",
    name: { en: "Shrinkage", ru: "Потери" },
    description: { en: "", ru: "" },
    unit: { en: "%", ru: "%" },
    direction: "lower",
    method: "inverse",
  },
];

describe("lint: a KPI without a plan", () => {
  it("flags a fact or a weight without a plan at the plan cell, as an error", () => {
    const s = snapshot([
      row("A", { plan: undefined, weight: 0.5 }),
      row("B", { plan: undefined, weight: 0, fact: 7 }),
      row("C", { plan: undefined, weight: 0.5, fact: undefined }),
      row("D", { plan: undefined, weight: 0, fact: undefined }),
    ]);
    expect(at(s, "missing-plan")).toEqual(["error@G6", "error@G7", "error@G8"]);
    const [withWeight, withFact, noFact] = only(s, "missing-plan").map((f) => f.message);
    expect(withWeight.en).toMatch(/^A: no plan\./);
    expect(withWeight.ru).toMatch(/^A: нет плана\./);
    expect(withFact.en).toContain("#N/A");
    expect(noFact.en).not.toContain("#N/A");
  });

  it("explains the #N/A index it causes instead of reporting the index too", () => {
    const s = snapshot([row("A", { plan: undefined, weight: 0.5 }), row("B", { weight: 0.5 })], {
      results: [
        { index: { error: "#N/A" }, score: { error: "#N/A" }, status: { error: "#N/A" } },
        { index: 1, score: 0.5, status: "green" },
      ],
      total: { error: "#N/A" },
    });
    expect(codes(s)).toEqual(["error:missing-plan@G6"]);
  });
});

describe("lint: a method against the KPI library and the card's direction", () => {
  const lib = (s: MatrixSnapshot, cards?: Card[]) =>
    lintMatrix(s, cards, LIBRARY).filter((f) => f.code.endsWith("direction"));

  it("flags the library card with the row's code: sales volume scored as inverse", () => {
    const s = snapshot([row("SALES_VOL", { name: "Sales volume", method: "inverse", weight: 1 })], {
      results: [{ index: 0.6667, score: 0.6667, status: "red" }],
    });
    const f = lib(s, undefined);
    expect(f.map((x) => `${x.severity}:${x.code}@${x.at.address}`)).toEqual([
      "error:card-direction@D6",
    ]);
    expect(f[0].message.en).toContain("higher is better");
    expect(f[0].message.en).toContain("66.67 %");
    expect(f[0].message.ru).toContain("больше — лучше");
    expect(f[0].message.ru).toContain("66,67 %");
  });

  it("falls back to the library card with the same name, ignoring case and spaces", () => {
    const named = (name: string, method: MatrixRow["method"]) =>
      lib(snapshot([row("MY1", { name, method, weight: 1 })])).map((x) => x.code);
    expect(named("  sales\u00a0 VOLUME ", "inverse")).toEqual(["card-direction"]);
    expect(named("объём  продаж", "inverse")).toEqual(["card-direction"]);
    expect(named("Sales volume", "ratio")).toEqual([]);
    expect(named("Sales volume growth", "inverse")).toEqual([]);
    // Lower is better: a ratio shrinkage pays more for more losses.
    expect(named("Shrinkage", "ratio")).toEqual(["card-direction"]);
    expect(named("Shrinkage", "inverse")).toEqual([]);
  });

  it("judges a corridor by its numbers: min above plan scores lower as better", () => {
    const s = snapshot([
      row("SALES_VOL", { method: "corridor", min: 900, plan: 800, weight: 0.5 }),
      row("SHRINK", { method: "corridor", min: 0.05, plan: 0.02, weight: 0.5 }),
    ]);
    expect(lib(s).map((x) => `${x.code}@${x.at.address}`)).toEqual(["card-direction@D6"]);
  });

  it("lets the workbook's own card decide when it states a direction", () => {
    const s = snapshot([row("SALES_VOL", { method: "inverse", weight: 1 })]);
    const cards: Card[] = [
      { code: "SALES_VOL", name: "Returns", method: "inverse", direction: "lower" },
    ];
    expect(lib(s, cards)).toEqual([]);
    const higher: Card[] = [{ ...cards[0], direction: "higher" }];
    expect(lib(s, higher).map((x) => `${x.severity}:${x.code}`)).toEqual(["error:card-direction"]);
  });

  it("does not hide an index error it does not cause", () => {
    const s = snapshot([row("SALES_VOL", { name: "Sales volume", method: "inverse", weight: 1 })], {
      results: [
        { index: { error: "#NAME?" }, score: { error: "#NAME?" }, status: { error: "#NAME?" } },
      ],
    });
    expect(codes(s, undefined).filter((c) => !c.includes("no-cards"))).toEqual([
      "error:card-direction@D6",
      "error:formula-error@J6",
    ]);
  });

  it("takes the card with exactly the row's code before one that differs in case", () => {
    const s = snapshot([row("SALES", { method: "inverse", weight: 1 })]);
    const cards: Card[] = [
      { code: "sales", name: "Returns", method: "inverse", direction: "lower" },
      { code: "SALES", name: "Sales", method: "ratio", direction: "higher" },
    ];
    expect(codes(s, cards)).toEqual(["error:card-direction@D6"]);
    expect(codes(s, [cards[0]])).toEqual([]);
  });

  it("uses the built-in library by default", () => {
    const s = snapshot([row("SALES_VOL", { name: "Sales volume", method: "inverse", weight: 1 })]);
    expect(at(s, "card-direction")).toEqual(["error@D6"]);
  });
});

describe("lint: implausible facts and bounds", () => {
  it("flags a % fact above 1000 % at the fact cell with what to type, in both languages", () => {
    const s = snapshot([
      row("A", { unit: "%", plan: 0.9, fact: 85, weight: 0.5 }),
      row("B", { unit: "%", plan: 0.9, fact: 9.5, weight: 0.25 }),
      row("C", { unit: "pcs", plan: 90, fact: 85, weight: 0.25 }),
    ]);
    expect(at(s, "percent-fact")).toEqual(["error@I6"]);
    const f = only(s, "percent-fact")[0];
    expect(f.message.en).toContain("8500 %");
    expect(f.message.en).toContain("85% or 0.85");
    expect(f.message.ru).toContain("85% или 0,85");
  });

  it("flags min, plan or max of a % row typed as whole percents", () => {
    const s = snapshot([
      row("A", {
        unit: "%",
        method: "corridor",
        min: 80,
        plan: 95,
        max: 0.99,
        fact: 0.93,
        weight: 1,
      }),
    ]);
    expect(at(s, "percent-bound")).toEqual(["error@F6", "error@G6"]);
    expect(only(s, "percent-bound")[1].message.en).toContain("9500 %");
  });

  it("flags a negative fact for ratio (and inverse) as an error, not for a corridor", () => {
    const s = snapshot([
      row("A", { fact: -100, weight: 0.25 }),
      row("B", { method: "inverse", fact: -1, weight: 0.25 }),
      row("C", { method: "corridor", min: -50, plan: 10, fact: -20, weight: 0.5 }),
    ]);
    expect(at(s, "negative-fact")).toEqual(["error@I6", "error@I7"]);
    expect(only(s, "negative-fact")[0].message.en).toContain("-100");
  });

  it("predicts the division errors of ratio and inverse from the inputs alone", () => {
    const s = snapshot(
      [
        row("A", { plan: 0, weight: 0.25 }),
        row("B", { plan: -5, weight: 0.25 }),
        row("C", { method: "inverse", fact: 0, weight: 0.25 }),
        row("D", { method: "inverse", fact: 0, max: 1, weight: 0.25 }),
      ],
      { results: [] }
    );
    expect(
      lintMatrix(s, cardsOf(s))
        .filter((f) => ["plan-zero", "negative-plan", "zero-fact"].includes(f.code))
        .map((f) => `${f.code}@${f.at.address}`)
    ).toEqual(["plan-zero@G6", "negative-plan@G7", "zero-fact@I8"]);
  });

  it("leaves a division error the index already shows to the formula finding", () => {
    const s = snapshot([row("A", { plan: 0, weight: 1 })], {
      results: [
        {
          index: { error: "#DIV/0!", message: "plan is 0" },
          score: { error: "#DIV/0!" },
          status: { error: "#DIV/0!" },
        },
      ],
    });
    expect(codes(s)).toEqual(["error:formula-error@J6"]);
  });

  it("compares plan and min at 15 significant digits, as Excel does", () => {
    const s = snapshot([row("A", { method: "corridor", min: 0.3, plan: 0.1 + 0.2, weight: 1 })]);
    expect(at(s, "plan-equals-min")).toEqual(["error@G6"]);
  });
});

describe("lint: the bonus scale", () => {
  const rows = [row("A", { weight: 1 })];
  const scaleOf = (points: [number, number][]): BonusScalePoint[] =>
    points.map(([threshold, coefficient]) => ({ threshold, coefficient }));
  const scaleCheck = (points: [number, number][], extra: Partial<MatrixSnapshot> = {}) => {
    const s = snapshot(rows, extra, scaleOf(points));
    return lintMatrix(s, cardsOf(s));
  };

  it("flags thresholds typed as whole percents at their cells", () => {
    const f = scaleCheck([
      [80, 0.5],
      [100, 1],
      [1.2, 1.5],
    ]);
    const s = snapshot(rows, {}, scaleOf([[80, 0.5]]));
    expect(s.at.scale.startsWith("A")).toBe(true);
    const first = Number(/\d+/.exec(s.at.scale)![0]);
    expect(f.filter((x) => x.code === "scale-percent").map((x) => x.at.address)).toEqual([
      `A${first}`,
      `A${first + 1}`,
    ]);
    const m = f.find((x) => x.code === "scale-percent")!.message;
    expect(m.en).toContain("8000 %");
    expect(m.en).toContain("80% or 0.8");
    expect(m.ru).toContain("80% или 0,8");
    expect(f.every((x) => x.severity === "error" || x.code !== "scale-percent")).toBe(true);
  });

  it("flags thresholds that do not strictly increase, with digits enough to tell them apart", () => {
    const f = scaleCheck([
      [0.8, 0.5],
      [1.0000001, 1],
      [1, 1.2],
      [0.1 + 0.2, 1.3],
      [0.3, 1.4],
    ]).filter((x) => x.code === "scale-order");
    expect(f.map((x) => x.severity)).toEqual(["error", "error", "error"]);
    expect(f[0].message.en).toContain("100 % comes after 100.00001 %");
    expect(f[0].message.ru).toContain("100 % идёт после 100,00001 %");
    expect(f[2].message.en).toContain("30 % comes after 30 %");
  });

  it("flags a negative coefficient as an error and a falling one as a warning", () => {
    const f = scaleCheck(
      [
        [0.8, 0.5],
        [1, 1.2],
        [1.1, 1],
        [1.2, -0.5],
      ],
      { bonus: { error: "#NUM!" } }
    );
    const s = snapshot(rows, {}, scaleOf([[0.8, 0.5]]));
    const first = Number(/\d+/.exec(s.at.scale)![0]);
    expect(
      f
        .filter((x) => x.code.startsWith("scale"))
        .map((x) => `${x.severity}:${x.code}@${x.at.address}`)
    ).toEqual([`warning:scale-decreasing@B${first + 2}`, `error:scale-negative@B${first + 3}`]);
    // The scale finding explains the bonus error: it is not reported twice.
    expect(f.some((x) => x.code === "formula-error")).toBe(false);
    expect(f.find((x) => x.code === "scale-decreasing")!.message.en).toContain("110 %");
  });

  it("finds nothing in the default scale", () => {
    const f = scaleCheck([
      [0.8, 0.5],
      [0.9, 0.8],
      [1, 1],
      [1.1, 1.2],
      [1.2, 1.5],
    ]);
    expect(f.filter((x) => x.code.startsWith("scale"))).toEqual([]);
  });
});

describe("lint: messages say what the user sees", () => {
  it("writes weights as percents with the digits that show the difference", () => {
    const total = (weights: number[]) =>
      only(snapshot(weights.map((w, i) => row(`K${i}`, { weight: w }))), "weights-total").map(
        (f) => f.message
      );
    expect(total([0.5, 0.45])[0].en).toBe("Weights total 95 %, not 100 %.");
    expect(total([0.5, 0.5000001])[0].en).toBe("Weights total 100.00001 %, not 100 %.");
    expect(total([0.5, 0.5000001])[0].ru).toBe("Сумма весов 100,00001 %, а не 100 %.");
    expect(total([50, 45.5])[0].en).toBe("Weights total 95.5 %, not 100 %.");
    const huge = total([1e308, 1e308])[0];
    expect(huge.en).not.toMatch(/Infinity|NaN/);
    expect(huge.ru).not.toMatch(/Infinity|NaN/);
  });

  it("shows a % row's numbers as percents, with the Russian decimal comma", () => {
    const s = snapshot([
      row("A", { unit: "%", method: "corridor", min: 0.905, plan: 0.905, weight: 1 }),
    ]);
    const m = only(s, "plan-equals-min")[0].message;
    expect(m.en).toContain("(90.5 %)");
    expect(m.ru).toContain("(90,5 %)");
  });

  it("names a row by its name, else its code, else its sheet row", () => {
    const s = snapshot([
      row("A", { name: "Average check", plan: undefined, weight: 0.5 }),
      row("", { name: "", plan: undefined, weight: 0.5 }),
    ]);
    const f = only(s, "missing-plan", []);
    expect(f.map((x) => x.message.en.split(":")[0])).toEqual(["Average check", "Row 7"]);
    expect(f[1].message.ru.split(":")[0]).toBe("Строка 7");
  });

  it("explains #NAME? (the add-in is missing) in both languages", () => {
    const s = snapshot([row("A", { weight: 1 })], {
      results: [
        { index: { error: "#NAME?" }, score: { error: "#NAME?" }, status: { error: "#NAME?" } },
      ],
    });
    const f = only(s, "formula-error")[0];
    expect(f.message.en).toContain("add-in");
    expect(f.message.ru).toContain("надстройка");
  });
});
