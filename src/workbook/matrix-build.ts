/**
 * Building or updating a matrix, decided once for both adapters: which sheet is the target,
 * whether it is rebuilt in place or a new sheet is added (and its name), the table name, and
 * when the change is refused.
 */
import type { Lang } from "../core/card";
import type { Matrix } from "../core/matrix/types";
import type { MatrixBuildResult, Refusal } from "./host";
import { isOriginalsSheet, ORIGINALS_SHEET, readOriginals } from "./portable/originals";
import { newMatrixPlan, updateMatrixPlan } from "./matrix-plan";
import { readMatrixCells } from "./matrix-read";
import type { WorkbookPlan } from "./plan";
import { uniqueSheetName } from "./sheet-names";
import { freshMatrixTableName, matrixTablesOn, type Inventory, type SheetCells } from "./snapshot";

/** What the planner needs to build or update a matrix. */
export interface MatrixBuildInput {
  inv: Inventory;
  matrix: Matrix;
  base?: Matrix;
  lang: Lang;
  /** The target sheet's cells (see matrixTarget), when there is one. */
  target?: SheetCells;
  /** True while the workbook holds converted (portable) KPI formulas. */
  portable: boolean;
}

export type MatrixBuildPlan =
  { plan: WorkbookPlan; result: MatrixBuildResult } | { refused: Refusal };

/** The existing sheet a build must read first (an update), or undefined for a new matrix. */
export function matrixTarget(inv: Inventory, matrix: Matrix): string | undefined {
  const s = matrix.sheet;
  return s ? inv.sheets.find((x) => x === s) : undefined;
}

/**
 * The plan of a build: an update in place when the target sheet holds a matrix (only that is
 * ever rebuilt; any other sheet is left alone), else a new sheet whose name no sheet has.
 */
export function planBuildMatrix(input: MatrixBuildInput): MatrixBuildPlan {
  const { inv, matrix, lang } = input;
  const target = matrixTarget(inv, matrix);
  if (input.portable) return { refused: { reason: "portable", sheet: target ?? matrix.name } };
  const old = target && input.target ? readMatrixCells(input.target) : undefined;
  if (target && old) {
    const own = matrixTablesOn(inv, target);
    const name = own[0] ?? freshMatrixTableName(inv);
    const u = updateMatrixPlan(old, input.base, matrix, lang, { unlist: own, name });
    return { plan: u.plan, result: { sheet: target, matrix: u.matrix, conflicts: u.conflicts } };
  }
  if (target && input.base) return { refused: { reason: "notMatrix", sheet: target } };
  const sheet = uniqueSheetName(matrix.name || "KPI", inv.sheets);
  const built = { ...matrix, sheet };
  return {
    plan: newMatrixPlan(built, sheet, lang, freshMatrixTableName(inv)),
    result: { sheet, matrix: built, conflicts: [] },
  };
}

/**
 * Sheets that may be the add-in's originals sheet (a portable copy keeps its KPI formulas
 * there): the adapters read their cells so `isPortable` can tell.
 */
export function originalsCandidates(inv: Inventory): string[] {
  const re = new RegExp(`^${ORIGINALS_SHEET}(_\\d+)?$`, "i");
  return inv.sheets.filter((s) => re.test(s));
}

/** True when one of these sheets is the originals sheet and holds converted formulas. */
export function isPortable(candidates: readonly SheetCells[]): boolean {
  return candidates.some(
    (c) => isOriginalsSheet(c.values[0]?.[0]) && readOriginals(c.values).length > 0
  );
}
