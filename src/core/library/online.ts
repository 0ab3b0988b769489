/** Library cards for e-commerce, customer service and development. */
import type { LibraryCard } from "./types";
import { t, PERCENT, PEOPLE, PIECES, DAYS, HOURS, WEB, CRM, ERP } from "./units";
import { TASKS } from "./measures";

export const ONLINE_AND_DEVELOPMENT_CARDS: LibraryCard[] = [
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
    code: "FIRST_CONTACT_RESOLUTION",
    category: "ecommerce",
    name: t("First-contact resolution", "Решение с первого обращения"),
    description: t(
      "Requests resolved in the first contact ÷ requests resolved. Below 60 % scores 0.",
      "Обращения, решённые с первого контакта ÷ все решённые обращения. Ниже 60 % — 0."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "corridor",
    min: 0.6,
    plan: 0.8,
    max: 1,
    source: CRM,
  },
  {
    code: "ORDER_DELIVERY_TIME",
    category: "ecommerce",
    name: t("Order delivery time", "Срок доставки заказа"),
    description: t(
      "Average days from an online order to its handover to the customer.",
      "Среднее число дней от интернет-заказа до вручения покупателю."
    ),
    unit: DAYS,
    direction: "lower",
    method: "inverse",
    source: ERP,
  },
  {
    code: "ONLINE_ON_TIME",
    category: "ecommerce",
    name: t("Online orders delivered on time", "Интернет-заказы, доставленные в срок"),
    description: t(
      "Orders handed over by the promised date ÷ orders handed over. Below 85 % scores 0.",
      "Заказы, врученные к обещанной дате ÷ все врученные заказы. Ниже 85 % — 0."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "corridor",
    min: 0.85,
    plan: 0.95,
    max: 1,
    source: ERP,
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
    code: "SMART_TASKS",
    category: "development",
    name: t("SMART tasks done on time", "SMART-задачи, выполненные в срок"),
    description: t(
      "Tasks set as SMART (specific, measurable, achievable, relevant, with a deadline) done by their deadline ÷ such tasks due in the period. Below 60 % scores 0.",
      "Задачи, поставленные по SMART (конкретные, измеримые, достижимые, значимые, со сроком), выполненные к сроку ÷ такие задачи со сроком в периоде. Ниже 60 % — 0."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "corridor",
    min: 0.6,
    plan: 0.9,
    max: 1,
    source: TASKS,
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
