/** The Overview tab's data: tiles of a matrix snapshot and the team list's order. */
import type { MatrixSnapshot } from "../../src/core/matrix/types";
import { matrixTiles, sortTeam, statusWord, totalTile } from "../../src/taskpane/visual/model";
import { en, ru } from "../../src/taskpane/visual/strings";
import type { TeamRow } from "../../src/workbook/team-read";

const rowAt = (r: number) =>
  Object.fromEntries(
    [
      "code",
      "name",
      "unit",
      "method",
      "weight",
      "min",
      "plan",
      "max",
      "fact",
      "index",
      "score",
      "status",
    ].map((c, i) => [c, `${String.fromCharCode(65 + i)}${r}`])
  ) as MatrixSnapshot["at"]["rows"][number];

function snapshot(): MatrixSnapshot {
  return {
    sheet: "Store director",
    matrix: {
      name: "KPI — Store director",
      employee: "Store director",
      period: "March",
      scale: [],
      rows: [
        {
          code: "T",
          name: "Turnover",
          unit: "%",
          method: "ratio",
          weight: 0.5,
          plan: 1,
          fact: 1.4,
        },
        { code: "P", name: "Profit", method: "ratio", weight: 0.3, plan: 800 },
        { code: "S", name: "", method: "ratio", weight: 0.2, plan: 5, fact: -3 },
      ],
    },
    results: [
      { index: 1.4, score: 0.7, status: "green" },
      { index: { error: "#N/A", message: "No fact yet" }, score: undefined, status: undefined },
      { index: -0.6, score: -0.12, status: "RED" },
    ],
    weightTotal: 1,
    total: { error: "#N/A" },
    totalStatus: undefined,
    bonus: 0,
    at: { rows: [rowAt(7), rowAt(8), rowAt(9)], total: "I10" } as MatrixSnapshot["at"],
  };
}

test("a tile per row: the bar is capped to 0…100 % while the true index is kept", () => {
  const tiles = matrixTiles(snapshot());
  expect(tiles.map((t) => [t.name, t.index, t.bar, t.status])).toEqual([
    ["Turnover", 1.4, 1, "green"],
    ["Profit", undefined, 0, undefined],
    ["S", -0.6, 0, "red"],
  ]);
  expect(tiles[1].indexError).toEqual({ error: "#N/A", message: "No fact yet" });
  expect(tiles[1].fact).toBeUndefined();
  expect(tiles[0].row).toEqual({ sheet: "Store director", address: "A7:L7" });
});

test("the total tile keeps the sheet's error and bonus", () => {
  const total = totalTile(snapshot());
  expect(total).toEqual({
    scoreError: { error: "#N/A" },
    bar: 0,
    bonus: 0,
    at: { sheet: "Store director", address: "I10" },
  });
});

test("status tokens are read in any case and in Russian; anything else is no status", () => {
  expect(statusWord(" Green ")).toBe("green");
  expect(statusWord("Жёлтый")).toBe("amber");
  expect(statusWord("красный")).toBe("red");
  expect(statusWord("blue")).toBeUndefined();
  expect([3, 2, 1].map(statusWord)).toEqual(["green", "amber", "red"]);
  expect(statusWord(0)).toBeUndefined();
  expect(statusWord(2.5)).toBeUndefined();
  expect(statusWord({ error: "#VALUE!" })).toBeUndefined();
});

const people: TeamRow[] = [
  { employee: "Олег", score: 0.9, status: "amber", bonus: 30000 },
  { employee: "анна", score: { error: "#N/A" }, status: undefined, bonus: undefined },
  { employee: "Вера", score: 1.1, status: "green", bonus: 60000 },
  { employee: "Ирина", score: 0.7, status: "red", bonus: 0 },
  { employee: "Борис", score: 0.9, status: "amber", bonus: 30000 },
];
const names = (rows: TeamRow[]) => rows.map((r) => r.employee);

test.each([
  ["score", "ascending", ["Ирина", "Олег", "Борис", "Вера", "анна"]],
  ["score", "descending", ["Вера", "Олег", "Борис", "Ирина", "анна"]],
  ["bonus", "descending", ["Вера", "Олег", "Борис", "Ирина", "анна"]],
  ["status", "ascending", ["Ирина", "Олег", "Борис", "Вера", "анна"]],
  ["status", "descending", ["Вера", "Олег", "Борис", "Ирина", "анна"]],
  ["employee", "ascending", ["анна", "Борис", "Вера", "Ирина", "Олег"]],
  ["employee", "descending", ["Олег", "Ирина", "Вера", "Борис", "анна"]],
] as const)("sorted by %s, %s: blanks last, ties in register order", (key, dir, expected) => {
  expect(names(sortTeam(people, key, dir, "ru"))).toEqual(expected);
});

test("sorting does not change the register's own list", () => {
  const copy = [...people];
  sortTeam(people, "score", "descending", "ru");
  expect(people).toEqual(copy);
});

test("the tab's words exist in both languages", () => {
  expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
  for (const key of Object.keys(ru) as (keyof typeof ru)[]) {
    const value = ru[key];
    const text =
      typeof value === "function"
        ? String((value as (...a: string[]) => string)("x", "ascending", "y", "z", "w"))
        : typeof value === "string"
          ? value
          : Object.values(value).join(" ");
    expect(text).toMatch(/[А-Яа-яЁё]/);
  }
  expect(ru.status.red).not.toBe(en.status.red);
});
