/**
 * The add-in's own formulas as Range.formulasLocal takes them in Russian Excel. Writing KPI
 * formulas through Range.formulas has shown #NAME? in localized Excel (office-js#891, #6614);
 * the Office adapter then rewrites those cells through formulasLocal with these texts.
 * Only for formulas the planner wrote: their vocabulary is known (KPI functions, IF, SUM), their
 * texts hold no commas and no decimal numbers.
 */
import type { Lang } from "../core/card";
import { isErrorText } from "./cells";
import type { KpiFormulaArea, PlanStep } from "./plan";
import { kpiFunctionOf, RUSSIAN_NAMES } from "./portable/names";

/** Russian names of the built-in functions the add-in's formulas use. */
const RUSSIAN_BUILTINS: Readonly<Record<string, string>> = { IF: "ЕСЛИ", SUM: "СУММ" };

/** The list separator of a locale whose decimal separator is `decimal` (";" beside ","). */
export function listSeparatorFor(decimal: string | undefined): string {
  return decimal === "," ? ";" : ",";
}

/** A formula the planner wrote, with Russian function names and `separator` between arguments. */
export function russianFormula(formula: string, separator: string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*(?=\()/.exec(formula.slice(i));
    if (name) {
      const word = name[0];
      const kpi = kpiFunctionOf(word);
      out += kpi ? `KPI.${RUSSIAN_NAMES[kpi]}` : (RUSSIAN_BUILTINS[word.toUpperCase()] ?? word);
      i += word.length;
      continue;
    }
    out += ch === "," ? separator : ch;
    i += 1;
  }
  return out;
}

const isNameError = (v: unknown): boolean =>
  (typeof v === "string" && isErrorText(v) && v === "#NAME?") ||
  (typeof v === "object" && v !== null && (v as { error?: string }).error === "#NAME?");

/** How many KPI formulas of these areas show #NAME? (values read back, same shapes). */
export function nameErrorCount(
  areas: readonly KpiFormulaArea[],
  values: readonly unknown[][][]
): number {
  let n = 0;
  areas.forEach((a, k) =>
    a.formulas.forEach((line, i) =>
      line.forEach((f, j) => {
        if (f !== null && isNameError(values[k]?.[i]?.[j])) n += 1;
      })
    )
  );
  return n;
}

/**
 * What to do about KPI formulas showing #NAME? after a write: in Russian Excel, write those
 * cells again through formulasLocal with the Russian names (the other cells are left); in any
 * other language nothing can be rewritten (the functions are simply not loaded) and the pane
 * tells the user. `decimal` is the workbook's decimal separator, when Excel reports it.
 */
export function nameErrorRepair(
  areas: readonly KpiFormulaArea[],
  values: readonly unknown[][][],
  lang: Lang,
  decimal: string | undefined
): PlanStep[] {
  if (lang !== "ru") return [];
  const separator = listSeparatorFor(decimal);
  const steps: PlanStep[] = [];
  areas.forEach((a, k) => {
    let any = false;
    const formulas = a.formulas.map((line, i) =>
      line.map((f, j) => {
        if (f === null || !isNameError(values[k]?.[i]?.[j])) return null;
        any = true;
        return russianFormula(f, separator);
      })
    );
    if (any) steps.push({ kind: "localFormulas", sheet: a.sheet, address: a.address, formulas });
  });
  return steps;
}
