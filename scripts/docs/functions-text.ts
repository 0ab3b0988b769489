/** Prose and worked examples of docs/FUNCTIONS.md and docs/FUNCTIONS.ru.md (tables come from the code). */
import type { FunctionId } from "../../src/functions/registry";

/** A documentation language. */
export type Lang = "en" | "ru";

/** One worked example: a formula (evaluated when the docs are generated) and what it shows. */
export interface Example {
  formula: string;
  en: string;
  ru: string;
}

const WORKED =
  '=KPI.WEIGHTED(KPI.INDEX({1200,1240,1000,120},{800,950,700,80},{"",650,570,""},,{"inverse","corridor","corridor","inverse"}),{45,25,25,5})';

/** Worked examples per function. */
export const EXAMPLES: Record<FunctionId, Example[]> = {
  INDEX: [
    {
      formula: '=KPI.INDEX(1200,800,,,"inverse")',
      en: "Sales volume of the worked example (inverse: 800 ÷ 1200)",
      ru: "Объём продаж из примера (обратный: 800 ÷ 1200)",
    },
    {
      formula: "=KPI.INDEX(1240,950,650)",
      en: "Average check: corridor by default because min is given",
      ru: "Средний чек: вилка по умолчанию, так как задан минимум",
    },
    {
      formula: '=KPI.INDEX(1000,700,570,,"вилка")',
      en: "Buyers; the method may be written in Russian",
      ru: "Покупатели; метод можно писать по-русски",
    },
    {
      formula: "=KPI.INDEX(1500,1000,,1300)",
      en: "Ratio with a cap: the fact counts as max",
      ru: "Прямой с потолком: факт считается равным максимуму",
    },
    {
      formula: "=KPI.INDEX(4,5,10)",
      en: "Lower is better (min 10 > plan 5): (4 − 10) ÷ (5 − 10)",
      ru: "Меньше — лучше (минимум 10 > план 5): (4 − 10) ÷ (5 − 10)",
    },
    {
      formula: "=KPI.INDEX(98,100,,,4)",
      en: "Binary (method 4): the plan is not reached",
      ru: "Бинарный (метод 4): план не достигнут",
    },
    {
      formula: '=KPI.INDEX({1200;900;""},1000)',
      en: "A range spills; a blank fact gives a blank",
      ru: "Диапазон даёт массив; пустой факт — пустой результат",
    },
    { formula: "=KPI.INDEX(5,0)", en: "Plan 0 with ratio", ru: "План 0 при прямом методе" },
    {
      formula: '=KPI.INDEX(1200,"")',
      en: "A fact without a plan: #N/A, so no total can skip the KPI",
      ru: "Факт без плана: #N/A, чтобы ни один итог не пропустил KPI",
    },
    {
      formula: "=KPI.INDEX(-100,500)",
      en: "A negative fact scores 0: no index is below 0",
      ru: "Отрицательный факт даёт 0: индекс не бывает меньше 0",
    },
    {
      formula: "=KPI.INDEX(1,0.1+0.2,0.3)",
      en: "Plan = min at 15 significant digits (0.1 + 0.2 is 0.3, as in Excel)",
      ru: "План = минимум с точностью 15 значащих цифр (0,1 + 0,2 — это 0,3, как в Excel)",
    },
    {
      formula: '=KPI.INDEX(900,1000,,,CHAR(9)&"Ratio"&CHAR(160))',
      en: "Option text is trimmed of any white space (here a tab and a no-break space) and case",
      ru: "Текст метода очищается от любых пробелов по краям (здесь табуляция и неразрывный пробел), регистр не важен",
    },
    {
      formula: "=KPI.INDEX(900,1000,,,2.5)",
      en: "A method number must be whole 1–4",
      ru: "Номер метода — целое от 1 до 4",
    },
  ],
  WEIGHTED: [
    {
      formula: WORKED,
      en: "The worked example of DESIGN.md (“Карта KPI”): 1.6519",
      ru: "Пример из DESIGN.md («Карта KPI»): 1,6519",
    },
    {
      formula: "=KPI.WEIGHTED({1.2;0.9},{0.6;0.4})",
      en: "Weights as fractions",
      ru: "Веса долями",
    },
    {
      formula: "=KPI.WEIGHTED({1.2;0.9},{50;45})",
      en: "Weights total 95 %: strict refuses",
      ru: "Сумма весов 95 %: строгий режим отказывает",
    },
    {
      formula: '=KPI.WEIGHTED({1.2;0.9},{50;45},"normalize")',
      en: "normalize scales the weights to their total",
      ru: "нормировать делит на сумму весов",
    },
    {
      formula: '=KPI.WEIGHTED({1.2;""},{60;40})',
      en: "A KPI without a fact yet",
      ru: "У одного KPI ещё нет факта",
    },
    {
      formula: '=KPI.WEIGHTED({1.2;""},{60;40},"partial")',
      en: "Provisional score mid-period",
      ru: "Промежуточная оценка в середине периода",
    },
    {
      formula: '=KPI.WEIGHTED(KPI.INDEX({1200;950},{1000;""}),{60;40},"partial")',
      en: "Partial never skips an error: the KPI without a plan shows",
      ru: "Частичный режим не пропускает ошибку: виден KPI без плана",
    },
    {
      formula: "=KPI.WEIGHTED({1e308;1e308},{60;40})",
      en: "Finite in, finite out: no overflow in between",
      ru: "Конечные данные — конечный результат: без переполнения в промежутке",
    },
  ],
  BONUS: [
    {
      formula: "=KPI.BONUS(1.1,50000)",
      en: "No scale: base × score",
      ru: "Без шкалы: база × оценка",
    },
    {
      formula: "=KPI.BONUS(1.1,50000,{0.8,0.5;1,1;1.2,1.5})",
      en: "Step scale: the 1.0 row applies",
      ru: "Ступенчатая шкала: действует строка 1,0",
    },
    {
      formula: '=KPI.BONUS(1.1,50000,{0.8,0.5;1,1;1.2,1.5},"linear")',
      en: "Linear: halfway between 1.0 and 1.2",
      ru: "Линейная: посередине между 1,0 и 1,2",
    },
    {
      formula: "=KPI.BONUS(0.7,50000,{0.8,0.5;1,1})",
      en: "Below the first threshold",
      ru: "Ниже первого порога",
    },
    {
      formula: "=KPI.BONUS(1,50000,{1,1;0.8,0.5})",
      en: "Thresholds must increase",
      ru: "Пороги должны возрастать",
    },
    {
      formula: "=KPI.BONUS(1.05,50000,{80,0.5;100,1;120,1.5})",
      en: "Thresholds typed as whole percents are refused, not misread",
      ru: "Пороги в целых процентах не принимаются, а не читаются неверно",
    },
    {
      formula: "=KPI.BONUS(1.05,50000,{0.8,-0.5;1,1})",
      en: "A negative coefficient: no payout is ever negative",
      ru: "Отрицательный коэффициент: премия никогда не бывает отрицательной",
    },
    {
      formula: "=KPI.BONUS(-0.2,50000)",
      en: "A negative score pays 0",
      ru: "Отрицательная оценка даёт 0",
    },
  ],
  STATUS: [
    {
      formula: "=KPI.STATUS({1.05;0.93;0.6})",
      en: "Default thresholds: ok 1, watch 0.9",
      ru: "Пороги по умолчанию: норма 1, внимание 0,9",
    },
    { formula: "=KPI.STATUS(0.85,0.8,0.95)", en: "Custom thresholds", ru: "Свои пороги" },
    {
      formula: '=KPI.STATUS({1.05;0.93;0.6},0.8,1,"level")',
      en: "The language-neutral level (3 green, 2 amber, 1 red), as the matrix writes it",
      ru: "Уровень, не зависящий от языка (3 зелёный, 2 жёлтый, 1 красный), как пишет матрица",
    },
    {
      formula: "=KPI.STATUS(1.05,90,100)",
      en: "Thresholds typed as whole percents: the message says what to type",
      ru: "Пороги в целых процентах: сообщение говорит, что ввести",
    },
  ],
  RUNRATE: [
    {
      formula: "=KPI.RUNRATE(420,12,21)",
      en: "420 sold in 12 of 21 working days",
      ru: "Продано 420 за 12 из 21 рабочего дня",
    },
    {
      formula: "=KPI.RUNRATE(420,12,21,800)",
      en: "The same forecast ÷ plan 800",
      ru: "Тот же прогноз ÷ план 800",
    },
    {
      formula: "=KPI.RUNRATE(420,0,21)",
      en: "Elapsed must be above 0",
      ru: "Прошедший срок должен быть больше 0",
    },
  ],
  ABC: [
    {
      formula: "=KPI.ABC({10;5;80;5})",
      en: "80 is A (80 %), 10 is B (90 %), the first 5 is B (95 %), the second C",
      ru: "80 — A (80 %), 10 — B (90 %), первое 5 — B (95 %), второе — C",
    },
    {
      formula: "=KPI.ABC({50,30,20},0.5,0.8)",
      en: "Custom thresholds, a row keeps its shape",
      ru: "Свои пороги; строка сохраняет форму",
    },
  ],
  XYZ: [
    {
      formula: "=KPI.XYZ({5,5,5;8,12,10;5,15,10})",
      en: "Coefficients of variation 0, 0.16 and 0.41",
      ru: "Коэффициенты вариации 0; 0,16 и 0,41",
    },
    {
      formula: '=KPI.XYZ({9,11;4,""})',
      en: "Each row on its own: the second has one value",
      ru: "Каждая строка отдельно: во второй одно значение",
    },
    {
      formula: "=KPI.XYZ({1e-200,3e-200})",
      en: "Tiny values keep their variation (0.5): Z",
      ru: "Очень малые значения сохраняют вариацию (0,5): Z",
    },
    {
      formula: "=KPI.XYZ({1,2;3,4},10,25)",
      en: "Thresholds typed as whole percents are refused",
      ru: "Пороги в целых процентах не принимаются",
    },
  ],
  NEEDED: [
    {
      formula: "=KPI.NEEDED(0.9,1000)",
      en: "Ratio: 90 % of a plan of 1000 needs a fact of 900",
      ru: "Прямой: 90 % от плана 1000 — нужен факт 900",
    },
    {
      formula: "=KPI.NEEDED(1.2,950,650)",
      en: "Corridor (min given): 650 + 1.2 × (950 − 650)",
      ru: "Вилка (задан минимум): 650 + 1,2 × (950 − 650)",
    },
    {
      formula: '=KPI.NEEDED(0.8,800,,,"inverse")',
      en: "Inverse (lower is better): 800 ÷ 0.8",
      ru: "Обратный (меньше — лучше): 800 ÷ 0,8",
    },
    {
      formula: "=KPI.INDEX(KPI.NEEDED(1.1,950,650),950,650)",
      en: "KPI.INDEX gives the target back",
      ru: "KPI.INDEX возвращает цель",
    },
    {
      formula: "=KPI.NEEDED(1.3,1000,,1300)",
      en: "The cap's own index: max itself, the least effort (any fact above counts as max)",
      ru: "Индекс потолка: сам максимум, наименьшее усилие (любой факт выше считается максимумом)",
    },
    {
      formula: "=KPI.NEEDED(1.5,1000,,1300)",
      en: "Above the cap: no fact gives 150 %",
      ru: "Выше потолка: ни один факт не даёт 150 %",
    },
    {
      formula: '=KPI.NEEDED(0.5,1000,600,,"ratio")',
      en: "A gate: below min the index is 0, min itself scores 60 %",
      ru: "Порог: ниже минимума индекс 0, сам минимум даёт 60 %",
    },
    {
      formula: '=KPI.NEEDED(1,100,,,"binary")',
      en: "Binary 1: the plan",
      ru: "Бинарный, 1: план",
    },
    {
      formula: '=KPI.NEEDED(0.5,100,,,"binary")',
      en: "Binary scores only 0 or 1",
      ru: "Бинарный даёт только 0 или 1",
    },
    {
      formula: "=KPI.NEEDED(90,1000)",
      en: "A target typed as a whole percent is refused",
      ru: "Цель в целых процентах не принимается",
    },
  ],
};

