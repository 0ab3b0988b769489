/** Library cards for staff, stock, logistics, e-commerce, service and development. */
import type { LibraryCard } from "./types";
import { t, PERCENT, PEOPLE, PIECES, DAYS, HOURS, HR, WMS, WEB, CRM, ERP } from "./units";

export const OPERATIONS_CARDS: LibraryCard[] = [
  {
    code: "STAFF_TURNOVER",
    category: "staff",
    name: t("Staff turnover", "Текучесть персонала"),
    description: t(
      "Leavers in the month ÷ average headcount. Above 5 % a month scores 0.",
      "Уволившиеся за месяц ÷ среднесписочная численность. Выше 5 % в месяц — 0."
    ),
    unit: PERCENT,
    direction: "lower",
    method: "corridor",
    min: 0.05,
    plan: 0.02,
    max: 0,
    source: HR,
  },
  {
    code: "STAFFING_LEVEL",
    category: "staff",
    name: t("Staffing level", "Укомплектованность штата"),
    description: t(
      "Filled positions ÷ positions in the staff schedule.",
      "Занятые ставки ÷ ставки по штатному расписанию."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "ratio",
    min: 0.8,
    plan: 1,
    max: 1,
    source: HR,
  },
  {
    code: "STOCK_NORM",
    category: "stock",
    name: t("Stock-norm compliance", "Соблюдение норматива товарного запаса"),
    description: t(
      "Items whose stock is within the norm ÷ all items in the assortment.",
      "Позиции с запасом в пределах норматива ÷ все позиции ассортимента."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "corridor",
    min: 0.8,
    plan: 0.95,
    max: 1,
    source: WMS,
  },
  {
    code: "ILLIQUID_SHARE",
    category: "stock",
    name: t("Share of illiquid stock", "Доля неликвидного запаса"),
    description: t(
      "Stock without sales for 90 days ÷ all stock, at cost.",
      "Запас без продаж 90 дней ÷ весь запас, в себестоимости."
    ),
    unit: PERCENT,
    direction: "lower",
    method: "corridor",
    min: 0.15,
    plan: 0.05,
    max: 0,
    source: WMS,
  },
  {
    code: "INVENTORY_TURNOVER",
    category: "stock",
    name: t("Inventory turnover", "Оборачиваемость запасов"),
    description: t(
      "Average stock ÷ average daily sales at cost: days to sell the stock.",
      "Средний запас ÷ среднедневные продажи в себестоимости: за сколько дней продаётся запас."
    ),
    unit: DAYS,
    direction: "lower",
    method: "inverse",
    source: WMS,
  },
  {
    code: "SHRINKAGE",
    category: "stock",
    name: t("Shrinkage", "Потери (недостачи)"),
    description: t(
      "Stock-count shortages and write-offs ÷ turnover. Above 1 % scores 0.",
      "Недостачи по инвентаризации и списания ÷ товарооборот. Выше 1 % — 0."
    ),
    unit: PERCENT,
    direction: "lower",
    method: "corridor",
    min: 0.01,
    plan: 0.005,
    max: 0,
    source: WMS,
  },
  {
    code: "OUT_OF_STOCK",
    category: "stock",
    name: t("Out-of-stock share", "Доля отсутствующих товаров (OOS)"),
    description: t(
      "Assortment items with zero stock on the shelf ÷ all items, at the check date.",
      "Позиции ассортимента с нулевым остатком ÷ все позиции на дату проверки."
    ),
    unit: PERCENT,
    direction: "lower",
    method: "corridor",
    min: 0.05,
    plan: 0.02,
    max: 0,
    source: WMS,
  },
  {
    code: "ON_TIME_DELIVERY",
    category: "stock",
    name: t("On-time deliveries", "Поставки в срок"),
    description: t(
      "Deliveries to stores made on the agreed date ÷ all deliveries.",
      "Поставки в магазины в согласованный срок ÷ все поставки."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "corridor",
    min: 0.85,
    plan: 0.95,
    max: 1,
    source: WMS,
  },
  {
    code: "PICKING_ACCURACY",
    category: "stock",
    name: t("Order picking accuracy", "Точность комплектации заказов"),
    description: t(
      "Orders picked without errors ÷ all orders picked.",
      "Заказы, собранные без ошибок ÷ все собранные заказы."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "corridor",
    min: 0.95,
    plan: 0.99,
    max: 1,
    source: WMS,
  },
  {
    code: "LOGISTICS_COST_SHARE",
    category: "stock",
    name: t("Logistics costs share", "Доля логистических затрат"),
    description: t(
      "Warehouse and transport costs ÷ turnover.",
      "Затраты на склад и транспорт ÷ товарооборот."
    ),
    unit: PERCENT,
    direction: "lower",
    method: "inverse",
    source: ERP,
  },
  {
    code: "ABANDONED_CART",
    category: "ecommerce",
    name: t("Abandoned-cart share", "Доля брошенных корзин"),
    description: t(
      "Carts not turned into orders ÷ carts created. Above 80 % scores 0.",
      "Корзины без оформленного заказа ÷ созданные корзины. Выше 80 % — 0."
    ),
    unit: PERCENT,
    direction: "lower",
    method: "corridor",
    min: 0.8,
    plan: 0.7,
    max: 0.5,
    source: WEB,
  },
  {
    code: "SITE_CONVERSION",
    category: "ecommerce",
    name: t("Site conversion", "Конверсия сайта"),
    description: t("Orders ÷ sessions.", "Заказы ÷ сеансы."),
    unit: PERCENT,
    direction: "higher",
    method: "ratio",
    source: WEB,
  },
  {
    code: "SUBSCRIBERS",
    category: "ecommerce",
    name: t("Subscribers", "Подписчики"),
    description: t(
      "Newsletter or social-media subscribers at the end of the period.",
      "Подписчики рассылки или соцсетей на конец периода."
    ),
    unit: PEOPLE,
    direction: "higher",
    method: "ratio",
    source: WEB,
  },
  {
    code: "CUSTOMER_CALLS",
    category: "ecommerce",
    name: t("Customer calls handled", "Обработанные обращения клиентов"),
    description: t(
      "Calls, chats and e-mails from customers answered in the period.",
      "Звонки, чаты и письма клиентов, обработанные за период."
    ),
    unit: PIECES,
    direction: "higher",
    method: "ratio",
    source: CRM,
  },
  {
    code: "AVG_RESOLUTION",
    category: "ecommerce",
    name: t("Average resolution time", "Среднее время решения обращения"),
    description: t(
      "Average hours from a customer's request to its resolution.",
      "Среднее время в часах от обращения клиента до его решения."
    ),
    unit: HOURS,
    direction: "lower",
    method: "inverse",
    source: CRM,
  },
  {
    code: "NEW_STORES",
    category: "development",
    name: t("New stores opened", "Открытие новых магазинов"),
    description: t(
      "Stores opened in the period against the opening plan.",
      "Магазины, открытые за период, против плана открытий."
    ),
    unit: PIECES,
    direction: "higher",
    method: "ratio",
    source: ERP,
  },
  {
    code: "NEW_STORE_SALES",
    category: "development",
    name: t("New stores' turnover plan fulfilment", "Выполнение плана оборота новых магазинов"),
    description: t(
      "Turnover of stores opened in the last 12 months ÷ their business-case plan.",
      "Оборот магазинов, открытых за 12 месяцев ÷ план по их бизнес-кейсу."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "ratio",
    min: 0.7,
    plan: 1,
    max: 1.2,
    source: ERP,
  },
  {
    code: "OPENING_BUDGET",
    category: "development",
    name: t("Opening budget compliance", "Соблюдение бюджета открытий"),
    description: t(
      "Actual opening costs ÷ budget. Above 120 % scores 0; 90 % or less counts as 90 %.",
      "Фактические затраты на открытия ÷ бюджет. Выше 120 % — 0; 90 % и ниже считается как 90 %."
    ),
    unit: PERCENT,
    direction: "lower",
    method: "inverse",
    min: 1.2,
    plan: 1,
    max: 0.9,
    source: ERP,
  },
  {
    code: "OPENINGS_ON_TIME",
    category: "development",
    name: t("Openings on schedule", "Открытия в срок"),
    description: t(
      "Stores opened by the planned date ÷ stores opened.",
      "Магазины, открытые к плановой дате ÷ открытые магазины."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "ratio",
    plan: 1,
    max: 1,
    source: ERP,
  },
  {
    code: "REVENUE_GROWTH",
    category: "development",
    name: t("Like-for-like sales growth", "Рост продаж сопоставимых магазинов (LFL)"),
    description: t(
      "Sales of stores open a year or more ÷ their sales a year ago, as a percentage.",
      "Продажи магазинов, работающих год и более ÷ их продажи год назад, в процентах."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "ratio",
    source: ERP,
  },
  {
    code: "MARKETING_ROI",
    category: "development",
    name: t("Marketing return", "Окупаемость маркетинга (ROMI)"),
    description: t(
      "Extra gross profit from campaigns ÷ campaign costs.",
      "Дополнительная валовая прибыль от кампаний ÷ затраты на кампании."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "ratio",
    source: ERP,
  },
];
