/**
 * A large staff for the Office adapter's limits (tests and `npm run bench`): `people` × `kpis`
 * corridor KPIs in 8 stores, each matrix with a bonus base of 40,000 and a three-step scale.
 */
import type { Matrix } from "../../src/core/matrix/types";
import type { TeamRequest } from "../../src/workbook/team-plan";

export function largeTeam(
  people: number,
  kpis: number,
  options: { memberBase?: boolean } = {}
): TeamRequest {
  return {
    period: "2026-03",
    skipped: [],
    members: Array.from({ length: people }, (_, p) => {
      const employee = `Employee ${String(p + 1).padStart(3, "0")}`;
      const matrix: Matrix = {
        name: employee,
        employee,
        period: "2026-03",
        rows: Array.from({ length: kpis }, (_, k) => ({
          code: `K${k + 1}`,
          name: `KPI number ${k + 1}`,
          unit: "%",
          method: "corridor" as const,
          weight: 1 / kpis,
          min: 0.8,
          plan: 1,
          max: 1.2,
        })),
        bonusBase: 40000,
        scale: [
          { threshold: 0.8, coefficient: 0.5 },
          { threshold: 1, coefficient: 1 },
          { threshold: 1.2, coefficient: 1.5 },
        ],
      };
      const member = {
        employee,
        position: "codes",
        unit: `Store ${p % 8}`,
        ...(options.memberBase ? { bonusBase: 40000 } : {}),
      };
      return { member, matrix };
    }),
  };
}
