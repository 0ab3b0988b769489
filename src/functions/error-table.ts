/**
 * The documented errors of each KPI function (code and condition, English and Russian). The docs
 * tables are generated from this list, and the bad-input test checks every case against it.
 */
import type { ErrorCode } from "../core/errors";
import type { FunctionId } from "./registry";

/** One documented error condition. */
export interface DocumentedError {
  code: ErrorCode;
  en: string;
  ru: string;
}

/** Errors every function can give. */
export const COMMON_ERRORS: readonly DocumentedError[] = [
  {
    code: "#VALUE!",
    en: "text or TRUE/FALSE where a number is needed",
    ru: "текст или ИСТИНА/ЛОЖЬ вместо числа",
  },
  { code: "#VALUE!", en: "an empty range", ru: "пустой диапазон" },
  {
    code: "#NUM!",
    en: "a number that is not finite, or a result too large to be a number",
    ru: "бесконечное число или слишком большой результат",
  },
  {
    code: "#N/A",
    en: "(any code) an error in an input cell passes through unchanged",
    ru: "(любой код) ошибка во входной ячейке передаётся без изменений",
  },
];

/** Errors particular to each function. */
export const FUNCTION_ERRORS: Record<FunctionId, readonly DocumentedError[]> = {
  INDEX: [
    { code: "#VALUE!", en: "unknown method", ru: "неизвестный метод" },
    {
      code: "#VALUE!",
      en: "fact, plan, min or max ranges of different shapes",
      ru: "диапазоны факта, плана, минимума или максимума разного размера",
    },
    { code: "#VALUE!", en: "corridor without min", ru: "вилка без минимума" },
    {
      code: "#VALUE!",
      en: "max on the wrong side of min",
      ru: "максимум не с той стороны от минимума",
    },
    { code: "#DIV/0!", en: "plan 0 (ratio)", ru: "план 0 (прямой)" },
    {
      code: "#DIV/0!",
      en: "plan = min (corridor, binary with min)",
      ru: "план = минимум (вилка, бинарный с минимумом)",
    },
    { code: "#DIV/0!", en: "fact 0 without max (inverse)", ru: "факт 0 без максимума (обратный)" },
    {
      code: "#NUM!",
      en: "negative plan (ratio, inverse); negative fact (inverse)",
      ru: "отрицательный план (прямой, обратный); отрицательный факт (обратный)",
    },
  ],
  WEIGHTED: [
    {
      code: "#VALUE!",
      en: "unknown mode; mode given as a range",
      ru: "неизвестный режим; режим задан диапазоном",
    },
    {
      code: "#VALUE!",
      en: "indices and weights of different shapes",
      ru: "индексы и веса разного размера",
    },
    {
      code: "#VALUE!",
      en: "weights not totalling 100 % (strict)",
      ru: "сумма весов не 100 % (строгий)",
    },
    { code: "#VALUE!", en: "an index without a weight", ru: "индекс без веса" },
    { code: "#DIV/0!", en: "weights totalling 0", ru: "сумма весов 0" },
    { code: "#NUM!", en: "a negative weight", ru: "отрицательный вес" },
    {
      code: "#N/A",
      en: "a blank index with a weight (strict, normalize); no index at all (partial)",
      ru: "пустой индекс с весом (строгий, нормировать); ни одного индекса (частичный)",
    },
  ],
  BONUS: [
    {
      code: "#VALUE!",
      en: "unknown interpolation; interpolation given as a range",
      ru: "неизвестная интерполяция; интерполяция задана диапазоном",
    },
    {
      code: "#VALUE!",
      en: "score and base ranges of different shapes",
      ru: "диапазоны оценки и базы разного размера",
    },
    {
      code: "#VALUE!",
      en: "a scale that is not two columns, holds text, lacks a value in a row, or whose thresholds do not strictly increase",
      ru: "шкала не из двух столбцов, с текстом, с неполной строкой или с невозрастающими порогами",
    },
    { code: "#NUM!", en: "a negative base", ru: "отрицательная база" },
  ],
  STATUS: [
    { code: "#VALUE!", en: "ranges of different shapes", ru: "диапазоны разного размера" },
    { code: "#VALUE!", en: "watch above ok", ru: "порог «внимание» выше порога «норма»" },
  ],
  RUNRATE: [
    { code: "#VALUE!", en: "ranges of different shapes", ru: "диапазоны разного размера" },
    { code: "#DIV/0!", en: "plan 0", ru: "план 0" },
    {
      code: "#NUM!",
      en: "elapsed ≤ 0 or elapsed > total; a negative plan",
      ru: "прошло ≤ 0 или больше, чем всего; отрицательный план",
    },
  ],
  ABC: [
    {
      code: "#VALUE!",
      en: "a above b; a below 0 or b above 1 (shares: 0.8, not 80); a or b given as a range",
      ru: "a больше b; a меньше 0 или b больше 1 (доли: 0,8, а не 80); a или b заданы диапазоном",
    },
    { code: "#DIV/0!", en: "values totalling 0", ru: "сумма значений 0" },
    { code: "#NUM!", en: "a negative value", ru: "отрицательное значение" },
  ],
  XYZ: [
    {
      code: "#VALUE!",
      en: "x above y; x or y given as a range",
      ru: "x больше y; x или y заданы диапазоном",
    },
    {
      code: "#DIV/0!",
      en: "a row whose mean is ≤ 0 (that row only)",
      ru: "строка со средним ≤ 0 (только эта строка)",
    },
    {
      code: "#N/A",
      en: "a row with fewer than two values (that row only)",
      ru: "строка, где меньше двух значений (только эта строка)",
    },
  ],
};

/** The codes a function documents (its own and the common ones). */
export function documentedCodes(id: FunctionId): Set<ErrorCode> {
  return new Set([...COMMON_ERRORS, ...FUNCTION_ERRORS[id]].map((e) => e.code));
}
