/**
 * Error messages of the KPI functions, in English and Russian. Each message is a named constant
 * so a function body only says which reason applies; the text is chosen when it is shown.
 */
import { langOf } from "./card";
import { formatHundredth, formatNumber, formatPercent, formatPercentNumber } from "./number-text";

/** A language the add-in speaks. */
export type Language = "en" | "ru";

/** One message in both languages. `{0}`, `{1}` … are filled from the error's arguments. */
export interface MessageText {
  en: string;
  ru: string;
}

/** All messages, keyed by reason. */
export const MESSAGES = {
  numberIsText: {
    en: "“{0}” is text where a number is needed: enter a number or leave the cell blank.",
    ru: "«{0}»: текст вместо числа. Введите число или оставьте ячейку пустой.",
  },
  numberIsBoolean: {
    en: "“{0}” is TRUE or FALSE where a number is needed: enter a number or leave the cell blank.",
    ru: "«{0}»: ИСТИНА или ЛОЖЬ вместо числа. Введите число или оставьте ячейку пустой.",
  },
  numberNotFinite: {
    en: "“{0}” is not a finite number.",
    ru: "«{0}»: число бесконечно или не определено.",
  },
  shapeMismatch: {
    en: "Ranges have different shapes ({0} and {1}): use ranges of the same size, or single values.",
    ru: "Диапазоны разного размера ({0} и {1}): используйте диапазоны одного размера или отдельные значения.",
  },
  emptyRange: {
    en: "“{0}” is an empty or ragged range.",
    ru: "«{0}»: пустой или неровный диапазон.",
  },
  singleValueExpected: {
    en: "“{0}” takes a single value, not a range ({1}).",
    ru: "«{0}»: нужно одно значение, а не диапазон ({1}).",
  },
  unknownMethod: {
    en: "Unknown method “{0}”: use ratio, inverse, corridor or binary (or 1–4).",
    ru: "Неизвестный метод «{0}»: используйте прямой, обратный, вилка или бинарный (или 1–4).",
  },
  unknownMode: {
    en: "Unknown mode “{0}”: use strict, normalize or partial.",
    ru: "Неизвестный режим «{0}»: используйте строгий, нормировать или частичный.",
  },
  unknownInterpolation: {
    en: "Unknown interpolation “{0}”: use step or linear.",
    ru: "Неизвестная интерполяция «{0}»: используйте ступенчатая или линейная.",
  },
  unknownStatusForm: {
    en: "Unknown status form “{0}”: use word or level.",
    ru: "Неизвестная форма статуса «{0}»: используйте слово или уровень.",
  },
  planZero: {
    en: "Plan is 0: the index divides by the plan.",
    ru: "План равен 0: индекс делится на план.",
  },
  planNegative: {
    en: "Plan is negative: use the corridor method with a min.",
    ru: "План отрицательный: используйте метод «вилка» с минимумом.",
  },
  forecastPlanZero: {
    en: "Plan is 0 and the forecast is divided by the plan: enter the plan, or leave it out to get the forecast itself.",
    ru: "План равен 0, а прогноз делится на план: введите план или не указывайте его, чтобы получить сам прогноз.",
  },
  forecastPlanNegative: {
    en: "Plan ({0}) is negative.",
    ru: "План ({0}) отрицательный.",
  },
  maxBelowMin: {
    en: "max ({0}) is below min ({1}): for higher-is-better KPIs max must not be below min.",
    ru: "Максимум ({0}) меньше минимума ({1}): для KPI «больше — лучше» максимум не может быть меньше минимума.",
  },
  maxAboveMin: {
    en: "max ({0}) is above min ({1}): for lower-is-better KPIs max (the best value that counts) must not be above min (the worst acceptable value).",
    ru: "Максимум ({0}) больше минимума ({1}): для KPI «меньше — лучше» максимум (лучшее учитываемое значение) не может быть больше минимума (худшего допустимого).",
  },
  inverseFactZero: {
    en: "Fact is 0 and the inverse method divides by the fact: give max (the best value that counts) or use corridor.",
    ru: "Факт равен 0, а обратный метод делит на факт: задайте максимум (лучшее учитываемое значение) или используйте «вилку».",
  },
  noPlan: {
    en: "No plan for this KPI: enter its plan (the fact is already there).",
    ru: "Нет плана для этого KPI: введите план (факт уже есть).",
  },
  corridorNeedsMin: {
    en: "The corridor method needs min (the value that scores 0).",
    ru: "Методу «вилка» нужен минимум (значение, при котором индекс равен 0).",
  },
  planEqualsMin: {
    en: "Plan equals min ({0}): the corridor has no width, so the direction is unknown.",
    ru: "План равен минимуму ({0}): у вилки нулевая ширина, направление не определено.",
  },
  neededNegative: {
    en: "No fact gives an index below 0 (the target is {0}).",
    ru: "Ни один факт не даёт индекс меньше 0 (цель — {0}).",
  },
  neededAboveCap: {
    en: "No fact gives {0}: the index stops at {2}, the index of max ({1}). Lower the target or raise max.",
    ru: "Ни один факт не даёт {0}: индекс не поднимается выше {2} — индекса максимума ({1}). Снизьте цель или поднимите максимум.",
  },
  neededGated: {
    en: "No fact gives {0}: a fact past min ({1}) scores 0, and min itself scores {2}.",
    ru: "Ни один факт не даёт {0}: факт за минимумом ({1}) даёт 0, а сам минимум — {2}.",
  },
  neededBinary: {
    en: "The binary method scores only 0 or 1: no fact gives {0}.",
    ru: "Бинарный метод даёт только 0 или 1: ни один факт не даёт {0}.",
  },
  neededInversePlanZero: {
    en: "With plan 0 the inverse index is 0 for every fact: no fact gives {0}.",
    ru: "При плане 0 обратный индекс равен 0 при любом факте: ни один факт не даёт {0}.",
  },
  neededNeverZero: {
    en: "No fact scores 0 here: plan ÷ fact stays above 0 (max caps the fact). Give min, the worst acceptable value, for a fact that scores 0.",
    ru: "Здесь ни один факт не даёт 0: план ÷ факт остаётся больше 0 (максимум ограничивает факт). Задайте минимум — худшее допустимое значение, — чтобы факт мог дать 0.",
  },
  weightsTotal: {
    en: "Weights total {0} %, not 100 %: fix the weights or use mode “normalize”.",
    ru: "Сумма весов {0} %, а не 100 %: исправьте веса или используйте режим «нормировать».",
  },
  weightsZero: {
    en: "Weights total 0.",
    ru: "Сумма весов равна 0.",
  },
  weightNegative: {
    en: "The weight in {0} is negative ({1}).",
    ru: "Вес в {0} отрицательный ({1}).",
  },
  weightMissing: {
    en: "The KPI in {0} has an index but no weight: enter a weight (0 to leave it out).",
    ru: "У KPI в {0} есть индекс, но нет веса: введите вес (0 — не учитывать).",
  },
  missingIndices: {
    en: "{0} of {1} KPIs have no fact yet (the first in {2}): enter the facts, or use mode “partial” for a provisional score.",
    ru: "Нет факта у {0} из {1} KPI (первый — в {2}): введите факты или используйте режим «частичный» для промежуточной оценки.",
  },
  noIndices: {
    en: "No KPI with a weight has a fact yet: enter at least one fact for a provisional score.",
    ru: "Ни у одного KPI с весом ещё нет факта: введите хотя бы один факт для промежуточной оценки.",
  },
  baseNegative: {
    en: "Base ({0}) is negative.",
    ru: "База ({0}) отрицательная.",
  },
  scaleNotTwoColumns: {
    en: "The bonus scale must have two columns (threshold, coefficient); it has {0}.",
    ru: "Шкала премии должна состоять из двух столбцов (порог, коэффициент); в ней {0}.",
  },
  scaleText: {
    en: "Row {0} of the bonus scale holds text or TRUE/FALSE: select the numbers only, without headers.",
    ru: "Строка {0} шкалы премии содержит текст или ИСТИНА/ЛОЖЬ: выделите только числа, без заголовков.",
  },
  scaleIncomplete: {
    en: "Row {0} of the bonus scale lacks a threshold or a coefficient: fill in both or clear the row.",
    ru: "В строке {0} шкалы премии нет порога или коэффициента: заполните оба значения или очистите строку.",
  },
  scaleCoefficientNegative: {
    en: "The coefficient in row {0} of the bonus scale is negative ({1}): use 0 or more, so that no payout is negative.",
    ru: "Коэффициент в строке {0} шкалы премии отрицательный ({1}): укажите 0 или больше, чтобы премия не была отрицательной.",
  },
  scaleNotIncreasing: {
    en: "Bonus scale thresholds must strictly increase (row {0}).",
    ru: "Пороги шкалы премии должны строго возрастать (строка {0}).",
  },
  thresholdOrder: {
    en: "“{0}” ({1}) must not be above “{2}” ({3}).",
    ru: "«{0}» ({1}) не может быть больше, чем «{2}» ({3}).",
  },
  shareOutOfRange: {
    en: "“{0}” ({1}) is a cumulative share between 0 % and 100 %.",
    ru: "«{0}» ({1}) — накопленная доля от 0 % до 100 %.",
  },
  wholePercent: {
    en: "{0} reads as {1}: type {0}% or {2}",
    ru: "{0} читается как {1}: введите {0}% или {2}",
  },
  elapsedOutOfRange: {
    en: "Elapsed ({0}) must be above 0 and not above total ({1}).",
    ru: "Прошедший срок ({0}) должен быть больше 0 и не больше всего срока ({1}).",
  },
  valueNegative: {
    en: "Values must not be negative (found {0}).",
    ru: "Значения не могут быть отрицательными (найдено {0}).",
  },
  valuesTotalZero: {
    en: "The values total 0.",
    ru: "Сумма значений равна 0.",
  },
  tooFewValues: {
    en: "Row {0} of the series has fewer than two values: the variation needs at least two periods with data.",
    ru: "В строке {0} рядов меньше двух значений: для вариации нужно не меньше двух периодов с данными.",
  },
  meanNotPositive: {
    en: "The mean of row {0} of the series is not above 0.",
    ru: "Среднее строки {0} рядов не больше 0.",
  },
  resultTooLarge: {
    en: "The result is too large to be a number.",
    ru: "Результат слишком велик.",
  },
  inputError: {
    en: "An input cell shows {0}.",
    ru: "Во входной ячейке ошибка {0}.",
  },
  unexpected: {
    en: "Unexpected problem: {0}.",
    ru: "Непредвиденная ошибка: {0}.",
  },
} satisfies Record<string, MessageText>;

