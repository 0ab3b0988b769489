import { findLibraryCard } from "../../src/core/library";
import { totalWeight, weightsComplete } from "../../src/core/matrix";
import {
  ROLE_TEMPLATES,
  findTemplate,
  matrixFromTemplate,
  missingTemplateCards,
  templateCards,
} from "../../src/core/templates";

describe("role templates", () => {
  it("offers the four roles of the retail methodology and a blank one", () => {
    expect(ROLE_TEMPLATES.map((t) => t.id)).toEqual([
      "store-director",
      "sales-clerk",
      "head-of-logistics",
      "head-of-development",
      "blank",
    ]);
    expect(findTemplate("blank")!.rows).toEqual([]);
  });

  it.each(ROLE_TEMPLATES.filter((t) => t.id !== "blank").map((t) => [t.id, t] as const))(
    "%s picks 3–7 library cards whose weights total 100 %%",
    (_id, t) => {
      expect(t.rows.length).toBeGreaterThanOrEqual(3);
      expect(t.rows.length).toBeLessThanOrEqual(7);
      for (const r of t.rows) expect(findLibraryCard(r.code)).toBeDefined();
      expect(new Set(t.rows.map((r) => r.code)).size).toBe(t.rows.length);
      expect(totalWeight(t.rows)).toBeCloseTo(1, 12);
      expect(t.name.ru).not.toBe("");
      expect(t.description.ru).not.toBe("");
    }
  );

  it("builds a matrix from a template, preferring the workbook's own cards", () => {
    const t = findTemplate("store-director")!;
    const own = { ...templateCards(t, "en")[0], plan: 1.05, name: "Our turnover" };
    const m = matrixFromTemplate(t, "ru", [own], { period: "Q1" });
    expect(m.employee).toBe("Директор магазина");
    expect(m.period).toBe("Q1");
    expect(m.rows[0]).toMatchObject({
      code: "TURNOVER_PLAN",
      name: "Our turnover",
      plan: 1.05,
      weight: 0.4,
    });
    expect(m.rows[1].name).toBe("Выполнение плана по прибыли");
    expect(weightsComplete(m.rows)).toBe(true);
    expect(missingTemplateCards(t, "en", [own]).map((c) => c.code)).toEqual([
      "PROFIT_PLAN",
      "SHRINKAGE",
      "MYSTERY_SHOPPER",
      "STAFF_TURNOVER",
    ]);
  });
});
