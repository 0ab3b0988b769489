/** The portable panel's words, in English and Russian. */
import { plural } from "../i18n/plural";
import type { PortableWarningCode } from "../../workbook/portable/translator";

/** A sheet and how many formulas change on it. */
export interface Count {
  sheet: string;
  count: number;
}

export interface PortableStrings {
  title: string;
  intro: string;
  scope: string;
  wholeWorkbook: string;
  sheet(name: string): string;
  makePortable: string;
  restore: string;
  working: string;
  unavailable: string;
  confirmTitle: string;
  /** What will change: how many formulas on which sheets. */
  confirmText(counts: Count[]): string;
  keptNote: string;
  alreadyKept(n: number): string;
  convert: string;
  cancel: string;
  nothingToConvert: string;
  converted(counts: Count[]): string;
  restored(counts: Count[]): string;
  nothingToRestore: string;
  edited(n: number): string;
  /** Spilled KPI formulas not restored because a cell of their area was typed into. */
  blocked(n: number): string;
  /** An action Excel stopped part way; nothing is lost and running it again finishes it. */
  stopped(action: "convert" | "restore", detail: string): string;
  leftAsIs(n: number): string;
  warning: Record<PortableWarningCode, string>;
  failed(detail: string): string;
}

const total = (counts: Count[]) => counts.reduce((s, c) => s + c.count, 0);
const list = (counts: Count[]) => counts.map((c) => `«${c.sheet}» (${c.count})`).join(", ");

/** Russian plural: 1 формула, 2 формулы, 5 формул. */
function ruPlural(n: number, one: string, few: string, many: string): string {
  return plural("ru", n, { one, few, many, other: few });
}
const ruFormulas = (n: number) => `${n} ${ruPlural(n, "формула", "формулы", "формул")} KPI`;
/** English forms by Intl.PluralRules: one / other. */
const en1 = (n: number, one: string, other: string) => plural("en", n, { one, other });
const enFormulas = (n: number) => `${n} KPI ${en1(n, "formula", "formulas")}`;

export const en: PortableStrings = {
  title: "Portable copy",
  intro:
    "Colleagues without the add-in see #NAME? in KPI cells. Make portable rewrites the KPI formulas as ordinary Excel formulas with the same results; the originals stay in the workbook.",
  scope: "Apply to",
  wholeWorkbook: "The whole workbook",
  sheet: (name) => `Sheet “${name}”`,
  makePortable: "Make portable…",
  restore: "Restore KPI formulas",
  working: "Working…",
  unavailable: "Portable copies are not available in this window.",
  confirmTitle: "Make the KPI formulas portable?",
  confirmText: (counts) =>
    `${enFormulas(total(counts))} will be rewritten as native Excel formulas: ${list(counts)}.`,
  keptNote:
    "The original formulas are kept in a hidden sheet, so Restore KPI formulas brings them back exactly.",
  alreadyKept: (n) => `${n} originals from an earlier conversion are already kept.`,
  convert: "Make portable",
  cancel: "Cancel",
  nothingToConvert: "There are no KPI formulas to convert here.",
  converted: (counts) => `${enFormulas(total(counts))} made portable: ${list(counts)}.`,
  restored: (counts) => `${enFormulas(total(counts))} restored: ${list(counts)}.`,
  nothingToRestore: "There are no kept KPI formulas to restore here.",
  edited: (n) =>
    `${n} ${en1(n, "cell was", "cells were")} edited after the conversion and left as ${en1(n, "it is", "they are")}.`,
  blocked: (n) =>
    `${enFormulas(n)} that ${en1(n, "spills was", "spill were")} left portable: a cell of ${en1(n, "its", "their")} spill area was typed into and would be overwritten. Clear those cells, then restore again.`,
  stopped: (action, detail) =>
    `${action === "convert" ? "Make portable" : "Restore KPI formulas"} stopped part way (${detail}). No original formula is lost: they are all kept in the hidden sheet or back in their cells. Run it again to finish.`,
  leftAsIs: (n) => `${enFormulas(n)} will stay as ${en1(n, "it is", "they are")}:`,
  warning: {
    unreadable: "the formula could not be read",
    arguments: "wrong number of arguments",
    spill: "it returns a range (spills); enter it per cell to convert it",
    reference: "a scale, indices or weights must be a cell range",
    nested: "a KPI call inside it cannot be converted",
    length: "the native formula would be longer or more deeply nested than Excel allows",
  },
  failed: (detail) => `The workbook could not be changed: ${detail}`,
};

export const ru: PortableStrings = {
  title: "Переносимая копия",
  intro:
    "Коллеги без надстройки видят #ИМЯ? в ячейках KPI. «Сделать переносимой» заменяет формулы KPI обычными формулами Excel с теми же результатами; исходные формулы остаются в книге.",
  scope: "Где",
  wholeWorkbook: "Во всей книге",
  sheet: (name) => `Лист «${name}»`,
  makePortable: "Сделать переносимой…",
  restore: "Вернуть формулы KPI",
  working: "Выполняется…",
  unavailable: "Переносимые копии недоступны в этом окне.",
  confirmTitle: "Сделать формулы KPI переносимыми?",
  confirmText: (counts) =>
    `${ruFormulas(total(counts))} будут заменены обычными формулами Excel: ${list(counts)}.`,
  keptNote:
    "Исходные формулы сохраняются на скрытом листе, и «Вернуть формулы KPI» восстановит их в точности.",
  alreadyKept: (n) => `Из прошлого преобразования уже сохранено исходных формул: ${n}.`,
  convert: "Сделать переносимой",
  cancel: "Отмена",
  nothingToConvert: "Здесь нет формул KPI для преобразования.",
  converted: (counts) => `Преобразовано: ${ruFormulas(total(counts))} — ${list(counts)}.`,
  restored: (counts) => `Восстановлено: ${ruFormulas(total(counts))} — ${list(counts)}.`,
  nothingToRestore: "Здесь нет сохранённых формул KPI для восстановления.",
  edited: (n) => `Ячеек, изменённых после преобразования и оставленных как есть: ${n}.`,
  blocked: (n) =>
    `Остались переносимыми формулы с диапазоном результата: ${n}. В их диапазон что-то ввели, и восстановление затёрло бы это. Очистите эти ячейки и восстановите ещё раз.`,
  stopped: (action, detail) =>
    `${action === "convert" ? "Преобразование" : "Восстановление"} прервано на полпути (${detail}). Исходные формулы не потеряны: все они на скрытом листе или уже в своих ячейках. Запустите действие ещё раз, чтобы закончить.`,
  leftAsIs: (n) => `Останутся как есть: ${ruFormulas(n)}:`,
  warning: {
    unreadable: "формулу не удалось разобрать",
    arguments: "неверное число аргументов",
    spill: "функция возвращает диапазон (массив); введите её в каждую ячейку отдельно",
    reference: "шкала, индексы или веса должны быть диапазоном ячеек",
    nested: "вложенный вызов KPI нельзя преобразовать",
    length: "обычная формула получилась бы длиннее или сложнее, чем допускает Excel",
  },
  failed: (detail) => `Не удалось изменить книгу: ${detail}`,
};

/** Both languages. */
export const portableStrings = { en, ru } as const;
