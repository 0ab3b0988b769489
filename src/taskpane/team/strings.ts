/** The team panel's words, in English and Russian. */
import type { Lang } from "../../core/card";
import { plural } from "../i18n/plural";

export interface TeamStrings {
  title: string;
  intro: string;
  createStaff: string;
  staffCount(n: number, sheet: string): string;
  period: string;
  buildAll: string;
  building(done: number, total: number): string;
  cancel: string;
  cancelled(done: number, total: number): string;
  built(made: number, updated: number): string;
  skipped(items: string): string;
  conflicts(n: number): string;
  showRegister: string;
  showUnitFacts: string;
  /** Members with a collective KPI but no unit: "Anna (STORE_SHRINKAGE); …". */
  noUnit(items: string): string;
  /** Collective facts typed in a matrix over the unit's: "Boris (STORE_SHRINKAGE); …". */
  keptFacts(items: string): string;
  noStaffYet: string;
  reason: Record<
    "noPosition" | "unknownCode" | "unknownPosition" | "noCards",
    (code: string) => string
  >;
  failed(detail: string): string;
}

const matrices = (n: number) => plural("en", n, { one: "matrix", other: "matrices" });

export const en: TeamStrings = {
  title: "Whole staff",
  intro:
    "A staff table lists everyone with a position (a role template or card codes), a unit and a bonus base; build every matrix and the bonus register from it in one go.",
  createStaff: "Create the staff table",
  staffCount: (n, sheet) =>
    `${n} ${plural("en", n, { one: "person", other: "people" })} in the staff table (sheet “${sheet}”).`,
  period: "Period of the matrices",
  buildAll: "Build for everyone",
  building: (done, total) => `Writing… ${done} of ${total}`,
  cancel: "Cancel",
  cancelled: (done, total) =>
    `Stopped after ${done} of ${total} steps; what was written stays. Build again to finish.`,
  built: (made, updated) =>
    `${made} new ${matrices(made)}, ${updated} updated; the register follows them.`,
  skipped: (items) => `No matrix for: ${items}.`,
  conflicts: (n) =>
    `${n} ${plural("en", n, { one: "value was", other: "values were" })} changed in a sheet and kept as typed there.`,
  showRegister: "Show the register",
  showUnitFacts: "Show the unit facts",
  noUnit: (items) =>
    `No unit in the staff table, so collective KPIs are typed in the matrix itself: ${items}. Give them a unit and build again to take the unit's fact.`,
  keptFacts: (items) =>
    `Collective facts typed in a matrix were kept there, so the unit's fact is not used for: ${items}. Clear the cell and build again to take the unit's fact.`,
  noStaffYet: "The staff table has nobody yet: type people in it, then build.",
  reason: {
    noPosition: () => "no position given",
    unknownCode: (code) => `no card ${code}`,
    unknownPosition: (name) => `no role template called “${name}”`,
    noCards: () => "the position names no cards",
  },
  failed: (detail) => `Could not build for everyone: ${detail}`,
};

const ruPlural = (n: number, one: string, few: string, many: string) =>
  plural("ru", n, { one, few, many, other: few });

export const ru: TeamStrings = {
  title: "Весь коллектив",
  intro:
    "Таблица сотрудников: у каждого должность (шаблон роли или коды карточек), подразделение и база премии; по ней строятся все матрицы и ведомость премий за один раз.",
  createStaff: "Создать таблицу сотрудников",
  staffCount: (n, sheet) =>
    `В таблице сотрудников ${n} ${ruPlural(n, "человек", "человека", "человек")} (лист «${sheet}»).`,
  period: "Период матриц",
  buildAll: "Построить для всех",
  building: (done, total) => `Запись… ${done} из ${total}`,
  cancel: "Отменить",
  cancelled: (done, total) =>
    `Остановлено после ${done} из ${total} шагов; записанное сохранено. Постройте ещё раз, чтобы закончить.`,
  built: (made, updated) =>
    `Новых матриц: ${made}, обновлено: ${updated}; ведомость следует за ними.`,
  skipped: (items) => `Без матрицы: ${items}.`,
  conflicts: (n) =>
    `${n} ${ruPlural(n, "значение изменено", "значения изменены", "значений изменено")} на листах и оставлено как введено там.`,
  showRegister: "Показать ведомость",
  showUnitFacts: "Показать факты подразделений",
  noUnit: (items) =>
    `Не указано подразделение в таблице сотрудников, поэтому коллективные KPI вводятся в самой матрице: ${items}. Укажите подразделение и постройте ещё раз, чтобы брать факт подразделения.`,
  keptFacts: (items) =>
    `Коллективные факты, введённые в матрице, оставлены там, и факт подразделения для них не используется: ${items}. Очистите ячейку и постройте ещё раз, чтобы брать факт подразделения.`,
  noStaffYet: "В таблице сотрудников пока никого нет: впишите людей и постройте.",
  reason: {
    noPosition: () => "не указана должность",
    unknownCode: (code) => `нет карточки ${code}`,
    unknownPosition: (name) => `нет шаблона роли «${name}»`,
    noCards: () => "в должности нет карточек",
  },
  failed: (detail) => `Не удалось построить для всех: ${detail}`,
};

export const teamStrings: Record<Lang, TeamStrings> = { en, ru };
