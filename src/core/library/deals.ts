/** Library cards for sales managers: leads, deals, calls and the customers they answer. */
import type { LibraryCard } from "./types";
import { t, PERCENT, MONEY, PIECES, DAYS, CRM, ERP } from "./units";
import { MINUTES, PHONE } from "./measures";

/** Plan-fulfilment bounds: below 80 % scores 0, above 120 % counts as 120 %. */
const FULFILMENT = { min: 0.8, plan: 1, max: 1.2 };

export const DEALS_CARDS: LibraryCard[] = [
  {
    code: "LEADS",
    category: "deals",
    name: t("Leads", "Лиды (заявки)"),
    description: t(
      "New requests from potential customers (calls, site forms, messages) taken into work.",
      "Новые заявки потенциальных клиентов (звонки, формы на сайте, сообщения), взятые в работу."
    ),
    unit: PIECES,
    direction: "higher",
    method: "ratio",
    source: CRM,
  },
  {
    code: "LEADS_PLAN",
    category: "deals",
    name: t("Leads plan fulfilment", "Выполнение плана по лидам"),
    description: t(
      "Leads taken into work ÷ the leads plan, as a percentage.",
      "Лиды, взятые в работу ÷ план по лидам, в процентах."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "ratio",
    ...FULFILMENT,
    source: CRM,
  },
  {
    code: "LEAD_CONVERSION",
    category: "deals",
    name: t("Lead-to-deal conversion", "Конверсия лидов в сделки"),
    description: t(
      "Deals won ÷ leads taken into work. Below 10 % scores 0; above 30 % counts as 30 %.",
      "Выигранные сделки ÷ лиды, взятые в работу. Ниже 10 % — 0; выше 30 % считается как 30 %."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "ratio",
    min: 0.1,
    plan: 0.2,
    max: 0.3,
    source: CRM,
  },
  {
    code: "DEALS_WON",
    category: "deals",
    name: t("Deals won", "Заключённые сделки"),
    description: t(
      "Deals closed by a payment or a signed contract in the period.",
      "Сделки, закрытые оплатой или подписанным договором за период."
    ),
    unit: PIECES,
    direction: "higher",
    method: "ratio",
    source: CRM,
  },
  {
    code: "AVG_DEAL",
    category: "deals",
    name: t("Average deal", "Средняя сумма сделки"),
    description: t(
      "Revenue from the deals won ÷ the number of deals won.",
      "Выручка по выигранным сделкам ÷ их количество."
    ),
    unit: MONEY,
    direction: "higher",
    method: "ratio",
    source: CRM,
  },
  {
    code: "AVG_DEAL_PLAN",
    category: "deals",
    name: t("Average deal plan fulfilment", "Выполнение плана по средней сумме сделки"),
    description: t(
      "Actual average deal ÷ planned average deal, as a percentage.",
      "Фактическая средняя сумма сделки ÷ плановая, в процентах."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "ratio",
    ...FULFILMENT,
    source: CRM,
  },
  {
    code: "REFUSAL_RATE",
    category: "deals",
    name: t("Refusal rate", "Доля отказов"),
    description: t(
      "Confirmed orders the customer later refused or cancelled ÷ confirmed orders. Above 20 % scores 0; 3 % or less counts as 3 %.",
      "Подтверждённые заказы, от которых клиент затем отказался ÷ подтверждённые заказы. Выше 20 % — 0; 3 % и ниже считается как 3 %."
    ),
    unit: PERCENT,
    direction: "lower",
    method: "corridor",
    min: 0.2,
    plan: 0.1,
    max: 0.03,
    source: CRM,
  },
  {
    code: "MISSED_CALLS",
    category: "deals",
    name: t("Missed calls", "Пропущенные звонки"),
    description: t(
      "Incoming calls neither answered nor returned within 15 minutes ÷ incoming calls. Above 10 % scores 0.",
      "Входящие звонки без ответа и без перезвона в течение 15 минут ÷ все входящие. Выше 10 % — 0."
    ),
    unit: PERCENT,
    direction: "lower",
    method: "corridor",
    min: 0.1,
    plan: 0.03,
    max: 0,
    source: PHONE,
  },
  {
    code: "COMPLAINTS",
    category: "deals",
    name: t("Justified complaints", "Обоснованные жалобы клиентов"),
    description: t(
      "Customer complaints found justified after review, in the period. None scores 100 %; 3 or more score 0.",
      "Жалобы клиентов, признанные обоснованными после разбора, за период. Ни одной — 100 %; 3 и больше — 0."
    ),
    unit: PIECES,
    direction: "lower",
    method: "corridor",
    min: 3,
    plan: 0,
    max: 0,
    source: CRM,
  },
  {
    code: "RESPONSE_TIME",
    category: "deals",
    name: t("First response time", "Время первого ответа на заявку"),
    description: t(
      "Average minutes from a new lead to the manager's first reply. Over 60 minutes scores 0; 5 minutes or less counts as 5.",
      "Среднее время в минутах от новой заявки до первого ответа менеджера. Дольше 60 минут — 0; 5 минут и меньше считается как 5."
    ),
    unit: MINUTES,
    direction: "lower",
    method: "corridor",
    min: 60,
    plan: 15,
    max: 5,
    source: CRM,
  },
  {
    code: "SALES_CYCLE",
    category: "deals",
    name: t("Sales cycle", "Длительность цикла сделки"),
    description: t(
      "Average days from a lead to the deal's payment. Set the plan from your own history: it depends on the product.",
      "Среднее число дней от заявки до оплаты сделки. План задайте по своей истории: он зависит от товара."
    ),
    unit: DAYS,
    direction: "lower",
    method: "inverse",
    source: CRM,
  },
  {
    code: "CALLS_MADE",
    category: "deals",
    name: t("Outgoing calls", "Исходящие звонки"),
    description: t(
      "Outgoing calls to customers that lasted at least a minute, in the period.",
      "Исходящие звонки клиентам длительностью от минуты за период."
    ),
    unit: PIECES,
    direction: "higher",
    method: "ratio",
    source: PHONE,
  },
  {
    code: "CRM_COMPLETENESS",
    category: "deals",
    name: t("CRM data completeness", "Полнота данных в CRM"),
    description: t(
      "Open deals with every required field and a scheduled next step ÷ open deals.",
      "Открытые сделки со всеми обязательными полями и назначенным следующим шагом ÷ все открытые сделки."
    ),
    unit: PERCENT,
    direction: "higher",
    method: "corridor",
    min: 0.8,
    plan: 0.95,
    max: 1,
    source: CRM,
  },
  {
    code: "OVERDUE_RECEIVABLES",
    category: "deals",
    name: t("Overdue receivables", "Просроченная дебиторская задолженность"),
    description: t(
      "Customer debt past its due date ÷ all customer debt, at the period end. Above 10 % scores 0.",
      "Долг клиентов с истёкшим сроком оплаты ÷ весь долг клиентов на конец периода. Выше 10 % — 0."
    ),
    unit: PERCENT,
    direction: "lower",
    method: "corridor",
    min: 0.1,
    plan: 0.03,
    max: 0,
    source: ERP,
  },
];
