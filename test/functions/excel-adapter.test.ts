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
  it("registers all seven functions with CustomFunctions.associate", () => {
    const { associate } = load();
    expect(associate.mock.calls.map(([id]) => id)).toEqual([
      "INDEX",
      "WEIGHTED",
      "BONUS",
      "STATUS",
      "RUNRATE",
      "ABC",
      "XYZ",
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
