/**
 * The close's plan as data: History's rows come before any fact is cleared, however small the
 * batches, and many small batches write the same workbook as one.
 */
import type { Matrix } from "../../src/core/matrix/types";
import { SandboxHost } from "../../src/sandbox/host";
import type { PlanStep } from "../../src/workbook/plan";
import {
  periodInput,
  planClosePeriod,
  type PeriodPlan,
  type PeriodReads,
} from "../../src/workbook/period-plan";
import type { TeamRequest } from "../../src/workbook/team-plan";

function team(people: number): TeamRequest {
  return {
    period: "2026-03",
    skipped: [],
    members: Array.from({ length: people }, (_, p) => {
      const employee = `Employee ${p + 1}`;
      const matrix: Matrix = {
        name: employee,
        employee,
        period: "2026-03",
        rows: [1, 2, 3].map((k) => ({
          code: `K${k}`,
          name: `KPI ${k}`,
          method: "ratio" as const,
          weight: 1 / 3,
          plan: 100,
        })),
        bonusBase: 1000,
        scale: [],
      };
      return { member: { employee, position: "codes" }, matrix };
    }),
  };
}

async function closing(maxBatchBytes: number) {
  const host = new SandboxHost({ displayLanguage: "en-US" });
  await host.buildTeam(team(30));
  for (let p = 1; p <= 30; p++) {
    const m = (await host.readMatrix(`Employee ${p}`))!;
    m.at.rows.forEach((r, i) => host.setCell(m.sheet, r.fact, 90 + i));
  }
  const reads = (host as unknown as { periodReads(): PeriodReads }).periodReads();
  const input = periodInput(reads, { period: "2026-03", next: "2026-04", plans: "keep" }, "en");
  return { host, plan: planClosePeriod({ ...input, maxBatchBytes }) as PeriodPlan };
}

const isHistory = (s: PlanStep) =>
  (s.kind === "addTableRows" && s.table === "KpiHistory") ||
  (s.kind === "addTable" && s.name === "KpiHistory");
/** A step that writes blanks into a matrix's cells (its facts). */
const clearsFacts = (s: PlanStep) =>
  s.kind === "cells" &&
  s.sheet.startsWith("Employee") &&
  s.inputs.some((line) => line.some((v) => v === ""));

it.each([4_000_000, 6_000, 1_500])(
  "History comes before any fact is cleared (batches of %i bytes)",
  async (bytes) => {
    const { plan } = await closing(bytes);
    const steps = plan.batches.flatMap((b) => b.steps);
    const lastHistory = steps.map(isHistory).lastIndexOf(true);
    const firstClear = steps.findIndex(clearsFacts);
    expect(lastHistory).toBeGreaterThanOrEqual(0);
    expect(firstClear).toBeGreaterThan(lastHistory);
    if (bytes < 10_000) expect(plan.batches.length).toBeGreaterThan(2);
    // Small batches cut History itself into several appends, all ahead of the clearing.
    if (bytes < 2_000) expect(steps.filter(isHistory).length).toBeGreaterThan(2);
  }
);

it("closing through many small batches gives the same workbook as one batch", async () => {
  const one = await closing(4_000_000);
  const many = await closing(1_500);
  one.host.apply({ steps: one.plan.batches.flatMap((b) => b.steps) });
  for (const b of many.plan.batches) many.host.apply(b);
  for (const sheet of ["KPI history", "Trends", "Employee 7", "Bonus register"])
    expect(many.host.cells(sheet).values).toEqual(one.host.cells(sheet).values);
});
