/** The shared runner: shapes, broadcasting, defaults, single values, order of checks, no throws. */
import { KpiError } from "../../src/core/errors";
import { evaluateGrid, runFunction, type RunSpec } from "../../src/core/runner";
import { expectError } from "./helpers";

/** A test function: a + b (b defaults to 10), with an option `mode` and a scale-like range. */
const SPEC: RunSpec = {
  params: [
    { name: "fact", type: "number", shape: "each" },
    { name: "plan", type: "number", shape: "each", optional: true, default: 10 },
    {
      name: "mode",
      type: "option",
      shape: "single",
      optional: true,
      default: "plus",
      parse: (v) =>
        v === "plus" || v === "minus" ? v : new KpiError("#VALUE!", "unknownMode", [String(v)]),
    },
  ],
  result: { kind: "each" },
  each: (a: number | null, b: number, mode: string) =>
    a === null ? null : mode === "plus" ? a + b : a - b,
};

describe("runner", () => {
  it("wraps single values and returns a 1×1 grid", () => {
    expect(evaluateGrid(SPEC, [1, 2])).toEqual([[3]]);
  });
  it("applies defaults to omitted and blank arguments", () => {
    expect(evaluateGrid(SPEC, [1])).toEqual([[11]]);
    expect(evaluateGrid(SPEC, [1, ""])).toEqual([[11]]);
    expect(evaluateGrid(SPEC, [[[1, ""]], null, "minus"])).toEqual([[-9, null]]);
  });
  it("accepts a flat array as a one-row range", () => {
    expect(evaluateGrid(SPEC, [[1, 2], 1])).toEqual([[2, 3]]);
  });
  it("broadcasts 1×1 ranges and keeps the shape of the others", () => {
    expect(evaluateGrid(SPEC, [[[1], [2]], [[5]]])).toEqual([[6], [7]]);
    expect(
      evaluateGrid(SPEC, [
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1, 1],
          [2, 2],
        ],
      ])
    ).toEqual([
      [2, 3],
      [5, 6],
    ]);
  });
  it("uses the fast path and the full path alike inside one range", () => {
    expect(evaluateGrid(SPEC, [[[1, "", 3, NaN]], [[1, 1, "", 1]]])).toEqual([
      [2, null, 13, expect.objectContaining({ code: "#NUM!" })],
    ]);
  });
  it("reads host cells through readCell, except finite numbers and range parameters", () => {
    const seen: unknown[] = [];
    const readCell = (c: unknown) => {
      seen.push(c);
      return c === "one" ? 1 : c === "pick minus" ? "minus" : c;
    };
    const host = { fresh: false, readCell };
    expect(runFunction(SPEC, [[["one", 2, ""]], "one"], (r) => r, host)).toEqual([[2, 3, null]]);
    expect(seen).toEqual(["one", "one", ""]);
    expect(runFunction(SPEC, [5, [["one"]], [["pick minus"]]], (r) => r, host)).toEqual([[4]]);
    const ranged: RunSpec = {
      params: [{ name: "values", type: "range" }],
      result: { kind: "scalar" },
      whole: ([values]) => JSON.stringify(values),
    };
    seen.length = 0;
    expect(runFunction(ranged, [[["one", 2]]], (r) => r, host)).toEqual([['[["one",2]]']]);
    expect(seen).toEqual([]);
  });
  it("gives one error for whole-call problems, in argument order", () => {
    expectError(evaluateGrid(SPEC, [[[1], [2]], [[1, 2]]])[0][0], "#VALUE!", "shapeMismatch");
    expectError(
      evaluateGrid(SPEC, [1, 1, [["plus", "minus"]]])[0][0],
      "#VALUE!",
      "singleValueExpected"
    );
    expectError(evaluateGrid(SPEC, [1, 1, "times"])[0][0], "#VALUE!", "unknownMode");
    expectError(
      evaluateGrid(SPEC, [[[1], [2]], [[1, 2]], "times"])[0][0],
      "#VALUE!",
      "shapeMismatch"
    );
  });
  it("turns a non-finite result into #NUM!", () => {
    expectError(evaluateGrid(SPEC, [1e308, 1e308])[0][0], "#NUM!", "resultTooLarge");
    expectError(evaluateGrid(SPEC, [[[1e308, 1e308]], 1e308])[0][1], "#NUM!", "resultTooLarge");
  });
  it("applies emit to every non-number result", () => {
    const seen: unknown[] = [];
    const out = runFunction(SPEC, [[["", 1, "x"]]], (r) => {
      seen.push(r);
      return "emitted";
    });
    expect(out).toEqual([["emitted", 11, "emitted"]]);
    expect(seen[0]).toBeNull();
  });
  it("turns a bug in a body into #VALUE! instead of throwing", () => {
    const broken: RunSpec = {
      ...SPEC,
      each: () => {
        throw new Error("boom");
      },
    };
    const e = expectError(evaluateGrid(broken, [1])[0][0], "#VALUE!", "unexpected");
    expect(e.message).toContain("boom");
  });
});
