/** The lint: checks of KPI matrices (DESIGN.md, "Lint"), as a pure function of what a host read. */
export * from "./types";
export { lintWorkbook, lintMatrix } from "./checks";
export type { TeamLintInput } from "./team";