/** The name of a message. */
export type MessageId = keyof typeof MESSAGES;

/** Argument names as users read them (parameter names of the functions, both languages). */
export const PARAM_LABELS: Record<string, MessageText> = {
  fact: { en: "fact", ru: "факт" },
  target: { en: "target", ru: "цель" },
  plan: { en: "plan", ru: "план" },
  min: { en: "min", ru: "минимум" },
  max: { en: "max", ru: "максимум" },
  method: { en: "method", ru: "метод" },
  indices: { en: "indices", ru: "индексы" },
  weights: { en: "weights", ru: "веса" },
  mode: { en: "mode", ru: "режим" },
  score: { en: "score", ru: "оценка" },
  base: { en: "base", ru: "база" },
  scale: { en: "scale", ru: "шкала" },
  interpolation: { en: "interpolation", ru: "интерполяция" },
  index: { en: "index", ru: "индекс" },
  watch: { en: "watch", ru: "внимание" },
  ok: { en: "ok", ru: "норма" },
  form: { en: "form", ru: "форма" },
  elapsed: { en: "elapsed", ru: "прошло" },
  total: { en: "total", ru: "всего" },
  values: { en: "values", ru: "значения" },
  a: { en: "a", ru: "a" },
  b: { en: "b", ru: "b" },
  series: { en: "series", ru: "ряды" },
  x: { en: "x", ru: "x" },
  y: { en: "y", ru: "y" },
};

