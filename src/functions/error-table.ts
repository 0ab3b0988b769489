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
    en: "a number that is not finite, or a result truly beyond ±1.8E+308 (a finite result is never lost in between)",
    ru: "бесконечное число или результат действительно больше ±1,8E+308 (конечный результат не теряется в промежуточных вычислениях)",
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
    {
      code: "#VALUE!",
      en: "unknown method (a method number that is not a whole 1–4, such as 2.5 or 5)",
      ru: "неизвестный метод (номер метода не целое 1–4, например 2,5 или 5)",
    },
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
      en: "negative plan (ratio, inverse); a negative fact is no error: it scores 0",
      ru: "отрицательный план (прямой, обратный); отрицательный факт — не ошибка: индекс 0",
    },
    {
      code: "#N/A",
      en: "a fact with a blank plan: “no plan for this KPI” (a blank fact gives a blank)",
      ru: "факт при пустом плане: «нет плана для этого KPI» (пустой факт даёт пустой результат)",
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
      en: "a blank index with a weight (strict, normalize); no index at all (partial); an error index passes through in every mode (partial never skips it)",
      ru: "пустой индекс с весом (строгий, нормировать); ни одного индекса (частичный); индекс-ошибка передаётся в любом режиме (частичный её не пропускает)",
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
    {
      code: "#VALUE!",
      en: "a scale threshold above 10 (a whole percent such as 80: type 80% or 0.8)",
      ru: "порог шкалы больше 10 (целые проценты, например 80: введите 80% или 0,8)",
    },
    {
      code: "#NUM!",
      en: "a negative base; a negative scale coefficient (no payout is ever negative)",
      ru: "отрицательная база; отрицательный коэффициент шкалы (премия никогда не отрицательна)",
    },
  ],
  STATUS: [
    { code: "#VALUE!", en: "ranges of different shapes", ru: "диапазоны разного размера" },
    { code: "#VALUE!", en: "watch above ok", ru: "порог «внимание» выше порога «норма»" },
    {
      code: "#VALUE!",
      en: "watch or ok above 10 (a whole percent such as 90: type 90% or 0.9)",
      ru: "«внимание» или «норма» больше 10 (целые проценты, например 90: введите 90% или 0,9)",
    },
    {
      code: "#VALUE!",
      en: "an unknown form (use word or level)",
      ru: "неизвестная форма (используйте слово или уровень)",
    },
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
      en: "a or b above 10 (a whole percent such as 80: type 80% or 0.8); a above b; a below 0 or b above 1; a or b given as a range",
      ru: "a или b больше 10 (целые проценты, например 80: введите 80% или 0,8); a больше b; a меньше 0 или b больше 1; a или b заданы диапазоном",
    },
    { code: "#DIV/0!", en: "values totalling 0", ru: "сумма значений 0" },
    { code: "#NUM!", en: "a negative value", ru: "отрицательное значение" },
  ],
  XYZ: [
    {
      code: "#VALUE!",
      en: "x or y above 10 (a whole percent such as 25: type 25% or 0.25); x above y; x or y given as a range",
      ru: "x или y больше 10 (целые проценты, например 25: введите 25% или 0,25); x больше y; x или y заданы диапазоном",
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
  NEEDED: [
    {
      code: "#VALUE!",
      en: "a target above 10 (a whole percent such as 90: type 90% or 0.9); and as KPI.INDEX: an unknown method, ranges of different shapes, corridor without min, max on the wrong side of min",
      ru: "цель больше 10 (целые проценты, например 90: введите 90% или 0,9); и как у KPI.ВЫПОЛНЕНИЕ: неизвестный метод, диапазоны разного размера, вилка без минимума, максимум не с той стороны от минимума",
    },
    {
      code: "#DIV/0!",
      en: "plan 0 (ratio); plan = min (corridor, binary with min)",
      ru: "план 0 (прямой); план = минимум (вилка, бинарный с минимумом)",
    },
    {
      code: "#NUM!",
      en: "negative plan (ratio, inverse)",
      ru: "отрицательный план (прямой, обратный)",
    },
    {
      code: "#N/A",
      en: "no fact gives the target: below 0, above the cap (the index of max), a target a gate jumps over (ratio: below the index of min; inverse: below the index of min, since facts above min score 0), binary other than 0 or 1, inverse with plan 0 and a target above 0, target 0 where no fact scores 0; a target with a blank plan (“no plan for this KPI”)",
      ru: "ни один факт не даёт цель: меньше 0, выше потолка (индекса максимума), цель, через которую перескакивает порог (прямой: ниже индекса минимума; обратный: ниже индекса минимума, так как факт выше минимума даёт 0), бинарный не 0 и не 1, обратный при плане 0 и цели больше 0, цель 0, когда ни один факт не даёт 0; цель при пустом плане («нет плана для этого KPI»)",
    },
  ],
};

/** The codes a function documents (its own and the common ones). */
export function documentedCodes(id: FunctionId): Set<ErrorCode> {
  return new Set([...COMMON_ERRORS, ...FUNCTION_ERRORS[id]].map((e) => e.code));
}
