import type { WorkbookHost } from "../../src/workbook/host";
import { cardFromLibrary, findLibraryCard } from "../../src/core/library";
import { findTemplate, matrixFromTemplate, templateCards } from "../../src/core/templates";
import type { Card } from "../../src/core/card";
import type { Matrix } from "../../src/core/matrix/types";
import { SandboxHost } from "../../src/sandbox/host";

/** The worked example of DESIGN.md ("Карта KPI"). */
const worked: Matrix = {
  name: "Store KPI",
  employee: "Store director",
  period: "2026-03",
  rows: [
    { code: "SALES_VOL", name: "Sales volume", method: "inverse", weight: 0.45, plan: 800 },
    {
      code: "AVG_CHECK",
      name: "Average check",
      method: "corridor",
      weight: 0.25,
      min: 650,
      plan: 950,
    },
    { code: "BUYERS", name: "Buyers", method: "corridor", weight: 0.25, min: 570, plan: 700 },
    {
      code: "RETURNING_SHARE",
      name: "Returning customers",
      method: "inverse",
      weight: 0.05,
      plan: 80,
    },
  ],
  bonusBase: 50000,
  scale: [
    { threshold: 0.8, coefficient: 0.5 },
    { threshold: 1, coefficient: 1 },
    { threshold: 1.5, coefficient: 1.5 },
  ],
};

/** Builds through a host and returns the sheet's name. */
const buildOn = async (host: WorkbookHost, ...args: Parameters<WorkbookHost["buildMatrix"]>) =>
  (await host.buildMatrix(...args)).sheet;

async function typeFacts(host: SandboxHost, sheet: string, facts: number[]): Promise<void> {
  const snap = await host.readMatrix(sheet);
  facts.forEach((f, i) => host.setCell(sheet, snap!.at.rows[i].fact, f));
}

