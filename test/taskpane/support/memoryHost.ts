/** A WorkbookHost kept in memory, recording every call, for the task pane's jsdom tests. */
import type { DashboardRequest, DashboardResult } from "../../../src/workbook/dashboard-plan";
import type { Card } from "../../../src/core/card";
import type { StaffMember } from "../../../src/core/team";
import type { TeamRequest } from "../../../src/workbook/team-plan";
import type { Finding, LintScope } from "../../../src/core/lint/types";
import type {
  CellRef,
  Matrix,
  MatrixSnapshot,
  MatrixSummary,
} from "../../../src/core/matrix/types";
import type {
  BuildOptions,
  HostEnvironment,
  MatrixConflict,
  RollupOptions,
  StaffSnapshot,
  TeamOptions,
  TeamSnapshot,
  WorkbookHost,
  WriteOptions,
} from "../../../src/workbook/host";
import { WorkbookRefusal, type PeriodOptions, type Refusal } from "../../../src/workbook/host";
import type { PeriodOverview, PeriodRequest } from "../../../src/workbook/period-plan";

/** What the tests can set up and inspect. */
export interface MemoryHost extends WorkbookHost {
  cards: Card[];
  matrices: Map<string, Matrix>;
  findings: Finding[];
  calls: Array<{ method: string; args: unknown[] }>;
  env: HostEnvironment;
  /** What the next builds report as kept from the sheet. */
  conflicts: MatrixConflict[];
  /** What the next builds report about #NAME? cells (localized Excel). */
  nameErrors?: number;
  relocalized?: number;
  /** Index values readMatrix reports per sheet (what the sheet computed). */
  indices?: Map<string, number[]>;
  /** The staff table, when the workbook has one. */
  staff?: StaffSnapshot;
  /** The bonus register as readTeam reports it, when the workbook has one. */
  team?: TeamSnapshot;
  /** What readPeriods reports; closePeriod moves it on (or throws periodRefusal). */
  periods?: PeriodOverview;
  periodRefusal?: Refusal;
  /** What the next buildDashboard reports (undefined: nothing to show). */
  dashboard?: DashboardResult;
  /** A user editing the sheet: every onChanged listener hears it. */
  edit(): void;
}

