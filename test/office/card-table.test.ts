import { OfficeMockObject } from "office-addin-mock";
import type { Card } from "../../src/core/card";
import { OfficeHost } from "../../src/office/excel-host";
import { FakeBook } from "./fake-book";
import { fakeExcel } from "./fake-excel";

const g = global as unknown as { Excel: unknown; Office: unknown };
let book: FakeBook;
let host: OfficeHost;

beforeEach(() => {
  book = new FakeBook();
  g.Excel = fakeExcel(book);
  g.Office = new OfficeMockObject({ context: { requirements: { isSetSupported: () => true } } });
  host = new OfficeHost();
});

const card = (code: string, extra: Partial<Card> = {}): Card => ({
  code,
  name: `Card ${code}`,
  method: "ratio",
  plan: 10,
  ...extra,
});

const SHEET = "KPI Cards";
const codes = async (): Promise<string[]> => (await host.readCards()).map((c) => c.code);

describe("OfficeHost card table", () => {
  it("creates the table on first save and reads it back, in at most 3 syncs each", async () => {
    expect(await host.readCards()).toEqual([]);
    const before = book.syncCount;
    await host.saveCards([
      card("A", { unit: "%", min: 0.8, plan: 1, weight: 0.3, direction: "higher" }),
      card("B"),
    ]);
    expect(book.syncCount - before).toBeLessThanOrEqual(3);
    expect(book.tables.map((t) => [t.name, t.sheet, book.tableAddress(t)])).toEqual([
      ["KpiCards", SHEET, "A1:N3"],
    ]);
    const back = await host.readCards();
    expect(back[0]).toMatchObject({
      code: "A",
      unit: "%",
      min: 0.8,
      plan: 1,
      weight: 0.3,
      direction: "higher",
    });
    expect(book.numberFormat(SHEET, "K2")).toBe("0%");
    expect(book.numberFormat(SHEET, "H2")).toBe("0.0%");
  });

  it("writes user text starting with = + - @ as text, never a formula", async () => {
    const risky = ['=HYPERLINK("http://evil","x")', "+79001234567", "-10% shrinkage", "@SUM(A1)"];
    await host.saveCards(risky.map((name, i) => card(`R${i}`, { name, owner: name })));
    for (let r = 2; r <= 5; r++) {
      expect(book.hf.getCellFormula({ sheet: book.id(SHEET), row: r - 1, col: 1 })).toBeUndefined();
    }
    expect((await host.readCards()).map((c) => [c.name, c.owner])).toEqual(
      risky.map((t) => [t, t])
    );
    // An update of an existing row goes through the same escaping.
    await host.saveCards([card("R0", { name: "=1+1" })]);
    expect((await host.readCards())[0].name).toBe("=1+1");
  });

  it("keeps hand edits, extra columns and rows without a code through a save", async () => {
    await host.saveCards([card("A"), card("B")]);
    // The user adds a column "Comment" to the table and types in it, edits B's goal by hand,
    // and adds a row with no code.
    const t = book.table("KpiCards");
    book.setInputs(SHEET, 0, 14, [["Comment"], ["keep me"], ["me too"]]);
    t.cols += 1;
    book.setInputs(SHEET, 2, 2, [["typed by hand"]]);
    book.hf.addRows(book.id(SHEET), [3, 1]);
    book.setInputs(SHEET, 3, 1, [["a draft without code"]]);
    t.rows += 1;
    await host.saveCards([card("A", { plan: 11 }), card("C")]);
    expect(book.values(SHEET, 0, 14, 3, 1)).toEqual([["Comment"], ["keep me"], ["me too"]]);
    expect(book.values(SHEET, 3, 1, 1, 1)).toEqual([["a draft without code"]]);
    const back = await host.readCards();
    expect(back.map((c) => [c.code, c.plan, c.goal])).toEqual([
      ["A", 11, undefined],
      ["B", 10, "typed by hand"],
      ["C", 10, undefined],
    ]);
    expect(book.tableAddress(t)).toBe("A1:O5");
  });

  it("updates the right rows of a sorted table", async () => {
    await host.saveCards([card("A", { plan: 1 }), card("B", { plan: 2 }), card("C", { plan: 3 })]);
    book.sortTable("KpiCards", 0, true);
    expect(await codes()).toEqual(["C", "B", "A"]);
    await host.saveCards([card("A", { plan: 100 }), card("C", { plan: 300 })]);
    expect((await host.readCards()).map((c) => [c.code, c.plan])).toEqual([
      ["C", 300],
      ["B", 2],
      ["A", 100],
    ]);
  });

  it("saves into a filtered table cell by cell (block writes there land in the wrong rows)", async () => {
    await host.saveCards([card("A"), card("B"), card("C")]);
    book.table("KpiCards").filtered = true;
    await host.saveCards([
      card("A", { plan: 7, name: "Seven" }),
      card("C", { plan: 9 }),
      card("D"),
    ]);
    expect((await host.readCards()).map((c) => [c.code, c.name, c.plan])).toEqual([
      ["A", "Seven", 7],
      ["B", "Card B", 10],
      ["C", "Card C", 9],
      ["D", "Card D", 10],
    ]);
  });

  it("adds a column the table lacks when a card needs it", async () => {
    await host.saveCards([card("A")]);
    // The user deleted the Owner column (L).
    const t = book.table("KpiCards");
    book.hf.removeColumns(book.id(SHEET), [11, 1]);
    t.cols -= 1;
    await host.saveCards([card("A", { owner: "Ann" })]);
    expect(book.values(SHEET, 0, 13, 2, 1)).toEqual([["Owner"], ["Ann"]]);
    expect((await host.readCards())[0].owner).toBe("Ann");
  });

  it("reads Russian headers and writes methods in the table's language", async () => {
    await host.saveCards([card("A", { method: "inverse" })], { lang: "ru" });
    expect(book.sheetNames()).toEqual(["Карточки KPI"]);
    await host.saveCards([card("B", { method: "corridor", min: 1 })], { lang: "en" });
    expect(book.values("Карточки KPI", 0, 5, 3, 1)).toEqual([["Метод"], ["обратный"], ["вилка"]]);
    expect((await host.readCards()).map((c) => c.method)).toEqual(["inverse", "corridor"]);
  });

  it("uses at most 3 syncs for every card table call on a 200-card table", async () => {
    const many = Array.from({ length: 200 }, (_, i) => card(`C${i}`, { owner: `Owner ${i}` }));
    const syncs = async (f: () => Promise<unknown>): Promise<number> => {
      const before = book.syncCount;
      await f();
      return book.syncCount - before;
    };
    expect(await syncs(() => host.saveCards(many))).toBeLessThanOrEqual(3);
    expect(
      await syncs(() => host.saveCards(many.map((c) => ({ ...c, plan: 20 }))))
    ).toBeLessThanOrEqual(3);
    expect(await syncs(() => host.readCards())).toBeLessThanOrEqual(3);
    expect(await syncs(() => host.deleteCards(["C5", "C150"]))).toBeLessThanOrEqual(3);
    expect(await codes()).toHaveLength(198);
    expect((await host.readCards()).every((c) => c.plan === 20)).toBe(true);
  });

  it("deletes only the rows asked for, in a sorted table too; codes match exactly, case included", async () => {
    await host.saveCards([card("A"), card("B"), card("C"), card("D")]);
    book.sortTable("KpiCards", 0, true);
    await host.deleteCards(["B", "d"]);
    expect(await codes()).toEqual(["D", "C", "A"]);
    await host.deleteCards(["nothing", "D"]);
    expect(await codes()).toEqual(["C", "A"]);
  });
});
