import { lintMatrix, lintWorkbook } from "../../src/core/lint";
import type { Card } from "../../src/core/card";
import type { MatrixRow, MatrixSnapshot, RowResult } from "../../src/core/matrix/types";
import { matrixAddresses } from "../../src/workbook/matrix-layout";

function snapshot(rows: MatrixRow[], results?: Partial<MatrixSnapshot>): MatrixSnapshot {
  return {
    sheet: "M",
    matrix: { sheet: "M", name: "Matrix", employee: "", period: "", rows, scale: [] },
    results: rows.map((): RowResult => ({ index: 1, score: 0.1, status: "green" })),
    weightTotal: 1,
    total: 1,
    totalStatus: "green",
    bonus: 100,
    at: matrixAddresses(rows.length, 0),
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

  it("flags a card whose direction contradicts the row's method", () => {
    const s = snapshot([row("SALES", { method: "inverse", weight: 1 })]);
    const cards: Card[] = [{ code: "sales", name: "Sales", method: "ratio", direction: "higher" }];
    expect(codes(s, cards)).toEqual(["warning:card-direction@D6"]);
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
