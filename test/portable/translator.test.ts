/** The formula translator: every function, method and mode; the rest of a formula kept byte for byte. */
import { findCalls } from "../../src/workbook/portable/calls";
import { kpiFunctionOf } from "../../src/workbook/portable/names";
import { locateTokens } from "../../src/workbook/portable/tokens";
import { nestingDepth, translateFormula } from "../../src/workbook/portable/translator";
import {
  INDEX_METHODS,
  METHOD_NAMES,
  MODE_NAMES,
  INTERPOLATION_NAMES,
} from "../../src/core/options";

/** Functions both Excel 2016 and LibreOffice 7.4 have, without the _xlfn. prefix in files. */
const NATIVE = new Set(
  (
    "IF,ISERROR,ISNUMBER,ISTEXT,ISLOGICAL,OR,AND,NOT,ASIN,NA,SUMPRODUCT,MIN,MAX,INDEX,INT,MOD," +
    "COLUMNS,ROWS,ROW,COLUMN,SUM,ABS,CHOOSE,SUBSTITUTE,LOWER,TRIM,COUNT,COUNTBLANK,AVERAGE,STDEVP,LEN," +
    "SEARCH,CHAR,ROUND,SQRT"
  ).split(",")
);

/** Function names a formula calls. */
function functionsIn(formula: string): string[] {
  const tokens = locateTokens(formula);
  if (!tokens) throw new Error(`unreadable: ${formula}`);
  return findCalls(tokens).map((c) => c.name.toUpperCase());
}

function expectNative(formula: string): string {
  const t = translateFormula(formula);
  expect(t.warnings).toEqual([]);
  expect(t.translated).toBeGreaterThan(0);
  const own = new Set(functionsIn(formula));
  for (const name of functionsIn(t.formula)) {
    if (!own.has(name)) expect([name, NATIVE.has(name)]).toEqual([name, true]);
  }
  expect(t.formula.length).toBeLessThan(8192); // Excel's formula length limit
  expect(nestingDepth(t.formula)).toBeLessThanOrEqual(64); // and its nesting limit
  return t.formula;
}

