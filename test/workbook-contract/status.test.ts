/**
 * Status in a matrix, on both adapters: a language-neutral level shown as a word, against
 * thresholds that follow the bonus scale (red pays nothing) and stay as the user typed them.
 */
import { DEFAULT_BONUS_SCALE } from "../../src/core/matrix";
import type { Matrix } from "../../src/core/matrix/types";
import { readStatus, statusNumberFormat } from "../../src/core/status";
import { DRIVERS, paneUpdate, teamRequest, type Driver } from "./drivers";

/** Two KPIs of 50 % each; the facts give the total. */
const matrix = (facts: [number, number]): Matrix => ({
  name: "Store",
  employee: "Ann",
  period: "2026-03",
  bonusBase: 10000,
  scale: [...DEFAULT_BONUS_SCALE],
  rows: (["A", "B"] as const).map((code, i) => ({
    code,
    name: `KPI ${code}`,
    method: "ratio" as const,
    weight: 0.5,
    plan: 100,
    fact: facts[i],
  })),
});

describe.each(DRIVERS)("status levels and thresholds: %s", (_name, make) => {
  let d: Driver;
  beforeEach(() => {
    d = make();
  });

  it("a total of 86.9 % that pays 50 % of the base is amber, not red", async () => {
    const { sheet } = await d.host.buildMatrix(matrix([86.9, 86.9]));
    const snap = (await d.host.readMatrix(sheet))!;
    expect(snap.total).toBeCloseTo(0.869, 12);
    expect(snap.bonus).toBe(5000);
    expect(readStatus(snap.totalStatus)).toBe("amber");
    expect(snap.results.map((r) => r.status)).toEqual([2, 2]);
    // Below the first paying point: red, and it pays nothing.
    d.type(sheet, snap.at.rows[0].fact, 70);
    d.type(sheet, snap.at.rows[1].fact, 70);
    const low = (await d.host.readMatrix(sheet))!;
    expect([low.bonus, readStatus(low.totalStatus)]).toEqual([0, "red"]);
  });

  it("shows the level as a word of the matrix's language, coloured by the level", async () => {
    const { sheet } = await d.host.buildMatrix(matrix([100, 100]), { lang: "ru" });
    const snap = (await d.host.readMatrix(sheet))!;
    expect(snap.totalStatus).toBe(3);
    expect(d.numberFormat(sheet, snap.at.totalStatus)).toBe(statusNumberFormat("ru"));
    expect(d.numberFormat(sheet, snap.at.rows[0].status)).toBe(statusNumberFormat("ru"));
    expect(d.value(sheet, snap.at.statusAmber!)).toBe(0.8);
  });

  it("typing a threshold changes every status at once, and an update keeps it", async () => {
    const { sheet } = await d.host.buildMatrix(matrix([95, 95]));
    const snap = (await d.host.readMatrix(sheet))!;
    expect(readStatus(snap.totalStatus)).toBe("amber");
    d.type(sheet, snap.at.statusAmber!, 0.96);
    const typed = (await d.host.readMatrix(sheet))!;
    expect(readStatus(typed.totalStatus)).toBe("red");
    expect(typed.matrix.statusAmber).toBe(0.96);
    // An update from the pane (another period) and one that changes the scale keep it.
    await paneUpdate(d, sheet, (m) => ({ ...m, period: "2026-04" }));
    await paneUpdate(d, sheet, (m) => ({
      ...m,
      scale: [
        { threshold: 0.9, coefficient: 0.5 },
        { threshold: 1.05, coefficient: 1 },
      ],
    }));
    const after = (await d.host.readMatrix(sheet))!;
    expect(d.value(sheet, after.at.statusAmber!)).toBe(0.96);
    expect(after.matrix.statusAmber).toBe(0.96);
    // The green threshold followed the scale, so it moves with the new one.
    expect(after.matrix.statusGreen).toBe(1.05);
    expect(readStatus(after.totalStatus)).toBe("red");
  });

  it("a threshold cell holding something not a number stays as the user left it through updates", async () => {
    const { sheet } = await d.host.buildMatrix(matrix([95, 95]));
    const at = (await d.host.readMatrix(sheet))!.at;
    d.type(sheet, at.statusAmber!, "ask HR");
    await paneUpdate(d, sheet, (m) => ({ ...m, period: "2026-04" }));
    expect(d.formula(sheet, at.statusAmber!)).toBe("ask HR");
    await paneUpdate(d, sheet, (m) => ({
      ...m,
      scale: [
        { threshold: 0.7, coefficient: 0.2 },
        { threshold: 1, coefficient: 1 },
      ],
    }));
    // The new scale has fewer points, so the threshold rows moved up with the bonus.
    const after = (await d.host.readMatrix(sheet))!;
    expect(d.formula(sheet, after.at.statusAmber!)).toBe("ask HR");
    // Green still followed the scale.
    expect(after.matrix.statusGreen).toBe(1);
  });

  it("writes thresholds set in the pane, and a pane's scale moves the thresholds that follow it", async () => {
    const { sheet } = await d.host.buildMatrix(matrix([95, 95]));
    await paneUpdate(d, sheet, (m) => ({ ...m, statusGreen: 0.95 }));
    let snap = (await d.host.readMatrix(sheet))!;
    expect([snap.matrix.statusAmber, snap.matrix.statusGreen]).toEqual([0.8, 0.95]);
    expect(readStatus(snap.totalStatus)).toBe("green");
    await paneUpdate(d, sheet, (m) => ({
      ...m,
      scale: [
        { threshold: 0.7, coefficient: 0.2 },
        { threshold: 1, coefficient: 1 },
      ],
    }));
    snap = (await d.host.readMatrix(sheet))!;
    // Amber followed the scale (80 % → 70 %); green was set by the user and stays.
    expect([snap.matrix.statusAmber, snap.matrix.statusGreen]).toEqual([0.7, 0.95]);
  });

  it("a row with its card's own thresholds uses them, and keeps them through an update", async () => {
    const m = matrix([95, 95]);
    m.rows[0] = { ...m.rows[0], statusAmber: 0.96, statusGreen: 1.1 };
    const { sheet } = await d.host.buildMatrix(m);
    const snap = (await d.host.readMatrix(sheet))!;
    expect(snap.results.map((r) => readStatus(r.status))).toEqual(["red", "amber"]);
    expect(snap.matrix.rows[0]).toMatchObject({ statusAmber: 0.96, statusGreen: 1.1 });
    expect(snap.matrix.rows[1].statusAmber).toBeUndefined();
    await paneUpdate(d, sheet, (x) => ({ ...x, period: "2026-04" }));
    const after = (await d.host.readMatrix(sheet))!;
    expect(after.matrix.rows[0]).toMatchObject({ statusAmber: 0.96, statusGreen: 1.1 });
    expect(after.results.map((r) => readStatus(r.status))).toEqual(["red", "amber"]);
  });

  it("an older matrix (status words, no threshold cells) turns into levels on update; old formulas keep their words", async () => {
    const { sheet } = await d.host.buildMatrix(matrix([86.9, 86.9]));
    const snap = (await d.host.readMatrix(sheet))!;
    // What the add-in wrote before: KPI.STATUS(index) with 90 % / 100 %, no threshold rows.
    for (const a of [...snap.at.rows.map((r) => r), { status: snap.at.totalStatus }]) {
      const idx = "index" in a ? a.index : snap.at.total;
      d.type(sheet, a.status, `=IF(${idx}="","",KPI.STATUS(${idx}))`);
      d.setNumberFormat(sheet, a.status, "General");
    }
    for (const a of [snap.at.statusAmber!, snap.at.statusGreen!]) {
      d.type(sheet, a, null);
      d.type(sheet, a.replace("B", "A"), null);
    }
    d.type(sheet, "N1", `=KPI.STATUS(${snap.at.total})`); // a user's own formula
    const old = (await d.host.readMatrix(sheet))!;
    expect(old.totalStatus).toBe("red");
    expect(old.at.statusAmber).toBeUndefined();
    await paneUpdate(d, sheet, (x) => ({ ...x, period: "2026-04" }), { lang: "ru" });
    const after = (await d.host.readMatrix(sheet))!;
    expect(after.totalStatus).toBe(2);
    expect(after.results.map((r) => r.status)).toEqual([2, 2]);
    expect(d.numberFormat(sheet, after.at.totalStatus)).toBe(statusNumberFormat("ru"));
    expect([after.matrix.statusAmber, after.matrix.statusGreen]).toEqual([0.8, 1]);
    expect(after.bonus).toBe(5000);
    expect(d.value(sheet, "N1")).toBe("red");
  });

  it("the bonus register shows each person's status level as a word of its language", async () => {
    await d.host.createStaffTables(
      [{ employee: "Vera", position: "TURNOVER_PLAN; AVG_CHECK", unit: "S", bonusBase: 1000 }],
      { lang: "ru" }
    );
    const built = await d.host.buildTeam(teamRequest((await d.host.readStaff())!), { lang: "ru" });
    const vera = built.results[0].sheet!;
    const snap = (await d.host.readMatrix(vera))!;
    snap.matrix.rows.forEach((_r, i) => {
      d.type(vera, snap.at.rows[i].plan, 1000);
      d.type(vera, snap.at.rows[i].fact, 1100);
    });
    const table = d.tables().get("KpiRegister")!;
    const header = Number(/^[A-Z]+(\d+)/.exec(table.address)![1]);
    const cell = `E${header + 1}`;
    const after = (await d.host.readMatrix(vera))!;
    expect(typeof after.totalStatus).toBe("number");
    expect(d.value(built.registerSheet, cell)).toBe(after.totalStatus);
    expect(d.numberFormat(built.registerSheet, cell)).toBe(statusNumberFormat("ru"));
    expect(readStatus((await d.host.readTeam())!.rows[0].status)).toBe(
      readStatus(after.totalStatus)
    );
  });
});
