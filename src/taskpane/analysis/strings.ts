/** The analysis screens' words (run-rate forecast, ABC-XYZ), in English and Russian. */
import type { Lang } from "../../core/card";
import type { AnalysisProblem } from "../../workbook/analysis-plan";
import type { ForecastProblem } from "../../workbook/runrate-plan";
import { plural } from "../i18n/plural";

export interface AnalysisStrings {
  title: string;
  forecastTitle: string;
  forecastIntro: string;
  matrix: string;
  noMatrices: string;
  elapsed: string;
  total: string;
  proposed(period: string): string;
  notProposed(period: string): string;
  daysInvalid: string;
  writeForecast: string;
  updateForecast: string;
  forecastDone(sheet: string, block: string, updated: boolean): string;
  abcTitle: string;
  abcIntro: string;
  useSelection: string;
  selected(sheet: string, address: string, items: number, periods: number): string;
  existing: string;
  thresholdA: string;
  thresholdB: string;
  thresholdX: string;
  thresholdY: string;
  thresholdsInvalid: string;
  writeAnalysis: string;
  updateAnalysis: string;
  analysisDone(sheet: string, classes: string, summary: string, updated: boolean): string;
  show: string;
  kept(cells: string[]): string;
  conflicts(names: string[]): string;
  problem(p: AnalysisProblem | ForecastProblem): string;
  failed(detail: string): string;
}

const ruPlural = (n: number, one: string, few: string, many: string) =>
  plural("ru", n, { one, few, many, other: few });

