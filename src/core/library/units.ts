/** Units the library cards use, in both languages. */
import type { LocalText } from "../card";

/** A localized text. */
export const t = (en: string, ru: string): LocalText => ({ en, ru });

export const PERCENT = t("%", "%");
export const MONEY = t("RUB", "руб.");
export const PEOPLE = t("people", "чел.");
export const PIECES = t("pcs", "шт.");
export const DAYS = t("days", "дней");
export const HOURS = t("hours", "ч");
export const TIMES = t("times", "раз");
export const MONEY_PER_SQM = t("RUB/m²", "руб./м²");
export const MONEY_PER_HOUR = t("RUB/man-hour", "руб./чел.-ч");
export const MONEY_PER_CHECKOUT = t("RUB/checkout", "руб./касса");

export const POS = t("POS / cash registers", "Кассы / POS");
export const ERP = t("ERP / accounting", "Учётная система (1С, ERP)");
export const COUNTER = t("People counter", "Счётчик посетителей");
export const HR = t("HR records", "Кадровый учёт");
export const WMS = t("Stock records / WMS", "Складской учёт / WMS");
export const WEB = t("Web analytics", "Веб-аналитика");
export const CRM = t("CRM / loyalty programme", "CRM / программа лояльности");
export const AUDIT = t("Audit reports", "Отчёты проверок");

// Here rather than beside the cards: the sheet writers need it without loading the library.
/** True when a unit means "a fraction shown as a percentage". */
export function isPercentUnit(unit: string | undefined): boolean {
  return (unit ?? "").trim() === "%";
}
