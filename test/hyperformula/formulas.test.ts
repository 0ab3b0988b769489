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

  it("KPI.NEEDED inverts KPI.INDEX in a sheet, spills, and says why no fact reaches a target", () => {
    expect(KPI_FUNCTION_NAMES).toContain("KPI.NEEDED");
    expect(evaluateFormula("=KPI.INDEX(KPI.NEEDED(1.1,950,650),950,650)")).toBe("1.1");
    expect(evaluateFormula("=KPI.NEEDED({0.9;1.2;1.5},1000,,1300)")).toBe("{900;1200;#N/A}");
    expect(evaluateFormula("=KPI.NEEDED(1.5,1000,,1300)")).toMatch(
      /^#N\/A No fact gives 150 %: the index stops at 130 %, the index of max \(1300\)/
    );
    expect(evaluateFormula('=KPI.NEEDED(0.5,100,,,"binary")')).toMatch(
      /^#N\/A The binary method scores only 0 or 1/
    );
  });
});

describe("the shared rules, on the examples of issue 9", () => {
  it("compares as Excel does: =0.1+0.2=0.3 is TRUE in the sandbox too", () => {
    expect(evaluateFormula("=0.1+0.2=0.3")).toBe("TRUE");
    expect(evaluateFormula("=0.95<0.9500000001")).toBe("TRUE");
    // plan = min at 15 significant digits: the corridor has no width.
    expect(evaluateFormula("=KPI.INDEX(1,0.1+0.2,0.3)")).toMatch(/^#DIV\/0! Plan equals min/);
  });

  it("refuses thresholds typed as whole percents, saying what to type", () => {
    expect(evaluateFormula("=KPI.STATUS(1.05,90,100)")).toBe(
      "#VALUE! 90 reads as 9000 %: type 90% or 0.9"
    );
    expect(evaluateFormula("=KPI.XYZ({1,2;3,4},10,25)")).toBe(
      "#VALUE! 25 reads as 2500 %: type 25% or 0.25"
    );
    expect(evaluateFormula("=KPI.BONUS(1.05,50000,{80,0.5;100,1;120,1.5})")).toBe(
      "#VALUE! 80 reads as 8000 %: type 80% or 0.8"
    );
    expect(evaluateFormula("=KPI.ABC({1;2},80,95)")).toBe(
      "#VALUE! 80 reads as 8000 %: type 80% or 0.8"
    );
    // 10 (1000 %) is still accepted, and the same thresholds typed as fractions work.
    expect(evaluateFormula("=KPI.STATUS(1.05,0.9,1)")).toBe("green");
    expect(evaluateFormula("=KPI.BONUS(1.05,50000,{0.8,0.5;1,1;1.2,1.5})")).toBe("50000");
    expect(evaluateFormula("=KPI.XYZ({1,2;3,4},10,10)")).toBe("{X;X}");
  });

  it("never scores an index below 0, and never pays a negative bonus", () => {
    expect(evaluateFormula("=KPI.INDEX(-100,500)")).toBe("0");
    expect(evaluateFormula('=KPI.INDEX(-100,500,,,"inverse")')).toBe("0");
    expect(evaluateFormula('=KPI.INDEX(-100,-500,,,"inverse")')).toMatch(/^#NUM!/);
    expect(evaluateFormula("=KPI.BONUS(1.05,50000,{0.8,-0.5;1,1})")).toMatch(
      /^#NUM! The coefficient in row 1 of the bonus scale is negative \(-0\.5\)/
    );
    expect(evaluateFormula("=KPI.BONUS(-0.2,50000)")).toBe("0");
  });

  it("gives #N/A for a fact without a plan, which no mode of KPI.WEIGHTED skips", () => {
    expect(evaluateFormula('=KPI.INDEX(1200,"")')).toBe(
      "#N/A No plan for this KPI: enter its plan (the fact is already there)."
    );
    const sheets = {
      M: [
        [1200, 1000],
        [950, null],
        [null, 80],
      ],
    };
    const index = "KPI.INDEX(M!A1:A3,M!B1:B3)";
    expect(evaluateFormula(`=${index}`, sheets)).toMatch(/^\{1\.2;#N\/A;\}$/);
    for (const mode of ["partial", "strict", "normalize"]) {
      const out = evaluateFormula(`=KPI.WEIGHTED(${index},{50;30;20},"${mode}")`, sheets);
      expect(out).toMatch(/^#N\/A No plan for this KPI/);
      expect(out).not.toMatch(/no fact yet/);
    }
    // Only a blank fact is "no fact yet".
    expect(evaluateFormula('=KPI.WEIGHTED({1.2;""},{60;40})')).toMatch(
      /^#N\/A 1 of 2 KPIs have no fact yet \(the first in row 2 of the range\)/
    );
  });

  it("matches option text whatever white space surrounds it, and method numbers whole 1–4", () => {
    for (const text of ['CHAR(9)&"ratio"', '"corridor"&CHAR(160)', '" Вилка "&CHAR(10)'])
      expect(evaluateFormula(`=KPI.INDEX(900,1000,500,,${text})`)).not.toMatch(/^#/);
    expect(evaluateFormula('=KPI.WEIGHTED({1;0.5},{50;50},CHAR(9)&"Partial"&CHAR(160))')).toBe(
      "0.75"
    );
    expect(evaluateFormula('=KPI.INDEX(900,1000,,,"rat io")')).toMatch(/^#VALUE! Unknown method/);
    expect(evaluateFormula("=KPI.INDEX(900,1000,,,2.5)")).toMatch(/^#VALUE! Unknown method “2.5”/);
    // (0.1+0.2)*10-1 is 2.0000000000000004: method 2 (inverse) at 15 significant digits.
    expect(evaluateFormula("=KPI.INDEX(900,1000,,,(0.1+0.2)*10-1)")).toBe(String(1000 / 900));
  });

  it("keeps finite results finite: 1e308 weights and indices, 1e-200 series", () => {
    expect(evaluateFormula("=KPI.WEIGHTED({1e308;1e308},{60;40})")).toBe("1e+308");
    expect(evaluateFormula("=KPI.XYZ({1e-200,3e-200})")).toBe("Z");
    expect(evaluateFormula("=KPI.XYZ({1e308,1.7e308})")).toBe("Z");
    expect(evaluateFormula("=KPI.ABC({1e308;1e308})")).toBe("{A;C}");
    expect(Number(evaluateFormula("=KPI.INDEX(1.7e308,-1.6e308,-1.7e308)"))).toBeCloseTo(34, 9);
    expect(Number(evaluateFormula("=KPI.RUNRATE(1e308,10,15)"))).toBeCloseTo(1.5e308, -300);
  });

  it("writes numbers in messages with the digits that tell them apart, percents as percents", () => {
    expect(evaluateFormula("=KPI.STATUS(1,0.9500001,0.95)")).toBe(
      "#VALUE! “watch” (95.00001 %) must not be above “ok” (95 %)."
    );
    expect(evaluateFormula("=KPI.INDEX(5,10,0.1234567891,0.1234567890,1)")).toMatch(
      /max \(0\.123456789\) is below min \(0\.1234567891\)/
    );
  });
});

describe("npm run kpi", () => {
  const tsx = resolve(__dirname, "../../node_modules/.bin/tsx");
  const cwd = resolve(__dirname, "../..");

  it("prints one line per formula, in order, labelled with its formula when there are several", () => {
    const formulas = [WORKED, '=KPI.INDEX(1200,800,,,"inverse")', "=KPI.STATUS({1,0.5})"];
    const out = execFileSync(tsx, ["scripts/kpi.ts", ...formulas], { cwd, encoding: "utf8" });
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    const [first, second, third] = lines.map((line, i) => {
      expect(line.startsWith(`${formulas[i]}  →  `)).toBe(true);
      return line.slice(formulas[i].length + 5);
    });
    expect(first).toMatch(/^1\.6519\d*$/);
    expect(second).toBe(String(800 / 1200));
    expect(third).toBe("{green,red}");
    // One formula, or none (the worked example): the bare result.
    const example = execFileSync(tsx, ["scripts/kpi.ts"], { cwd, encoding: "utf8" });
    expect(example.trim()).toBe(first);
  }, 60_000);
});
