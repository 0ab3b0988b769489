/** The dashboard panel's words, in English and Russian. */
import type { Lang } from "../../core/card";
import { plural } from "../i18n/plural";
import type { DashboardResult } from "../../workbook/dashboard-plan";

export interface DashboardStrings {
  title: Record<"matrix" | "team", string>;
  intro: { matrix: string; team: string };
  build: { matrix: string; team: string };
  building: string;
  built(r: DashboardResult): string;
  omitted(codes: string): string;
  nothing: string;
  show: string;
  failed(detail: string): string;
}

export const en: DashboardStrings = {
  title: { matrix: "Dashboard", team: "Team dashboard" },
  intro: {
    matrix:
      "A sheet of tiles (fact, plan, index, a progress bar and a status light per KPI), the team's scores ranked and the trend from History, as charts. Plain Excel: it needs no add-in to view and follows the facts as they are typed.",
    team: "The team's dashboard: the register's average score, bonus and fund, everyone's scores ranked in a chart, and each KPI's trend from History.",
  },
  build: { matrix: "Build dashboard", team: "Build team dashboard" },
  building: "Building…",
  built: (r) => {
    const parts = [
      `${r.tiles} ${plural("en", r.tiles, { one: "tile", other: "tiles" })}`,
      `${r.ranked} ${plural("en", r.ranked, { one: "person", other: "people" })} ranked`,
      r.periods > 0
        ? `a trend of ${r.periods} ${plural("en", r.periods, { one: "period", other: "periods" })}`
        : "no trend yet (History is empty)",
    ];
    return `${r.built === "new" ? "Dashboard built" : "Dashboard updated"} on the sheet “${r.sheet}”: ${parts.join(", ")}.`;
  },
  omitted: (codes) => `The trend chart shows the first KPIs only; left out: ${codes}.`,
  nothing: "Nothing to show yet: build a matrix or the bonus register first.",
  show: "Show the dashboard",
  failed: (detail) => `Could not build the dashboard: ${detail}`,
};

const ruPlural = (n: number, one: string, few: string, many: string) =>
  plural("ru", n, { one, few, many, other: few });

export const ru: DashboardStrings = {
  title: { matrix: "Дашборд", team: "Дашборд коллектива" },
  intro: {
    matrix:
      "Лист с плитками (факт, план, индекс, полоса выполнения и светофор статуса для каждого KPI), рейтингом результатов коллектива и динамикой из истории в виде диаграмм. Обычный Excel: для просмотра надстройка не нужна, всё следует за вводимыми фактами.",
    team: "Дашборд коллектива: средний результат, премии и фонд из ведомости, рейтинг всех на диаграмме и динамика каждого KPI из истории.",
  },
  build: { matrix: "Построить дашборд", team: "Построить дашборд коллектива" },
  building: "Построение…",
  built: (r) => {
    const parts = [
      `${r.tiles} ${ruPlural(r.tiles, "плитка", "плитки", "плиток")}`,
      `в рейтинге ${r.ranked} ${ruPlural(r.ranked, "человек", "человека", "человек")}`,
      r.periods > 0
        ? `динамика за ${r.periods} ${ruPlural(r.periods, "период", "периода", "периодов")}`
        : "динамики пока нет (история пуста)",
    ];
    return `${r.built === "new" ? "Дашборд построен" : "Дашборд обновлён"} на листе «${r.sheet}»: ${parts.join(", ")}.`;
  },
  omitted: (codes) => `На диаграмме динамики только первые KPI; не вошли: ${codes}.`,
  nothing: "Пока нечего показать: сначала постройте матрицу или ведомость премий.",
  show: "Показать дашборд",
  failed: (detail) => `Не удалось построить дашборд: ${detail}`,
};

export const dashboardStrings: Record<Lang, DashboardStrings> = { en, ru };
