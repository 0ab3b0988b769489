/**
 * Some desktop Excel builds hand a custom function a blank cell as 0 (office-js#4702, #5262).
 * The matrix formulas guard their inputs, so a matrix with blank min, max, method, plan or facts
 * computes the same there; here the engine is switched to hand blanks as 0.
 */
import type { Matrix } from "../../src/core/matrix/types";
import { simulateBlankAsZero } from "../../src/sandbox/engine/plugin";
import { SandboxHost } from "../../src/sandbox/host";

const matrix: Matrix = {
  name: "M",
  employee: "E",
  period: "P",
  rows: [
    // Blank min and max, blank method: ratio.
    { code: "A", name: "Sales", method: "ratio", weight: 0.5, plan: 100 },
    // A corridor with a min, no max.
    { code: "B", name: "Check", method: "corridor", weight: 0.3, min: 50, plan: 100 },
    // Inverse with a max (best value that still counts).
    { code: "C", name: "Returns", method: "inverse", weight: 0.2, plan: 10, max: 5 },
  ],
  bonusBase: 1000,
  scale: [
    { threshold: 0.8, coefficient: 0.5 },
    { threshold: 1, coefficient: 1 },
  ],
};

async function results(blanksAsZero: boolean, facts: (number | null)[], blankMethod = false) {
  simulateBlankAsZero(blanksAsZero);
  try {
    const host = new SandboxHost();
    const { sheet } = await host.buildMatrix(matrix);
    const snap = (await host.readMatrix(sheet))!;
    if (blankMethod) host.setCell(sheet, snap.at.rows[0].method, null);
    facts.forEach((f, i) => host.setCell(sheet, snap.at.rows[i].fact, f));
    const after = (await host.readMatrix(sheet))!;
    // A direct call without the guard shows what such a build does to a bare reference.
    host.setCell(
      sheet,
      "N1",
      `=KPI.INDEX(${snap.at.rows[0].fact},${snap.at.rows[0].plan},${snap.at.rows[0].min})`
    );
    return {
      index: after.results.map((r) => r.index),
      total: after.total,
      bonus: after.bonus,
      bare: host.values(sheet)[0]?.[13] ?? null,
    };
  } finally {
    simulateBlankAsZero(false);
  }
}

describe("matrix formulas when blanks arrive as 0", () => {
  it.each([[[120, 80, 4]], [[null, 80, 4]], [[null, null, null]], [[30, 40, 20]]])(
    "compute the same with facts %j",
    async (facts) => {
      const normal = await results(false, facts);
      const zero = await results(true, facts);
      expect(zero.index).toEqual(normal.index);
      expect(zero.total).toEqual(normal.total);
      expect(zero.bonus).toEqual(normal.bonus);
    }
  );

  it("compute the same with a blank method cell", async () => {
    expect(await results(true, [90, 80, 4], true)).toEqual({
      ...(await results(false, [90, 80, 4], true)),
      bare: expect.anything(),
    });
  });

  it("would not without the guard: a bare blank fact scores 0 there instead of staying blank", async () => {
    const normal = await results(false, [null, 80, 4]);
    const zero = await results(true, [null, 80, 4]);
    expect(normal.bare === null || normal.bare === "").toBe(true);
    expect(zero.bare).toBe(0);
  });

  it("a blank scale-mode cell is read as step, not as an unknown mode 0", async () => {
    simulateBlankAsZero(true);
    try {
      const host = new SandboxHost();
      const { sheet } = await host.buildMatrix(matrix);
      const snap = (await host.readMatrix(sheet))!;
      [120, 80, 4].forEach((f, i) => host.setCell(sheet, snap.at.rows[i].fact, f));
      const mode = snap.at.base.replace(/\d+$/, (r) => String(Number(r) + 1));
      host.setCell(sheet, mode, null);
      expect((await host.readMatrix(sheet))!.bonus).toBe(1000);
    } finally {
      simulateBlankAsZero(false);
    }
  });
});
