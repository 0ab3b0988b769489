/**
 * The KPI functions as a HyperFormula function plugin. Every function comes from the same registry
 * and runs through the same core runner as the Excel entry points; this file only converts
 * HyperFormula's values (ranges, EmptyValue, CellError, rich numbers) to and from core values and
 * predicts the size of spilled results.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type ImplementedFunctions,
  SimpleRangeValue,
} from "hyperformula";
import { type ErrorCode, KpiError } from "../../core/errors";
import { runFunction } from "../../core/runner";
import type { CellResult, Grid } from "../../core/values";
import { KPI_FUNCTIONS, type KpiFunction, NAMESPACE } from "../../functions/registry";

const TO_HF: Partial<Record<ErrorCode, ErrorType>> = {
  "#VALUE!": ErrorType.VALUE,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#N/A": ErrorType.NA,
  "#NAME?": ErrorType.NAME,
  "#REF!": ErrorType.REF,
  "#SPILL!": ErrorType.SPILL,
  "#CYCLE!": ErrorType.CYCLE,
  "#ERROR!": ErrorType.ERROR,
};

const FROM_HF: Record<string, ErrorCode> = {
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.NAME]: "#NAME?",
  [ErrorType.REF]: "#REF!",
  [ErrorType.SPILL]: "#SPILL!",
  [ErrorType.CYCLE]: "#CYCLE!",
  [ErrorType.ERROR]: "#ERROR!",
};

/**
 * What a blank cell reaches the KPI functions as: null (not given), as in Excel 365; or 0, as
 * some desktop Excel builds hand it (office-js#4702, #5262). Tests switch it to 0 to show the
 * matrix formulas compute the same on those builds.
 */
let blankArrivesAs: null | 0 = null;

/** Test hook: hand blank cells to the KPI functions as 0 (true) or as blanks (false). */
export function simulateBlankAsZero(on: boolean): void {
  blankArrivesAs = on ? 0 : null;
}

/** Reads one HyperFormula cell value as a core value (`blank`: what a blank cell becomes). */
function fromHfCell(v: unknown, blank: null | 0 = null): unknown {
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v === EmptyValue || v === undefined || v === null) return blank;
  if (v instanceof CellError)
    return new KpiError(FROM_HF[v.type] ?? "#ERROR!", null, [], v.message ?? "");
  const raw = (v as { val?: unknown }).val; // RichNumber (percent, currency, date)
  return typeof raw === "number" ? raw : v;
}

/**
 * Reads one HyperFormula argument (a scalar or a range) as a core argument. `ast` is its syntax
 * node: only a reference can be a blank cell (an omitted argument is "not given" everywhere).
 */
function fromHfArg(v: unknown, ast?: unknown): unknown {
  const type = (ast as { type?: string } | undefined)?.type;
  const blank = type === "CELL_REFERENCE" || type === "CELL_RANGE" ? blankArrivesAs : null;
  if (v instanceof SimpleRangeValue)
    return v.rawData().map((row) => row.map((c) => fromHfCell(c, blank)));
  return fromHfCell(v, blank);
}

/** Writes one core result as a HyperFormula value. */
function toHf(r: CellResult): unknown {
  if (typeof r === "number" || typeof r === "string") return r;
  // In Excel a blank result reaches the sheet as "" (src/functions/excel-adapter.ts): when the
  // engine plays such a build, so does the plugin, so a blank index is not a blank cell there.
  if (r === null) return blankArrivesAs === 0 ? "" : EmptyValue;
  return new CellError(TO_HF[r.code] ?? ErrorType.ERROR, r.message);
}

function sizeOf(size: ArraySize | undefined): { rows: number; cols: number } {
  return size === undefined ? { rows: 1, cols: 1 } : { rows: size.height, cols: size.width };
}

