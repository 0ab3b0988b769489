/**
 * One contract, two adapters: every scenario runs against the sandbox (HyperFormula) and the
 * Office adapter (office-addin-mock over the same engine). The planner makes every decision,
 * so both must leave the workbook in the same state. DESIGN.md "The workbook".
 */
import type { Card } from "../../src/core/card";
import type { Matrix } from "../../src/core/matrix/types";
import { findTemplate, matrixFromTemplate } from "../../src/core/templates";
import { cellAddress, parseRange } from "../../src/workbook/a1";
import { WorkbookRefusal } from "../../src/workbook/host";
import { ORIGINALS_NOTE, ORIGINALS_SHEET } from "../../src/workbook/portable/originals";
import { DRIVERS, paneUpdate, type Driver } from "./drivers";

const card = (code: string, more: Partial<Card> = {}): Card => ({
  code,
  name: `KPI ${code}`,
  method: "ratio",
  plan: 100,
  weight: 0.2,
  ...more,
});

const logistics = (): Matrix => matrixFromTemplate(findTemplate("head-of-logistics")!, "en");

describe.each(DRIVERS)("workbook contract: %s", (_name, make) => {
  let d: Driver;
  beforeEach(() => {
    d = make();
  });

  describe("a matrix owns its targets", () => {
    it("keeps plans typed in the sheet through an update; the total and bonus compute", async () => {
      const m = { ...logistics(), bonusBase: 50000 };
      const missing = m.rows.map((r, i) => (r.plan === undefined ? i : -1)).filter((i) => i >= 0);
      expect(missing.length).toBeGreaterThan(0); // the template ships rows without a plan
      const { sheet } = await d.host.buildMatrix(m);
      const snap = (await d.host.readMatrix(sheet))!;
      for (const i of missing) d.type(sheet, snap.at.rows[i].plan, 10 + i);
      snap.at.rows.forEach((at, i) => d.type(sheet, at.fact, (m.rows[i].plan ?? 10 + i) * 1.05));
      await paneUpdate(d, sheet, (x) => ({ ...x, period: "2026-04" }));
      const after = (await d.host.readMatrix(sheet))!;
      for (const i of missing) expect(after.matrix.rows[i].plan).toBe(10 + i);
      expect(typeof after.total).toBe("number");
      expect(typeof after.bonus).toBe("number");
      expect(after.matrix.period).toBe("2026-04");
    });

    it("keeps weights edited in the sheet when the pane changed something else", async () => {
      const { sheet } = await d.host.buildMatrix(logistics());
      const snap = (await d.host.readMatrix(sheet))!;
      d.type(sheet, snap.at.rows[0].weight, 0.4);
      d.type(sheet, snap.at.rows[1].weight, 0.15);
      await paneUpdate(d, sheet, (x) => ({ ...x, bonusBase: 1000 }));
      const after = (await d.host.readMatrix(sheet))!.matrix;
      expect(after.rows.slice(0, 2).map((r) => r.weight)).toEqual([0.4, 0.15]);
      expect(after.bonusBase).toBe(1000);
    });

    it("reads the scale mode back, so an update never changes the bonus by itself", async () => {
      const m: Matrix = {
        ...logistics(),
        bonusBase: 50000,
        interpolation: "linear",
        rows: logistics().rows.map((r) => ({
          code: r.code,
          name: r.name,
          method: "ratio" as const,
          weight: r.weight,
          plan: 100,
        })),
        scale: [
          { threshold: 0.8, coefficient: 0.5 },
          { threshold: 1, coefficient: 1 },
          { threshold: 1.2, coefficient: 1.5 },
        ],
      };
      const { sheet } = await d.host.buildMatrix(m);
      const snap = (await d.host.readMatrix(sheet))!;
      [105, 80, 95, 90, 110].forEach((f, i) => d.type(sheet, snap.at.rows[i].fact, f));
      const before = (await d.host.readMatrix(sheet))!;
      expect(before.matrix.interpolation).toBe("linear");
      // 0.3·1.05 + 0.25·0.8 + 0.2·0.95 + 0.15·0.9 + 0.1·1.1 = 0.95 → linear between 0.8 and 1.
      expect(before.bonus as number).toBeCloseTo(50000 * (0.5 + (0.5 * 0.15) / 0.2), 6);
      await paneUpdate(d, sheet, (x) => ({ ...x, employee: "A. Petrov" }));
      const after = (await d.host.readMatrix(sheet))!;
      expect(after.matrix.interpolation).toBe("linear");
      expect(after.bonus).toBeCloseTo(before.bonus as number, 9);
    });

    it("keeps notes beside the table, text typed into a fact cell and formulas typed in inputs", async () => {
      const { sheet } = await d.host.buildMatrix(logistics());
      const snap = (await d.host.readMatrix(sheet))!;
      d.type(sheet, "C2", "note beside the header");
      d.type(sheet, "N7", "note beside a KPI");
      d.type(sheet, snap.at.rows[0].fact, "waiting for the warehouse");
      d.type(sheet, snap.at.rows[1].plan, "=40+2");
      await paneUpdate(d, sheet, (x) => ({
        ...x,
        rows: x.rows.map((r, i) => (i === 4 ? { ...r, weight: 0.1 } : r)),
      }));
      expect(d.value(sheet, "C2")).toBe("note beside the header");
      expect(d.value(sheet, "N7")).toBe("note beside a KPI");
      expect(d.value(sheet, snap.at.rows[0].fact)).toBe("waiting for the warehouse");
      expect(d.formula(sheet, snap.at.rows[1].plan)).toBe("=40+2");
      expect(d.value(sheet, snap.at.rows[1].plan)).toBe(42);
    });

    it("says where the sheet won when a value changed in both", async () => {
      const { sheet } = await d.host.buildMatrix(logistics());
      const base = (await d.host.readMatrix(sheet))!.matrix;
      const snap = (await d.host.readMatrix(sheet))!;
      d.type(sheet, snap.at.rows[0].weight, 0.35);
      const pane = structuredClone(base);
      pane.rows[0].weight = 0.25;
      pane.rows[1].weight = 0.3;
      const r = await d.host.buildMatrix(pane, { base });
      expect(r.conflicts).toEqual([
        { kpi: base.rows[0].name, field: "weight", sheet: 0.35, pane: 0.25 },
      ]);
      const after = (await d.host.readMatrix(sheet))!.matrix;
      expect(after.rows[0].weight).toBe(0.35);
      expect(after.rows[1].weight).toBe(0.3);
    });

    it("keeps the user's own column and row in the table, and rows under the matrix move down", async () => {
      const m = logistics();
      const { sheet } = await d.host.buildMatrix(m);
      const snap = (await d.host.readMatrix(sheet))!;
      d.type(sheet, "M5", "Comment");
      d.type(sheet, "M6", "check with the warehouse");
      // A KPI the user added by hand: a row inserted inside the table.
      const r = parseRange(snap.at.rows[4].name).row + 1;
      d.insertRows(sheet, r, 1);
      d.type(sheet, cellAddress(r, 0), "Hand-made KPI");
      d.type(sheet, cellAddress(r, 4), 0);
      d.type(sheet, cellAddress(r, 6), 50);
      d.type(sheet, cellAddress(r, 8), 40);
      // Under the matrix: below the bonus and its status thresholds.
      const below = parseRange((await d.host.readMatrix(sheet))!.at.statusGreen!).row + 2;
      d.type(sheet, cellAddress(below, 0), "my row under the matrix");
      d.type(sheet, cellAddress(below, 13), 42);
      // The pane adds a card: the matrix grows by a row.
      await paneUpdate(d, sheet, (x) => ({
        ...x,
        rows: [
          ...x.rows,
          { code: "EXTRA", name: "Extra KPI", method: "ratio", weight: 0, plan: 10 },
        ],
      }));
      const after = (await d.host.readMatrix(sheet))!;
      expect(after.matrix.rows.map((x) => x.name)).toEqual([
        ...m.rows.map((x) => x.name),
        "Hand-made KPI",
        "Extra KPI",
      ]);
      expect(after.results[5].index).toBe(0.8); // the hand-made row got its formulas
      expect(d.value(sheet, "M5")).toBe("Comment");
      expect(d.value(sheet, "M6")).toBe("check with the warehouse");
      expect(d.value(sheet, cellAddress(below + 1, 0))).toBe("my row under the matrix");
      expect(d.value(sheet, cellAddress(below + 1, 13))).toBe(42);
    });

    it("removes only the rows the pane removed, and keeps a row edited in the sheet meanwhile", async () => {
      const { sheet } = await d.host.buildMatrix(logistics());
      const base = (await d.host.readMatrix(sheet))!;
      d.type(sheet, base.at.rows[3].fact, 7);
      const pane = structuredClone(base.matrix);
      pane.rows = pane.rows.filter((_, i) => i !== 2 && i !== 3);
      const r = await d.host.buildMatrix(pane, { base: base.matrix });
      const after = (await d.host.readMatrix(sheet))!.matrix;
      expect(after.rows.map((x) => x.code)).toEqual(
        base.matrix.rows.filter((_, i) => i !== 2).map((x) => x.code)
      );
      expect(r.conflicts.map((c) => c.field)).toEqual(["row"]);
    });

    it("adds a new sheet when a sheet already has the matrix's name, leaving that sheet alone", async () => {
      d.addSheet("KPI — Head of logistics");
      d.type("KPI — Head of logistics", "A1", "the user's own data");
      const { sheet } = await d.host.buildMatrix(logistics());
      expect(sheet).toBe("KPI — Head of logistics (2)");
      expect(d.value("KPI — Head of logistics", "A1")).toBe("the user's own data");
    });

    it("refuses to build while the workbook is a portable copy, and writes nothing", async () => {
      const { sheet } = await d.host.buildMatrix(logistics());
      d.addSheet(ORIGINALS_SHEET);
      d.type(ORIGINALS_SHEET, "A1", ORIGINALS_NOTE[0]);
      d.type(ORIGINALS_SHEET, "A3", sheet);
      d.type(ORIGINALS_SHEET, "B3", "J6");
      d.type(ORIGINALS_SHEET, "C3", "'=KPI.INDEX(I6,G6,F6,H6,D6)");
      d.type(ORIGINALS_SHEET, "D3", '\'=IF(I6="","",I6/G6)');
      const before = (await d.host.readMatrix(sheet))!;
      const err = await paneUpdate(d, sheet, (x) => ({ ...x, bonusBase: 5 })).catch((e) => e);
      expect(err).toBeInstanceOf(WorkbookRefusal);
      expect((err as WorkbookRefusal).refusal.reason).toBe("portable");
      expect((await d.host.readMatrix(sheet))!.matrix).toEqual(before.matrix);
    });

    it("updates a 50-KPI matrix in at most 3 syncs (Office)", async () => {
      const m: Matrix = {
        name: "Big",
        employee: "E",
        period: "P",
        rows: Array.from({ length: 50 }, (_, i) => ({
          code: `K${i}`,
          name: `K ${i}`,
          method: "ratio" as const,
          weight: 0.02,
          plan: 10,
        })),
        scale: [],
      };
      const { sheet } = await d.host.buildMatrix(m);
      const base = (await d.host.readMatrix(sheet))!.matrix;
      const pane = { ...base, rows: [...base.rows.slice(1), { ...base.rows[0], code: "NEW" }] };
      const before = d.syncs();
      await d.host.buildMatrix(pane, { base });
      if (before !== undefined) expect(d.syncs()! - before).toBeLessThanOrEqual(3);
      expect((await d.host.readMatrix(sheet))!.matrix.rows).toHaveLength(50);
    });
  });

  describe("the card table", () => {
    const texts = [
      "0012",
      "1.10",
      "50%",
      "12:30",
      "1e3",
      "TRUE",
      "'90s campaign",
      "=SUM(A1)",
      "+7",
      "-5",
      "@x",
    ];

    it("keeps text as text and numbers as numbers, and a second save adds no row", async () => {
      const cards = texts.map((t, i) =>
        card(i === 0 ? "0012" : i === 1 ? "1.10" : `C${i}`, {
          name: t,
          goal: t,
          period: t,
          plan: 1200.5,
        })
      );
      await d.host.saveCards(cards);
      const back = await d.host.readCards();
      expect(back.map((c) => [c.code, c.name, c.goal, c.period, c.plan])).toEqual(
        cards.map((c) => [c.code, c.name, c.goal, c.period, 1200.5])
      );
      const t = [...d.tables()].find(([n]) => n === "KpiCards")![1];
      const r = parseRange(t.address);
      expect(d.value(t.sheet, cellAddress(r.row + 1, r.col))).toBe("0012");
      await d.host.saveCards(back);
      expect(await d.host.readCards()).toHaveLength(cards.length);
      expect(parseRange(d.tables().get("KpiCards")!.address).rows).toBe(cards.length + 1);
    });

    it("never writes into a column whose header the user renamed", async () => {
      await d.host.saveCards([
        card("A", { goal: "grow sales" }),
        card("B", { goal: "fewer returns" }),
      ]);
      const t = d.tables().get("KpiCards")!;
      const r = parseRange(t.address);
      // The user renames "Goal" (third column) to "Target", an alias of Plan, beside "Plan".
      d.type(t.sheet, cellAddress(r.row, r.col + 2), "Target");
      await d.host.saveCards([card("A", { goal: "grow sales", plan: 555 })]);
      expect(d.value(t.sheet, cellAddress(r.row + 1, r.col + 2))).toBe("grow sales");
      expect(d.value(t.sheet, cellAddress(r.row + 2, r.col + 2))).toBe("fewer returns");
      expect((await d.host.readCards()).find((c) => c.code === "A")!.plan).toBe(555);
    });

    it("a save writes only what the user changed in the pane; what was typed in the table meanwhile stays", async () => {
      await d.host.saveCards([
        card("SALES", { name: "Sales", goal: "more", owner: undefined }),
        card("NPS", { name: "NPS" }),
      ]);
      const shown = await d.host.readCards(); // the pane's list
      const t = d.tables().get("KpiCards")!;
      const r = parseRange(t.address);
      const col = (header: string) => {
        for (let c = 0; c < r.cols; c++)
          if (d.value(t.sheet, cellAddress(r.row, r.col + c)) === header) return r.col + c;
        throw new Error(header);
      };
      d.type(t.sheet, cellAddress(r.row + 1, col("Owner")), "Head of sales"); // typed meanwhile
      d.type(t.sheet, cellAddress(r.row + 1, col("Plan")), 130);
      // The user renames the card in the pane and clears its goal.
      const edited = { ...shown[0], name: "Sales volume", goal: undefined };
      await d.host.saveCards([edited], { base: [shown[0]] });
      expect(d.value(t.sheet, cellAddress(r.row + 1, col("KPI")))).toBe("Sales volume");
      expect(d.value(t.sheet, cellAddress(r.row + 1, col("Goal")))).toBeUndefined();
      expect(d.value(t.sheet, cellAddress(r.row + 1, col("Owner")))).toBe("Head of sales");
      expect(d.value(t.sheet, cellAddress(r.row + 1, col("Plan")))).toBe(130);
      // Without the pane's copy, an empty field never blanks a filled cell.
      await d.host.saveCards([{ ...shown[0], name: "Sales volume" }]);
      expect(d.value(t.sheet, cellAddress(r.row + 1, col("Owner")))).toBe("Head of sales");
      // Library and template cards are only added: an existing code is left as it is.
      await d.host.saveCards([card("NPS", { name: "Net promoter score", plan: 1 })], {
        onlyNew: true,
      });
      expect((await d.host.readCards()).find((c) => c.code === "NPS")!.name).toBe("NPS");
    });

    it("deletes only the row the pane showed: a code in another case is another card", async () => {
      await d.host.saveCards([card("abc"), card("ABC"), card("X")]);
      expect((await d.host.readCards()).map((c) => c.code)).toEqual(["abc", "ABC", "X"]);
      await d.host.deleteCards(["ABC"]);
      expect((await d.host.readCards()).map((c) => c.code)).toEqual(["abc", "X"]);
    });

    it("writes into a filtered table cell by cell, and appends below it", async () => {
      await d.host.saveCards([card("A"), card("B"), card("C")]);
      d.filter("KpiCards");
      await d.host.saveCards([
        card("A", { plan: 1 }),
        card("C", { plan: 3 }),
        card("D", { plan: 4 }),
      ]);
      expect((await d.host.readCards()).map((c) => [c.code, c.plan])).toEqual([
        ["A", 1],
        ["B", 100],
        ["C", 3],
        ["D", 4],
      ]);
    });

    it("refuses a write that merged cells would cut through, before writing anything", async () => {
      await d.host.saveCards([card("A"), card("B")]);
      const t = d.tables().get("KpiCards")!;
      const r = parseRange(t.address);
      const under = `${cellAddress(r.row + r.rows, r.col)}:${cellAddress(r.row + r.rows, r.col + 1)}`;
      d.merge(t.sheet, under);
      const err = await d.host
        .saveCards([card("A", { plan: 7 }), card("NEW")])
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(WorkbookRefusal);
      expect((err as WorkbookRefusal).refusal).toEqual({
        reason: "merged",
        sheet: t.sheet,
        address: under,
      });
      // Nothing was written: not even the plan of A, which the merge does not touch.
      expect((await d.host.readCards()).map((c) => [c.code, c.plan])).toEqual([
        ["A", 100],
        ["B", 100],
      ]);
      // Without new rows the merged cells are out of the way.
      await d.host.saveCards([card("A", { plan: 7 })]);
      expect((await d.host.readCards())[0].plan).toBe(7);
    });

    it("saves and reads 1,000 cards (Office: at most 3 syncs a call, no request over 5 MB)", async () => {
      const many = Array.from({ length: 1000 }, (_, i) => card(`K${i}`, { goal: `Goal ${i}` }));
      const s0 = d.syncs();
      await d.host.saveCards(many);
      if (s0 !== undefined) expect(d.syncs()! - s0).toBeLessThanOrEqual(3);
      const s1 = d.syncs();
      await d.host.saveCards(many.map((c) => ({ ...c, plan: 5 })));
      if (s1 !== undefined) expect(d.syncs()! - s1).toBeLessThanOrEqual(3);
      const back = await d.host.readCards();
      expect(back).toHaveLength(1000);
      expect(back.every((c) => c.plan === 5)).toBe(true);
      const bytes = d.maxRequestBytes();
      if (bytes !== undefined) expect(bytes).toBeLessThan(5_000_000);
    });
  });
});
