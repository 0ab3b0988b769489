/**
 * Make portable finds KPI calls however Excel reports them (English, Russian, `_xldudf_`,
 * `_xll.`, the prefixes COM add-ins add), converts calls with a unary "+" or "@", and leaves a
 * call whose translation would pass Excel's limits (8,192 characters, 64 levels, 16,384 bytes
 * of internal form) as it is, with a warning. Values are checked in HyperFormula: the
 * translation of each spelling computes what the English KPI call computes.
 */
import ru from "../../src/functions/functions.ru.json";
import { createKpiEngine } from "../../src/sandbox/engine";
import { FUNCTION_IDS } from "../../src/core/function-ids";
import { kpiFunctionOf, RUSSIAN_NAMES } from "../../src/workbook/portable/names";
import {
  internalBytes,
  MAX_FORMULA_LENGTH,
  MAX_INTERNAL_BYTES,
  translateFormula,
  withinExcelLimits,
} from "../../src/workbook/portable/translator";
import { fromHf, same } from "./compare";

/** Inputs in A1:E4 for the formulas below: fact, plan, min, max, method. */
const GRID = [
  [90, 100, 50, 120, "inverse"],
  [130, 100, "", "", "direct"],
  ["", 100, 10, 200, 3],
  [0, 80, 20, 100, "binary"],
];

/** Values of formulas written in row 6 onward, next to GRID, in the KPI engine. */
function values(formulas: string[]) {
  const hf = createKpiEngine({ S: [...GRID.map((r) => [...r]), [], ...formulas.map((f) => [f])] });
  const out = formulas.map((_, i) =>
    fromHf(hf.getCellValue({ sheet: 0, row: GRID.length + 1 + i, col: 0 }))
  );
  hf.destroy();
  return out;
}

/** Translates `spelled` and checks it computes what the English `english` computes. */
function expectSameAs(spelled: string, english: string) {
  const t = translateFormula(spelled);
  expect(t.warnings).toEqual([]);
  expect(t.translated).toBeGreaterThan(0);
  expect(t.formula).not.toMatch(/KPI|xldudf|ВЫПОЛНЕНИЕ|@/i);
  const [want, got] = values([english, t.formula]);
  expect([spelled, same(want, got)]).toEqual([spelled, true]);
}

describe("KPI function names however Excel reports them", () => {
  it("knows the Russian name of every function from functions.ru.json", () => {
    for (const id of FUNCTION_IDS) {
      expect(RUSSIAN_NAMES[id]).toBe((ru as Record<string, { name: string }>)[id].name);
      expect(kpiFunctionOf(`KPI.${RUSSIAN_NAMES[id]}`)).toBe(id);
      expect(kpiFunctionOf(`kpi.${RUSSIAN_NAMES[id].toLowerCase()}`)).toBe(id);
      expect(kpiFunctionOf(`_xldudf_KPI_${RUSSIAN_NAMES[id]}`)).toBe(id);
    }
  });

  it("reads the file, XLL and COM add-in prefixes, and nothing else", () => {
    expect(kpiFunctionOf("_xldudf_KPI_WEIGHTED")).toBe("WEIGHTED");
    expect(kpiFunctionOf("_xll.KPI.BONUS")).toBe("BONUS");
    expect(kpiFunctionOf("[2]!_xldudf_KPI_INDEX")).toBe("INDEX");
    expect(kpiFunctionOf("'C:\\Program Files\\Office\\ATPVBAEN.XLAM'!_xldudf_KPI_STATUS")).toBe(
      "STATUS"
    );
    expect(kpiFunctionOf("[1]!KPI.RUNRATE")).toBe("RUNRATE");
    for (const other of ["INDEX", "KPI.INDEXES", "KPI_INDEX", "_xldudf_KPI", "XKPI.INDEX", "KPI."])
      expect([other, kpiFunctionOf(other)]).toEqual([other, undefined]);
  });

  it("converts each spelling to what the English call computes", () => {
    const english = "=KPI.INDEX(A1,B1,C1,D1,E1)";
    for (const spelled of [
      "=KPI.ВЫПОЛНЕНИЕ(A1,B1,C1,D1,E1)",
      "=kpi.выполнение(A1,B1,C1,D1,E1)",
      "=_xldudf_KPI_INDEX(A1,B1,C1,D1,E1)",
      "=_xldudf_KPI_ВЫПОЛНЕНИЕ(A1,B1,C1,D1,E1)",
      "=[2]!_xldudf_KPI_INDEX(A1,B1,C1,D1,E1)",
      "='C:\\x\\ATPVBAEN.XLAM'!_xldudf_KPI_INDEX(A1,B1,C1,D1,E1)",
      "=_xll.KPI.INDEX(A1,B1,C1,D1,E1)",
    ])
      expectSameAs(spelled, english);
    expectSameAs("=KPI.СТАТУС(KPI.ВЫПОЛНЕНИЕ(A2,B2))", "=KPI.STATUS(KPI.INDEX(A2,B2))");
    expectSameAs("=1+KPI.ТЕМП(A1,B1,0.5)", "=1+KPI.RUNRATE(A1,B1,0.5)");
  });
});