/** Predicts the result size of a call from its argument sizes (HyperFormula needs it before evaluation). */
function predictSize(
  fn: KpiFunction,
  argSizes: ({ rows: number; cols: number } | undefined)[]
): ArraySize {
  const result = fn.spec.result;
  if (result.kind === "scalar") return ArraySize.scalar();
  if (result.kind === "like" || result.kind === "rows") {
    const s = argSizes[result.param] ?? { rows: 1, cols: 1 };
    return new ArraySize(result.kind === "rows" ? 1 : s.cols, s.rows);
  }
  let found: { rows: number; cols: number } | undefined;
  for (let i = 0; i < fn.spec.params.length; i++) {
    const p = fn.spec.params[i];
    const s = argSizes[i];
    if (
      p.type === "range" ||
      p.shape === "single" ||
      s === undefined ||
      (s.rows === 1 && s.cols === 1)
    )
      continue;
    // Ranges of different shapes give one #VALUE!, so the result is a single cell.
    if (found !== undefined && (found.rows !== s.rows || found.cols !== s.cols))
      return ArraySize.scalar();
    found = s;
  }
  return found === undefined ? ArraySize.scalar() : new ArraySize(found.cols, found.rows);
}

/**
 * Makes a result exactly the predicted size: cut (HyperFormula cannot grow a spilled array past
 * its prediction) or padded with blanks (one error for a whole call then fills only the first
 * cell, as in Excel; HyperFormula would otherwise repeat a lone value over the whole area).
 */
function fit(grid: Grid<unknown>, size: ArraySize): Grid<unknown> {
  const out: Grid<unknown> = [];
  for (let r = 0; r < size.height; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < size.width; c++) row.push(grid[r]?.[c] ?? EmptyValue);
    out.push(row);
  }
  return out;
}

/** The parts of a function call HyperFormula hands a plugin method (its AST types are not exported). */
interface CallAst {
  args: unknown[];
}

/** FunctionPlugin's protected helpers this plugin calls. */
interface PluginHelpers {
  arraySizeForAst(ast: unknown, state: unknown): ArraySize;
  runFunction(
    args: unknown[],
    state: unknown,
    metadata: unknown,
    body: (...a: unknown[]) => unknown
  ): unknown;
  metadata(name: string): unknown;
}

/** HyperFormula plugin class with one method pair (value, size) per registry function. */
export class KpiPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {};
}

const plugin = KpiPlugin.prototype as unknown as Record<string, unknown>;
for (const fn of KPI_FUNCTIONS) {
  const name = `${NAMESPACE}.${fn.name}`;
  KpiPlugin.implementedFunctions[name] = {
    method: `kpi${fn.id}`,
    sizeOfResultArrayMethod: `kpi${fn.id}Size`,
    parameters: fn.spec.params.map((p) => ({
      argumentType: FunctionArgumentType.ANY,
      optionalArg: p.optional === true,
    })),
    vectorizationForbidden: true,
  };
  const sizeMethod = function (this: PluginHelpers, ast: CallAst, state: unknown): ArraySize {
    const sizes = ast.args.map((arg) => sizeOf(this.arraySizeForAst(arg, state)));
    return predictSize(fn, sizes);
  };
  plugin[`kpi${fn.id}Size`] = sizeMethod;
  plugin[`kpi${fn.id}`] = function (this: PluginHelpers, ast: CallAst, state: unknown) {
    return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]) => {
      const grid = runFunction(
        fn.spec,
        args.map((a, i) => fromHfArg(a, ast.args[i])),
        toHf
      );
      // Scalars in, one cell out: nothing to size (the common per-row formula, kept cheap).
      if (
        grid.length === 1 &&
        grid[0].length === 1 &&
        !args.some((a) => a instanceof SimpleRangeValue)
      ) {
        return grid[0][0];
      }
      const size = sizeMethod.call(this, ast, state);
      if (size.isScalar()) return grid[0][0];
      return SimpleRangeValue.onlyValues(fit(grid, size) as never);
    });
  };
}

/** Names of the KPI functions as formulas spell them (KPI.INDEX …). */
export const KPI_FUNCTION_NAMES: readonly string[] = KPI_FUNCTIONS.map(
  (fn) => `${NAMESPACE}.${fn.name}`
);

/** Registers the plugin once per process (HyperFormula keeps plugins globally). */
export function registerKpiPlugin(): void {
  if (HyperFormula.getRegisteredFunctionNames("enGB").includes(KPI_FUNCTION_NAMES[0])) return;
  const names = Object.fromEntries(KPI_FUNCTION_NAMES.map((n) => [n, n]));
  HyperFormula.registerFunctionPlugin(KpiPlugin, { enGB: names, enUS: names });
}