export const analysisStrings: Record<Lang, AnalysisStrings> = {
  en: {
    title: "Analysis",
    forecastTitle: "Run-rate forecast",
    forecastIntro:
      "Mid-period: the fact each KPI reaches at period end at today's pace, the index it would give and the forecast score, written as live formulas beside the matrix table.",
    matrix: "Matrix",
    noMatrices: "No matrix yet: build one first.",
    elapsed: "Days elapsed",
    total: "Days in the period",
    proposed: (period) =>
      `Proposed from the period ${period} and today's date (calendar days); change them for working days.`,
    notProposed: (period) =>
      period
        ? `The period “${period}” is not a month: type the days.`
        : "The matrix has no period: type the days.",
    daysInvalid:
      "Type whole or decimal days above 0, with the days elapsed at most the days in the period.",
    writeForecast: "Write forecast",
    updateForecast: "Update forecast",
    forecastDone: (sheet, block, updated) =>
      `${updated ? "Forecast updated" : "Forecast written"} on “${sheet}” at ${block}. The days are cells there: edit them any time.`,
    abcTitle: "ABC-XYZ analysis",
    abcIntro:
      "Select the data in the sheet: names in the first column, then the values — one column for ABC, or several period columns for ABC on their total and XYZ on their variation. The classes and a summary go beside the data, never over it.",
    useSelection: "Use the selection",
    selected: (sheet, address, items, periods) =>
      `“${sheet}”!${address}: ${items} ${plural("en", items, { one: "item", other: "items" })}, ${periods} ${plural("en", periods, { one: "value column (ABC)", other: "period columns (ABC and XYZ)" })}.`,
    existing: "An earlier analysis of this data is beside it: it is updated in place.",
    thresholdA: "A: cumulative share up to, %",
    thresholdB: "B: cumulative share up to, %",
    thresholdX: "X: variation up to, %",
    thresholdY: "Y: variation up to, %",
    thresholdsInvalid:
      "Type percents from 0 to 100 with A at most B (and X at most Y), e.g. 80 and 95.",
    writeAnalysis: "Write analysis",
    updateAnalysis: "Update analysis",
    analysisDone: (sheet, classes, summary, updated) =>
      `${updated ? "Analysis updated" : "Analysis written"} on “${sheet}”: classes at ${classes}, summary at ${summary}. The thresholds are cells there: edit them any time.`,
    show: "Show",
    kept: (cells) =>
      `${cells.length === 1 ? "A cell was" : "Cells were"} kept as you typed ${cells.length === 1 ? "it" : "them"}: ${cells.join(", ")}.`,
    conflicts: (names) =>
      `Changed in the sheet meanwhile, so kept as typed there: ${names.join(", ")}.`,
    problem: (p) => {
      switch (p.kind) {
        case "empty":
          return `The selection “${p.sheet}”!${p.address} holds no values: select the names and values first.`;
        case "occupied":
          return `Cell ${p.address} on “${p.sheet}” is in the way: clear or move it (or the cells near it), then try again.`;
        case "portable":
          return "The workbook is a portable copy: restore the KPI formulas (Share tab) first.";
        case "notMatrix":
          return `The sheet “${p.sheet}” holds no matrix any more.`;
      }
    },
    failed: (d) => `Nothing was written: ${d}`,
  },
  ru: {
    title: "Анализ",
    forecastTitle: "Прогноз по темпу",
    forecastIntro:
      "В середине периода: факт каждого KPI на конец периода при нынешнем темпе, индекс, который он даст, и прогноз результата — живыми формулами рядом с таблицей матрицы.",
    matrix: "Матрица",
    noMatrices: "Матриц пока нет: сначала постройте матрицу.",
    elapsed: "Прошло дней",
    total: "Дней в периоде",
    proposed: (period) =>
      `Предложено по периоду ${period} и сегодняшней дате (календарные дни); для рабочих дней измените.`,
    notProposed: (period) =>
      period
        ? `Период «${period}» — не месяц: введите дни.`
        : "У матрицы нет периода: введите дни.",
    daysInvalid: "Введите число дней больше 0; прошедших дней не больше, чем дней в периоде.",
    writeForecast: "Записать прогноз",
    updateForecast: "Обновить прогноз",
    forecastDone: (sheet, block, updated) =>
      `${updated ? "Прогноз обновлён" : "Прогноз записан"} на листе «${sheet}» в ${block}. Дни — это ячейки там: меняйте их когда угодно.`,
    abcTitle: "ABC-XYZ-анализ",
    abcIntro:
      "Выделите данные на листе: названия в первом столбце, затем значения — один столбец для ABC или несколько столбцов периодов: ABC по их сумме и XYZ по их колебанию. Классы и сводка пишутся рядом с данными, никогда поверх.",
    useSelection: "Взять выделение",
    selected: (sheet, address, items, periods) =>
      `«${sheet}»!${address}: ${items} ${ruPlural(items, "позиция", "позиции", "позиций")}, ${periods} ${periods === 1 ? "столбец значений (ABC)" : `${ruPlural(periods, "столбец", "столбца", "столбцов")} периодов (ABC и XYZ)`}.`,
    existing: "Рядом уже есть анализ этих данных: он обновится на месте.",
    thresholdA: "A: накопленная доля до, %",
    thresholdB: "B: накопленная доля до, %",
    thresholdX: "X: вариация до, %",
    thresholdY: "Y: вариация до, %",
    thresholdsInvalid:
      "Введите проценты от 0 до 100, A не больше B (и X не больше Y), например 80 и 95.",
    writeAnalysis: "Записать анализ",
    updateAnalysis: "Обновить анализ",
    analysisDone: (sheet, classes, summary, updated) =>
      `${updated ? "Анализ обновлён" : "Анализ записан"} на листе «${sheet}»: классы в ${classes}, сводка в ${summary}. Пороги — это ячейки там: меняйте их когда угодно.`,
    show: "Показать",
    kept: (cells) =>
      `${cells.length === 1 ? "Ячейка оставлена" : "Ячейки оставлены"} как введено вами: ${cells.join(", ")}.`,
    conflicts: (names) =>
      `Изменено на листе тем временем и оставлено как там: ${names.join(", ")}.`,
    problem: (p) => {
      switch (p.kind) {
        case "empty":
          return `В выделении «${p.sheet}»!${p.address} нет значений: сначала выделите названия и значения.`;
        case "occupied":
          return `Мешает ячейка ${p.address} на листе «${p.sheet}»: очистите или перенесите её (или ячейки рядом) и повторите.`;
        case "portable":
          return "Книга — переносимая копия: сначала верните формулы KPI (вкладка «Передать»).";
        case "notMatrix":
          return `На листе «${p.sheet}» больше нет матрицы.`;
      }
    },
    failed: (d) => `Ничего не записано: ${d}`,
  },
};

/** A number typed in the pane ("12", "12,5", " 80 % "); undefined when it is not one. */
export function typedNumber(text: string): number | undefined {
  const t = text.replace(/[\s\u00a0%]/g, "").replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(t)) return undefined;
  return Number(t);
}

/** A number as the pane shows it in a field (percent fields: × 100), at most 10 digits. */
export function shownNumber(n: number | undefined, percent = false): string {
  if (n === undefined) return "";
  return String(Number((percent ? n * 100 : n).toPrecision(10)));
}
