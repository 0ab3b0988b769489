import { lintMatrix } from "../../src/core/lint";
import { KPI_LIBRARY } from "../../src/core/library";
import { totalWeight, weightsComplete } from "../../src/core/matrix";
import type { MatrixSnapshot } from "../../src/core/matrix/types";
import {
  ROLE_TEMPLATES,
  findTemplate,
  matrixFromTemplate,
  missingTemplateCards,
  templateCards,
  type RoleTemplate,
} from "../../src/core/templates";
import { matrixAddresses } from "../../src/workbook/matrix-layout";

const ROLES = ROLE_TEMPLATES.filter((t) => t.id !== "blank").map((t) => [t.id, t] as const);

/**
 * A template's matrix as the check reads it right after building: facts typed at plan where the
 * card has a plan (so every index is 100 %), none where it has not.
 */
function builtSnapshot(t: RoleTemplate): MatrixSnapshot {
  const m = matrixFromTemplate(t, "en");
  const rows = m.rows.map((r) => ({ ...r, fact: r.plan }));
  return {
    sheet: "M",
    matrix: { ...m, sheet: "M", rows },
    results: rows.map((r) =>
      r.plan === undefined
        ? { index: { error: "#N/A" }, score: { error: "#N/A" }, status: { error: "#N/A" } }
        : { index: 1, score: r.weight, status: "green" }
    ),
    weightTotal: totalWeight(rows),
    total: rows.every((r) => r.plan !== undefined) ? 1 : { error: "#N/A" },
    totalStatus: "green",
    bonus: 0,
    at: matrixAddresses(rows.length, m.scale.length),
  };
}

describe("role templates", () => {
  it("offers the roles of the retail methodology, the sales manager and a blank one", () => {
    expect(ROLE_TEMPLATES.map((t) => t.id)).toEqual([
      "store-director",
      "sales-clerk",
      "sales-manager",
      "head-of-logistics",
      "head-of-development",
      "blank",
    ]);
    expect(findTemplate("blank")!.rows).toEqual([]);
  });

  it.each(ROLES)("%s picks 3–7 library cards whose weights total 100 %%", (_id, t) => {
    expect(t.rows.length).toBeGreaterThanOrEqual(3);
    expect(t.rows.length).toBeLessThanOrEqual(7);
    // Exactly the library's code, as codes match everywhere.
    for (const r of t.rows) expect(KPI_LIBRARY.map((l) => l.code)).toContain(r.code);
    expect(new Set(t.rows.map((r) => r.code)).size).toBe(t.rows.length);
    for (const r of t.rows) expect(r.weight).toBeGreaterThan(0);
    expect(totalWeight(t.rows)).toBeCloseTo(1, 12);
    expect(weightsComplete(matrixFromTemplate(t, "ru").rows)).toBe(true);
    for (const text of [t.name, t.description]) {
      expect(text.en.trim()).not.toBe("");
      expect(text.ru).toMatch(/[а-яё]/i);
    }
  });

  it.each(ROLES)(
    "%s: the check finds nothing wrong but the plans that only the user can set",
    (_id, t) => {
      const snap = builtSnapshot(t);
      const findings = lintMatrix(snap, templateCards(t, "en"));
      const planless = snap.matrix.rows.flatMap((r, i) =>
        r.plan === undefined ? [`missing-plan@${snap.at.rows[i].plan}`] : []
      );
      const serious = findings.filter((f) => f.severity !== "info");
      expect(serious.map((f) => `${f.code}@${f.at.address}`)).toEqual(planless);
    }
  );

  it("gives the sales manager the seeds' funnel, every row with a plan", () => {
    const t = findTemplate("sales-manager")!;
    expect(t.name).toEqual({ en: "Sales manager", ru: "Менеджер по продажам" });
    expect(t.rows.map((r) => r.code)).toEqual([
      "LEADS_PLAN",
      "LEAD_CONVERSION",
      "AVG_DEAL_PLAN",
      "REFUSAL_RATE",
      "MISSED_CALLS",
      "RESPONSE_TIME",
      "COMPLAINTS",
    ]);
    const m = matrixFromTemplate(t, "ru", [], { period: "Март 2026" });
    expect(m.employee).toBe("Менеджер по продажам");
    expect(m.rows.every((r) => r.plan !== undefined)).toBe(true);
    expect(m.rows.map((r) => r.name)).toContain("Пропущенные звонки");
    expect(lintMatrix(builtSnapshot(t), templateCards(t, "en")).map((f) => f.code)).toEqual([
      "many-kpis",
    ]);
  });

  it("gives the clerks the store's shared shrinkage and the head of development SMART tasks", () => {
    const codes = (id: string) => findTemplate(id)!.rows.map((r) => r.code);
    expect(codes("sales-clerk")).toContain("STORE_SHRINKAGE");
    expect(codes("head-of-development")).toContain("SMART_TASKS");
    // The logistics rows whose plan depends on the business stay without one: the check asks.
    const logistics = matrixFromTemplate(findTemplate("head-of-logistics")!, "en").rows;
    const planless = logistics.filter((r) => r.plan === undefined).map((r) => r.code);
    expect(planless).toEqual(["INVENTORY_TURNOVER", "LOGISTICS_COST_SHARE"]);
  });

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
