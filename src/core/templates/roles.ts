/**
 * The role templates themselves: the role matrices of the retail methodology, plus a blank one.
 * Apart from the functions that turn them into cards, so the task pane can list them without
 * loading the whole KPI library.
 */
import type { RoleTemplate } from "./types";

/** Every template, in picker order (blank last). */
export const ROLE_TEMPLATES: readonly RoleTemplate[] = [
  {
    id: "store-director",
    name: { en: "Store director", ru: "Директор магазина" },
    description: {
      en: "Turnover and profit first, then losses, service and a stable team.",
      ru: "Прежде всего оборот и прибыль, затем потери, сервис и стабильная команда.",
    },
    rows: [
      { code: "TURNOVER_PLAN", weight: 0.4 },
      { code: "PROFIT_PLAN", weight: 0.2 },
      { code: "SHRINKAGE", weight: 0.15 },
      { code: "MYSTERY_SHOPPER", weight: 0.1 },
      { code: "STAFF_TURNOVER", weight: 0.15 },
    ],
  },
  {
    id: "sales-clerk",
    name: { en: "Sales clerk", ru: "Продавец-консультант" },
    description: {
      en: "Personal sales, a bigger and deeper basket, service quality, and the store's shrinkage shared by the team.",
      ru: "Личные продажи, больший и более глубокий чек, качество обслуживания и общие потери магазина.",
    },
    rows: [
      { code: "SALES_PLAN_PERSONAL", weight: 0.45 },
      { code: "AVG_CHECK", weight: 0.2 },
      { code: "ITEMS_PER_CHECK", weight: 0.1 },
      { code: "MYSTERY_SHOPPER", weight: 0.15 },
      // The store's shrinkage, shared by every clerk of the store.
      { code: "STORE_SHRINKAGE", weight: 0.1 },
    ],
  },
  {
    id: "sales-manager",
    name: { en: "Sales manager", ru: "Менеджер по продажам" },
    description: {
      en: "The sales funnel: more leads, more of them turned into deals, bigger deals; customers answered fast and without complaints.",
      ru: "Воронка продаж: больше заявок, выше конверсия в сделки, крупнее сделки; клиентам отвечают быстро и без жалоб.",
    },
    rows: [
      { code: "LEADS_PLAN", weight: 0.15 },
      { code: "LEAD_CONVERSION", weight: 0.2 },
      { code: "AVG_DEAL_PLAN", weight: 0.2 },
      { code: "REFUSAL_RATE", weight: 0.15 },
      { code: "MISSED_CALLS", weight: 0.1 },
      { code: "RESPONSE_TIME", weight: 0.1 },
      { code: "COMPLAINTS", weight: 0.1 },
    ],
  },
  {
    id: "head-of-logistics",
    name: { en: "Head of logistics", ru: "Руководитель логистики" },
    description: {
      en: "Right stock in the right place, on time, at a reasonable cost.",
      ru: "Нужный запас в нужном месте, вовремя и с разумными затратами.",
    },
    rows: [
      { code: "STOCK_NORM", weight: 0.3 },
      { code: "ON_TIME_DELIVERY", weight: 0.25 },
      { code: "ILLIQUID_SHARE", weight: 0.2 },
      { code: "INVENTORY_TURNOVER", weight: 0.15 },
      { code: "LOGISTICS_COST_SHARE", weight: 0.1 },
    ],
  },
  {
    id: "head-of-development",
    name: { en: "Head of development", ru: "Руководитель развития" },
    description: {
      en: "New stores opened on plan, on time, within budget, and selling as planned; SMART tasks done on time.",
      ru: "Новые магазины по плану, в срок, в рамках бюджета и с плановыми продажами; SMART-задачи в срок.",
    },
    rows: [
      { code: "NEW_STORES", weight: 0.35 },
      { code: "NEW_STORE_SALES", weight: 0.25 },
      { code: "OPENING_BUDGET", weight: 0.15 },
      { code: "OPENINGS_ON_TIME", weight: 0.1 },
      { code: "SMART_TASKS", weight: 0.15 },
    ],
  },
  {
    id: "blank",
    name: { en: "Blank", ru: "Пустой" },
    description: {
      en: "No KPIs yet: pick cards yourself.",
      ru: "Без показателей: выберите карточки сами.",
    },
    rows: [],
  },
];