/** Words of the generated tables and headings. */
export const TEXT = {
  en: {
    generated:
      "<!-- Generated by `npm run docs` (scripts/gen-docs.ts) from the function registry. Do not edit by hand. -->",
    summaryHead: ["Function", "In Russian Excel", "What it gives"],
    argHead: ["Argument", "Russian name", "", "Takes", "Default", "Meaning"],
    optional: "optional",
    required: "required",
    range: "a range, as a whole",
    single: "one value",
    each: "a value or a range (element by element)",
    notGiven: "not given",
    number: "No.",
    name: "Name",
    alsoAccepted: "Also accepted (any case; ё = е)",
    errorHead: ["Code", "When"],
    exampleHead: ["Formula", "Result (`npm run kpi`)", "What it shows"],
    arguments: "Arguments",
    methods: "Methods",
    modes: "Modes",
    interpolations: "Interpolations",
    forms: "Forms",
    errors: "Errors",
    examples: "Examples",
    inRussianExcel: "",
    details: {
      INDEX:
        "`ratio`: fact ÷ plan; a fact below `min` scores 0, a fact above `max` counts as `max`. `inverse` (lower is better): plan ÷ fact; a fact above `min` (the worst acceptable value) scores 0, a fact below `max` (the best value that still counts) counts as `max`. `corridor`: (fact − min) ÷ (plan − min), never below 0; min < plan means higher is better, min > plan lower is better; a fact beyond `max` on the good side counts as `max`. `binary`: 1 when the fact reaches the plan (direction as for corridor when `min` is given), else 0. Default method: `corridor` when `min` is given, else `ratio`. No method gives an index below 0: a ratio or inverse with a negative fact scores 0 (plan errors come first). A blank fact gives a blank (no fact yet); a fact with a blank plan gives `#N/A` “no plan for this KPI”, never a blank that a total could skip. A method number must be a whole number 1–4 at 15 significant digits.",
      WEIGHTED:
        "Σ weight × index ÷ Σ weight. `strict`: weights ≥ 0 totalling 100 % (1 or 100, within 1e-9 relative), every index present. `normalize`: weights of any positive total. `partial`: like normalize, skipping KPIs whose index is blank. A row where both the index and the weight are blank is skipped; a blank index whose weight is 0 is ignored. An error index passes through in every mode: `partial` never skips it, so a KPI with a fact but no plan (`#N/A` from KPI.INDEX) is never left out. Finite in, finite out: beyond 1e±150 the weights are scaled to fractions of their total before they multiply the indices.",
      BONUS:
        "Without a scale: base × max(0, score). With a scale (two columns: threshold, coefficient; thresholds strictly increasing and at most 10, that is 1000 %; coefficients ≥ 0; fully blank rows skipped): `step` takes the coefficient of the largest threshold ≤ score, `linear` interpolates between points; both give 0 below the first threshold and stay flat past the last. A payout is never negative: a negative score pays 0, a negative coefficient is `#NUM!`, and a negative base is `#NUM!` (a negative amount cannot be a payout, and 0 would hide the mistake).",
      STATUS:
        "index ≥ `ok` → `green`; ≥ `watch` → `amber`; else `red`. With `form` `level` the same status is a number: 3 green, 2 amber, 1 red (no status is 0, so a reference to an empty cell is never a status). The tokens and the levels are the same in every language (sheets move between languages); the matrix writes levels and shows them as words of the workbook's language through a number format, coloured (see “Status in the user's language” below). Formulas written before `form` existed (`KPI.STATUS(J6)`, `KPI.STATUS(J6,0.9,1)`) keep giving the tokens. `watch` and `ok` are fractions (0.9 = 90 %): above 10 is `#VALUE!` “90 reads as 9000 %: type 90% or 0.9”; `watch` above `ok` is `#VALUE!`.",
      RUNRATE:
        "Forecast = fact × total ÷ elapsed (for example working days); with `plan`, forecast ÷ plan.",
      ABC: "Values are ranked in descending order (ties keep input order, row by row); an item's cumulative share includes itself; share ≤ `a` → A, ≤ `b` → B, else C (`a` and `b` are shares: above 10 is `#VALUE!`, a whole percent typed for a fraction). The result has the input's shape and order; blanks stay blank and do not count. An error or a bad value anywhere gives one error for the whole result (the ranking needs every value).",
      NEEDED:
        "The fact that gives the target index: the inverse of KPI.INDEX, with the same methods, default method, gates, caps and input errors. `ratio`: target × plan. `inverse`: plan ÷ target. `corridor`: min + target × (plan − min), in either direction. `binary`: the plan for 1. When several facts give the target, the one of least effort, the boundary: max itself for the cap's index (every fact beyond max counts as max), min itself for min's index. The fact may be moved by a few units in the last place so that KPI.INDEX gives the target back at 15 significant digits. Target 0 gives a fact that scores 0: ratio 0, corridor min, binary min (else 0 below a positive plan, else a value below the plan), inverse min + |min| (at least min + 1, above the gate), else with plan 0 a positive fact, else −1 (a negative fact scores 0). `#N/A` with a message where no fact gives the target: below 0, above the cap, a target a gate jumps over (ratio: a fact below min scores 0 and min itself scores more; inverse: a fact above min scores 0 and min itself scores more), a binary target other than 0 or 1, inverse with plan 0. The target is a fraction (0.9 = 90 %): above 10 is `#VALUE!`.",
      XYZ: "One class per row: coefficient of variation = population standard deviation ÷ mean (as STDEV.P / AVERAGE); ≤ `x` → X, ≤ `y` → Y, else Z (`x` and `y` are fractions: above 10 is `#VALUE!`). The values are scaled by the largest one first, so 1e-200 or 1e308 values keep their class. Blanks in a row are ignored. Rows are independent: a problem in one row gives an error in that row's cell only.",
    } as Record<FunctionId, string>,
    outro: `
## Status in the user's language

A status word in a cell is in one language for every reader, and a formula that compares with
it (\`=L6="green"\`) breaks when the word is translated. So the matrix and the bonus register
hold a **level**, a number: \`KPI.STATUS(index, amber, green, "level")\` gives 3 (green), 2 (amber)
or 1 (red). What a reader sees:

- **The word**, through the cell's number format, in the language the matrix was built in:
  \`[=3]"green";[=2]"amber";"red"\` in English, \`[=3]"зелёный";[=2]"жёлтый";"красный"\` in Russian.
  A number format is part of the file, not of Excel's language: a matrix built in Russian shows
  "жёлтый" in English Excel too, and one built in English shows "amber" in Russian Excel; the
  value underneath is 2 in both, so every formula on it works in both. When an older matrix
  (words as values) is updated from the pane, its status cells get the format in the pane's
  language.
- **The colour** (Excel's Good / Neutral / Bad fills), by conditional formats on the value (3, 2,
  1): the same in every language.
- **In the task pane**, the word in the pane's language, whatever the sheet holds: the pane
  reads levels, tokens and words of both languages (\`readStatus\` in \`src/core/status.ts\`).
- **Portable copy**: the level formula becomes native \`IF\`s giving 3 / 2 / 1; the number format
  and the colours stay, so a recipient without the add-in sees the same words and colours.
- **LibreOffice** reads the same number format (conditions in brackets) and conditional formats:
  the same words; a CSV export (as shown) has the words.

Formulas typed before this change keep their meaning: \`KPI.STATUS(x)\`, \`KPI.STATUS(x, w, o)\` and
\`KPI.STATUS(x, w, o, "word")\` give the tokens "green" / "amber" / "red" exactly as before, in
every language; a matrix update rewrites only the add-in's own status formulas.

## Status thresholds from the bonus scale

A matrix keeps its two status thresholds in its bonus block, under the bonus ("Status amber from",
"Status green from"), and every status formula of the matrix refers to them. By default they
follow the bonus scale, so that a status says what the score pays:

- **red**: pays nothing (below the first point of the scale that pays more than 0);
- **amber**: pays something, but less than the full bonus;
- **green**: pays the full bonus or more. The full bonus is a coefficient of 100 %, or the
  scale's highest coefficient when it never reaches 100 %.

With \`step\`, amber starts at the first point with a coefficient above 0 and green at the first
point with the full coefficient (the default scale 80 % → 50 %, 90 % → 80 %, 100 % → 100 % … gives
amber from 80 %, green from 100 %: a score of 86.9 % that pays 50 % is amber, not red). With
\`linear\`, amber starts at the last point that pays 0 (just above it the payout is above 0; exactly
at it the score pays 0 and reads amber: the one score where the two differ), and green where the
line reaches the full bonus. A matrix without a scale (base × score), or with a scale whose
coefficients fall somewhere or that never pays, keeps 90 % / 100 %.

The thresholds are the user's: type other values in the two cells (or in the pane's matrix form)
and every status follows at once; an update from the pane keeps them as typed, and only when the
pane changes the scale while they still follow it do they move with it. A card may set its own
("Status amber from" / "Жёлтый от", "Status green from" / "Зелёный от" in the card table): its
rows then use those values instead of the matrix's. The check flags thresholds above 10 (a whole
percent such as 80 typed for 80 %), amber above green, and a total whose status contradicts the
bonus it pays (red that pays, amber that pays nothing or the full bonus, green that pays less).

## Names in Russian Excel

Excel shows the Russian names when its display language is Russian (\`dist/functions.ru.json\`,
derived at build time from \`src/functions/functions.ru.json\`). The names avoid every built-in
function name in any language (learn.microsoft.com, "custom functions naming"): \`ИНДЕКС\` and
\`ПРОГНОЗ\` are built-ins, so \`INDEX\` is \`ВЫПОЛНЕНИЕ\` (the index measures plan fulfilment,
"выполнение плана") and \`RUNRATE\` is \`ТЕМП\` (pace). \`WEIGHTED\` is \`ВЗВЕШЕННЫЙ\`, \`BONUS\` is
\`ПРЕМИЯ\`, \`STATUS\` is \`СТАТУС\`, \`NEEDED\` is \`НУЖНО\` ("needed", as short as the English name; no built-in function
has that name in any language). \`ABC\` and \`XYZ\` keep the Latin letters, as Russian practice
does ("ABC-анализ", "XYZ-анализ"). The namespace \`KPI\` stays Latin. Method, mode and interpolation
names are accepted in both languages whatever the display language, and status tokens are never
translated, so a workbook computes the same in either language.
`,
  },
  ru: {
    generated:
      "<!-- Создано `npm run docs` (scripts/gen-docs.ts) из реестра функций. Не редактируйте вручную. -->",
    summaryHead: ["Функция", "В русском Excel", "Что даёт"],
    argHead: ["Аргумент", "Русское имя", "", "Принимает", "По умолчанию", "Смысл"],
    optional: "необязательный",
    required: "обязательный",
    range: "диапазон целиком",
    single: "одно значение",
    each: "значение или диапазон (поэлементно)",
    notGiven: "не задан",
    number: "№",
    name: "Имя",
    alsoAccepted: "Также принимается (регистр любой; ё = е)",
    errorHead: ["Код", "Когда"],
    exampleHead: ["Формула", "Результат (`npm run kpi`)", "Что показывает"],
    arguments: "Аргументы",
    methods: "Методы",
    modes: "Режимы",
    interpolations: "Интерполяция",
    forms: "Формы",
    errors: "Ошибки",
    examples: "Примеры",
    inRussianExcel: "в русском Excel",
    details: {
      INDEX:
        "`ratio` (прямой): факт ÷ план; факт ниже минимума даёт 0, факт выше максимума считается равным максимуму. `inverse` (обратный, меньше — лучше): план ÷ факт; факт выше минимума (худшего допустимого значения) даёт 0, факт ниже максимума (лучшего учитываемого значения) считается равным максимуму. `corridor` (вилка): (факт − минимум) ÷ (план − минимум), не ниже 0; минимум < плана — больше лучше, минимум > плана — меньше лучше; факт за максимумом в хорошую сторону считается равным максимуму. `binary` (бинарный): 1, если факт достиг плана (направление как у вилки, когда задан минимум), иначе 0. Метод по умолчанию: вилка, если задан минимум, иначе прямой. Ни один метод не даёт индекс меньше 0: прямой или обратный при отрицательном факте дают 0 (ошибки плана проверяются раньше). Пустой факт даёт пустой результат (факта ещё нет); факт при пустом плане даёт `#N/A` «нет плана для этого KPI», а не пустое значение, которое итог мог бы пропустить. Номер метода — целое число от 1 до 4 с точностью 15 значащих цифр.",
      WEIGHTED:
        "Σ вес × индекс ÷ Σ весов. `strict` (строгий): веса ≥ 0 и в сумме 100 % (1 или 100, с точностью 1e-9), все индексы есть. `normalize` (нормировать): веса с любой положительной суммой. `partial` (частичный): как нормировать, но без KPI с пустым индексом. Строка, где пусты и индекс, и вес, пропускается; пустой индекс с весом 0 не учитывается. Индекс-ошибка передаётся в любом режиме: частичный её не пропускает, поэтому KPI с фактом, но без плана (`#N/A` из KPI.INDEX), никогда не выпадает. Конечные данные — конечный результат: за пределами 1e±150 веса сначала приводятся к долям их суммы.",
      BONUS:
        "Без шкалы: база × max(0; оценка). Со шкалой (два столбца: порог, коэффициент; пороги строго возрастают и не больше 10, то есть 1000 %; коэффициенты ≥ 0; полностью пустые строки пропускаются): `step` (ступенчатая) берёт коэффициент наибольшего порога ≤ оценки, `linear` (линейная) интерполирует между точками; обе дают 0 ниже первого порога и не растут после последнего. Премия никогда не отрицательна: отрицательная оценка даёт 0, отрицательный коэффициент — `#NUM!`, отрицательная база — `#NUM!` (отрицательная сумма не может быть премией, а 0 скрыл бы ошибку).",
      STATUS:
        "индекс ≥ `ok` (норма) → `green`; ≥ `watch` (внимание) → `amber`; иначе `red`. С `form` (форма) `level` (уровень) тот же статус — число: 3 зелёный, 2 жёлтый, 1 красный (статуса 0 нет, поэтому ссылка на пустую ячейку никогда не читается как статус). Обозначения и уровни одинаковы на всех языках (книги переходят между языками); матрица пишет уровни и показывает их словами языка книги через числовой формат, с цветом (см. «Статус на языке пользователя» ниже). Формулы, написанные до появления `form` (`KPI.STATUS(J6)`, `KPI.STATUS(J6;0,9;1)`), по-прежнему дают обозначения. `watch` и `ok` — доли (0,9 = 90 %): больше 10 — `#VALUE!` «90 читается как 9000 %: введите 90% или 0,9»; `watch` больше `ok` — `#VALUE!`.",
      RUNRATE:
        "Прогноз = факт × всего ÷ прошло (например, рабочие дни); с планом — прогноз ÷ план.",
      ABC: "Значения ранжируются по убыванию (при равенстве сохраняется порядок ввода, по строкам); накопленная доля позиции включает её саму; доля ≤ `a` → A, ≤ `b` → B, иначе C (`a` и `b` — доли: больше 10 — `#VALUE!`, целые проценты вместо доли). Результат той же формы и порядка, что и вход; пустые остаются пустыми и не учитываются. Ошибка или неверное значение где угодно даёт одну ошибку на весь результат (ранжированию нужны все значения).",
      NEEDED:
        "Факт, который даёт целевой индекс: обратная к KPI.ВЫПОЛНЕНИЕ, с теми же методами, методом по умолчанию, порогами, потолками и ошибками ввода. `ratio` (прямой): цель × план. `inverse` (обратный): план ÷ цель. `corridor` (вилка): минимум + цель × (план − минимум), в любом направлении. `binary` (бинарный): план для 1. Когда цель дают несколько фактов — факт наименьшего усилия, граница: сам максимум для индекса потолка (любой факт за максимумом считается максимумом), сам минимум для индекса минимума. Факт может быть сдвинут на несколько единиц последнего разряда, чтобы KPI.ВЫПОЛНЕНИЕ возвращала цель с точностью 15 значащих цифр. Цель 0 даёт факт с индексом 0: прямой — 0, вилка — минимум, бинарный — минимум (иначе 0 при положительном плане, иначе значение ниже плана), обратный — минимум + |минимум| (не меньше минимум + 1, за порогом), иначе при плане 0 — положительный факт, иначе −1 (отрицательный факт даёт 0). `#N/A` с сообщением, когда ни один факт не даёт цель: меньше 0, выше потолка, цель, через которую перескакивает порог (прямой: факт ниже минимума даёт 0, а сам минимум — больше; обратный: факт выше минимума даёт 0, а сам минимум — больше), бинарная цель не 0 и не 1, обратный при плане 0. Цель — доля (0,9 = 90 %): больше 10 — `#VALUE!`.",
      XYZ: "Один класс на строку: коэффициент вариации = стандартное отклонение генеральной совокупности ÷ среднее (как СТАНДОТКЛОН.Г / СРЗНАЧ); ≤ `x` → X, ≤ `y` → Y, иначе Z (`x` и `y` — доли: больше 10 — `#VALUE!`). Значения сначала делятся на наибольшее, поэтому значения порядка 1e-200 или 1e308 сохраняют свой класс. Пустые ячейки строки не учитываются. Строки независимы: проблема в одной строке даёт ошибку только в её ячейке.",
    } as Record<FunctionId, string>,
    outro: `
## Статус на языке пользователя

Слово статуса в ячейке написано на одном языке для всех читателей, а формула, которая его
сравнивает (\`=L6="green"\`), ломается при переводе слова. Поэтому матрица и ведомость премий
хранят **уровень** — число: \`KPI.STATUS(индекс; жёлтый; зелёный; "level")\` даёт 3 (зелёный),
2 (жёлтый) или 1 (красный). Что видит читатель:

- **Слово** — через числовой формат ячейки, на языке, на котором построена матрица:
  \`[=3]"green";[=2]"amber";"red"\` на английском, \`[=3]"зелёный";[=2]"жёлтый";"красный"\` на
  русском. Числовой формат — часть файла, а не языка Excel: матрица, построенная на русском, и в
  английском Excel показывает «жёлтый», построенная на английском и в русском Excel показывает
  «amber»; значение под ним в обоих случаях 2, и любая формула с ним работает в обоих. Когда
  старая матрица (слова вместо чисел) обновляется из панели, её ячейки статуса получают формат на
  языке панели.
- **Цвет** (заливки «Хороший» / «Нейтральный» / «Плохой» Excel) — условным форматированием по
  значению (3, 2, 1), одинаково на любом языке.
- **В панели** — слово на языке панели, что бы ни было в листе: панель читает уровни, обозначения
  и слова обоих языков (\`readStatus\` в \`src/core/status.ts\`).
- **Переносимая копия**: формула уровня превращается в обычные \`ЕСЛИ\`, дающие 3 / 2 / 1; числовой
  формат и цвета остаются, и получатель без надстройки видит те же слова и цвета.
- **LibreOffice** читает тот же числовой формат (условия в скобках) и условное форматирование:
  те же слова; экспорт в CSV (как показано) содержит слова.

Формулы, набранные раньше, сохраняют смысл: \`KPI.STATUS(x)\`, \`KPI.STATUS(x; w; o)\` и
\`KPI.STATUS(x; w; o; "word")\` дают обозначения "green" / "amber" / "red", как прежде, на любом
языке; обновление матрицы переписывает только собственные формулы статуса надстройки.

## Пороги статуса по шкале премирования

Матрица хранит два порога статуса в блоке премии, под премией («Жёлтый от», «Зелёный от»), и все
её формулы статуса ссылаются на них. По умолчанию они следуют шкале премирования, и статус
говорит, что даёт результат:

- **красный**: премии нет (ниже первой точки шкалы с коэффициентом больше 0);
- **жёлтый**: премия есть, но меньше полной;
- **зелёный**: полная премия или больше. Полная премия — коэффициент 100 % или наибольший
  коэффициент шкалы, если она не доходит до 100 %.

Для \`step\` (ступенчатая) жёлтый начинается с первой точки с коэффициентом больше 0, зелёный —
с первой точки с полным коэффициентом (шкала по умолчанию 80 % → 50 %, 90 % → 80 %, 100 % → 100 % …
даёт жёлтый от 80 %, зелёный от 100 %: результат 86,9 % с премией 50 % — жёлтый, а не красный).
Для \`linear\` (линейная) жёлтый начинается с последней точки с коэффициентом 0 (чуть выше неё
премия уже больше 0; ровно в ней премия 0, а статус жёлтый — единственная точка расхождения), а
зелёный — там, где линия достигает полной премии. Матрица без шкалы (база × результат) или со
шкалой, коэффициенты которой где-то убывают или никогда не больше 0, сохраняет 90 % / 100 %.

Пороги принадлежат пользователю: введите другие значения в две ячейки (или в форме матрицы в
панели), и все статусы сразу следуют им; обновление из панели сохраняет их как введено, и только
когда панель меняет шкалу, а пороги ещё следуют ей, они меняются вместе с ней. Карточка может
задать свои («Жёлтый от» / «Status amber from», «Зелёный от» / «Status green from» в таблице
карточек): её строки тогда берут эти значения вместо порогов матрицы. Проверка отмечает пороги
больше 10 (целые проценты, например 80 вместо 80 %), жёлтый выше зелёного и итог, статус которого
противоречит премии (красный с премией, жёлтый без премии или с полной, зелёный с неполной).

## Имена в русском Excel

Excel показывает русские имена, когда язык интерфейса русский (\`dist/functions.ru.json\` строится
при сборке из \`src/functions/functions.ru.json\`). Имена не совпадают ни с одной встроенной
функцией ни на каком языке (learn.microsoft.com, «custom functions naming»): \`ИНДЕКС\` и
\`ПРОГНОЗ\` — встроенные, поэтому \`INDEX\` называется \`ВЫПОЛНЕНИЕ\` (индекс измеряет выполнение
плана), а \`RUNRATE\` — \`ТЕМП\`. \`WEIGHTED\` — \`ВЗВЕШЕННЫЙ\`, \`BONUS\` — \`ПРЕМИЯ\`, \`STATUS\` —
\`СТАТУС\`, \`NEEDED\` — \`НУЖНО\` (коротко и не совпадает ни с одной встроенной функцией).
\`ABC\` и \`XYZ\` сохраняют латинские буквы, как принято («ABC-анализ», «XYZ-анализ»).
Пространство имён \`KPI\` остаётся латинским. Названия методов, режимов и интерполяции принимаются
на обоих языках при любом языке интерфейса, а статусы не переводятся, поэтому книга считается
одинаково на любом языке. В русском Excel аргументы разделяются точкой с запятой:
\`=KPI.ВЫПОЛНЕНИЕ(B2;C2;D2;E2;"вилка")\`. Формулы примеров ниже записаны в английском виде, как их
вычисляет \`npm run kpi\`.
`,
  },
};

