/** Library cards for stores: sales, customers and productivity. */
import type { LibraryCard } from "./types";
import { t, PERCENT, MONEY, PEOPLE, PIECES, MONEY_PER_SQM, MONEY_PER_HOUR } from "./units";
import { MONEY_PER_CHECKOUT, POS, ERP, COUNTER, CRM, AUDIT } from "./units";

/** Plan-fulfilment bounds: below 80 % scores 0, above 120 % counts as 120 %. */
const FULFILMENT = { min: 0.8, plan: 1, max: 1.2 };

export const RETAIL_CARDS: LibraryCard[] = [
  {
    code: "SALES_VOL",
    category: "sales",
    name: t("Sales volume", "Объём продаж"),
    description: t(
      "Revenue for the period, VAT included, less returns.",
      "Выручка за период с НДС за вычетом возвратов."
    ),
    unit: MONEY,
    direction: "higher",
    method: "ratio",
    source: POS,
  },
  {
    code: "TURNOVER_PLAN",
    category: "sales",
    name: t("Turnover plan fulfilment", "Выполнение плана товарооборота"),
    description: t(
      "Actual turnover ÷ planned turnover. Enter the fact as a percentage.",
      "Фактический товарооборот ÷ плановый. Факт вводится в процентах."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "ratio",
    ...FULFILMENT,
    source: ERP,
  },
  {
    code: "PROFIT_PLAN",
    category: "sales",
    name: t("Profit plan fulfilment", "Выполнение плана по прибыли"),
    description: t(
      "Actual gross profit ÷ planned gross profit, as a percentage.",
      "Фактическая валовая прибыль ÷ плановая, в процентах."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "ratio",
    ...FULFILMENT,
    source: ERP,
  },
  {
    code: "SALES_PLAN_PERSONAL",
    category: "sales",
    name: t("Personal sales plan fulfilment", "Выполнение личного плана продаж"),
    description: t(
      "The employee's own sales ÷ their personal plan, as a percentage.",
      "Личные продажи сотрудника ÷ его личный план, в процентах."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "ratio",
    min: 0.8,
    plan: 1,
    max: 1.3,
    source: POS,
  },
  {
    code: "GROSS_MARGIN",
    category: "sales",
    name: t("Gross margin", "Валовая маржа"),
    description: t(
      "Gross profit ÷ revenue for the period.",
      "Валовая прибыль ÷ выручка за период."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "ratio",
    source: ERP,
  },
  {
    code: "AVG_CHECK",
    category: "sales",
    name: t("Average check", "Средний чек"),
    description: t("Revenue ÷ number of checks.", "Выручка ÷ количество чеков."),
    unit: MONEY,
    direction: "higher",
    method: "ratio",
    source: POS,
  },
  {
    code: "ITEMS_PER_CHECK",
    category: "sales",
    name: t("Items per check", "Количество позиций в чеке"),
    description: t(
      "Items sold ÷ number of checks (basket depth).",
      "Продано позиций ÷ количество чеков (глубина чека)."
    ),
    unit: PIECES,
    direction: "higher",
    method: "ratio",
    source: POS,
  },
  {
    code: "PROMO_SHARE",
    category: "sales",
    name: t("Share of promo goods in sales", "Доля промо-товаров в продажах"),
    description: t(
      "Revenue from promotional goods ÷ total revenue; a high share erodes the margin.",
      "Выручка от промо-товаров ÷ вся выручка; высокая доля съедает маржу."
    ),
    unit: PERCENT,
    direction: "lower",
    method: "inverse",
    source: POS,
  },
  {
    code: "TRAFFIC",
    category: "customers",
    name: t("Traffic", "Трафик"),
    description: t("Visitors who entered the store.", "Посетители, вошедшие в магазин."),
    unit: PEOPLE,
    direction: "higher",
    method: "ratio",
    source: COUNTER,
    // The store's as a whole: one fact for everyone there.
    collective: true,
  },
  {
    code: "CONVERSION",
    category: "customers",
    name: t("Conversion", "Конверсия"),
    description: t(
      "Checks ÷ visitors: the share of visitors who bought.",
      "Чеки ÷ посетители: доля посетителей, сделавших покупку."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "ratio",
    source: COUNTER,
  },
  {
    code: "BUYERS",
    category: "customers",
    name: t("Buyers", "Количество покупателей"),
    description: t(
      "Customers who bought in the period (checks, or unique loyalty cards).",
      "Покупатели за период (чеки или уникальные карты лояльности)."
    ),
    unit: PEOPLE,
    direction: "higher",
    method: "ratio",
    source: POS,
  },
  {
    code: "RETURNING_SHARE",
    category: "customers",
    name: t("Returning-customer share", "Доля повторных покупателей"),
    description: t(
      "Buyers who bought before ÷ all buyers of the period.",
      "Покупатели, покупавшие ранее ÷ все покупатели периода."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "ratio",
    source: CRM,
  },
  {
    code: "NEW_VS_RETURNING",
    category: "customers",
    name: t("New versus returning customers", "Новые покупатели к постоянным"),
    description: t(
      "New buyers ÷ returning buyers: how fast the customer base grows.",
      "Новые покупатели ÷ постоянные: скорость роста клиентской базы."
    ),
    unit: t("ratio", "отношение"),
    direction: "higher",
    method: "ratio",
    source: CRM,
  },
  {
    code: "MYSTERY_SHOPPER",
    category: "customers",
    name: t("Mystery-shopper score", "Оценка «тайного покупателя»"),
    description: t(
      "Points scored ÷ points possible on the service checklist.",
      "Набранные баллы ÷ максимум по чек-листу обслуживания."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "corridor",
    min: 0.7,
    plan: 0.9,
    max: 1,
    source: AUDIT,
  },
  {
    code: "SALES_PER_SQM",
    category: "productivity",
    name: t("Turnover per m²", "Товарооборот на 1 м²"),
    description: t("Turnover ÷ sales floor area.", "Товарооборот ÷ торговая площадь."),
    unit: MONEY_PER_SQM,
    direction: "higher",
    method: "ratio",
    source: ERP,
    // The store's as a whole: one fact for everyone there.
    collective: true,
  },
  {
    code: "SALES_PER_MANHOUR",
    category: "productivity",
    name: t("Turnover per man-hour", "Товарооборот на человеко-час"),
    description: t(
      "Turnover ÷ hours worked by store staff.",
      "Товарооборот ÷ отработанные часы персонала магазина."
    ),
    unit: MONEY_PER_HOUR,
    direction: "higher",
    method: "ratio",
    source: ERP,
    // The store's as a whole: one fact for everyone there.
    collective: true,
  },
  {
    code: "SALES_PER_CHECKOUT",
    category: "productivity",
    name: t("Turnover per checkout", "Товарооборот на кассу"),
    description: t("Turnover ÷ working checkouts.", "Товарооборот ÷ число работающих касс."),
    unit: MONEY_PER_CHECKOUT,
    direction: "higher",
    method: "ratio",
    source: POS,
    // The store's as a whole: one fact for everyone there.
    collective: true,
  },
  {
    code: "REVENUE_PER_VISIT",
    category: "productivity",
    name: t("Revenue per visit", "Выручка на одно посещение"),
    description: t(
      "Revenue ÷ visits (store or site).",
      "Выручка ÷ посещения (магазина или сайта)."
    ),
    unit: MONEY,
    direction: "higher",
    method: "ratio",
    source: COUNTER,
  },
  {
    code: "COST_PER_VISITOR",
    category: "productivity",
    name: t("Cost per visitor", "Затраты на одного посетителя"),
    description: t(
      "Operating or marketing costs ÷ visitors.",
      "Операционные или маркетинговые затраты ÷ посетители."
    ),
    unit: MONEY,
    direction: "lower",
    method: "inverse",
    source: ERP,
  },
  {
    code: "COST_PER_SALE",
    category: "productivity",
    name: t("Cost per sale", "Затраты на одну продажу"),
    description: t(
      "Operating or marketing costs ÷ checks (orders).",
      "Операционные или маркетинговые затраты ÷ чеки (заказы)."
    ),
    unit: MONEY,
    direction: "lower",
    method: "inverse",
    source: ERP,
  },
];
