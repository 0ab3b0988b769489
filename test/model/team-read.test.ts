/** The team list's reading of a register table: columns by header in either language. */
import { readTeamGrid } from "../../src/workbook/team-read";

test("Russian headers in another order are found; blanks, errors and unknown sheets are kept as they are", () => {
  const snap = readTeamGrid(
    {
      sheet: "Ведомость премий",
      headers: ["Премия", "Сотрудник", "Статус", "Результат", "Лист матрицы", "Заметка"],
      rows: [
        [41000, "Вера Соколова", "green", 1.04, "Вера Соколова", "ok"],
        ["", "", "", "", "", "a note on an empty row"],
        [{ error: "#N/A" }, "Анна Иванова", "", "", "нет матрицы", ""],
        ["#DIV/0!", "Олег", "red", 0.5, "Олег", ""],
      ],
    },
    ["Вера Соколова", "Ведомость премий"]
  );
  expect(snap).toEqual({
    sheet: "Ведомость премий",
    rows: [
      {
        employee: "Вера Соколова",
        score: 1.04,
        status: "green",
        bonus: 41000,
        matrixSheet: "Вера Соколова",
      },
      { employee: "Анна Иванова", score: undefined, status: undefined, bonus: { error: "#N/A" } },
      { employee: "Олег", score: 0.5, status: "red", bonus: { error: "#DIV/0!" } },
    ],
  });
});

test("a table without an Employee column is no register", () => {
  expect(readTeamGrid({ sheet: "S", headers: ["Name", "Score"], rows: [["A", 1]] }, [])).toBe(
    undefined
  );
});