/** The introduction of each document. */
export const INTRO: Record<Lang, string> = {
  en: `
# KPI functions

The add-in adds eight functions in the \`KPI\` namespace. They compute live inside your own
workbook, like built-in functions.

## How the functions read their arguments

- **Results are fractions**: 1 = 100 %. The matrix formats them as percentages.
- **Ranges**: every argument marked "a value or a range" may be a single value or a range. Ranges
  of the same shape are combined element by element, single values are broadcast, and the result
  has that shape (it spills). Ranges of different shapes give one \`#VALUE!\`.
- **Blanks**: an empty cell, an omitted argument (\`KPI.INDEX(1200, 800, , , "inverse")\`) and the
  empty text \`""\` all mean "blank": a blank fact or plan gives a blank result, a blank optional
  argument means "not given" (its default applies). Excel hands empty cells to custom functions as
  \`""\` or \`null\` (both read as blank), so \`""\` inside an array constant (\`{"",650}\`) is read the
  same way — that is how one element of a min range is left "not given". A blank result shows as
  an empty cell (Excel receives \`""\`; KPI functions read it back as blank). Public office-js
  reports (issues 4702, 5262) say some Excel desktop builds pass an empty cell as \`0\`, which no
  function can tell from a real 0: step 2.4 of MANUAL-TESTS.md checks this in real Excel.
- **Thresholds compare as Excel compares**: both sides rounded to 15 significant digits, so a
  cumulative share of 0.4 + 0.4 + 0.15 (0.9500000000000001 in binary arithmetic) is at 0.95, the
  same as 40 + 40 + 15 of 100. This applies to every class, status, bonus step, binary index and
  gate.
- **Errors are values, never exceptions**. Bad input gives an Excel error with a message saying
  what to fix; Excel shows messages for \`#VALUE!\` and \`#N/A\`. Messages are in English or Russian,
  following Office's display language. An error in an input cell passes through unchanged (per
  element for element-wise arguments). Checks run in this order: problems of the whole call
  (shapes, a range where one value is needed, a bad scale or mode) give one error; then, per
  element, the first error among its arguments, in argument order; then the arithmetic. A result
  too large to be a number gives \`#NUM!\`.
- **In Excel**, error cells reach a custom function only when the add-in's metadata allows it
  (\`allowErrorForDataTypeAny\`); otherwise Excel does not call the function and shows the input's
  error itself — the same code, for the whole result rather than per element. Excel cannot return
  \`#REF!\` or \`#NAME?\` from a custom function, so a passed-through \`#REF!\` shows as \`#VALUE!\`
  with the message "An input cell shows #REF!".
- **Names** of methods, modes and interpolations are accepted in English and Russian, in any case;
  methods also as numbers 1–4.
- **Excel's input limit**: Excel passes at most 5 MB of argument data to a custom function in one
  call (office-js issue 4654; the same limit as Excel on the web's requests). A range of about
  half a million numbers per argument is well within it; beyond, split the range into several
  calls (one KPI.INDEX per matrix row, as the matrix does, never comes near it).

## Rules every function shares

- **One comparison rule.** Every equality or threshold test — plan = min, elapsed against total, a
  fact against a gate, a score against a scale step, a share against an ABC limit, an index
  against a status threshold — compares at 15 significant digits, as Excel does (\`=0.1+0.2=0.3\`
  is TRUE): \`KPI.INDEX(1, 0.1+0.2, 0.3)\` is \`#DIV/0!\` (plan = min). The portable formulas (Make
  portable) make the same decisions, because the spreadsheet itself compares them that way.
- **Percents typed as whole numbers are refused, not misread.** A threshold that is a fraction by
  meaning — KPI.STATUS \`watch\`/\`ok\`, KPI.XYZ \`x\`/\`y\`, KPI.ABC \`a\`/\`b\`, a KPI.BONUS scale threshold —
  above 10 (1000 %) gives \`#VALUE!\` “90 reads as 9000 %: type 90% or 0.9”.
- **Option text** (method, mode, interpolation) matches ignoring case and any white space around
  it — spaces, tabs, line breaks, no-break and other Unicode spaces — in the add-in and in the
  portable formulas alike. White space inside a name is not removed (“rat io” is unknown). A method
  number must be a whole number 1–4 at 15 significant digits (2.9999999999999996 is 3; 2.5 is not
  a method).
- **No index below 0**: a ratio or inverse with a negative fact scores 0, as a corridor does; plan
  errors (\`#DIV/0!\`, \`#NUM!\`) still come first.
- **A fact without a plan is an error, never a blank**: \`#N/A\` “no plan for this KPI”, so no total
  can skip that KPI. KPI.WEIGHTED passes every error index through in every mode; \`partial\` skips
  only blank indices (no fact yet).
- **No negative payout**: bonus scale coefficients must be ≥ 0 (else \`#NUM!\`); a negative score
  pays 0 (base × max(0, score)); a negative base is \`#NUM!\`.
- **Finite in, finite out.** When the true result is a finite number, the function returns it: no
  intermediate overflow or underflow turns it into \`#NUM!\` or a wrong class
  (\`KPI.WEIGHTED({1e308;1e308},{60;40})\` = 1e308, \`KPI.XYZ({1e-200,3e-200})\` = Z), and scaling every
  input by 1e±300 never turns a finite result into an error. Only a result truly beyond ±1.8E+308
  is \`#NUM!\`.
- **Messages name things as you see them**: percents as percents (“95 %”, not 0.95), numbers with
  up to 15 significant digits so two different numbers never read the same, a position in a range
  as “row 3 of the range”, and the Russian decimal comma in Russian.

## Functions
`,
  ru: `
# Функции KPI

Надстройка добавляет восемь функций в пространстве имён \`KPI\`. Они пересчитываются прямо в вашей
книге, как встроенные функции.

## Как функции читают аргументы

- **Результаты — доли**: 1 = 100 %. Матрица показывает их в процентах.
- **Диапазоны**: каждый аргумент с пометкой «значение или диапазон» может быть числом или
  диапазоном. Диапазоны одного размера обрабатываются поэлементно, отдельные значения
  распространяются на все элементы, результат имеет тот же размер (динамический массив).
  Диапазоны разного размера дают одну ошибку \`#VALUE!\` (\`#ЗНАЧ!\`).
- **Пустые значения**: пустая ячейка, пропущенный аргумент (\`KPI.INDEX(1200, 800, , , "inverse")\`)
  и пустой текст \`""\` означают «пусто»: пустой факт или план дают пустой результат, пустой
  необязательный аргумент означает «не задан» (действует значение по умолчанию). Excel передаёт
  пользовательским функциям пустые ячейки как \`""\` или \`null\` (оба читаются как пусто), поэтому
  \`""\` внутри константы массива (\`{"",650}\`) читается так же — так один элемент диапазона
  минимумов остаётся «не задан». Пустой результат выглядит пустой ячейкой (Excel получает \`""\`;
  функции KPI читают его как пусто). По открытым сообщениям office-js (issues 4702, 5262) некоторые
  сборки Excel для компьютера передают пустую ячейку как \`0\`, а его не отличить от настоящего 0:
  это проверяет шаг 2.4 в MANUAL-TESTS.md в настоящем Excel.
- **Пороги сравниваются так же, как в Excel**: обе стороны округляются до 15 значащих цифр, поэтому
  накопленная доля 0,4 + 0,4 + 0,15 (в двоичной арифметике 0,9500000000000001) равна порогу 0,95 —
  так же, как 40 + 40 + 15 из 100. Это касается всех классов, статусов, ступеней премии, бинарного
  индекса и порогов отсечения.
- **Ошибки — значения, а не исключения**. Неверные данные дают ошибку Excel с сообщением, что
  исправить; Excel показывает сообщения у \`#VALUE!\` (\`#ЗНАЧ!\`) и \`#N/A\` (\`#Н/Д\`). Сообщения на
  английском или русском — по языку интерфейса Office. Ошибка во входной ячейке передаётся без
  изменений (поэлементно для поэлементных аргументов). Порядок проверок: сначала проблемы всего
  вызова (размеры, диапазон вместо одного значения, неверная шкала или режим) — одна ошибка; затем
  для каждого элемента — первая ошибка среди его аргументов по порядку; затем арифметика.
  Слишком большой результат даёт \`#NUM!\` (\`#ЧИСЛО!\`).
- **В Excel** ячейки с ошибками попадают в пользовательскую функцию, только если это разрешают
  метаданные надстройки (\`allowErrorForDataTypeAny\`); иначе Excel не вызывает функцию и сам
  показывает ошибку входа — тот же код, но на весь результат, а не поэлементно. Excel не позволяет
  пользовательской функции вернуть \`#REF!\` или \`#NAME?\`, поэтому переданная \`#REF!\` выглядит как
  \`#VALUE!\` с сообщением «Во входной ячейке ошибка #REF!».
- **Названия** методов, режимов и интерполяции принимаются на английском и русском, в любом
  регистре; методы — также числами 1–4.
- **Предел входных данных Excel**: за один вызов Excel передаёт пользовательской функции не больше
  5 МБ аргументов (office-js issue 4654; тот же предел, что у запросов Excel в Интернете). Диапазон
  примерно в полмиллиона чисел на аргумент укладывается в него с запасом; если больше — разбейте
  диапазон на несколько вызовов (по одному KPI.INDEX на строку матрицы, как делает матрица).

## Правила, общие для всех функций

- **Одно правило сравнения.** Любая проверка равенства или порога — план = минимум, прошедший срок
  и весь срок, факт и порог отсечения, оценка и ступень шкалы, доля и граница ABC, индекс и порог
  статуса — сравнивает с точностью 15 значащих цифр, как Excel (\`=0.1+0.2=0.3\` — ИСТИНА; в русском Excel \`=0,1+0,2=0,3\`):
  \`KPI.INDEX(1, 0.1+0.2, 0.3)\` даёт \`#DIV/0!\` (план = минимум). Переносимые формулы («Сделать
  переносимой») принимают те же решения, потому что так сравнивает сама таблица.
- **Проценты, введённые целыми числами, не принимаются, а не читаются неверно.** Порог, который по
  смыслу доля, — \`watch\`/\`ok\` у KPI.STATUS, \`x\`/\`y\` у KPI.XYZ, \`a\`/\`b\` у KPI.ABC, порог шкалы
  KPI.BONUS — больше 10 (1000 %) даёт \`#VALUE!\` «90 читается как 9000 %: введите 90% или 0,9».
- **Текст параметров** (метод, режим, интерполяция) сравнивается без учёта регистра и любых
  пробельных символов по краям — пробелов, табуляций, переводов строки, неразрывных и других
  пробелов Юникода — и в надстройке, и в переносимых формулах. Пробелы внутри названия не
  убираются («пря мой» — неизвестный метод). Номер метода — целое от 1 до 4 с точностью 15
  значащих цифр (2,9999999999999996 — это 3; 2,5 — не метод).
- **Индекс не бывает меньше 0**: прямой или обратный метод при отрицательном факте дают 0, как
  вилка; ошибки плана (\`#DIV/0!\`, \`#NUM!\`) проверяются раньше.
- **Факт без плана — ошибка, а не пустое значение**: \`#N/A\` «нет плана для этого KPI», чтобы ни
  один итог не пропустил этот KPI. KPI.WEIGHTED передаёт индекс-ошибку в любом режиме; частичный
  режим пропускает только пустые индексы (факта ещё нет).
- **Премия не бывает отрицательной**: коэффициенты шкалы должны быть ≥ 0 (иначе \`#NUM!\`);
  отрицательная оценка даёт 0 (база × max(0; оценка)); отрицательная база — \`#NUM!\`.
- **Конечные данные — конечный результат.** Если верный результат — конечное число, функция его
  возвращает: переполнение или потеря точности в промежутке не превращают его в \`#NUM!\` или
  неверный класс (\`KPI.WEIGHTED({1e308;1e308},{60;40})\` = 1e308, \`KPI.XYZ({1e-200,3e-200})\` = Z), и
  умножение всех входов на 1e±300 не превращает конечный результат в ошибку. \`#NUM!\` — только для
  результата, действительно большего ±1,8E+308.
- **Сообщения называют всё так, как вы это видите**: проценты — процентами («95 %», а не 0,95),
  числа — до 15 значащих цифр, чтобы два разных числа не выглядели одинаково, место в диапазоне —
  «строка 3 диапазона», в русском — десятичная запятая.

Коды ошибок в таблицах ниже — английские (\`#VALUE!\`); русский Excel показывает их по-русски
(\`#ЗНАЧ!\`, \`#ДЕЛ/0!\`, \`#ЧИСЛО!\`, \`#Н/Д\`).

## Функции
`,
};
