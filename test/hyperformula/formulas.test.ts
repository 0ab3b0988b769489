/** KPI formulas in HyperFormula: the `npm run kpi` line format, array constants, omitted arguments, nesting. */
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { createKpiEngine, evaluateFormula, KPI_FUNCTION_NAMES } from "../../src/sandbox/engine";

const WORKED =
  '=KPI.WEIGHTED(KPI.INDEX({1200,1240,1000,120},{800,950,700,80},{"",650,570,""},,{"inverse","corridor","corridor","inverse"}),{45,25,25,5})';

describe("evaluateFormula", () => {
  it("reproduces the worked example of DESIGN.md", () => {
    expect(Number(evaluateFormula(WORKED))).toBeCloseTo(1.6519, 4);
  });

  it("prints numbers in JavaScript's shortest round-trip form", () => {
    expect(evaluateFormula('=KPI.INDEX(1200,800,,,"inverse")')).toBe(String(800 / 1200));
    expect(evaluateFormula("=KPI.INDEX(1,10)")).toBe("0.1");
  });

  it("accepts omitted arguments, also in the middle", () => {
    expect(evaluateFormula('=KPI.INDEX(1200,800,,,"inverse")')).toBe(
      evaluateFormula('=KPI.INDEX(1200,800,"","","inverse")')
    );
    expect(evaluateFormula("=KPI.INDEX(1500,1000,,1300)")).toBe("1.3");
    expect(evaluateFormula("=KPI.STATUS(0.95,,)")).toBe("amber");
  });

  it("prints text as is and spilled arrays as {a,b;c,d}", () => {
    expect(evaluateFormula("=KPI.STATUS({1.2,0.95;0.5,1})")).toBe("{green,amber;red,green}");
    expect(evaluateFormula("=KPI.ABC({10;5;80;5})")).toBe("{B;B;A;C}");
    expect(evaluateFormula("=KPI.XYZ({5,5,5;8,12,10})")).toBe("{X;Y}");
  });

  it("compares thresholds as Excel does, so binary rounding noise never costs a bonus step", () => {
    // 0.95 × 0.75 + 1.15 × 0.25 is exactly 1 (100 %), computed as 0.9999999999999999.
    const score = "KPI.WEIGHTED({0.95;1.15},{0.75;0.25})";
    expect(evaluateFormula(`=KPI.STATUS(${score})`)).toBe("green");
    expect(evaluateFormula(`=KPI.BONUS(${score},1000,{0.9,0.5;1,1})`)).toBe("1000");
    expect(evaluateFormula("=KPI.ABC({0.4;0.4;0.15;0.05})")).toBe("{A;A;B;C}");
  });

  it("keeps blank elements of a spilled array, trailing ones too", () => {
    expect(evaluateFormula('=KPI.INDEX({1200;900;""},1000)')).toBe("{1.2;0.9;}");
  });

  it("prints errors as code and message", () => {
    expect(evaluateFormula("=KPI.INDEX(5,0)")).toBe(
      "#DIV/0! Plan is 0: the index divides by the plan."
    );
    expect(evaluateFormula("=KPI.WEIGHTED({1;1},{50;45})")).toMatch(/^#VALUE! Weights total 95 %/);
    expect(evaluateFormula("=KPI.INDEX({1,2},{1;2})")).toMatch(
      /^#VALUE! Ranges have different shapes/
    );
  });

  it("shows one error for a whole call in the first cell of the spill area only", () => {
    expect(evaluateFormula("=KPI.ABC({1;-1})")).toBe(
      "#NUM! Values must not be negative (found -1)."
    );
    const hf = createKpiEngine({ S: [["=KPI.ABC({5;-1;3})"]] });
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 0 })).toMatchObject({ value: "#NUM!" });
    expect(hf.getCellValue({ sheet: 0, row: 1, col: 0 })).toBeNull();
    expect(hf.getCellValue({ sheet: 0, row: 2, col: 0 })).toBeNull();
    hf.destroy();
  });

  it("passes spreadsheet errors through", () => {
    expect(evaluateFormula("=KPI.INDEX(1/0,1)")).toMatch(/^#DIV\/0!/);
    expect(evaluateFormula("=KPI.INDEX({1,2},{1,0})")).toBe("{1,#DIV/0!}");
    expect(evaluateFormula("=KPI.WEIGHTED({1,NA()},{50,50})")).toMatch(/^#N\/A/);
  });

  it("nests and combines with native formulas", () => {
    expect(evaluateFormula("=KPI.STATUS(KPI.INDEX({950,1000},1000))")).toBe("{amber,green}");
    expect(evaluateFormula("=SUM(KPI.INDEX({1,2,3},1))")).toBe("6");
    expect(evaluateFormula("=KPI.INDEX(2,4)*100")).toBe("50");
    expect(
      evaluateFormula(
        '=KPI.BONUS(KPI.WEIGHTED({1.1;0.9},{0.5;0.5}),1000,{0.8,0.5;1,1;1.2,1.5},"linear")'
      )
    ).toBe("1000");
  });

  it("reads cell ranges of other sheets", () => {
    const sheets = {
      Data: [
        [1200, 800],
        [1000, 700],
      ],
    };
    expect(evaluateFormula("=KPI.INDEX(Data!A1:A2,Data!B1:B2)", sheets)).toBe(
      "{1.5;1.4285714285714286}"
    );
  });

  it("registers every function under its dotted name", () => {
    const hf = createKpiEngine();
    const names = hf.getRegisteredFunctionNames();
    for (const name of KPI_FUNCTION_NAMES) expect(names).toContain(name);
    hf.destroy();
  });
});

describe("npm run kpi", () => {
  const tsx = resolve(__dirname, "../../node_modules/.bin/tsx");
  const cwd = resolve(__dirname, "../..");

  it("prints one line per formula, in order, and the worked example with no arguments", () => {
    const out = execFileSync(
      tsx,
      ["scripts/kpi.ts", WORKED, '=KPI.INDEX(1200,800,,,"inverse")', "=KPI.STATUS({1,0.5})"],
      { cwd, encoding: "utf8" }
    );
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^1\.6519\d*$/);
    expect(lines[1]).toBe(String(800 / 1200));
    expect(lines[2]).toBe("{green,red}");
    const example = execFileSync(tsx, ["scripts/kpi.ts"], { cwd, encoding: "utf8" });
    expect(example.trim()).toBe(lines[0]);
  }, 60_000);
});