describe("translateFormula", () => {
  it("leaves formulas without KPI calls alone", () => {
    for (const f of ["=SUM(A1:A3)", '="KPI.INDEX is text"', "=1+1", "plain text"]) {
      expect(translateFormula(f)).toEqual({ formula: f, translated: 0, warnings: [] });
    }
  });

  it("translates KPI.NEEDED (and its Russian name) with native functions only, within Excel's limits", () => {
    for (const f of [
      "=KPI.NEEDED(A1,B1,C1,D1,E1)",
      "=KPI.НУЖНО(A1,B1,C1,D1,E1)",
      '=KPI.NEEDED(0.9,B1,,,"inverse")',
      "=KPI.NEEDED(A1,B1)",
      "=_xldudf_KPI_NEEDED(A1,B1,C1)",
    ]) {
      const out = expectNative(f);
      expect(out).not.toMatch(/KPI|НУЖНО/i);
    }
    expect(kpiFunctionOf("KPI.нужно")).toBe("NEEDED");
    // Folded where the method is known: an inverse call holds no corridor arithmetic.
    expect(expectNative('=KPI.NEEDED(0.9,B1,,,"inverse")')).not.toContain("/2");
  });

  it("keeps everything outside the KPI calls byte for byte", () => {
    const prefix = "=IF('Q1 ''24 data'!$B$2>0, ROUND( ";
    const suffix = ',2)&" ""ok""" , Table1[[#This Row],[Plan]] +\n $C$3%)';
    const out = expectNative(
      `${prefix}KPI.INDEX('Q1 ''24 data'!$F$7,Table1[@Plan],,,"inverse")${suffix}`
    );
    expect(out.startsWith(prefix)).toBe(true);
    expect(out.endsWith(suffix)).toBe(true);
    // The arguments themselves reach the native formula as written.
    expect(out).toContain("'Q1 ''24 data'!$F$7");
    expect(out).toContain("Table1[@Plan]");
  });

  it("reads formulas with or without '=' and the file form _xldudf_KPI_*", () => {
    expect(expectNative("KPI.INDEX(A1,B1)").startsWith("IF(")).toBe(true);
    expect(expectNative("=_xldudf_KPI_INDEX(A1,B1)")).toBe(expectNative("=KPI.INDEX(A1,B1)"));
    expect(expectNative("=kpi.index(A1,B1)")).toBe(expectNative("=KPI.INDEX(A1,B1)"));
    expect(kpiFunctionOf("KPI.NOPE")).toBeUndefined();
  });

  it.each(INDEX_METHODS.flatMap((m, i) => [i + 1, ...METHOD_NAMES[m]].map((n) => [m, n])))(
    "KPI.INDEX method %s written as %s: literal, number and cell reference",
    (_m, name) => {
      const lit = typeof name === "number" ? String(name) : `"${name}"`;
      expectNative(`=KPI.INDEX(F7,G7,E7,H7,${lit})`);
      expectNative(`=KPI.INDEX(F7,G7,,,${lit})`);
    }
  );

  it("folds what is known: an omitted min/max and a literal method give a short formula", () => {
    const short = expectNative('=KPI.INDEX(F7,G7,,,"inverse")');
    const dynamic = expectNative("=KPI.INDEX(F7,G7,E7,H7,D7)");
    expect(short.length).toBeLessThan(dynamic.length / 3);
    expect(expectNative('=KPI.INDEX(F7,G7,,,"nonsense")')).toContain('(0+"#")');
  });

  it.each([...Object.values(MODE_NAMES).flat(), "K1"])("KPI.WEIGHTED mode %s", (mode) => {
    const arg = mode === "K1" ? "K1" : `"${mode}"`;
    expectNative(`=KPI.WEIGHTED(J6:J9,E6:E9,${arg})`);
    expectNative(`=KPI.WEIGHTED('My sheet'!$J$6:$J$9,'My sheet'!$E$6:$E$9)`);
  });

  it.each([...Object.values(INTERPOLATION_NAMES).flat(), "C1"])(
    "KPI.BONUS interpolation %s",
    (how) => {
      const arg = how === "C1" ? "C1" : `"${how}"`;
      expectNative(`=KPI.BONUS(K10,B12,$A$15:$B$19,${arg})`);
    }
  );

  it("translates KPI.BONUS without a scale, KPI.STATUS, KPI.RUNRATE, KPI.XYZ and a one-cell KPI.ABC", () => {
    for (const f of [
      "=KPI.BONUS(K10,B12)",
      "=KPI.STATUS(J6)",
      "=KPI.STATUS(J6,0.8,1.1)",
      "=KPI.RUNRATE(B2,C2,D2)",
      "=KPI.RUNRATE(B2,C2,D2,E2)",
      "=KPI.XYZ(B2:M2)",
      "=KPI.XYZ(B2:M2,0.2,0.3)",
      "=KPI.ABC(B2)",
    ]) {
      expectNative(f);
    }
  });

  it("translates nested calls, and KPI calls inside other functions", () => {
    const out = expectNative(
      '=IFERROR(KPI.STATUS(KPI.INDEX(F7,G7,,,"inverse")),"-")&ROUND(KPI.WEIGHTED(J6:J9,E6:E9),2)'
    );
    // IFERROR and ROUND are the user's: kept as written around the translations.
    expect(out.startsWith("=IFERROR(")).toBe(true);
    expect(out).toContain(',"-")&ROUND(');
    expect(
      translateFormula('=IFERROR(KPI.STATUS(KPI.INDEX(F7,G7,,,"inverse")),"-")').translated
    ).toBe(2);
  });

  it("leaves spilled forms untouched with a warning", () => {
    for (const [f, fn] of [
      ["=KPI.INDEX(F7:F10,G7:G10)", "KPI.INDEX"],
      ["=KPI.STATUS({0.5,1})", "KPI.STATUS"],
      ["=KPI.ABC(B2:B9)", "KPI.ABC"],
      ["=KPI.XYZ(B2:M9)", "KPI.XYZ"],
    ]) {
      const t = translateFormula(f);
      expect(t.formula).toBe(f);
      expect(t.warnings).toContainEqual({ code: "spill", fn });
    }
    const nested = translateFormula("=KPI.WEIGHTED(KPI.INDEX(F7:F10,G7:G10),E7:E10)");
    expect(nested.formula).toBe("=KPI.WEIGHTED(KPI.INDEX(F7:F10,G7:G10),E7:E10)");
    expect(nested.warnings).toContainEqual({ code: "nested", fn: "KPI.WEIGHTED" });
  });

  it("leaves calls it cannot read or check untouched with a warning", () => {
    expect(translateFormula("=KPI.INDEX(A1#,B1)").warnings).toEqual([
      { code: "unreadable", fn: "" },
    ]);
    expect(translateFormula("=KPI.INDEX(A1)").warnings).toEqual([
      { code: "arguments", fn: "KPI.INDEX" },
    ]);
    expect(translateFormula("=KPI.WEIGHTED({1,2},{0.5,0.5})").warnings).toEqual([
      { code: "reference", fn: "KPI.WEIGHTED" },
    ]);
    expect(translateFormula("=KPI.BONUS(A1,B1,ScaleName)").warnings).toEqual([
      { code: "reference", fn: "KPI.BONUS" },
    ]);
  });

  it("leaves a call whose translation would pass Excel's limits, with a warning", () => {
    // A 15-row bonus scale: its row checks would nest deeper than Excel's 64 levels.
    expect(translateFormula("=KPI.BONUS(K10,B12,$A$15:$B$29)").warnings).toEqual([
      { code: "length", fn: "KPI.BONUS" },
    ]);
    expect(translateFormula("=KPI.BONUS(K10,B12,$A$15:$B$22)").warnings).toEqual([]);
    expect(nestingDepth("=IF(A1,IF(B1,SUM(1,2),0),{1,2})")).toBe(3);
  });

  it("keeps structured references with commas whole", () => {
    const tokens = locateTokens("=SUM(Table1[[#This Row],[Fact]:[Plan]],1)");
    expect(tokens?.map((t) => t.value)).toContain("Table1[[#This Row],[Fact]:[Plan]]");
  });
});

describe("the matrix's blank guard", () => {
  it('translates IF(X="","",X) around a KPI argument as X itself', () => {
    const guarded = translateFormula(
      '=KPI.INDEX(IF(I6="","",I6),IF($G$6="","",$G$6),IF(F6="","",F6),IF(H6="","",H6),IF(D6="","",D6))'
    );
    const bare = translateFormula("=KPI.INDEX(I6,$G$6,F6,H6,D6)");
    expect(guarded.warnings).toEqual([]);
    expect(guarded.formula).toBe(bare.formula);
  });

  it("leaves anything else that looks like it alone", () => {
    const other = translateFormula('=KPI.INDEX(IF(I6="","",I7),G6)');
    expect(other.formula).not.toBe(translateFormula("=KPI.INDEX(I6,G6)").formula);
    expect(other.formula).not.toBe(translateFormula("=KPI.INDEX(I7,G6)").formula);
  });
});
