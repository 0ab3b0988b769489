/** The sandbox page's own words (the grid and the banner), in English and Russian. */
export interface SandboxLabels {
  banner: string;
  workbook: string;
  taskPane: string;
  formulaBar: (address: string) => string;
  sheet: (name: string) => string;
  emptyWorkbook: string;
  editCell: (address: string) => string;
  sheets: string;
  /** The sheet a workbook with no sheet gets when the user types into it (as Excel's first). */
  firstSheet: string;
}

export const SANDBOX_LABELS: Record<"en" | "ru", SandboxLabels> = {
  en: {
    banner: "KPI Cards — sandbox: a HyperFormula workbook with the KPI functions",
    workbook: "Workbook",
    taskPane: "Task pane",
    formulaBar: (address) => `Formula bar, cell ${address}`,
    sheet: (name) => `Sheet ${name}`,
    emptyWorkbook: "Empty workbook",
    editCell: (address) => `Edit cell ${address}`,
    sheets: "Sheets",
    firstSheet: "Sheet1",
  },
  ru: {
    banner: "Карточки KPI — песочница: книга HyperFormula с функциями KPI",
    workbook: "Книга",
    taskPane: "Панель задач",
    formulaBar: (address) => `Строка формул, ячейка ${address}`,
    sheet: (name) => `Лист ${name}`,
    emptyWorkbook: "Пустая книга",
    editCell: (address) => `Изменить ячейку ${address}`,
    sheets: "Листы",
    firstSheet: "Лист1",
  },
};
