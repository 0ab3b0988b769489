import { listSeparatorFor, russianFormula } from "../../src/workbook/formula-local";

describe("the add-in's formulas for Russian Excel (formulasLocal)", () => {
  it("names the KPI and built-in functions in Russian and separates arguments as the locale does", () => {
    expect(russianFormula('=KPI.INDEX(IF(I6="","",I6),G6,,,D6)', ";")).toBe(
      '=KPI.ВЫПОЛНЕНИЕ(ЕСЛИ(I6="";"";I6);G6;;;D6)'
    );
    expect(russianFormula('=IF(J6="","",KPI.STATUS(J6))', ",")).toBe(
      '=ЕСЛИ(J6="","",KPI.СТАТУС(J6))'
    );
    expect(russianFormula('=KPI.WEIGHTED(J6:J9,E6:E9,"partial")', ";")).toBe(
      '=KPI.ВЗВЕШЕННЫЙ(J6:J9;E6:E9;"partial")'
    );
    expect(russianFormula("=SUM(E6:E9)", ";")).toBe("=СУММ(E6:E9)");
    expect(russianFormula('=KPI.BONUS(K9,IF(B11="","",B11),A14:B15,B12)', ";")).toBe(
      '=KPI.ПРЕМИЯ(K9;ЕСЛИ(B11="";"";B11);A14:B15;B12)'
    );
  });

  it("keeps text in quotes as it is", () => {
    expect(russianFormula('=IF(A1="a,b","x,y",SUM(B1,B2))', ";")).toBe(
      '=ЕСЛИ(A1="a,b";"x,y";СУММ(B1;B2))'
    );
  });

  it("takes the list separator from the decimal separator", () => {
    expect(listSeparatorFor(",")).toBe(";");
    expect(listSeparatorFor(".")).toBe(",");
    expect(listSeparatorFor(undefined)).toBe(",");
  });
});
