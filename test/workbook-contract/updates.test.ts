/**
 * Matrix updates in sheets a user has worked in (found in review): a blank row inserted in the
 * table, a removed row or scale point with a note beside it, a renamed Plan header, a merged
 * comment beside the bonus block. Every scenario runs on both adapters.
 */
import type { Matrix } from "../../src/core/matrix/types";
import { parseRange, cellAddress } from "../../src/workbook/a1";

import { DRIVERS, paneUpdate, type Driver } from "./drivers";

/** A small matrix with every value filled, so totals and bonuses compute. */
const simple = (): Matrix => ({
  name: "Simple",
  employee: "Ann",
  period: "2026-03",
  bonusBase: 10000,
  scale: [
    { threshold: 0.8, coefficient: 0.5 },
    { threshold: 1, coefficient: 1 },
  ],
  rows: ["A", "B", "C", "D"].map((code, i) => ({
    code,
    name: `KPI ${code}`,
    method: "ratio" as const,
    weight: 0.25,
    plan: 100,
    fact: 90 + i * 10,
  })),
});

describe.each(DRIVERS)("matrix updates in worked-in sheets: %s", (_name, make) => {
  let d: Driver;
  beforeEach(() => {
    d = make();
  });

  it("a blank row the user inserted inside the matrix leaves every KPI in the total and the bonus", async () => {
    // Once a bug: the reader stopped at the blank row, so C and D dropped out of the matrix; the update then
    // inserts a second Total over A and B only and points the bonus at it: a wrong payout.
    // The user inserts a row between KPI B and KPI C (to add a KPI later): an ordinary edit.
    const { sheet } = await d.host.buildMatrix(simple());
    const before = (await d.host.readMatrix(sheet))!;
    d.insertRows(sheet, 7, 1);
    await paneUpdate(d, sheet, (x) => ({ ...x, period: "2026-04" }));
    const after = (await d.host.readMatrix(sheet))!;
    expect(after.matrix.rows.map((r) => r.code)).toEqual(["A", "B", "C", "D"]);
    expect(after.total).toBeCloseTo(before.total as number, 10);
    expect(after.bonus).toBe(before.bonus);
  });

  it("a row the pane removed next to a user's note: the other KPIs keep their facts and the note its KPI", async () => {
    // Once a bug: with a note beside the removed row only the matrix's cells were deleted (shift up), so
    // every note below now sits beside the wrong KPI (D's note ends up beside the Total).
    const { sheet } = await d.host.buildMatrix(simple());
    const snap = (await d.host.readMatrix(sheet))!;
    const cRow = parseRange(snap.at.rows[2].name).row;
    d.type(sheet, cellAddress(cRow + 1, 13), "D: checked by CFO"); // a note beside KPI D
    d.type(sheet, cellAddress(cRow, 13), "C: drop next month"); // a note beside KPI C
    await paneUpdate(d, sheet, (x) => ({
      ...x,
      rows: x.rows
        .filter((r) => r.code !== "C")
        .map((r) => (r.code === "D" ? { ...r, weight: 0.5 } : r)),
    }));
    const after = (await d.host.readMatrix(sheet))!;
    expect(after.matrix.rows.map((r) => [r.code, r.fact])).toEqual([
      ["A", 90],
      ["B", 100],
      ["D", 120],
    ]);
    const dRow = parseRange(after.at.rows[2].name).row;
    expect(d.value(sheet, cellAddress(dRow, 13))).toBe("D: checked by CFO");
    expect(typeof after.total).toBe("number");
  });

  it("a Plan header the user renamed in the matrix does not break every index on the next update", async () => {
    // Once a bug: an unrecognized Plan column made the update rewrite every KPI.INDEX without a plan
    // argument: all indices turn #N/A ("enter its plan") although the plans are in the sheet.
    const { sheet } = await d.host.buildMatrix(simple());
    const before = (await d.host.readMatrix(sheet))!;
    d.type(sheet, "G5", "Target"); // the user's word for the plan column
    await paneUpdate(d, sheet, (x) => ({ ...x, period: "2026-04" }));
    const after = (await d.host.readMatrix(sheet))!;
    expect(after.results.map((r) => r.index)).toEqual(before.results.map((r) => r.index));
    expect(after.bonus).toBe(before.bonus);
  });

  it("a scale shrunk in the pane: the note beside the bonus row stays beside the bonus", async () => {
    // Once a bug (as the removed row): deleteCells shifted the bonus row up while its note stayed.
    const { sheet } = await d.host.buildMatrix(simple());
    const snap = (await d.host.readMatrix(sheet))!;
    const bonusRow = parseRange(snap.at.bonus).row;
    d.type(sheet, cellAddress(bonusRow, 13), "paid");
    d.type(sheet, cellAddress(bonusRow - 1, 13), "scale agreed");
    await paneUpdate(d, sheet, (x) => ({ ...x, scale: [{ threshold: 1, coefficient: 1 }] }));
    const after = (await d.host.readMatrix(sheet))!;
    expect(after.matrix.scale).toEqual([{ threshold: 1, coefficient: 1 }]);
    expect(after.bonus).toBe(10000);
    expect(d.value(sheet, cellAddress(parseRange(after.at.bonus).row, 13))).toBe("paid");
  });

  it("a comment the user merged beside the bonus block does not break an update of the bonus base", async () => {
    // Once a bug: the update wrote one rectangle over the whole matrix width; Excel refuses it over
    // merged cells after the table was already unlisted. The sandbox applies it fine.
    const { sheet } = await d.host.buildMatrix(simple());
    const snap = (await d.host.readMatrix(sheet))!;
    const baseRow = parseRange(snap.at.base).row;
    // Merged cells C..F beside the base and scale labels, for a comment: an ordinary look.
    const area = `${cellAddress(baseRow, 2)}:${cellAddress(baseRow + 1, 5)}`;
    d.type(sheet, cellAddress(baseRow, 2), "base agreed with HR");
    d.merge(sheet, area);
    let error: unknown;
    await paneUpdate(d, sheet, (x) => ({ ...x, bonusBase: 20000 })).catch((e) => (error = e));
    expect(d.tables().size).toBe(1); // the matrix is still an Excel table (no half-applied plan)
    expect(error).toBeUndefined();
    const after = (await d.host.readMatrix(sheet))!;
    expect(after.matrix.bonusBase).toBe(20000);
    expect(d.value(sheet, cellAddress(baseRow, 2))).toBe("base agreed with HR");
  });

  it("a format the user gave an Index cell stays through an update", async () => {
    const { sheet } = await d.host.buildMatrix(simple());
    const snap = (await d.host.readMatrix(sheet))!;
    const cell = snap.at.rows[0].index;
    const before = d.numberFormat(sheet, cell);
    expect(before).toBe("0.0%");
    d.setNumberFormat(sheet, cell, "0.00%");
    await paneUpdate(d, sheet, (x) => ({ ...x, bonusBase: 12000 }));
    expect(d.numberFormat(sheet, cell)).toBe("0.00%");
  });
});
