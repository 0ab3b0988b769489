/**
 * The team's checks (DESIGN.md "The team cycle"): payouts above the bonus fund, people of the
 * staff without a matrix, and matrices still waiting for facts, each at its register cell.
 */
import type { CellResult, MatrixSnapshot } from "../matrix/types";
import { isCellError } from "../matrix/types";
import { above } from "../values";
import { formatNum, inBoth } from "./format";
import type { Finding } from "./types";

/** The register as read (src/workbook/team-plan.ts readRegister). */
export interface TeamLintInput {
  sheet: string;
  /** The bonus fund typed in the register, and its cell. */
  fund?: number;
  fundAt: string;
  /** The register's total bonus as computed, and its cell. */
  totalBonus: CellResult;
  totalAt: string;
  /** One per register row: the person, the matrix sheet named there (if any), the row's cell. */
  people: { employee: string; matrixSheet?: string; at: string }[];
}

/** The team's findings; `matrices` are the workbook's matrix sheets as read. */
export function lintTeam(team: TeamLintInput, matrices: readonly MatrixSnapshot[]): Finding[] {
  const out: Finding[] = [];
  const where = (address: string) => ({ sheet: team.sheet, address });
  const total = team.totalBonus;
  if (team.fund !== undefined && typeof total === "number" && above(total, team.fund)) {
    const fund = team.fund;
    out.push({
      severity: "error",
      code: "fund-exceeded",
      at: where(team.totalAt),
      subject: team.sheet,
      message: inBoth((lang) => {
        const [t, f, over] = [total, fund, total - fund].map((v) =>
          formatNum(v, lang, [total, fund])
        );
        return lang === "ru"
          ? `Премии в сумме ${t}, это больше фонда ${f} на ${over}.`
          : `Payouts total ${t}, ${over} above the bonus fund of ${f}.`;
      }),
    });
  }
  const bySheet = new Map(matrices.map((m) => [m.sheet, m]));
  for (const p of team.people) {
    const m = p.matrixSheet ? bySheet.get(p.matrixSheet) : undefined;
    if (!m) {
      out.push({
        severity: "warning",
        code: "no-matrix",
        at: where(p.at),
        subject: p.employee,
        message: {
          en: `${p.employee} has no KPI matrix: check the position in the staff table, then build for everyone again.`,
          ru: `У сотрудника ${p.employee} нет матрицы KPI: проверьте должность в таблице сотрудников и постройте для всех ещё раз.`,
        },
      });
      continue;
    }
    const waiting = m.matrix.rows.filter((r) => r.fact === undefined).length;
    if (waiting > 0 || isCellError(m.total)) {
      const n = m.matrix.rows.length;
      out.push({
        severity: "info",
        code: "incomplete-matrix",
        at: where(p.at),
        subject: p.employee,
        message:
          waiting > 0
            ? {
                en: `${p.employee}: ${waiting} of ${n} KPIs have no fact yet, so the bonus is not final.`,
                ru: `${p.employee}: нет факта по ${waiting} из ${n} KPI, премия ещё не окончательная.`,
              }
            : {
                en: `${p.employee}: the matrix's total shows ${(m.total as { error: string }).error}; see the Check of that sheet.`,
                ru: `${p.employee}: итог матрицы показывает ${(m.total as { error: string }).error}; см. проверку этого листа.`,
              },
      });
    }
  }
  return out;
}