describe("unary + and @ before calls and arguments", () => {
  it("converts =KPI.INDEX(+B1,C1), =@KPI.INDEX(B1,C1) and their neighbours like any other call", () => {
    const cases: [string, string][] = [
      ["=KPI.INDEX(+A1,B1)", "=KPI.INDEX(A1,B1)"],
      ["=KPI.INDEX(++A3,+B3)", "=KPI.INDEX(A3,B3)"],
      ["=KPI.INDEX(@A1,@B1,@C1,@D1,@E1)", "=KPI.INDEX(A1,B1,C1,D1,E1)"],
      ["=@KPI.INDEX(A1,B1)", "=KPI.INDEX(A1,B1)"],
      ["=+KPI.INDEX(A2,B2)", "=+KPI.INDEX(A2,B2)"],
      ["=1+@KPI.INDEX(A4,B4,C4,D4,E4)", "=1+KPI.INDEX(A4,B4,C4,D4,E4)"],
      ["=KPI.STATUS(@KPI.INDEX(+A1,B1))", "=KPI.STATUS(KPI.INDEX(A1,B1))"],
      ["=KPI.INDEX(+A1*2,B1)", "=KPI.INDEX(A1*2,B1)"],
      ["=KPI.INDEX(-A1,+B1)", "=KPI.INDEX(-A1,B1)"],
    ];
    for (const [spelled, english] of cases) expectSameAs(spelled, english);
    // Only the "@" of a translated call goes; the rest of the formula is kept byte for byte.
    expect(translateFormula("=@KPI.INDEX(A1,B1)+@SUM(A1:A2)").formula).toMatch(/\+@SUM\(A1:A2\)$/);
  });

  it("leaves '@' before a range as it is, with a warning (no native form means the same)", () => {
    const t = translateFormula("=KPI.INDEX(@A1:A3,B1)");
    expect(t.formula).toBe("=KPI.INDEX(@A1:A3,B1)");
    expect(t.warnings).toEqual([{ code: "reference", fn: "KPI.INDEX" }]);
  });
});

describe("Excel's formula limits", () => {
  it("estimates the internal size of a formula from its tokens", () => {
    expect(internalBytes("=1")).toBe(9);
    expect(internalBytes('="ab"')).toBe(7);
    expect(internalBytes("=A1")).toBe(7);
    expect(internalBytes("=A1:B2")).toBe(13);
    expect(internalBytes("=Sheet2!A1")).toBe(9);
    expect(internalBytes("=A1+A1")).toBeGreaterThan(2 * internalBytes("=A1"));
    expect(internalBytes("=SUM(")).toBe(Infinity);
  });

  it("rejects a formula of fewer than 8,192 characters whose internal form passes 16,384 bytes", () => {
    // 2,600 single-cell references: 7,800 characters, but 7 bytes each inside Excel.
    const refs = Array.from({ length: 2600 }, (_, i) => `A${(i % 9) + 1}`).join("+");
    const formula = `=${refs}`;
    expect(formula.length).toBeLessThan(MAX_FORMULA_LENGTH);
    expect(internalBytes(formula)).toBeGreaterThan(MAX_INTERNAL_BYTES);
    expect(withinExcelLimits(formula)).toBe(false);
    expect(withinExcelLimits(`=${refs.slice(0, 3000)}`)).toBe(true);
  });

  it("leaves a KPI call whose translation would pass a limit as it is, with a warning", () => {
    // 1,500 numbers: 3,000 characters but 9 bytes each inside Excel. The formula fits Excel as
    // written; its translation stays under 8,192 characters but passes 16,384 bytes.
    const numbers = "+1".repeat(1500);
    const formula = `=KPI.INDEX(A1,B1,C1,D1,E1)${numbers}`;
    expect(withinExcelLimits(formula)).toBe(true);
    const alone = translateFormula("=KPI.INDEX(A1,B1,C1,D1,E1)").formula;
    expect((alone + numbers).length).toBeLessThan(MAX_FORMULA_LENGTH);
    expect(internalBytes(alone + numbers)).toBeGreaterThan(MAX_INTERNAL_BYTES);
    const t = translateFormula(formula);
    expect(t.formula).toBe(formula);
    expect(t.translated).toBe(0);
    expect(t.warnings).toEqual([{ code: "length", fn: "KPI.INDEX" }]);
    // The same call with a short neighbour converts.
    expect(translateFormula("=KPI.INDEX(A1,B1,C1,D1,E1)+1").warnings).toEqual([]);
  });
});
