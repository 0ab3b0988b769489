/** The Excel adapter and entry points, with a stand-in for Excel's CustomFunctions runtime. */
import { KpiError } from "../../src/core/errors";

class FakeError {
  constructor(
    public code: string,
    public message?: string
  ) {}
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

type Globals = { CustomFunctions?: unknown; Office?: unknown };
const g = globalThis as Globals;

function load(language?: string) {
  const associate = jest.fn();
  g.CustomFunctions = { Error: FakeError, ErrorCode, associate };
  g.Office = language === undefined ? undefined : { context: { displayLanguage: language } };
  let modules:
    | {
        adapter: typeof import("../../src/functions/excel-adapter");
        fns: typeof import("../../src/functions/functions");
      }
    | undefined;
  jest.isolateModules(() => {
    modules = {
      adapter: require("../../src/functions/excel-adapter"),
      fns: require("../../src/functions/functions"),
    };
  });
  return { ...modules!, associate };
}

afterEach(() => {
  delete g.CustomFunctions;
  delete g.Office;
});

describe("Excel adapter", () => {
  it("registers all eight functions with CustomFunctions.associate", () => {
    const { associate } = load();
    expect(associate.mock.calls.map(([id]) => id)).toEqual([
      "INDEX",
      "WEIGHTED",
      "BONUS",
      "STATUS",
      "RUNRATE",
      "ABC",
      "XYZ",
      "NEEDED",
    ]);
  });

  it("returns numbers and text as they are and a blank as an empty text", () => {
    const { fns } = load();
    expect(
      fns.index([[1200], [""]], [[1800], [800]], null as never, null as never, [["inverse"]])
    ).toEqual([[1.5], [""]]);
    expect(fns.status([[1], [0.5]])).toEqual([["green"], ["red"]]);
  });

  it("gives CustomFunctions.Error with a message on #VALUE! and #N/A only", () => {
    const { fns } = load();
    const value = fns.index([["x"]], [[1]])[0][0] as FakeError;
    expect(value).toBeInstanceOf(FakeError);
    expect(value.code).toBe("#VALUE!");
    expect(value.message).toMatch(/fact/);
    const na = fns.weighted([[1], [""]], [[50], [50]])[0][0] as FakeError;
    expect(na.code).toBe("#N/A");
    expect(na.message).toMatch(/no fact/);
    const noPlan = fns.index([[5]], [[""]])[0][0] as FakeError;
    expect(noPlan.code).toBe("#N/A");
    expect(noPlan.message).toMatch(/No plan for this KPI/);
    const div = fns.index([[1]], [[0]])[0][0] as FakeError;
    expect(div.code).toBe("#DIV/0!");
    expect(div.message).toBeUndefined();
  });

  it("writes messages in Russian when Office's display language is Russian", () => {
    const { fns } = load("ru-RU");
    const value = fns.weighted([[1], [1]], [[50], [45]])[0][0] as FakeError;
    expect(value.message).toMatch(/Сумма весов 95 %/);
  });

  it("turns errors Excel cannot return (#REF!, #NAME?) into #VALUE! naming the input error", () => {
    const { adapter } = load();
    const e = adapter.toExcelError(new KpiError("#REF!")) as FakeError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/#REF!/);
    expect((adapter.toExcelError(new KpiError("#NAME?")) as FakeError).code).toBe("#VALUE!");
  });

  it("passes Excel error objects in input ranges through", () => {
    const { fns } = load();
    const out = fns.index([[new FakeError("#N/A")], [5]], [[10], [10]]);
    expect((out[0][0] as FakeError).code).toBe("#N/A");
    expect(out[1][0]).toBe(0.5);
  });

  it("passes error data types (allowCustomDataForDataTypeAny) through as the same error", () => {
    const { fns } = load();
    // Excel.ErrorCellValue shapes (ExcelApi 1.16): type "Error" with an errorType.
    const div0 = { type: "Error", basicType: "Error", basicValue: "#DIV/0!", errorType: "Div0" };
    const na = { type: "Error", basicValue: "#N/A", errorType: "NotAvailable" };
    const out = fns.index([[div0], [5], [na]], [[10], [10], [10]]);
    expect((out[0][0] as FakeError).code).toBe("#DIV/0!");
    expect(out[1][0]).toBe(0.5);
    expect((out[2][0] as FakeError).code).toBe("#N/A");
    // In a plan, a weight, a scale: the same error, never "text where a number is needed".
    expect((fns.index([[5]], [[na]])[0][0] as FakeError).code).toBe("#N/A");
    const num = { type: "Error", errorType: "Num" };
    expect((fns.weighted([[1], [1]], [[50], [num]])[0][0] as FakeError).code).toBe("#NUM!");
    expect((fns.bonus([[1]], [[100]], [[0.8, div0]])[0][0] as FakeError).code).toBe("#DIV/0!");
    // Without an errorType, the basicValue names the error; an error Excel cannot return
    // (#REF!, #BUSY!) becomes #VALUE! naming it.
    expect((fns.status([[{ type: "Error", basicValue: "#NUM!" }]])[0][0] as FakeError).code).toBe(
      "#NUM!"
    );
    const ref = fns.status([[{ type: "Error", errorType: "Ref" }]])[0][0] as FakeError;
    expect(ref.code).toBe("#VALUE!");
    expect(ref.message).toMatch(/#REF!/);
    const busy = fns.status([[{ type: "Error", errorType: "Busy" }]])[0][0] as FakeError;
    expect(busy.message).toMatch(/#BUSY!/);
  });

  it("computes a column in Excel's own arrays, reading data types and errors met on the way", () => {
    const { fns } = load();
    const div0 = { type: "Error", basicValue: "#DIV/0!", errorType: "Div0" };
    const facts = [[1200], [div0], [{ type: "Double", basicValue: 900 }], [""], [450], ["x"]];
    const plans = [[1000], [10], [1000], [5], [0], [3]];
    const out = fns.index(facts, plans);
    expect(out).toHaveLength(6);
    expect(out[0]).toEqual([1.2]);
    expect((out[1][0] as FakeError).code).toBe("#DIV/0!");
    expect(out[2]).toEqual([0.9]);
    expect(out[3]).toEqual([""]);
    expect((out[4][0] as FakeError).code).toBe("#DIV/0!");
    expect((out[5][0] as FakeError).code).toBe("#VALUE!");
    expect(out.every((row) => row.length === 1)).toBe(true);
  });

  it("reads number, text and empty data types as the values they stand for", () => {
    const { fns } = load();
    const pct = { type: "FormattedNumber", basicValue: 0.9, numberFormat: "0%" };
    const dbl = { type: "Double", basicValue: 1000 };
    expect(fns.index([[pct]], [[dbl]])).toEqual([[0.0009]]);
    expect(fns.index([[{ type: "Empty" }]], [[10]])).toEqual([[""]]);
    const text = fns.index([[{ type: "String", basicValue: "n/a" }]], [[10]])[0][0] as FakeError;
    expect(text.code).toBe("#VALUE!");
    // An entity is not a number: #VALUE! with the usual message.
    const entity = fns.index([[{ type: "Entity", text: "Shop" }]], [[10]])[0][0] as FakeError;
    expect(entity.code).toBe("#VALUE!");
    expect(entity.message).toMatch(/fact/);
  });

  it("treats omitted optional arguments (null) and scalars as Excel passes them", () => {
    const { fns } = load();
    expect(fns.abc([[10], [5], [80], [5]], null, null)).toEqual([["B"], ["B"], ["A"], ["C"]]);
    expect(fns.bonus([[1.1]], [[1000]], null as never, null)[0][0]).toBeCloseTo(1100, 9);
    expect(fns.runRate([[50]], [[10]], [[20]], [[100]])).toEqual([[1]]);
    expect(fns.xyz([[5, 5]], 0.1, 0.25)).toEqual([["X"]]);
  });

  it("works without the Excel runtime (tests, bench): errors become plain objects", () => {
    delete g.CustomFunctions;
    let adapter: typeof import("../../src/functions/excel-adapter") | undefined;
    jest.isolateModules(() => {
      adapter = require("../../src/functions/excel-adapter");
    });
    expect(adapter!.toExcelError(new KpiError("#DIV/0!"))).toEqual({ code: "#DIV/0!" });
    expect(adapter!.displayLanguage()).toBe("en");
  });
});
