/** Library cards for staff, stock and logistics. */
import type { LibraryCard } from "./types";
import { t, PERCENT, DAYS, HR, WMS, ERP } from "./units";

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
    code: "TRAINING_PLAN",
    category: "staff",
    name: t("Training plan completion", "Выполнение плана обучения"),
    description: t(
      "Employees who finished the planned training ÷ employees planned for it. Below 80 % scores 0.",
      "Сотрудники, прошедшие запланированное обучение ÷ запланированные к обучению. Ниже 80 % — 0."
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
    code: "ABSENTEEISM",
    category: "staff",
    name: t("Absenteeism", "Невыходы на работу"),
    description: t(
      "Hours lost to absences other than leave ÷ scheduled hours. Above 5 % scores 0.",
      "Часы, потерянные из-за невыходов (кроме отпусков) ÷ часы по графику. Выше 5 % — 0."
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
    code: "OVERTIME_SHARE",
    category: "staff",
    name: t("Overtime share", "Доля сверхурочных часов"),
    description: t(
      "Overtime hours ÷ hours worked. Above 10 % scores 0.",
      "Сверхурочные часы ÷ отработанные часы. Выше 10 % — 0."
    ),
    unit: PERCENT,
    direction: "lower",
    method: "corridor",
    min: 0.1,
    plan: 0.03,
    max: 0,
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
    code: "SUPPLIER_FILL_RATE",
    category: "stock",
    name: t("Supplier fill rate", "Выполнение заказов поставщиками"),
    description: t(
      "Units delivered by suppliers ÷ units ordered from them.",
      "Единицы товара, поставленные поставщиками ÷ заказанные у них."
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
];
