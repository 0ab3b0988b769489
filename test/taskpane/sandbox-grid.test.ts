/** How the sandbox grid reads typed text and sizes its columns. */
import { cellInput, columnWidths, isErrorValue } from "../../src/sandbox/grid-model";

test.each([
  ["105%", 1.05],
  ["0,4%", 0.004],
  ["1 200,5", 1200.5],
  ["-3", -3],
  ["50000", 50000],
])("typed %p is the number %p", (text, value) => {
  expect(cellInput(text)).toBeCloseTo(value, 12);
});

test("formulas, booleans, text and blanks are read as Excel reads them", () => {
  expect(cellInput("=SUM(A1:A3)")).toBe("=SUM(A1:A3)");
  expect(cellInput("TRUE")).toBe(true);
  expect(cellInput("false")).toBe(false);
  expect(cellInput("Store director")).toBe("Store director");
  expect(cellInput("12 apples")).toBe("12 apples");
  expect(cellInput("   ")).toBeNull();
});

test("columns fit their longest text within bounds", () => {
  const widths = columnWidths(
    [
      ["Turnover plan fulfilment", 1.05, null],
      ["x".repeat(60), { error: "#VALUE!" }, "ok"],
    ],
    4
  );
  expect(widths).toEqual([28, 10, 8, 8]);
});

test("error values are recognised", () => {
  expect(isErrorValue({ error: "#N/A", message: "2 KPIs have no fact yet" })).toBe(true);
  expect(isErrorValue("#N/A")).toBe(false);
  expect(isErrorValue(null)).toBe(false);
});
