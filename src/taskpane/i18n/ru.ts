/** Russian strings of the task pane (терминология методики: карточка, матрица, вес, факт, план). */
import type { Strings } from "./en";
import { plural as pluralForm } from "./plural";

/** The Russian form for n: one (1, 21), few (2–4, 22–24), many (0, 5–20, 25…), by Intl.PluralRules. */
const plural = (n: number, one: string, few: string, many: string): string =>
  pluralForm("ru", n, { one, few, many, other: few });

export const ru: Strings = {
  appTitle: "Карточки KPI",
  language: "Язык",
  loading: "Загрузка…",
  partLoading: "Открываем…",
  partUnavailable: "Эта часть панели не загрузилась. Проверьте подключение и попробуйте ещё раз.",
  tryAgain: "Попробовать ещё раз",
  close: "Закрыть",
  cancel: "Отмена",
  save: "Сохранить",
  hostError: (detail) => `Не удалось прочитать или изменить книгу: ${detail}`,
  outsideExcel:
    "Эта панель работает внутри Excel. Откройте её на вкладке «Главная» в Excel (классическом или в браузере); для демонстрации без Excel запустите npm run sandbox.",

  tabCards: "Карточки",
  tabMatrix: "Матрица",
  tabLint: "Проверка",
  tabShare: "Передать",

  welcomeTitle: "Добро пожаловать в «Карточки KPI»",
  welcomeText:
    "Матрица KPI сводит показатели сотрудника в один результат и премию — живыми формулами на листе. Начните с готовой матрицы для должности или сначала посмотрите пример книги.",
  welcomeTemplate: "Построить по шаблону должности",
  welcomeSample: "Открыть пример книги",
  welcomeSampleBuilding: "Строим пример…",
  sampleBuilt: (sheet) =>
    `Пример в книге: матрица «${sheet}» с фактами за месяц, команда из четырёх человек и ведомость премий. Введите другие факты — всё пересчитается.`,

  newCard: "Новая карточка",
  fromLibrary: "Из библиотеки",
  searchCards: "Поиск карточек",
  noCardsYet:
    "Карточек пока нет. Добавьте готовые из библиотеки или создайте свою: лист «Карточки KPI» появится при первом сохранении.",
  noCardsFound: "Ни одна карточка не подходит под поиск.",
  cardCount: (n) => `${n} ${plural(n, "карточка", "карточки", "карточек")}`,
  editCard: (name) => `Изменить «${name}»`,
  duplicateCard: (name) => `Копировать «${name}»`,
  deleteCard: (name) => `Удалить «${name}»`,
  edit: "Изменить",
  duplicate: "Копировать",
  delete: "Удалить",
  cardSaved: (name) => `Карточка «${name}» сохранена.`,
  cardDeleted: (name) => `Карточка «${name}» удалена.`,
  deleteTitle: "Удалить карточку?",
  deleteText: (name) =>
    `«${name}» будет удалена из таблицы карточек. Матрицы, где она есть, сохранят свои строки; проверка их покажет.`,
  editorNewTitle: "Новая карточка",
  editorEditTitle: "Изменение карточки",
  fieldCode: "Код",
  fieldCodeHint: "Короткий и уникальный, например SALES_VOL",
  fieldCodeFixed: "Матрицы ссылаются на карточку по коду, поэтому он не меняется.",
  fieldName: "Название",
  fieldGoal: "Цель",
  fieldUnit: "Ед. изм.",
  fieldPeriod: "Период",
  fieldMethod: "Метод расчёта",
  fieldDirection: "Что лучше",
  directionUnset: "Не указано",
  fieldMin: "Минимум",
  fieldPlan: "План",
  fieldMax: "Максимум",
  fieldWeight: "Вес, %",
  fieldOwner: "Ответственный",
  fieldSource: "Источник данных",
  fieldActions: "Действия",
  fieldCollective: "Коллективный KPI: один факт на подразделение",
  fieldCollectiveHint:
    "Как потери магазина: факт вводится один раз в таблице фактов подразделений, и все матрицы подразделения берут его оттуда.",
  methodRatio: "Прямой: факт ÷ план",
  methodInverse: "Обратный: план ÷ факт (меньше — лучше)",
  methodCorridor: "Вилка: от минимума до плана",
  methodBinary: "Бинарный: план выполнен или нет",
  errNumber: "Введите число, например 1200 или 95,5.",

  libraryTitle: "Библиотека KPI",
  searchLibrary: "Поиск по библиотеке",
  libraryUnavailable: "Не удалось загрузить библиотеку. Закройте окно и попробуйте ещё раз.",
  libraryAlreadyAdded: "уже есть в книге",
  addSelected: (n) =>
    n === 0
      ? "Добавить карточки"
      : `Добавить ${n} ${plural(n, "карточку", "карточки", "карточек")}`,
  libraryAdded: (n) =>
    `Из библиотеки ${plural(n, "добавлена", "добавлены", "добавлено")} ${n} ${plural(n, "карточка", "карточки", "карточек")}.`,
  directionHigher: "больше — лучше",
  directionLower: "меньше — лучше",

  matrixTarget: "Матрица",
  matrixNew: "Новая матрица",
  template: "Шаблон должности",
  templateNone: "Без шаблона (выбрать карточки)",
  employee: "Сотрудник или должность",
  period: "Период",
  matrixCards: "Карточки в матрице",
  noCardsForMatrix:
    "Сначала добавьте карточки на вкладке «Карточки» или выберите шаблон должности.",
  weightOf: (name) => `Вес «${name}», %`,
  weightsTotal: (total) => `Сумма весов: ${total}`,
  weightsMustBe100: (total) => `Сумма весов ${total}, а должна быть 100 %.`,
  weightsOk: "Сумма весов 100 %.",
  spreadEvenly: "Поровну",
  tooManyCards: (n) => `${n} KPI на одного человека размывают мотивацию; обычно их от 3 до 7.`,
  bonusBase: "База премии",
  interpolation: "Режим шкалы",
  interpolationStep: "Ступенями",
  interpolationLinear: "Линейно",
  bonusScale: "Шкала премии",
  scaleThreshold: (row) => `Результат от, % (строка ${row})`,
  scaleCoefficient: (row) => `Коэффициент, % (строка ${row})`,
  scaleFrom: "Результат от, %",
  scaleCoef: "Коэффициент, %",
  statusThresholds: "Статус",
  statusAmberFrom: "Жёлтый от, %",
  statusGreenFrom: "Зелёный от, %",
  statusFromScale: (amber, green) =>
    `Пусто — по шкале премии (жёлтый от ${amber}: премия есть; зелёный от ${green}: полная премия).`,
  statusThresholdsInvalid: "Введите проценты (80 для 80 %); жёлтый не выше зелёного.",
  addScaleRow: "Добавить строку",
  removeScaleRow: (row) => `Удалить строку ${row}`,
  scaleNotIncreasing: "Пороги должны возрастать от строки к строке.",
  build: "Построить матрицу",
  rebuild: "Обновить матрицу",
  building: "Строим…",
  matrixBuilt: (sheet) => `Матрица на листе «${sheet}».`,
  matrixRebuilt: (sheet) => `Лист «${sheet}» обновлён; всё, что введено на листе, сохранено.`,
  sheetWon: (items) =>
    `Изменено и здесь, и на листе, поэтому осталось значение листа: ${items}. Форма теперь показывает лист.`,
  conflictItem: (what, sheet, pane) => `${what} (на листе ${sheet}, здесь ${pane})`,
  conflictRowKept: (kpi) => `${kpi} (изменён на листе, поэтому остаётся)`,
  conflictRowGone: (kpi) => `${kpi} (удалён на листе, поэтому не возвращается)`,
  fieldLabel: (field) =>
    (
      ({
        name: "заголовок",
        code: "код",
        unit: "ед. изм.",
        method: "метод",
        weight: "вес",
        min: "минимум",
        plan: "план",
        max: "максимум",
        fact: "факт",
        employee: "сотрудник",
        period: "период",
        bonusBase: "база премии",
        scale: "шкала премирования",
        interpolation: "режим шкалы",
        mode: "режим весов",
        statusAmber: "жёлтый от",
        statusGreen: "зелёный от",
      }) as Record<string, string>
    )[field] ?? "значение",
  nameErrorsLeft: (n) =>
    `Excel показывает #ИМЯ? в ${n} ${plural(n, "ячейке", "ячейках", "ячейках")} KPI: он не знает функций KPI в этой книге. Закройте панель и снова откройте «Карточки KPI» на вкладке «Главная» (это загрузит функции); ячейки пересчитаются сами.`,
  relocalized: (n) =>
    `${n} ${plural(n, "формула KPI записана", "формулы KPI записаны", "формул KPI записано")} заново с русскими именами функций Excel (для английских Excel показывал #ИМЯ?).`,
  nextStepTitle: "Что нужно для следующей ступени премии",
  nextStepIntro: (score, threshold, coefficient) =>
    `Результат ${score}; от ${threshold} коэффициент премии ${coefficient}. Каждому KPI в одиночку (остальные как есть) нужно:`,
  nextStepFact: (name, fact, now) => `${name}: факт ${fact} (сейчас ${now})`,
  nextStepOut: (name) => `${name}: в одиночку не достичь`,
  nextStepWaiting:
    "Когда по всем KPI будут факты, здесь будет видно, что нужно каждому для следующей ступени премии.",
  blockedTitle: "Пока не построено:",
  refusedPortable:
    "Эта книга — переносимая копия: построение вернуло бы формулы KPI. Сначала верните формулы KPI (вкладка «Поделиться»), затем постройте.",
  refusedMerged: (where) =>
    `Мешают объединённые ячейки ${where}; разъедините их и повторите. Ничего не изменено.`,
  refusedNotMatrix: (sheet) =>
    `На листе «${sheet}» больше нет матрицы (нет заголовка её таблицы). Выберите «Новая матрица», чтобы построить её.`,
  refusedPeriodInHistory: (period) =>
    `В истории уже есть период «${period}»: повторное закрытие записало бы его дважды. Ничего не изменено.`,
  refusedPeriodNoMatrices: (period) =>
    `Ни одна матрица не показывает период «${period}», закрывать нечего. Ничего не изменено.`,
  refusedPeriodName: (period) =>
    `Укажите оба периода, следующий — отличный от закрываемого («${period}»). Ничего не изменено.`,
  missingCardsAdded: (n) =>
    `В таблицу карточек ${plural(n, "добавлена", "добавлены", "добавлено")} ${n} ${plural(n, "карточка", "карточки", "карточек")} из шаблона.`,
  goToMatrix: "Показать матрицу",
  employeeRequired: "Укажите сотрудника или должность.",
  chooseCards: "Выберите хотя бы одну карточку.",
  baseInvalid: "База премии — положительное число.",

  lintScope: "Что проверить",
  lintWholeWorkbook: "Всю книгу",
  runLint: "Проверить",
  checking: "Проверяем…",
  lintClean: "Ошибок не найдено.",
  lintCount: (n) => `${n} ${plural(n, "замечание", "замечания", "замечаний")}`,
  severityError: "Ошибка",
  severityWarning: "Предупреждение",
  severityInfo: "Заметка",
  goToCell: (where) => `Перейти к ${where}`,
  lintNotRun: "Нажмите «Проверить», чтобы найти ошибки в матрицах и таблице карточек.",

  shareLoading: "Загружаем инструменты передачи…",
  shareUnavailable:
    "Не удалось загрузить инструменты передачи. Откройте панель заново и попробуйте ещё раз.",
};
