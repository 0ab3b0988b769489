/** Pure pieces: byte-for-byte preservation (property), plans, the originals sheet's rows. */
import fc from "fast-check";
import { originalsRows, readOriginals } from "../../src/workbook/portable/originals";
import { planConversion, planRestore, sameFormula } from "../../src/workbook/portable/plan";
import { cellKey } from "../../src/workbook/portable/originals";
import { translateFormula } from "../../src/workbook/portable/translator";

/** Formula pieces a user may write around a KPI call. */
const piece = fc.constantFrom(
  "'Sales Q1 ''24'!$B$2",
  "Table1[[#This Row],[Plan]]",
  "Table1[@Fact]",
  '"text with ""quotes"" and KPI.INDEX("',
  "SUM($A$1:A3)",
  "ROUND(C3,2)",
  " ",
  "\n",
  "%",
  "-",
  "1.5E+3",
  "#N/A",
  "TRUE"
);
const operator = fc.constantFrom("+", "-", "*", "/", "&", "=", "<>", ">=");

describe("byte-for-byte preservation", () => {
  it("keeps any text around a KPI call exactly (property)", () => {
    let translated = 0;
    let runs = 0;
    fc.assert(
      fc.property(piece, operator, piece, operator, (a, op1, b, op2) => {
        runs++;
        const prefix = `=${a}${op1}(`;
        const suffix = `)${op2}${b}`;
        const f = `${prefix}KPI.INDEX(F7,G7,,,"inverse")${suffix}`;
        const t = translateFormula(f);
        // A formula the tokenizer cannot read ("=%+(…") is left whole, never half-translated.
        if (t.warnings.length > 0) return t.formula === f && t.translated === 0;
        translated++;
        return t.translated === 1 && t.formula.startsWith(prefix) && t.formula.endsWith(suffix);
      }),
      { numRuns: 300, seed: 5 }
    );
    expect(translated).toBeGreaterThan(runs / 2);
  });

  it("never changes a formula it leaves with a warning (property)", () => {
    fc.assert(
      fc.property(piece, (a) => {
        const f = `=${a}+KPI.INDEX(F7:F9,G7:G9)`;
        const t = translateFormula(f);
        return t.formula === f && t.translated === 0;
      }),
      { numRuns: 50, seed: 6 }
    );
  });
});

describe("plans", () => {
  const cells = [
    { sheet: "M", address: "J6", formula: "=KPI.INDEX(I6,G6)" },
    { sheet: "M", address: "K6", formula: "=J6*E6" },
    { sheet: "N", address: "A1", formula: "=KPI.STATUS(B1)" },
  ];

  it("converts only KPI formulas in scope and keeps earlier records", () => {
    const earlier = { sheet: "N", address: "A1", original: "=KPI.STATUS(B1)", portable: "=X" };
    const plan = planConversion(cells, [earlier], { kind: "sheet", sheet: "M" });
    expect(plan.writes.map((w) => w.address)).toEqual(["J6"]);
    expect(plan.records.map((r) => `${r.sheet}!${r.address}`)).toEqual(["N!A1", "M!J6"]);
    expect(plan.perSheet).toEqual([{ sheet: "M", count: 1 }]);
  });

  it("restores what is unchanged, keeps what was edited", () => {
    const plan = planConversion(cells, [], { kind: "workbook" });
    const now = new Map(plan.writes.map((w) => [cellKey(w.sheet, w.address), w.formula]));
    now.set(cellKey("N", "A1"), "=B1*2");
    const back = planRestore(plan.records, now, { kind: "workbook" });
    expect(back.writes).toEqual([{ sheet: "M", address: "J6", formula: "=KPI.INDEX(I6,G6)" }]);
    expect(back.edited).toEqual([{ sheet: "N", address: "A1", formula: "=B1*2" }]);
    expect(back.records.map((r) => r.address)).toEqual(["A1"]);
  });

  it("compares formulas as Excel may re-space or re-case them, but not inside text", () => {
    expect(sameFormula('=IF(a1 >0, "x y",1)', '=IF(A1>0,"x y",1)')).toBe(true);
    expect(sameFormula('=IF(A1>0,"x y",1)', '=IF(A1>0,"X Y",1)')).toBe(false);
  });

  it("reads the originals sheet back, skipping rows that are not records", () => {
    const records = [
      { sheet: "M", address: "J6", original: "=KPI.INDEX(I6,G6)", portable: "=IF(1,2,3)" },
      { sheet: "M", address: "J7", original: "", portable: "=IF(1,2,3)" },
    ];
    const rows: unknown[][] = originalsRows(records);
    rows.push(
      ["M", "J8", "not a formula", "=1"],
      [null, null, null, null],
      ["M", "J9", null, "=1"]
    );
    expect(readOriginals(rows)).toEqual([
      ...records,
      { sheet: "M", address: "J9", original: "", portable: "=1" },
    ]);
  });
});
