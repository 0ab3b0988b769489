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
  people: { employee: string; matrixSheet?: string; at: string; unit?: string }[];
  /** The unit facts table (collective KPIs), when the workbook has one. */
  unitFacts?: {
    sheet: string;
    rows: { unit: string; code: string; fact: CellResult; at: string }[];
  };
  /**
   * Matrix fact cells that take a unit fact: the matrix sheet, the KPI row (its index in the
   * matrix as read) and the unit facts cell referred to (A1 on the unit facts sheet).
   */
  linked?: { matrixSheet: string; row: number; source: string }[];
  /** Codes of the card table's collective cards. */
  collectiveCodes?: string[];
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
  const linked = new Map<string, Set<number>>();
  for (const l of team.linked ?? []) {
    const rows = linked.get(l.matrixSheet) ?? new Set<number>();
    rows.add(l.row);
    linked.set(l.matrixSheet, rows);
  }
  out.push(...unitFactFindings(team, bySheet));
  const collective = new Set(team.collectiveCodes ?? []);
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
    // A collective KPI waiting for its unit's fact is said once, at the unit facts cell.
    const own = new Set(linked.get(m.sheet) ?? []);
    if (!p.unit?.trim()) {
      // Said once, here: these rows are not counted again as facts still missing.
      const rows = m.matrix.rows
        .map((r, i) => ({ r, i }))
        .filter(({ r, i }) => collective.has(r.code) && !own.has(i) && r.fact === undefined);
      for (const { i } of rows) own.add(i);
      const codes = [...new Set(rows.map(({ r }) => r.code))];
      if (codes.length > 0) {
        const list = codes.join(", ");
        out.push({
          severity: "warning",
          code: "collective-no-unit",
          at: where(p.at),
          subject: p.employee,
          message: {
            en: `${p.employee} has no unit in the staff table, so the collective KPI ${list} cannot take the unit's fact: give a unit and build for everyone again, or type the fact in the matrix.`,
            ru: `У сотрудника ${p.employee} не указано подразделение в таблице сотрудников, поэтому коллективный KPI ${list} не может взять факт подразделения: укажите подразделение и постройте для всех ещё раз или введите факт в матрице.`,
          },
        });
      }
    }
    const waiting = m.matrix.rows.filter((r, i) => r.fact === undefined && !own.has(i)).length;
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

/**
 * The unit facts' findings: a fact still missing, once at its cell with how many matrices wait
 * for it; a fact that is not a number; and a matrix fact cell referring to the row of another
 * unit or KPI (the table was sorted or a person moved: build for everyone again).
 */
function unitFactFindings(
  team: TeamLintInput,
  bySheet: ReadonlyMap<string, MatrixSnapshot>
): Finding[] {
  const out: Finding[] = [];
  const uf = team.unitFacts;
  if (!uf || !team.linked?.length) return out;
  const rowAt = new Map(uf.rows.map((r) => [r.at, r]));
  const users = new Map<string, number>();
  const unitOf = new Map(team.people.map((p) => [p.matrixSheet ?? "", p.unit ?? ""]));
  const norm = (s: string) => s.trim().toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ");
  for (const l of team.linked) {
    users.set(l.source, (users.get(l.source) ?? 0) + 1);
    const m = bySheet.get(l.matrixSheet);
    const row = m?.matrix.rows[l.row];
    if (!m || !row) continue;
    const source = rowAt.get(l.source);
    const unit = unitOf.get(l.matrixSheet);
    const fits =
      source !== undefined &&
      source.code === row.code.trim() &&
      (unit === undefined || unit === "" || norm(unit) === norm(source.unit));
    if (fits) continue;
    out.push({
      severity: "warning",
      code: "unit-fact-mismatch",
      at: { sheet: m.sheet, address: m.at.rows[l.row]?.fact ?? l.source },
      subject: row.name || row.code,
      message: source
        ? {
            en: `${row.name || row.code} takes its fact from the unit facts row of ${source.unit} / ${source.code}, not of its own unit and KPI (the table was sorted or the person moved): build for everyone again.`,
            ru: `${row.name || row.code} берёт факт из строки ${source.unit} / ${source.code} таблицы фактов подразделений, а не своего подразделения и KPI (таблицу отсортировали или сотрудник перешёл): постройте для всех ещё раз.`,
          }
        : {
            en: `${row.name || row.code} takes its fact from ${l.source} on sheet “${uf.sheet}”, which is not a row of the unit facts table: build for everyone again.`,
            ru: `${row.name || row.code} берёт факт из ячейки ${l.source} листа «${uf.sheet}», которая не строка таблицы фактов подразделений: постройте для всех ещё раз.`,
          },
    });
  }
  for (const r of uf.rows) {
    const n = users.get(r.at) ?? 0;
    if (n === 0) continue;
    const where = { sheet: uf.sheet, address: r.at };
    if (r.fact === undefined) {
      out.push({
        severity: "info",
        code: "unit-fact-missing",
        at: where,
        subject: `${r.unit} / ${r.code}`,
        message: {
          en: `${r.unit}: no fact for ${r.code} yet; ${n} ${n === 1 ? "matrix takes" : "matrices take"} it from this cell, so their bonuses are not final.`,
          ru: `${r.unit}: нет факта по ${r.code}; ${n} ${ruMatrices(n)} ${n % 10 === 1 && n % 100 !== 11 ? "берёт" : "берут"} его из этой ячейки, их премии ещё не окончательные.`,
        },
      });
    } else if (typeof r.fact !== "number") {
      const shown = isCellError(r.fact) ? r.fact.error : String(r.fact);
      out.push({
        severity: "error",
        code: "unit-fact-not-number",
        at: where,
        subject: `${r.unit} / ${r.code}`,
        message: {
          en: `${r.unit}: the fact for ${r.code} is “${shown}”, not a number; type a number (${n} ${n === 1 ? "matrix takes" : "matrices take"} it from here).`,
          ru: `${r.unit}: факт по ${r.code} — «${shown}», а не число; введите число (его берут ${n} ${ruMatrices(n)}).`,
        },
      });
    }
  }
  return out;
}

function ruMatrices(n: number): string {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return "матрица";
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return "матрицы";
  return "матриц";
}
