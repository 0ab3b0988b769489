/** The Next period panel's words, in English and Russian. */
import type { Lang } from "../../core/card";
import { plural } from "../i18n/plural";

export interface PeriodStrings {
  title: string;
  intro: string;
  noMatrices: string;
  current(period: string, matrices: number): string;
  others(list: string): string;
  noPeriod: string;
  closedList(list: string): string;
  close: string;
  next: string;
  nextNeeded: string;
  nextSame: string;
  nextClosed(period: string): string;
  closeNeeded: string;
  closeClosed(period: string): string;
  plans: string;
  keepPlans: string;
  tablePlans: string;
  noPlansTable: string;
  start: string;
  writing(done: number, total: number): string;
  done(closed: number, period: string, next: string, rows: number, sheet: string): string;
  skipped(list: string): string;
  unitFacts(n: number): string;
  plansTaken(n: number): string;
  showHistory: string;
  showTrends: string;
  failed(detail: string): string;
}

const ruPlural = (n: number, one: string, few: string, many: string) =>
  plural("ru", n, { one, few, many, other: few });

export const en: PeriodStrings = {
  title: "Next period",
  intro:
    "Closing a period writes every matrix KPI of it (plan, fact, index, score, bonus) to the History table first, then carries each matrix into the next period with its facts cleared.",
  noMatrices: "No matrix in this workbook yet: build the matrices first.",
  current: (period, n) =>
    `Current period: “${period}” (${n} ${plural("en", n, { one: "matrix", other: "matrices" })}).`,
  others: (list) => `Matrices of other periods stay as they are: ${list}.`,
  noPeriod: "The matrices show no period yet: name the one to close.",
  closedList: (list) => `History holds: ${list}.`,
  close: "Period to close",
  next: "Next period",
  nextNeeded: "Name the next period.",
  nextSame: "The next period must differ from the one being closed.",
  nextClosed: (p) => `History already holds “${p}”: choose another name.`,
  closeNeeded: "Name the period to close.",
  closeClosed: (p) => `History already holds “${p}”: it was closed before.`,
  plans: "Plans of the next period",
  keepPlans: "Keep as in the matrices",
  tablePlans: "Take from the personal plans table, keeping the matrix's plan where it has none",
  noPlansTable: "The workbook has no personal plans table: the matrices' plans are kept.",
  start: "Close the period and start the next",
  writing: (done, total) => `Writing… ${done} of ${total}`,
  done: (n, period, next, rows, sheet) =>
    `“${period}” closed: ${rows} ${plural("en", rows, { one: "row", other: "rows" })} added to History (sheet “${sheet}”), ${n} ${plural("en", n, { one: "matrix", other: "matrices" })} now in “${next}”.`,
  skipped: (list) => `Left as they are (another period): ${list}.`,
  unitFacts: (n) =>
    `${n} ${plural("en", n, { one: "unit fact", other: "unit facts" })} cleared for the new period.`,
  plansTaken: (n) =>
    `${n} ${plural("en", n, { one: "plan", other: "plans" })} taken from the personal plans table.`,
  showHistory: "Show History",
  showTrends: "Show Trends",
  failed: (detail) => `Could not close the period: ${detail}`,
};

export const ru: PeriodStrings = {
  title: "Следующий период",
  intro:
    "При закрытии периода все KPI его матриц (план, факт, индекс, результат, премия) сначала записываются в таблицу «История», затем каждая матрица переходит в следующий период с очищенными фактами.",
  noMatrices: "В книге ещё нет матриц: сначала постройте их.",
  current: (period, n) =>
    `Текущий период: «${period}» (${n} ${ruPlural(n, "матрица", "матрицы", "матриц")}).`,
  others: (list) => `Матрицы других периодов остаются как есть: ${list}.`,
  noPeriod: "В матрицах ещё не указан период: назовите закрываемый.",
  closedList: (list) => `В истории: ${list}.`,
  close: "Закрываемый период",
  next: "Следующий период",
  nextNeeded: "Укажите следующий период.",
  nextSame: "Следующий период должен отличаться от закрываемого.",
  nextClosed: (p) => `В истории уже есть «${p}»: выберите другое название.`,
  closeNeeded: "Укажите закрываемый период.",
  closeClosed: (p) => `В истории уже есть «${p}»: он уже закрыт.`,
  plans: "Планы следующего периода",
  keepPlans: "Оставить как в матрицах",
  tablePlans: "Взять из таблицы личных планов, оставив план матрицы, где в таблице его нет",
  noPlansTable: "В книге нет таблицы личных планов: планы матриц сохранятся.",
  start: "Закрыть период и начать следующий",
  writing: (done, total) => `Запись… ${done} из ${total}`,
  done: (n, period, next, rows, sheet) =>
    `Период «${period}» закрыт: в историю (лист «${sheet}») ${ruPlural(rows, "добавлена", "добавлены", "добавлено")} ${rows} ${ruPlural(rows, "строка", "строки", "строк")}, ${n} ${ruPlural(n, "матрица", "матрицы", "матриц")} теперь в периоде «${next}».`,
  skipped: (list) => `Оставлены как есть (другой период): ${list}.`,
  unitFacts: (n) =>
    `${ruPlural(n, "Очищен", "Очищены", "Очищено")} ${n} ${ruPlural(n, "факт", "факта", "фактов")} подразделений для нового периода.`,
  plansTaken: (n) =>
    `Из таблицы личных планов ${ruPlural(n, "взят", "взяты", "взято")} ${n} ${ruPlural(n, "план", "плана", "планов")}.`,
  showHistory: "Показать историю",
  showTrends: "Показать динамику",
  failed: (detail) => `Не удалось закрыть период: ${detail}`,
};

export const periodStrings: Record<Lang, PeriodStrings> = { en, ru };
