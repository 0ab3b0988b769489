/** Library cards for the store floor: the store's stock, service, shelves and costs. */
import type { LibraryCard } from "./types";
import { t, PERCENT, POS, ERP, WMS, AUDIT } from "./units";
import { MINUTES, POINTS, SURVEY } from "./measures";

export const STORE_CARDS: LibraryCard[] = [
  {
    code: "STORE_STOCK_DEVIATION",
    category: "stock",
    name: t("Store stock deviation from the norm", "Отклонение запаса магазина от норматива"),
    description: t(
      "How far the store's stock at cost is from its norm, either way: |stock − norm| ÷ norm. Above 30 % scores 0.",
      "Насколько запас магазина в себестоимости отходит от норматива в любую сторону: |запас − норматив| ÷ норматив. Выше 30 % — 0."
    ),
    unit: PERCENT,
    direction: "lower",
    method: "corridor",
    min: 0.3,
    plan: 0.1,
    max: 0,
    source: WMS,
  },
  {
    code: "STORE_SHRINKAGE",
    category: "stock",
    name: t("Store shrinkage (store-wide)", "Потери магазина (общий показатель)"),
    description: t(
      "Store-wide KPI: one fact for the whole store, the same in the matrix of every employee there. The store's stock-count shortages and write-offs ÷ its turnover. Above 1 % scores 0.",
      "Общий показатель магазина: один факт на весь магазин, одинаковый в матрице каждого его сотрудника. Недостачи по инвентаризации и списания магазина ÷ его товарооборот. Выше 1 % — 0."
    ),
    unit: PERCENT,
    direction: "lower",
    method: "corridor",
    min: 0.01,
    plan: 0.005,
    max: 0,
    source: WMS,
    collective: true,
  },
  {
    code: "WRITE_OFFS",
    category: "stock",
    name: t(
      "Write-offs of expired and damaged goods",
      "Списания просроченного и повреждённого товара"
    ),
    description: t(
      "Goods written off as expired or damaged, at cost ÷ turnover.",
      "Товар, списанный из-за истёкшего срока или повреждения, в себестоимости ÷ товарооборот."
    ),
    unit: PERCENT,
    direction: "lower",
    method: "inverse",
    source: WMS,
  },
  {
    code: "STOCK_RECORD_ACCURACY",
    category: "stock",
    name: t("Stock-record accuracy", "Точность учёта остатков"),
    description: t(
      "Items whose counted stock matches the records ÷ items counted.",
      "Позиции, где пересчитанный остаток совпал с учётным ÷ пересчитанные позиции."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "corridor",
    min: 0.9,
    plan: 0.98,
    max: 1,
    source: WMS,
  },
  {
    code: "RETURNS_SHARE",
    category: "sales",
    name: t("Customer returns share", "Доля возвратов покупателей"),
    description: t(
      "Goods returned by customers ÷ goods sold, in money.",
      "Возвраты покупателей ÷ продажи, в деньгах."
    ),
    unit: PERCENT,
    direction: "lower",
    method: "inverse",
    source: POS,
  },
  {
    code: "PRICE_TAG_ACCURACY",
    category: "customers",
    name: t("Price-tag accuracy", "Правильность ценников"),
    description: t(
      "Checked price tags that match the till price ÷ price tags checked.",
      "Проверенные ценники, совпадающие с ценой на кассе ÷ все проверенные ценники."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "corridor",
    min: 0.9,
    plan: 0.98,
    max: 1,
    source: AUDIT,
  },
  {
    code: "PLANOGRAM",
    category: "customers",
    name: t("Planogram compliance", "Соблюдение планограмм"),
    description: t(
      "Shelves laid out as the planogram shows ÷ shelves checked.",
      "Полки, выложенные по планограмме ÷ проверенные полки."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "corridor",
    min: 0.8,
    plan: 0.95,
    max: 1,
    source: AUDIT,
  },
  {
    code: "QUEUE_TIME",
    category: "customers",
    name: t("Checkout waiting time", "Время ожидания на кассе"),
    description: t(
      "Average minutes a customer waits in the checkout queue. Over 10 minutes scores 0; 1 minute or less counts as 1.",
      "Среднее время ожидания покупателя в очереди на кассе, в минутах. Дольше 10 минут — 0; минута и меньше считается как 1."
    ),
    unit: MINUTES,
    direction: "lower",
    method: "corridor",
    min: 10,
    plan: 3,
    max: 1,
    source: AUDIT,
  },
  {
    code: "NPS",
    category: "customers",
    name: t("Net Promoter Score (NPS)", "Индекс лояльности покупателей (NPS)"),
    description: t(
      "Share of promoters (9–10) minus share of detractors (0–6) among surveyed customers, in points from −100 to 100. Below 0 scores 0; above 70 counts as 70.",
      "Доля сторонников (9–10) минус доля критиков (0–6) среди опрошенных покупателей, в пунктах от −100 до 100. Ниже 0 — 0; выше 70 считается как 70."
    ),
    unit: POINTS,
    direction: "higher",
    method: "corridor",
    min: 0,
    plan: 40,
    max: 70,
    source: SURVEY,
  },
  {
    code: "CSAT",
    category: "customers",
    name: t("Customer satisfaction (CSAT)", "Удовлетворённость покупателей (CSAT)"),
    description: t(
      "Customers rating the service 4 or 5 out of 5 ÷ customers surveyed.",
      "Покупатели, оценившие обслуживание на 4 или 5 из 5 ÷ опрошенные покупатели."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "corridor",
    min: 0.7,
    plan: 0.9,
    max: 1,
    source: SURVEY,
  },
  {
    code: "PAYROLL_SHARE",
    category: "productivity",
    name: t("Payroll share of turnover", "Доля фонда оплаты труда в товарообороте"),
    description: t(
      "Staff costs with payroll taxes ÷ turnover.",
      "Затраты на персонал со страховыми взносами ÷ товарооборот."
    ),
    unit: PERCENT,
    direction: "lower",
    method: "inverse",
    source: ERP,
  },
  {
    code: "COST_BUDGET",
    category: "productivity",
    name: t("Cost budget compliance", "Соблюдение бюджета затрат"),
    description: t(
      "Actual operating costs ÷ budget. Above 110 % scores 0; 90 % or less counts as 90 %.",
      "Фактические операционные затраты ÷ бюджет. Выше 110 % — 0; 90 % и ниже считается как 90 %."
    ),
    unit: PERCENT,
    direction: "lower",
    method: "inverse",
    min: 1.1,
    plan: 1,
    max: 0.9,
    source: ERP,
  },
];
