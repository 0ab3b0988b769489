/** One rule for "weights total 100 %": KPI.WEIGHTED strict, the matrix model and the builder agree. */
import { isKpiError } from "../../src/core/errors";
import { weightsComplete } from "../../src/core/matrix";
import { kpiWeighted } from "../../src/core/weighted";
import { totalIsWhole } from "../../src/core/weights";
import { checkForm, emptyForm } from "../../src/taskpane/matrix/matrixForm";

/** Whether the task pane's builder accepts these weights (in percent, as typed). */
function builderAccepts(percents: number[]): boolean {
  const form = {
    ...emptyForm("en"),
    employee: "E",
    picks: percents.map((w, i) => ({ code: `K${i}`, weight: String(w) })),
  };
  return checkForm(form, () => undefined).problems.weights === undefined;
}

describe("weights total 100 %", () => {
  it("accepts 1 and 100 within the 1e-9 relative tolerance, and nothing else", () => {
    expect(totalIsWhole(1)).toBe(true);
    expect(totalIsWhole(100)).toBe(true);
    expect(totalIsWhole(1 + 5e-10)).toBe(true);
    expect(totalIsWhole(100 - 5e-8)).toBe(true);
    expect(totalIsWhole(1 + 2e-9)).toBe(false);
    expect(totalIsWhole(0.95)).toBe(false);
    expect(totalIsWhole(50)).toBe(false);
  });

  it.each([
    [[45, 25, 25, 5], true],
    [[45, 25, 25, 0], false],
    [[60, 40.000001], false],
    [[60, 40.00000001], true],
  ])("KPI.WEIGHTED, the matrix model and the builder agree on %j", (percents, whole) => {
    const indices = percents.map(() => [1]);
    const weights = percents.map((w) => [w]);
    expect(isKpiError(kpiWeighted(indices, weights))).toBe(!whole);
    expect(weightsComplete(percents.map((w) => ({ weight: w / 100 })))).toBe(whole);
    expect(builderAccepts(percents)).toBe(whole);
  });
});
