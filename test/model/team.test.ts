import type { Card } from "../../src/core/card";
import { memberMatrix, positionCards } from "../../src/core/team";
import { ROLE_TEMPLATES } from "../../src/core/templates";

const card = (code: string, weight?: number): Card => ({
  code,
  name: code,
  method: "ratio",
  plan: 1,
  weight,
});
const cards = new Map([
  ["A", card("A", 0.6)],
  ["B", card("B", 0.4)],
  ["C", card("C")],
]);
const lookup = (code: string) =>
  cards.get(code) ??
  (ROLE_TEMPLATES.some((t) => t.rows.some((r) => r.code === code)) ? card(code) : undefined);

describe("what a position names", () => {
  it("a role template by id or by its name in either language, case and spaces ignored", () => {
    const ids = ["store-director", "Store Director", "  директор   магазина "].map((p) => {
      const r = positionCards(p, ROLE_TEMPLATES, lookup);
      return "cards" in r ? r.templateId : r.kind;
    });
    expect(ids).toEqual(["store-director", "store-director", "store-director"]);
  });

  it("card codes, weighted by the cards when they total 100 %, else evenly", () => {
    const own = positionCards("A; B", ROLE_TEMPLATES, lookup);
    expect("cards" in own && own.cards.map((c) => c.weight)).toEqual([0.6, 0.4]);
    const even = positionCards("A,C\nC", ROLE_TEMPLATES, lookup);
    expect("cards" in even && even.cards.map((c) => [c.card.code, c.weight])).toEqual([
      ["A", 0.34],
      ["C", 0.33],
      ["C", 0.33],
    ]);
  });

  it("says what is wrong otherwise (the pane words it in both languages)", () => {
    const probs = ["", "A; NOPE", "no such role"].map((p) =>
      positionCards(p, ROLE_TEMPLATES, lookup)
    );
    expect(probs.map((p) => ("kind" in p ? p.kind : "ok"))).toEqual([
      "noPosition",
      "unknownCode",
      "unknownPosition",
    ]);
  });

  it("gives a member their personal plans and bonus base", () => {
    const p = positionCards("A; B", ROLE_TEMPLATES, lookup);
    if (!("cards" in p)) throw new Error("expected cards");
    const m = memberMatrix(
      { employee: " Anna ", position: "A; B", bonusBase: 1000 },
      p,
      new Map([["anna", new Map([["B", 7]])]]),
      "Q1"
    );
    expect([m.employee, m.period, m.bonusBase]).toEqual(["Anna", "Q1", 1000]);
    expect(m.rows.map((r) => [r.code, r.plan])).toEqual([
      ["A", 1],
      ["B", 7],
    ]);
  });
});