/** Where a cell is in a range, as the user sees it: "row 3 of the range" (1-based). */
export interface RangePosition {
  /** 0-based row-major position of the cell in the range. */
  index: number;
  rows: number;
  cols: number;
}

/**
 * A message argument: a number, a literal text, a parameter name to translate, a fraction shown as
 * a percent (`{ percent: 0.9 }` → "90 %"), a number divided by 100 (`{ hundredth: 90 }` → "0.9"),
 * or a cell's position in a range (`{ at }`, in the prepositional case in Russian: "в строке 3").
 */
export type MessageArg =
  | number
  | string
  | { param: string }
  | { percent: number }
  | { hundredth: number }
  | { at: RangePosition };

/**
 * A cell's position in a range as a message says it: a column range names the row, a row range
 * the column, a block both. Russian in the prepositional case (after «в»).
 */
export function positionText(at: RangePosition, lang: Language): string {
  const cols = Math.max(1, at.cols);
  const r = Math.floor(at.index / cols) + 1;
  const c = (at.index % cols) + 1;
  if (lang === "ru") {
    if (cols === 1) return `строке ${r} диапазона`;
    if (at.rows === 1) return `столбце ${c} диапазона`;
    return `строке ${r}, столбце ${c} диапазона`;
  }
  if (cols === 1) return `row ${r} of the range`;
  if (at.rows === 1) return `column ${c} of the range`;
  return `row ${r}, column ${c} of the range`;
}

export { formatHundredth, formatNumber, formatPercent, formatPercentNumber };

/** One argument as text in the given language. */
function argText(arg: MessageArg, lang: Language): string {
  if (typeof arg === "number") return formatNumber(arg, lang);
  if (typeof arg === "string") return arg;
  if ("param" in arg) return PARAM_LABELS[arg.param]?.[lang] ?? arg.param;
  if ("percent" in arg) return formatPercent(arg.percent, lang);
  if ("hundredth" in arg) return formatHundredth(arg.hundredth, lang);
  return positionText(arg.at, lang);
}

/** Fills a message's placeholders in the given language. */
export function formatMessage(id: MessageId, args: readonly MessageArg[], lang: Language): string {
  const template = MESSAGES[id][lang];
  return template.replace(/\{(\d+)\}/g, (_, i: string) => {
    const arg = args[Number(i)];
    return arg === undefined ? "" : argText(arg, lang);
  });
}

/** Picks the add-in language from an Office display language tag such as "ru-RU" or "en-US". */
export function languageFromTag(tag: string | null | undefined): Language {
  return langOf(tag ?? undefined);
}
