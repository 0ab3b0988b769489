import type { Card } from "../../src/core/card";
import { SandboxHost } from "../../src/sandbox/host";

const card = (code: string, extra: Partial<Card> = {}): Card => ({
  code,
  name: `Card ${code}`,
  method: "ratio",
  ...extra,
});

describe("SandboxHost card table", () => {
  it("creates the table on first save and reads the cards back", async () => {
    const host = new SandboxHost();
    expect(await host.readCards()).toEqual([]);
    const cards = [
      card("A", { unit: "%", min: 0.8, plan: 1, max: 1.2, weight: 0.4, direction: "higher" }),
      card("B", { method: "inverse", plan: 5, owner: "Ann" }),
    ];
    await host.saveCards(cards);
    expect(host.sheetNames()).toEqual(["KPI Cards"]);
    const back = await host.readCards();
    expect(
      back.map((c) => [c.code, c.method, c.min, c.plan, c.max, c.weight, c.direction, c.owner])
    ).toEqual([
      ["A", "ratio", 0.8, 1, 1.2, 0.4, "higher", undefined],
      ["B", "inverse", undefined, 5, undefined, undefined, undefined, "Ann"],
    ]);
  });

  it("writes text that starts with = + - @ as text, never as a formula", async () => {
    const host = new SandboxHost();
    const risky = ['=HYPERLINK("http://x")', "+7 shops", "-5% losses", "@home"];
    await host.saveCards(risky.map((name, i) => card(`R${i}`, { name, goal: name })));
    const back = await host.readCards();
    expect(back.map((c) => c.name)).toEqual(risky);
    expect(back.map((c) => c.goal)).toEqual(risky);
    for (let r = 2; r <= 5; r++) {
      const f = host.formula("KPI Cards", `B${r}`);
      expect(typeof f === "string" && f.startsWith("=")).toBe(false);
    }
  });

  it("updates cards by code, appends new ones and keeps hand edits and extra columns", async () => {
    const host = new SandboxHost();
    await host.saveCards([card("A", { plan: 1 }), card("B", { plan: 2 })]);
    host.setCell("KPI Cards", "B2", "Hand-edited A");
    host.setCell("KPI Cards", "Q2", "my note");
    await host.saveCards([card("B", { plan: 20, name: "Renamed" }), card("C", { plan: 3 })]);
    const back = await host.readCards();
    expect(back.map((c) => [c.code, c.name, c.plan])).toEqual([
      ["A", "Hand-edited A", 1],
      ["B", "Renamed", 20],
      ["C", "Card C", 3],
    ]);
    expect(host.values("KPI Cards")[1][16]).toBe("my note");
  });

  it("deletes only the rows asked for", async () => {
    const host = new SandboxHost();
    await host.saveCards([card("A"), card("B"), card("C")]);
    await host.deleteCards(["B"]);
    expect((await host.readCards()).map((c) => c.code)).toEqual(["A", "C"]);
    await host.saveCards([card("D")]);
    expect((await host.readCards()).map((c) => c.code)).toEqual(["A", "C", "D"]);
  });

  it("recognizes Russian headers and keeps writing in the table's language", async () => {
    const host = new SandboxHost();
    await host.saveCards([card("A", { method: "corridor", min: 1, plan: 2 })], { lang: "ru" });
    expect(host.values("Карточки KPI")[0].slice(0, 3)).toEqual(["Код", "Показатель", "Цель"]);
    await host.saveCards([card("B", { method: "inverse", plan: 3 })], { lang: "en" });
    const v = host.values("Карточки KPI");
    expect(v[1][5]).toBe("вилка");
    expect(v[2][5]).toBe("обратный");
    expect((await host.readCards()).map((c) => c.method)).toEqual(["corridor", "inverse"]);
  });

  it("stores settings", async () => {
    const host = new SandboxHost();
    expect(await host.getSetting("lang")).toBeUndefined();
    await host.setSetting("lang", "ru");
    expect(await host.getSetting("lang")).toBe("ru");
  });
});