describe("SandboxHost matrices", () => {
  it("computes the worked example live: indices, total and bonus follow the typed facts", async () => {
    const host = new SandboxHost();
    const sheet = await buildOn(host, worked);
    expect(sheet).toBe("Store KPI");
    const before = await host.readMatrix(sheet);
    expect(before!.results.map((r) => r.index)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    await typeFacts(host, sheet, [1200, 1240, 1000, 120]);
    const snap = (await host.readMatrix(sheet))!;
    const idx = snap.results.map((r) => r.index as number);
    expect(idx[0]).toBeCloseTo(0.6667, 4);
    expect(idx[1]).toBeCloseTo(1.9667, 4);
    expect(idx[2]).toBeCloseTo(3.3077, 4);
    expect(idx[3]).toBeCloseTo(0.6667, 4);
    expect(snap.total as number).toBeCloseTo(1.6519, 4);
    expect(snap.weightTotal as number).toBeCloseTo(1, 12);
    // Levels (3 green, 1 red), the same in every language.
    expect(snap.results.map((r) => r.status)).toEqual([1, 3, 3, 1]);
    expect(snap.totalStatus).toBe(3);
    // Step scale: 1.6519 ≥ 1.5 → coefficient 1.5 of the base.
    expect(snap.bonus).toBeCloseTo(75000, 6);
    host.setCell(sheet, snap.at.rows[1].fact, 650);
    const after = (await host.readMatrix(sheet))!;
    expect(after.results[1].index).toBe(0);
    expect(after.total as number).toBeCloseTo(
      0.45 * (800 / 1200) + 0.25 * (430 / 130) + 0.05 * (80 / 120),
      9
    );
  });

  it("writes live formulas that reference the row's own cells", async () => {
    const host = new SandboxHost();
    const sheet = await buildOn(host, worked);
    const snap = (await host.readMatrix(sheet))!;
    const a = snap.at.rows[0];
    const g = (x: string) => `IF(${x}="","",${x})`;
    expect(host.formula(sheet, a.index)).toBe(
      `=KPI.INDEX(${g(a.fact)},${g(a.plan)},${g(a.min)},${g(a.max)},${g(a.method)})`
    );
    expect(host.formula(sheet, snap.at.total)).toMatch(/^=KPI\.WEIGHTED\(J6:J9,E6:E9\)$/);
    const modeCell = snap.at.base.replace(/\d+$/, (r) => String(Number(r) + 1));
    expect(host.formula(sheet, snap.at.bonus)).toBe(
      `=KPI.BONUS(${snap.at.total},${g(snap.at.base)},${snap.at.scale},${g(modeCell)})`
    );
    expect(host.formula(sheet, modeCell)).toBe("step");
    const cf = host.formats.conditionalFormats(sheet);
    expect(cf.find((c) => c.kind === "dataBar")?.address).toBe("J6:J9");
    expect(
      cf.filter((c) => c.kind === "valueEquals").map((c) => (c as { value: number }).value)
    ).toEqual([1, 2, 3]);
    expect(host.formula(sheet, a.status)).toBe(
      `=IF(${a.index}="","",KPI.STATUS(${a.index},${g("$B$19")},${g("$B$20")},"level"))`
    );
    expect([snap.at.statusAmber, snap.at.statusGreen]).toEqual(["B19", "B20"]);
  });

  it("rebuilds in place and keeps the typed facts, matched by card code", async () => {
    const host = new SandboxHost();
    const sheet = await buildOn(host, worked);
    await typeFacts(host, sheet, [1200, 1240, 1000, 120]);
    const base = (await host.readMatrix(sheet))!.matrix;
    // The pane drops BUYERS, lists the rest in another order and changes one weight.
    const pane: Matrix = { ...base, rows: [base.rows[3], base.rows[0], base.rows[1]] };
    pane.rows[0] = { ...pane.rows[0], weight: 0.3 };
    expect(await buildOn(host, pane, { base })).toBe(sheet);
    expect(host.sheetNames()).toEqual([sheet]);
    const snap = (await host.readMatrix(sheet))!;
    // The sheet's order stays; the weight changed in the pane is written.
    expect(snap.matrix.rows.map((r) => [r.code, r.fact, r.weight])).toEqual([
      ["SALES_VOL", 1200, 0.45],
      ["AVG_CHECK", 1240, 0.25],
      ["RETURNING_SHARE", 120, 0.3],
    ]);
    // The old fourth row and its total row are gone: nothing left below the new bonus block.
    expect(snap.results).toHaveLength(3);
    const lastRow = Number(snap.at.statusGreen!.slice(1)) - 1;
    const rest = host.values(sheet).slice(lastRow + 1);
    expect(rest.every((row) => row.every((v) => v === null))).toBe(true);
  });

  it("keeps notes around a rebuilt matrix and never rebuilds a sheet that holds none", async () => {
    const host = new SandboxHost();
    const sheet = await buildOn(host, worked);
    host.setCell(sheet, "A30", "note below");
    await buildOn(host, { ...worked, sheet, rows: worked.rows.slice(0, 2) });
    expect(host.values(sheet)[29][0]).toBe("note below");
    host.setCell("Data", "A1", "keep");
    expect(await buildOn(host, { ...worked, sheet: "Data" })).toBe("Store KPI (2)");
    expect(host.values("Data")).toEqual([["keep"]]);
  });

  it("moves the user's rows down instead of writing over them when a rebuilt matrix grows", async () => {
    const host = new SandboxHost();
    const sheet = await buildOn(host, { ...worked, rows: worked.rows.slice(0, 2) });
    const before = await host.readMatrix(sheet);
    const below = Number(before!.at.statusGreen!.slice(1)) + 1; // the row right under the matrix
    host.setCell(sheet, `A${below}`, "note right under the matrix");
    host.setCell(sheet, `N${below}`, 42);
    await buildOn(host, { ...worked, sheet });
    const after = (await host.readMatrix(sheet))!;
    const moved = below + (after.at.rows.length - before!.at.rows.length);
    expect(after.at.statusGreen).toBe(`B${moved - 1}`);
    expect(host.values(sheet)[moved - 1][0]).toBe("note right under the matrix");
    expect(host.values(sheet)[moved - 1][13]).toBe(42);
  });

  it("adds a second sheet with a unique name when the matrix has no sheet", async () => {
    const host = new SandboxHost();
    await buildOn(host, worked);
    expect(await buildOn(host, worked)).toBe("Store KPI (2)");
    expect((await host.listMatrices()).map((m) => [m.sheet, m.rowCount])).toEqual([
      ["Store KPI", 4],
      ["Store KPI (2)", 4],
    ]);
  });

  it("builds a store-director matrix from its template in Russian and reads it back", async () => {
    const host = new SandboxHost({ displayLanguage: "ru-RU" });
    const t = findTemplate("store-director")!;
    await host.saveCards(templateCards(t, "ru"), { lang: "ru" });
    expect(host.sheetNames()).toEqual(["Карточки KPI"]);
    const m = matrixFromTemplate(t, "ru", await host.readCards(), { period: "Март 2026" });
    const sheet = await buildOn(host, m, { lang: "ru" });
    const values = host.values(sheet);
    expect(values[4].slice(0, 3)).toEqual(["Показатель", "Код", "Ед. изм."]);
    expect(values[5][3]).toBe("прямой");
    const snap = (await host.readMatrix(sheet))!;
    expect(snap.matrix.employee).toBe("Директор магазина");
    expect(snap.matrix.rows.map((r) => [r.code, r.method, r.weight])).toEqual(
      m.rows.map((r) => [r.code, r.method, r.weight])
    );
    // Facts at plan give index 1 for every KPI and a total of 100 %.
    snap.matrix.rows.forEach((r, i) => host.setCell(sheet, snap.at.rows[i].fact, r.plan!));
    const done = (await host.readMatrix(sheet))!;
    expect(done.results.every((r) => Math.abs((r.index as number) - 1) < 1e-12)).toBe(true);
    expect(done.total as number).toBeCloseTo(1, 12);
    expect(await host.environment()).toMatchObject({ kind: "sandbox", lang: "ru" });
  });
});

describe("SandboxHost lint", () => {
  it("flags weights that total 95 % at the weight total cell", async () => {
    const host = new SandboxHost();
    const m = { ...worked, rows: worked.rows.map((r, i) => (i === 3 ? { ...r, weight: 0 } : r)) };
    const sheet = await buildOn(host, m);
    const findings = await host.lint({ sheet });
    const w = findings.find((f) => f.code === "weights-total")!;
    expect(w.severity).toBe("error");
    expect(w.message.en).toBe("Weights total 95 %, not 100 %.");
    expect(w.message.ru).toBe("Сумма весов 95 %, а не 100 %.");
    expect(w.at).toEqual({ sheet, address: "E10" });
    await host.goTo(w.at);
    expect(host.selection).toEqual(w.at);
  });

  it("flags an inverse method on a higher-is-better card and cards that no longer exist", async () => {
    const host = new SandboxHost();
    const cards: Card[] = ["SALES_VOL", "AVG_CHECK", "BUYERS"].map((c) =>
      cardFromLibrary(findLibraryCard(c)!, "en")
    );
    await host.saveCards(cards);
    const sheet = await buildOn(host, worked);
    const findings = await host.lint("workbook");
    const codes = findings.map((f) => `${f.code}@${f.at.address}`);
    expect(codes).toContain("card-direction@D6");
    expect(codes).toContain("unknown-card@B9");
    expect(codes.filter((c) => c.startsWith("missing-fact"))).toHaveLength(4);
    expect(findings.every((f) => f.at.sheet === sheet)).toBe(true);
  });

  it("reports a KPI formula showing an error with Excel's code", async () => {
    const host = new SandboxHost();
    const m: Matrix = {
      ...worked,
      rows: [{ code: "X", name: "Ratio with plan 0", method: "ratio", weight: 1, plan: 0 }],
    };
    const sheet = await buildOn(host, m);
    const snap = (await host.readMatrix(sheet))!;
    host.setCell(sheet, snap.at.rows[0].fact, 5);
    const findings = await host.lint({ sheet });
    const e = findings.find((f) => f.code === "formula-error")!;
    expect(e.at.address).toBe(snap.at.rows[0].index);
    expect(e.message.en).toMatch(/^Ratio with plan 0: the index shows #DIV\/0!/);
  });
});
