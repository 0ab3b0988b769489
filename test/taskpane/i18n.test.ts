/** Every string of the task pane exists in English and Russian. */
import { en } from "../../src/taskpane/i18n/en";
import { ru } from "../../src/taskpane/i18n/ru";
import { stringTables } from "../../src/taskpane/i18n";

/** A string for any entry: plain strings as they are, functions called with sample arguments. */
function render(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "function") return String(value(2, "x"));
  throw new Error(`unexpected entry ${String(value)}`);
}

test("both tables have exactly the same keys", () => {
  expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
});

test.each(Object.keys(en))("%s has a non-empty text in both languages", (key) => {
  for (const table of Object.values(stringTables)) {
    const text = render((table as Record<string, unknown>)[key]);
    expect(text.trim().length).toBeGreaterThan(0);
  }
});

test.each(Object.keys(en))("%s is translated: the Russian text has Cyrillic letters", (key) => {
  expect(render((ru as Record<string, unknown>)[key])).toMatch(/[А-Яа-яЁё]/);
});

test("entries that take a value show it in both languages", () => {
  expect(en.weightsMustBe100("95 %")).toContain("95 %");
  expect(ru.weightsMustBe100("95 %")).toContain("95 %");
  expect(en.goToCell("'Store director'!E11")).toContain("'Store director'!E11");
  expect(ru.goToCell("'Директор'!E11")).toContain("'Директор'!E11");
});

test("Russian counts use the right plural form", () => {
  expect(ru.cardCount(1)).toBe("1 карточка");
  expect(ru.cardCount(3)).toBe("3 карточки");
  expect(ru.cardCount(5)).toBe("5 карточек");
  expect(ru.cardCount(11)).toBe("11 карточек");
  expect(ru.cardCount(21)).toBe("21 карточка");
  expect(ru.cardCount(24)).toBe("24 карточки");
  expect(ru.lintCount(2)).toBe("2 замечания");
  expect(en.cardCount(1)).toBe("1 card");
  expect(en.cardCount(2)).toBe("2 cards");
});

test("plurals follow each language's rules (Intl.PluralRules)", () => {
  expect([1, 2, 5, 11, 21, 22, 25, 111].map((n) => ru.cardCount(n))).toEqual([
    "1 карточка",
    "2 карточки",
    "5 карточек",
    "11 карточек",
    "21 карточка",
    "22 карточки",
    "25 карточек",
    "111 карточек",
  ]);
  expect([0, 1, 2].map((n) => en.cardCount(n))).toEqual(["0 cards", "1 card", "2 cards"]);
  expect(ru.lintCount(3)).toBe("3 замечания");
});
