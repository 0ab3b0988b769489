/** The check of status thresholds: whole percents, wrong order, a status that contradicts its bonus. */
import { lintMatrix } from "../../src/core/lint";
import { DEFAULT_BONUS_SCALE } from "../../src/core/matrix";
import type { Matrix, MatrixRow, MatrixSnapshot } from "../../src/core/matrix/types";

const rows: MatrixRow[] = ["A", "B"].map((code) => ({
  code,
  name: `KPI ${code}`,
  method: "ratio",
  weight: 0.5,
  plan: 100,
  fact: 90,
}));

function snap(m: Partial<Matrix>, results: Partial<MatrixSnapshot> = {}): MatrixSnapshot {
  return {
    sheet: "M",
    matrix: {
      sheet: "M",
      name: "Matrix",
      employee: "",
      period: "",
      rows,
      scale: [...DEFAULT_BONUS_SCALE],
      bonusBase: 1000,
      statusAmber: 0.8,
      statusGreen: 1,
      ...m,
    },
    results: rows.map(() => ({ index: 0.9, score: 0.45, status: 2 })),
    weightTotal: 1,
    total: 0.9,
    totalStatus: 2,
    bonus: 800,
    at: {
      name: "A1",
      employee: "B2",
      period: "B3",
      rows: rows.map((_, i) => ({
        code: `B${6 + i}`,
        name: `A${6 + i}`,
        unit: `C${6 + i}`,
        method: `D${6 + i}`,
        weight: `E${6 + i}`,
        min: `F${6 + i}`,
        plan: `G${6 + i}`,
        max: `H${6 + i}`,
        fact: `I${6 + i}`,
        index: `J${6 + i}`,
        score: `K${6 + i}`,
        status: `L${6 + i}`,
      })),
      weightTotal: "E8",
      total: "K8",
      totalStatus: "L8",
      base: "B10",
      scale: "A13:B17",
      bonus: "B18",
      statusAmber: "B19",
      statusGreen: "B20",
    },
    ...results,
  };
}

const found = (s: MatrixSnapshot) =>
  lintMatrix(
    s,
    rows.map((r) => ({ code: r.code, name: r.name, method: r.method }))
  )
    .filter((f) => f.code.startsWith("status") || f.code === "formula-error")
    .map((f) => `${f.severity}:${f.code}@${f.at.address}`);

describe("lint of status thresholds", () => {
  it("finds nothing when the thresholds follow the scale", () => {
    expect(found(snap({}))).toEqual([]);
  });

  it("flags a threshold typed as a whole percent, at its cell, saying what to type", () => {
    const bad = { error: "#VALUE!" };
    const s = snap(
      { statusAmber: 80 },
      { totalStatus: bad, results: rows.map(() => ({ index: 0.9, score: 0.45, status: bad })) }
    );
    expect(found(s)).toEqual(["error:status-threshold-percent@B19"]);
    const f = lintMatrix(s).find((x) => x.code === "status-threshold-percent")!;
    expect(f.message.en).toContain("80 reads as 8000 %; type 80% or 0.8");
    expect(f.message.ru).toContain("80 читается как 8000 %; введите 80% или 0,8");
  });

  it("flags amber above green, and a card's own thresholds in the wrong order at its row", () => {
    expect(found(snap({ statusAmber: 1.1 }))).toEqual(["error:status-threshold-order@B19"]);
    const own = snap({ rows: [{ ...rows[0], statusAmber: 0.95, statusGreen: 0.9 }, rows[1]] });
    expect(found(own)).toEqual(["error:status-threshold-order@L6"]);
    expect(lintMatrix(own)[0].message.en).toContain("KPI A: its card's status thresholds");
  });

  it("flags a red total that pays, and a green one that pays less than the full bonus", () => {
    // The user set amber from 90 %: a total of 86.9 % is red, but the scale pays 50 %.
    const red = snap({ statusAmber: 0.9 }, { total: 0.869, totalStatus: 1, bonus: 500 });
    expect(found(red)).toEqual(["warning:status-contradicts-bonus@B19"]);
    const f = lintMatrix(red).find((x) => x.code === "status-contradicts-bonus")!;
    expect(f.message.en).toContain("The total is red but pays 50 % of the bonus base");
    expect(f.message.en).toContain("type 80 % in “Status amber from”");
    expect(f.message.ru).toContain("Итог «красный», а премия — 50 % базы");
    const green = snap({ statusGreen: 0.9 }, { total: 0.95, totalStatus: 3, bonus: 800 });
    expect(found(green)).toEqual(["warning:status-contradicts-bonus@B20"]);
    // Old matrices hold words: read the same way.
    const word = snap({ statusAmber: 0.9 }, { total: 0.869, totalStatus: "red", bonus: 500 });
    expect(found(word)).toEqual(["warning:status-contradicts-bonus@B19"]);
    // An earlier matrix without threshold cells: said at the total's status, with what to do.
    const earlier = snap(
      { statusAmber: undefined, statusGreen: undefined },
      { total: 0.869, totalStatus: "red", bonus: 500 }
    );
    earlier.at = { ...earlier.at, statusAmber: undefined, statusGreen: undefined };
    expect(found(earlier)).toEqual(["warning:status-contradicts-bonus@L8"]);
    expect(lintMatrix(earlier)[0].message.en).toContain("Update the matrix from the pane");
  });

  it("says nothing about the bonus without a scale (base × score always pays)", () => {
    expect(found(snap({ scale: [] }, { total: 0.5, totalStatus: 1, bonus: 500 }))).toEqual([]);
  });
});
