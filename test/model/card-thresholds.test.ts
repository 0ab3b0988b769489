/** A card's own status thresholds: card-table columns in both languages, and its matrix rows. */
import type { Card } from "../../src/core/card";
import { rowFromCard } from "../../src/core/matrix";
import { cardColumns, newCardTable, readCardGrid } from "../../src/workbook/card-table";
import { rowFormulas } from "../../src/workbook/matrix-plan";
import { defaultLayout } from "../../src/workbook/matrix-plan";

const OWN: Card = {
  code: "SHRINK",
  name: "Shrinkage",
  method: "inverse",
  plan: 0.01,
  statusAmber: 0.95,
  statusGreen: 1.05,
};
const PLAIN: Card = { code: "SALES", name: "Sales", method: "ratio", plan: 100 };

describe("status thresholds of a card", () => {
  it("are read from their columns in either language, typed or as aliases", () => {
    for (const [amber, green] of [
      ["Status amber from", "Status green from"],
      ["Жёлтый от", "Зелёный от"],
      ["Желтый от, %", "Green from"],
    ]) {
      const cards = readCardGrid({
        headers: ["Code", "KPI", "Method", amber, green],
        rows: [
          ["SHRINK", "Shrinkage", "inverse", 0.95, 1.05],
          ["SALES", "Sales", "ratio", "", ""],
        ],
      });
      expect([amber, cards[0].statusAmber, cards[0].statusGreen]).toEqual([amber, 0.95, 1.05]);
      expect(cards[1].statusAmber).toBeUndefined();
      expect(cards[1].statusGreen).toBeUndefined();
    }
  });

  it("get their columns in a new card table only when a card has them, in percent", () => {
    const without = newCardTable([PLAIN], "ru");
    expect(without.inputs[0]).not.toContain("Жёлтый от");
    const withOwn = newCardTable([PLAIN, OWN], "ru");
    const cols = cardColumns(withOwn.inputs[0]);
    expect(withOwn.inputs[0][cols.statusAmber!]).toBe("Жёлтый от");
    expect(withOwn.inputs[2][cols.statusGreen!]).toBe(1.05);
    expect(withOwn.formats[2][cols.statusAmber!]).toBe("0.0%");
    expect(withOwn.inputs[1][cols.statusAmber!]).toBe("");
  });

  it("override the matrix's thresholds in the rows built from the card", () => {
    const L = defaultLayout(2, 5);
    const own = rowFromCard(OWN, 0.5);
    expect([own.statusAmber, own.statusGreen]).toEqual([0.95, 1.05]);
    expect(rowFormulas(L, 5, own).status).toBe('=IF(J6="","",KPI.STATUS(J6,0.95,1.05,"level"))');
    const plain = rowFromCard(PLAIN, 0.5);
    expect(rowFormulas(L, 6, plain).status).toBe(
      '=IF(J7="","",KPI.STATUS(J7,IF($B$19="","",$B$19),IF($B$20="","",$B$20),"level"))'
    );
  });
});
