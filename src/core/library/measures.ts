/**
 * Units and sources only the newer library cards use. Kept out of ./units, which the task pane
 * loads up front for `isPercentUnit`, so the pane's first download does not grow with the library.
 */
import { t } from "./units";

export const MINUTES = t("min", "мин");
export const POINTS = t("points", "пунктов");

export const PHONE = t("Telephony (PBX, call tracking)", "Телефония (АТС, коллтрекинг)");
export const TASKS = t("Task tracker / manager's review", "Трекер задач / оценка руководителя");
export const SURVEY = t("Customer surveys", "Опросы покупателей");
