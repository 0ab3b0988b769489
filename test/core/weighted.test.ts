/** KPI.WEIGHTED: modes, the 100 % rule, blanks, shapes, errors and the worked example. */
import { KpiError } from "../../src/core/errors";
import { kpiIndex } from "../../src/core/kpi-index";
import { kpiWeighted, WEIGHTED_SPEC } from "../../src/core/weighted";
import { col, expectError, one, row } from "./helpers";

describe("KPI.WEIGHTED strict (default)", () => {
  it("reproduces the worked example of DESIGN.md (1.6519)", () => {
    const indices = [
      kpiIndex(1200, 800, null, null, "inverse"),
      kpiIndex(1240, 950, 650, null, "corridor"),
      kpiIndex(1000, 700, 570, null, "corridor"),
      kpiIndex(120, 80, null, null, "inverse"),
    ];
    expect(kpiWeighted(row(...indices), row(45, 25, 25, 5))).toBeCloseTo(1.6519, 4);
  });
  it("accepts weights as fractions or as percent totalling exactly 100 %", () => {
    expect(kpiWeighted(col(1, 0.5), col(0.5, 0.5))).toBeCloseTo(0.75, 12);
    expect(kpiWeighted(col(1, 0.5), col(50, 50))).toBeCloseTo(0.75, 12);
    expect(kpiWeighted(col(1, 0.5, 2), col(0.1, 0.2, 0.7))).toBeCloseTo(1.6, 12);
  });
  it("tolerates rounding within 1e-9 relative but not more", () => {
    expect(kpiWeighted(col(1, 1), col(0.5, 0.5 + 1e-10))).toBeCloseTo(1, 9);
    expectError(kpiWeighted(col(1, 1), col(0.5, 0.5 + 1e-6)), "#VALUE!", "weightsTotal");
  });
  it("says what the weights total when they are not 100 %", () => {
    const e = expectError(kpiWeighted(col(1, 1), col(50, 45)), "#VALUE!", "weightsTotal");
    expect(e.message).toContain("95 %");
    expect(expectError(kpiWeighted(col(1, 1), col(0.5, 0.45)), "#VALUE!").message).toContain(
      "95 %"
    );
    expect(e.messageIn("ru")).toContain("95 %");
  });
  it("gives #N/A naming how many KPIs have no fact yet", () => {
    const e = expectError(kpiWeighted(col(1, "", null), col(40, 30, 30)), "#N/A", "missingIndices");
    expect(e.message).toMatch(/^2 of 3 KPIs/);
  });
  it("ignores a blank index whose weight is 0 and skips rows with both blank", () => {
    expect(kpiWeighted(col(1, "", ""), col(100, 0, ""))).toBe(1);
  });
});

describe("KPI.WEIGHTED normalize", () => {
  it("scales weights of any positive total", () => {
    expect(kpiWeighted(col(1, 0.5), col(3, 1), "normalize")).toBeCloseTo(0.875, 12);
    expect(kpiWeighted(col(1, 0.5), col(3, 1), "нормировать")).toBeCloseTo(0.875, 12);
  });
  it("still needs every index", () => {
    expectError(kpiWeighted(col(1, ""), col(3, 1), "normalize"), "#N/A", "missingIndices");
  });
});

describe("KPI.WEIGHTED partial", () => {
  it("skips KPIs without an index and rescales the rest", () => {
    expect(kpiWeighted(col(1, "", 0.5), col(50, 30, 20), "partial")).toBeCloseTo(
      (50 + 10) / 70,
      12
    );
    expect(kpiWeighted(col(1, ""), col(50, 50), "частичный")).toBe(1);
  });
  it("gives #N/A when no KPI has a fact", () => {
    expectError(kpiWeighted(col("", ""), col(50, 50), "partial"), "#N/A", "noIndices");
  });
  it("does not claim no KPI has a fact when the only facts have weight 0", () => {
    const e = expectError(kpiWeighted(col(1, ""), col(0, 100), "partial"), "#N/A", "noIndices");
    expect(e.messageIn("en")).toMatch(/No KPI with a weight/);
    expect(e.messageIn("ru")).toMatch(/KPI с весом/);
  });
});

describe("KPI.WEIGHTED errors", () => {
  it("rejects negative weights (#NUM!) and weights totalling 0 (#DIV/0!)", () => {
    expectError(kpiWeighted(col(1, 1), col(150, -50)), "#NUM!", "weightNegative");
    expectError(kpiWeighted(col(1, 1), col(0, 0)), "#DIV/0!", "weightsZero");
    expectError(kpiWeighted(col(1, 1), col(0, 0), "normalize"), "#DIV/0!", "weightsZero");
  });
  it("rejects an index without a weight", () => {
    expectError(kpiWeighted(col(1, 1), col(100, "")), "#VALUE!", "weightMissing");
  });
  it("rejects ranges of different shapes", () => {
    expectError(kpiWeighted(col(1, 1), col(50, 25, 25)), "#VALUE!", "shapeMismatch");
    expectError(kpiWeighted(col(1, 1), row(50, 50)), "#VALUE!", "shapeMismatch");
  });
  it("says by how much weights just past the tolerance miss 100 %, never “100 %, not 100 %”", () => {
    const e = expectError(kpiWeighted(col(1, 1), col(0.5, 0.5 + 1e-6)), "#VALUE!", "weightsTotal");
    expect(e.messageIn("en")).toContain("100.0001 %");
    expect(e.messageIn("ru")).toContain("100,0001 %");
    const f = expectError(kpiWeighted(col(1, 1), col(60, 40.00001)), "#VALUE!", "weightsTotal");
    expect(f.messageIn("en")).toContain("100.00001 %");
  });
  it("rejects text, booleans and unknown modes", () => {
    expectError(kpiWeighted(col(1, "x"), col(50, 50)), "#VALUE!", "numberIsText");
    expectError(kpiWeighted(col(1, 1), col(50, true)), "#VALUE!", "numberIsBoolean");
    expectError(kpiWeighted(col(1, 1), col(50, 50), "loose"), "#VALUE!", "unknownMode");
  });
  it("rejects a range given as the mode", () => {
    expectError(
      one(WEIGHTED_SPEC, col(1), col(100), row("strict", "partial")),
      "#VALUE!",
      "singleValueExpected"
    );
  });
  it("passes input errors through, indices first", () => {
    const na = new KpiError("#N/A");
    expect(kpiWeighted(col(1, na), col(50, 50))).toBe(na);
    expectError(kpiWeighted(col(1, 1), col(50, { code: "#REF!" })), "#REF!");
    expectError(kpiWeighted(col("x", 1), col(50, { code: "#REF!" })), "#VALUE!", "numberIsText");
  });
});
