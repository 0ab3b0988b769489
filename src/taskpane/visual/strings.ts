/** The Overview tab's words (visual cards of a matrix, the team list), in English and Russian. */
import type { Lang } from "../../core/card";

export type StatusWord = "green" | "amber" | "red";
export type TeamSortKey = "employee" | "score" | "status" | "bonus";

export interface VisualStrings {
  matrix: string;
  noMatrices: string;
  loading: string;
  cardsOf(name: string): string;
  total: string;
  bonus: string;
  fact: string;
  plan: string;
  noFact: string;
  noPlan: string;
  index: string;
  status: Record<StatusWord, string>;
  /** A status cell that holds no known status (blank, an error, another text). */
  noStatus: string;
  /** Read after a tile's own text (its name is what it shows, as WCAG's label-in-name asks). */
  goToRow: string;
  goToTotal: string;
  team: string;
  teamIntro(sheet: string): string;
  noTeam: string;
  column: Record<TeamSortKey, string>;
  sortGroup: string;
  sortBy(column: string, direction: "ascending" | "descending"): string;
  openMatrixOf(name: string): string;
  noMatrixFor(name: string): string;
  failed(detail: string): string;
}

export const en: VisualStrings = {
  matrix: "Matrix",
  noMatrices:
    "No matrix in this workbook yet. Build one on the Matrix tab, and its KPIs show here as cards.",
  loading: "Reading the matrix…",
  cardsOf: (name) => `KPIs of ${name}`,
  total: "Score",
  bonus: "Bonus",
  fact: "Fact",
  plan: "Plan",
  noFact: "no fact yet",
  noPlan: "no plan",
  index: "Index",
  status: { green: "On track", amber: "At risk", red: "Off track" },
  noStatus: "No status",
  goToRow: "Go to its row in the sheet.",
  goToTotal: "Go to the total in the sheet.",
  team: "Team",
  teamIntro: (sheet) => `From the sheet “${sheet}”. Choose a person to open their matrix.`,
  noTeam: "The register lists nobody yet.",
  column: { employee: "Employee", score: "Score", status: "Status", bonus: "Bonus" },
  sortGroup: "Sort the team",
  sortBy: (column, direction) =>
    `Sort by ${column}, ${direction === "ascending" ? "ascending" : "descending"}`,
  openMatrixOf: (name) => `Open the matrix of ${name}`,
  noMatrixFor: (name) => `${name} has no matrix sheet.`,
  failed: (detail) => `Could not read the workbook: ${detail}`,
};

export const ru: VisualStrings = {
  matrix: "Матрица",
  noMatrices:
    "В книге пока нет матриц. Постройте матрицу на вкладке «Матрица» — её показатели появятся здесь карточками.",
  loading: "Читаем матрицу…",
  cardsOf: (name) => `Показатели: ${name}`,
  total: "Результат",
  bonus: "Премия",
  fact: "Факт",
  plan: "План",
  noFact: "факта пока нет",
  noPlan: "нет плана",
  index: "Индекс",
  status: { green: "В норме", amber: "Есть риск", red: "Отстаёт" },
  noStatus: "Нет статуса",
  goToRow: "Перейти к строке на листе.",
  goToTotal: "Перейти к итогу на листе.",
  team: "Команда",
  teamIntro: (sheet) => `С листа «${sheet}». Выберите сотрудника, чтобы открыть его матрицу.`,
  noTeam: "В ведомости пока никого нет.",
  column: { employee: "Сотрудник", score: "Результат", status: "Статус", bonus: "Премия" },
  sortGroup: "Сортировка команды",
  sortBy: (column, direction) =>
    `Сортировать по столбцу «${column}» ${direction === "ascending" ? "по возрастанию" : "по убыванию"}`,
  openMatrixOf: (name) => `Открыть матрицу: ${name}`,
  noMatrixFor: (name) => `У сотрудника ${name} нет листа матрицы.`,
  failed: (detail) => `Не удалось прочитать книгу: ${detail}`,
};

export const visualStrings: Record<Lang, VisualStrings> = { en, ru };
