/** English strings of the task pane. The Russian table (ru.ts) must have the same keys. */
import { plural } from "./plural";

const cards = (n: number) => plural("en", n, { one: "card", other: "cards" });
export const en = {
  appTitle: "KPI Cards",
  language: "Language",
  loading: "Loading…",
  partLoading: "Opening…",
  partUnavailable: "This part of the pane could not load. Check the connection and try again.",
  tryAgain: "Try again",
  close: "Close",
  cancel: "Cancel",
  save: "Save",
  hostError: (detail: string) => `Could not read or change the workbook: ${detail}`,
  outsideExcel:
    "This task pane works inside Excel. Open it from the Home tab in Excel (desktop or web); for a demo without Excel, run npm run sandbox.",

  tabCards: "Cards",
  tabMatrix: "Matrix",
  tabLint: "Check",
  tabShare: "Share",

  // First start
  welcomeTitle: "Welcome to KPI Cards",
  welcomeText:
    "A KPI matrix weighs each person's KPIs into one score and a bonus, with live formulas in the sheet. Start from a role's ready matrix, or look around a sample workbook first.",
  welcomeTemplate: "Build from a role template",
  welcomeSample: "Open a sample workbook",
  welcomeSampleBuilding: "Building the sample…",
  sampleBuilt: (sheet: string) =>
    `The sample is in the workbook: the matrix “${sheet}” with this month's facts, a team of four and its bonus register. Type other facts to see everything follow.`,

  // Cards
  newCard: "New card",
  fromLibrary: "From library",
  searchCards: "Search cards",
  noCardsYet:
    "No cards yet. Add ready cards from the library or create one: the “KPI Cards” sheet is created on the first save.",
  noCardsFound: "No card matches the search.",
  cardCount: (n: number) => `${n} ${cards(n)}`,
  editCard: (name: string) => `Edit ${name}`,
  duplicateCard: (name: string) => `Duplicate ${name}`,
  deleteCard: (name: string) => `Delete ${name}`,
  edit: "Edit",
  duplicate: "Duplicate",
  delete: "Delete",
  cardSaved: (name: string) => `Card “${name}” saved.`,
  cardDeleted: (name: string) => `Card “${name}” deleted.`,
  deleteTitle: "Delete the card?",
  deleteText: (name: string) =>
    `“${name}” will be removed from the card table. Matrices that use it keep their rows; the check will point them out.`,
  editorNewTitle: "New card",
  editorEditTitle: "Edit card",
  fieldCode: "Code",
  fieldCodeHint: "Short and unique, e.g. SALES_VOL",
  fieldCodeFixed: "Matrices refer to the card by its code, so it stays.",
  fieldName: "Name",
  fieldGoal: "Goal",
  fieldUnit: "Unit",
  fieldPeriod: "Period",
  fieldMethod: "Method",
  fieldDirection: "Which way is better",
  directionUnset: "Not stated",
  fieldMin: "Minimum",
  fieldPlan: "Plan",
  fieldMax: "Maximum",
  fieldWeight: "Weight, %",
  fieldOwner: "Owner",
  fieldSource: "Data source",
  fieldActions: "Actions",
  fieldCollective: "Collective KPI: one fact per unit",
  fieldCollectiveHint:
    "Like a store's shrinkage: the fact is typed once in the unit facts table, and every matrix of the unit takes it from there.",
  methodRatio: "Ratio: fact ÷ plan",
  methodInverse: "Inverse: plan ÷ fact (lower is better)",
  methodCorridor: "Corridor: from minimum to plan",
  methodBinary: "Binary: plan reached or not",
  errNumber: "Enter a number, e.g. 1200 or 95,5.",

  // Library
  libraryTitle: "KPI library",
  searchLibrary: "Search the library",
  libraryUnavailable: "The library could not be loaded. Close this window and try again.",
  libraryAlreadyAdded: "already in the workbook",
  addSelected: (n: number) => (n === 0 ? "Add cards" : `Add ${n} ${cards(n)}`),
  libraryAdded: (n: number) => `${n} ${cards(n)} added from the library.`,
  directionHigher: "higher is better",
  directionLower: "lower is better",

  // Matrix
  matrixTarget: "Matrix",
  matrixNew: "New matrix",
  template: "Role template",
  templateNone: "No template (choose cards)",
  employee: "Employee or role",
  period: "Period",
  matrixCards: "Cards in the matrix",
  noCardsForMatrix: "Add cards on the Cards tab first, or choose a role template.",
  weightOf: (name: string) => `Weight of ${name}, %`,
  weightsTotal: (total: string) => `Total of weights: ${total}`,
  weightsMustBe100: (total: string) => `The weights total ${total}; they must total 100 %.`,
  weightsOk: "The weights total 100 %.",
  spreadEvenly: "Spread evenly",
  tooManyCards: (n: number) =>
    `${n} KPIs for one person dilute motivation; 3 to 7 is the usual range.`,
  bonusBase: "Bonus base",
  interpolation: "Scale mode",
  interpolationStep: "Steps",
  interpolationLinear: "Linear",
  bonusScale: "Bonus scale",
  scaleThreshold: (row: number) => `Score from, % (row ${row})`,
  scaleCoefficient: (row: number) => `Coefficient, % (row ${row})`,
  scaleFrom: "Score from, %",
  scaleCoef: "Coefficient, %",
  statusThresholds: "Status",
  statusAmberFrom: "Amber from, %",
  statusGreenFrom: "Green from, %",
  statusFromScale: (amber: string, green: string) =>
    `Blank: from the bonus scale (amber from ${amber}: it pays something; green from ${green}: it pays the full bonus).`,
  statusThresholdsInvalid: "Type percents (80 for 80 %); amber must not be above green.",
  addScaleRow: "Add a row",
  removeScaleRow: (row: number) => `Remove row ${row}`,
  scaleNotIncreasing: "Thresholds must increase from row to row.",
  build: "Build the matrix",
  rebuild: "Update the matrix",
  building: "Building…",
  matrixBuilt: (sheet: string) => `The matrix is on the sheet “${sheet}”.`,
  matrixRebuilt: (sheet: string) =>
    `The sheet “${sheet}” is updated; everything typed in the sheet is kept.`,
  sheetWon: (items: string) =>
    `Changed both here and in the sheet, so the sheet’s value stays: ${items}. The form now shows the sheet.`,
  conflictItem: (what: string, sheet: string, pane: string) =>
    `${what} (sheet ${sheet}, here ${pane})`,
  conflictRowKept: (kpi: string) => `${kpi} (edited in the sheet, so it stays)`,
  conflictRowGone: (kpi: string) => `${kpi} (deleted in the sheet, so it stays deleted)`,
  fieldLabel: (field: string): string =>
    (
      ({
        name: "title",
        code: "code",
        unit: "unit",
        method: "method",
        weight: "weight",
        min: "minimum",
        plan: "plan",
        max: "maximum",
        fact: "fact",
        employee: "employee",
        period: "period",
        bonusBase: "bonus base",
        scale: "bonus scale",
        interpolation: "scale mode",
        mode: "weighting mode",
        statusAmber: "status amber from",
        statusGreen: "status green from",
      }) as Record<string, string>
    )[field] ?? "value",
  nameErrorsLeft: (n: number) =>
    `Excel shows #NAME? in ${n} KPI ${plural("en", n, { one: "cell", other: "cells" })}: it does not know the KPI functions in this workbook. Close the pane and open KPI Cards again from the Home tab (that loads them); the cells recalculate by themselves once it has.`,
  relocalized: (n: number) =>
    `${n} KPI ${plural("en", n, { one: "formula was", other: "formulas were" })} written again with Excel's Russian function names (Excel showed #NAME? for the English ones).`,
  nextStepTitle: "What the next bonus step needs",
  nextStepIntro: (score: string, threshold: string, coefficient: string) =>
    `The score is ${score}; from ${threshold} the bonus coefficient is ${coefficient}. Each KPI alone (the others as they are) would need:`,
  nextStepFact: (name: string, fact: string, now: string) =>
    `${name}: a fact of ${fact} (now ${now})`,
  nextStepOut: (name: string) => `${name}: cannot reach it alone`,
  nextStepWaiting:
    "Once every KPI has a fact, this shows what each one needs for the next bonus step.",
  blockedTitle: "Not built yet:",
  refusedPortable:
    "This workbook is a portable copy: building would write KPI formulas back. Restore the KPI formulas first (Share tab), then build.",
  refusedMerged: (where: string) =>
    `Merged cells at ${where} are in the way; unmerge them and try again. Nothing was changed.`,
  refusedNotMatrix: (sheet: string) =>
    `The sheet “${sheet}” no longer holds a matrix (its table header is gone). Choose “New matrix” to build one.`,
  refusedPeriodInHistory: (period: string) =>
    `History already holds the period “${period}”: closing it again would record it twice. Nothing was changed.`,
  refusedPeriodNoMatrices: (period: string) =>
    `No matrix shows the period “${period}”, so there is nothing to close. Nothing was changed.`,
  refusedPeriodName: (period: string) =>
    `Name both periods, the next one different from the one closed (“${period}”). Nothing was changed.`,
  missingCardsAdded: (n: number) => `${n} ${cards(n)} of the template added to the card table.`,
  goToMatrix: "Show the matrix",
  employeeRequired: "Enter the employee or role.",
  chooseCards: "Choose at least one card.",
  baseInvalid: "Enter the bonus base as a positive number.",

  // Lint
  lintScope: "What to check",
  lintWholeWorkbook: "The whole workbook",
  runLint: "Check",
  checking: "Checking…",
  lintClean: "No problems found.",
  lintCount: (n: number) => `${n} ${plural("en", n, { one: "finding", other: "findings" })}`,
  severityError: "Error",
  severityWarning: "Warning",
  severityInfo: "Note",
  goToCell: (where: string) => `Go to ${where}`,
  lintNotRun: "Press Check to look for mistakes in the matrices and the card table.",

  // Share
  shareLoading: "Loading the sharing tools…",
  shareUnavailable: "The sharing tools could not load. Reopen the task pane and try again.",
};

/** The shape every language table must have. */
export type Strings = typeof en;