/** A fresh in-memory workbook; `init` overrides its starting state. */
export function memoryHost(
  init: Partial<Pick<MemoryHost, "cards" | "findings" | "env">> = {}
): MemoryHost {
  const listeners = new Set<() => void>();
  const host: MemoryHost = {
    cards: init.cards ? [...init.cards] : [],
    matrices: new Map(),
    findings: init.findings ?? [],
    calls: [],
    conflicts: [],
    edit() {
      for (const l of listeners) l();
    },
    env: init.env ?? { kind: "sandbox", displayLanguage: "en-US", lang: "en", dark: false },
    async environment() {
      host.calls.push({ method: "environment", args: [] });
      return host.env;
    },
    async readCards() {
      return host.cards.map((c) => ({ ...c }));
    },
    async saveCards(cards: Card[], options?: WriteOptions) {
      host.calls.push({ method: "saveCards", args: [cards, options] });
      for (const card of cards) {
        const i = host.cards.findIndex((c) => c.code === card.code);
        if (i >= 0) host.cards[i] = { ...card };
        else host.cards.push({ ...card });
      }
    },
    async deleteCards(codes: string[]) {
      host.calls.push({ method: "deleteCards", args: [codes] });
      host.cards = host.cards.filter((c) => !codes.includes(c.code));
    },
    async buildMatrix(matrix: Matrix, options?: BuildOptions) {
      host.calls.push({ method: "buildMatrix", args: [matrix, options] });
      const sheet = matrix.sheet ?? matrix.name;
      host.matrices.set(sheet, { ...matrix, sheet });
      return {
        sheet,
        matrix: { ...matrix, sheet },
        conflicts: host.conflicts,
        ...(host.nameErrors !== undefined ? { nameErrors: host.nameErrors } : {}),
        ...(host.relocalized !== undefined ? { relocalized: host.relocalized } : {}),
      };
    },
    async readMatrix(sheet: string): Promise<MatrixSnapshot | undefined> {
      const matrix = host.matrices.get(sheet);
      if (!matrix) return undefined;
      return {
        sheet,
        matrix,
        results: host.indices?.get(sheet)?.map((index) => ({ index, score: "", status: "" })) ?? [],
        weightTotal: 1,
        total: undefined,
        totalStatus: undefined,
        bonus: undefined,
        at: undefined as never,
      };
    },
    async readTeam() {
      return host.team;
    },
    async listMatrices(): Promise<MatrixSummary[]> {
      return [...host.matrices.entries()].map(([sheet, m]) => ({
        sheet,
        name: m.name,
        employee: m.employee,
        period: m.period,
        rowCount: m.rows.length,
      }));
    },
    async lint(scope: LintScope) {
      host.calls.push({ method: "lint", args: [scope] });
      return host.findings;
    },
    async goTo(ref: CellRef) {
      host.calls.push({ method: "goTo", args: [ref] });
    },
    async getSetting() {
      return undefined;
    },
    async setSetting() {},
    async readStaff() {
      return host.staff;
    },
    async createStaffTables(members: StaffMember[], options?: WriteOptions) {
      host.calls.push({ method: "createStaffTables", args: [members, options] });
      host.staff = { sheet: "Staff", members: [...members], plans: new Map() };
      return "Staff";
    },
    async buildTeam(request: TeamRequest, options?: TeamOptions) {
      host.calls.push({ method: "buildTeam", args: [request, options] });
      const total = request.members.length + 1;
      let done = 0;
      for (; done < total; done++) {
        if (options?.cancelled?.()) break;
        options?.onProgress?.(done + 1, total);
        await new Promise((r) => setTimeout(r, 0));
      }
      return {
        results: request.members.map((m) => ({
          employee: m.member.employee,
          sheet: m.member.employee,
          built: "new" as const,
          conflicts: [],
          ...(m.collective?.length && !m.member.unit ? { noUnit: [...m.collective] } : {}),
        })),
        registerSheet: "Bonus register",
        ...(request.members.some((m) => m.collective?.length && m.member.unit)
          ? { unitFactsSheet: "Unit facts" }
          : {}),
        cancelled: done < total,
        done,
        total,
      };
    },
    async buildRollup(options?: RollupOptions) {
      host.calls.push({ method: "buildRollup", args: [options] });
      if (!host.team) return undefined;
      const before = callsTo(host, "buildRollup").filter(
        ([o]) => !(o as RollupOptions | undefined)?.onlyIfBuilt
      );
      if (options?.onlyIfBuilt && before.length === 0) return undefined;
      return {
        sheet: "Roll-up",
        units: [],
        weighting: options?.weighting ?? ("headcount" as const),
        pivot: false,
        notes: [],
      };
    },
    async readPeriods() {
      host.calls.push({ method: "readPeriods", args: [] });
      return host.periods ?? { current: "", matrices: [], closed: [], hasPlansTable: false };
    },
    async closePeriod(request: PeriodRequest, options?: PeriodOptions) {
      host.calls.push({ method: "closePeriod", args: [request, options] });
      if (host.periodRefusal) throw new WorkbookRefusal(host.periodRefusal);
      const before = host.periods ?? {
        current: "",
        matrices: [],
        closed: [],
        hasPlansTable: false,
      };
      const count = before.matrices.find((m) => m.period === request.period)?.count ?? 0;
      host.periods = {
        ...before,
        current: request.next,
        matrices: [{ period: request.next, count }],
        closed: [...before.closed, request.period],
      };
      options?.onProgress?.(1, 1);
      return {
        period: request.period,
        next: request.next,
        closed: Array.from({ length: count }, (_, i) => ({
          employee: `Person ${i + 1}`,
          sheet: `Person ${i + 1}`,
          historyRows: 2,
          factsCleared: 2,
          plansTaken: request.plans === "table" ? 1 : 0,
        })),
        skipped: [],
        historySheet: "History",
        trendsSheet: "Trends",
        unitFactsCleared: 0,
        done: 1,
        total: 1,
      };
    },
    async buildDashboard(request: DashboardRequest, options?: WriteOptions) {
      host.calls.push({ method: "buildDashboard", args: [request, options] });
      return host.dashboard;
    },
    // The analysis screens are tested over the sandbox host (test/taskpane/analysis.test.tsx).
    async readSelection() {
      host.calls.push({ method: "readSelection", args: [] });
      return { kind: "empty" as const, sheet: "", address: "A1" };
    },
    async analyzeRange(request, options) {
      host.calls.push({ method: "analyzeRange", args: [request, options] });
      return {
        ok: false as const,
        problem: { kind: "empty" as const, sheet: request.sheet, address: request.address },
      };
    },
    async readForecast(sheet) {
      host.calls.push({ method: "readForecast", args: [sheet] });
      return {
        sheet,
        period: "",
        existing: false,
        days: {},
        problem: { kind: "notMatrix" as const, sheet },
      };
    },
    async writeForecast(request, options) {
      host.calls.push({ method: "writeForecast", args: [request, options] });
      return { ok: false as const, problem: { kind: "notMatrix" as const, sheet: request.sheet } };
    },
    onChanged(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return host;
}

/** The arguments of every recorded call to `method`. */
export function callsTo(host: MemoryHost, method: string): unknown[][] {
  return host.calls.filter((c) => c.method === method).map((c) => c.args);
}
