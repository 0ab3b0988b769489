/** The pure form logic behind the card editor and the matrix builder. */
import type { Card } from "../../src/core/card";
import { parseNumber, formatPercent } from "../../src/taskpane/format";
import {
  checkDraft,
  draftFromCard,
  emptyDraft,
  freeCode,
  searchCards,
} from "../../src/taskpane/cards/cardForm";
import {
  applyTemplate,
  checkForm,
  emptyForm,
  formFromMatrix,
  relocalizeForm,
  scaleThresholds,
  spreadEvenly,
  totalPercent,
} from "../../src/taskpane/matrix/matrixForm";

const SALES: Card = {
  code: "SALES_VOL",
  name: "Sales volume",
  method: "ratio",
  plan: 800,
  weight: 0.45,
};
const CHECK: Card = {
  code: "AVG_CHECK",
  name: "Average check",
  method: "corridor",
  min: 650,
  plan: 950,
};

describe("parseNumber", () => {
  test.each([
    ["1200", 1200],
    ["1 200,5", 1200.5],
    ["1,200.5", 1200.5],
    ["95,5 %", 95.5],
    ["-3", -3],
    [".5", 0.5],
    ["1e3", 1000],
  ])("reads %p as %p", (text, value) => expect(parseNumber(text)).toBe(value));
  test("blank is not given, junk is an error", () => {
    expect(parseNumber("  ")).toBeUndefined();
    expect(parseNumber("12x")).toBeNull();
    expect(parseNumber("1,2,3")).toBeNull();
  });
});

test("formatPercent writes the language's decimal mark", () => {
  expect(formatPercent(0.955, "en")).toBe("95.5\u00a0%");
  expect(formatPercent(0.955, "ru")).toBe("95,5\u00a0%");
  // A bonus coefficient reads as the sheet shows it: 125.5 % of the base.
  expect(formatPercent(1.255, "en", 2)).toBe("125.5\u00a0%");
  expect(formatPercent(12.5, "ru", 2)).toBe("1\u00a0250\u00a0%");
});

describe("checkDraft", () => {
  test("a card survives a round trip through the editor", () => {
    const check = checkDraft(draftFromCard(SALES), [CHECK], "en", "number?", SALES);
    expect(check.problems).toEqual({});
    expect(check.card).toEqual(SALES);
  });
  test("fields the editor does not show are kept", () => {
    const base: Card = { ...CHECK, libraryCode: "AVG_CHECK" };
    const draft = { ...draftFromCard(base), plan: "1000" };
    expect(checkDraft(draft, [], "en", "number?", base).card).toEqual({ ...base, plan: 1000 });
  });
  test("numbers that do not parse are errors on their field", () => {
    const draft = { ...emptyDraft(), code: "X", name: "X", plan: "lots" };
    const check = checkDraft(draft, [], "en", "Enter a number.", undefined);
    expect(check.card).toBeNull();
    expect(check.problems.plan).toEqual({ severity: "error", text: "Enter a number." });
  });
  test("the core's rules speak the chosen language", () => {
    const draft = { ...emptyDraft(), code: "sales_vol", name: "" };
    const ru = checkDraft(draft, [SALES], "ru", "?", undefined);
    expect(ru.problems.code?.text).toBe("Код sales_vol уже занят.");
    expect(ru.problems.name?.text).toBe("Введите название.");
  });
  test("a warning does not block saving", () => {
    const draft = { ...draftFromCard(CHECK), direction: "lower" as const };
    const check = checkDraft(draft, [], "en", "?", CHECK);
    expect(check.problems.method?.severity).toBe("warning");
    expect(check.card?.direction).toBe("lower");
  });
  test("weights are typed in percent and stored as fractions", () => {
    const draft = { ...draftFromCard(CHECK), weight: "12,5" };
    expect(checkDraft(draft, [], "en", "?", CHECK).card?.weight).toBe(0.125);
  });
});

test("freeCode adds the first free number", () => {
  expect(freeCode("SALES_VOL", ["SALES_VOL", "sales_vol_2"])).toBe("SALES_VOL_3");
  expect(freeCode("SALES_VOL_2", ["SALES_VOL", "SALES_VOL_2"])).toBe("SALES_VOL_3");
});

test("searchCards matches code, name and unit ignoring case", () => {
  expect(searchCards([SALES, CHECK], "CHECK").map((c) => c.code)).toEqual(["AVG_CHECK"]);
  expect(searchCards([SALES, CHECK], "vol").map((c) => c.code)).toEqual(["SALES_VOL"]);
  expect(searchCards([SALES, CHECK], "")).toHaveLength(2);
});

describe("matrix form", () => {
  const cardFor = (code: string) => {
    const own = [SALES, CHECK].find((c) => c.code === code);
    if (own) return { card: own, inWorkbook: true };
    if (code === "TRAFFIC")
      return { card: { code, name: "Traffic", method: "ratio" as const }, inWorkbook: false };
    return undefined;
  };
  const template = {
    id: "t",
    name: "Store director",
    rows: [
      { code: "SALES_VOL", weight: 0.6 },
      { code: "TRAFFIC", weight: 0.4 },
    ],
  };

  test("a template fills the cards, weights and an empty employee", () => {
    const form = applyTemplate(emptyForm(), template);
    expect(form.employee).toBe("Store director");
    expect(form.picks).toEqual([
      { code: "SALES_VOL", weight: "60" },
      { code: "TRAFFIC", weight: "40" },
    ]);
    expect(applyTemplate({ ...emptyForm(), employee: "Ivanova" }, template).employee).toBe(
      "Ivanova"
    );
  });

  test("the live total sums typed percents and is NaN while one is not a number", () => {
    expect(
      totalPercent([
        { code: "a", weight: "45,5" },
        { code: "b", weight: "54.5" },
      ])
    ).toBe(100);
    expect(totalPercent([{ code: "a", weight: "x" }])).toBeNaN();
    expect(totalPercent([{ code: "a", weight: "" }])).toBe(0);
  });

  test("spreading evenly gives whole percents totalling 100", () => {
    const picks = spreadEvenly([1, 2, 3].map((i) => ({ code: String(i), weight: "" })));
    expect(picks.map((p) => p.weight)).toEqual(["34", "33", "33"]);
  });

  test("a complete form becomes a matrix; library cards are reported missing", () => {
    const form = { ...applyTemplate(emptyForm(), template), period: "Q1", base: "50 000" };
    const check = checkForm(form, cardFor);
    expect(check.problems).toEqual({});
    expect(check.missing.map((c) => c.code)).toEqual(["TRAFFIC"]);
    expect(check.matrix).toMatchObject({
      name: "Store director",
      employee: "Store director",
      period: "Q1",
      bonusBase: 50000,
      templateId: "t",
      interpolation: "step",
    });
    expect(check.matrix?.rows.map((r) => [r.code, r.weight])).toEqual([
      ["SALES_VOL", 0.6],
      ["TRAFFIC", 0.4],
    ]);
    expect(check.matrix?.scale[0]).toEqual({ threshold: 0.8, coefficient: 0.5 });
  });

  test("weights of 95 %, a missing employee and a falling scale stop the build", () => {
    const form = {
      ...emptyForm(),
      picks: [{ code: "SALES_VOL", weight: "95" }],
      scale: [
        { threshold: "100", coefficient: "100" },
        { threshold: "90", coefficient: "80" },
      ],
    };
    const check = checkForm(form, cardFor);
    expect(check.matrix).toBeNull();
    expect(check.problems).toEqual({
      employee: "employeeRequired",
      weights: "weightsMustBe100",
      scale: "scaleNotIncreasing",
    });
  });

  test("rows of cards deleted since the last build are kept from the sheet", () => {
    const previous = [
      { code: "OLD", name: "Old KPI", method: "ratio" as const, weight: 0.5, fact: 3 },
    ];
    const form = {
      ...emptyForm(),
      employee: "A",
      picks: [
        { code: "SALES_VOL", weight: "50" },
        { code: "OLD", weight: "50" },
      ],
    };
    const base = { name: "A", employee: "A", period: "", rows: previous, scale: [] };
    const rows = checkForm(form, cardFor, base).matrix?.rows ?? [];
    expect(rows[1]).toEqual({ ...previous[0], weight: 0.5 });
  });

  test("an update keeps each row as the sheet has it: plans typed there are not replaced by the card's", () => {
    const sheetRow = {
      code: "SALES_VOL",
      name: "Sales volume (store)",
      method: "corridor" as const,
      weight: 0.6,
      min: 90,
      plan: 120,
      fact: 100,
    };
    const base = { name: "A", employee: "A", period: "", rows: [sheetRow], scale: [] };
    const form = {
      ...formFromMatrix(base, "A"),
      picks: [{ code: "SALES_VOL", weight: "100", row: 0 }],
    };
    const rows = checkForm(form, cardFor, base).matrix?.rows ?? [];
    expect(rows).toEqual([{ ...sheetRow, weight: 1 }]);
  });

  test("a matrix read back fills the form for an update in place", () => {
    const form = formFromMatrix(
      {
        name: "Store director",
        employee: "Store director",
        period: "Q1",
        rows: [{ code: "SALES_VOL", name: "Sales", method: "ratio", weight: 0.4 }],
        scale: [{ threshold: 1, coefficient: 1 }],
        bonusBase: 1000,
      },
      "Store director"
    );
    expect(form).toMatchObject({
      sheet: "Store director",
      picks: [{ code: "SALES_VOL", weight: "40" }],
      base: "1000",
      scale: [{ threshold: "100", coefficient: "100" }],
    });
  });
});

describe("numbers the pane fills in", () => {
  const template = { id: "t", name: "Role", rows: [{ code: "A", weight: 0.325 }] };

  test("use the decimal comma in Russian and the point in English", () => {
    const ru = emptyForm("ru");
    // Coefficients in percent, as the sheet shows them (50 % of the base, not 0.5).
    expect(ru.scale.map((r) => [r.threshold, r.coefficient])).toContainEqual(["90", "80"]);
    expect(applyTemplate(ru, template, "ru").picks).toEqual([{ code: "A", weight: "32,5" }]);
    expect(emptyForm("en").scale.map((r) => r.coefficient)).toContain("80");
    const matrix = {
      name: "M",
      employee: "E",
      period: "",
      rows: [{ code: "A", name: "A", method: "ratio" as const, weight: 0.125 }],
      scale: [{ threshold: 0.955, coefficient: 1.255 }],
      bonusBase: 1500.5,
    };
    expect(formFromMatrix(matrix, "M", "ru")).toMatchObject({
      picks: [{ code: "A", weight: "12,5" }],
      base: "1500,5",
      scale: [{ threshold: "95,5", coefficient: "125,5" }],
    });
    const draft = draftFromCard({ ...SALES, plan: 1200.5, min: 0.95, weight: 0.125 }, "ru");
    expect([draft.plan, draft.min, draft.weight]).toEqual(["1200,5", "0,95", "12,5"]);
    expect(draftFromCard({ ...SALES, plan: 1200.5 }, "en").plan).toBe("1200.5");
  });

  test("follow a change of language; other text stays as typed", () => {
    const form = {
      ...emptyForm("en"),
      picks: [
        { code: "A", weight: "12.5" },
        { code: "B", weight: "1 000,5" },
        { code: "C", weight: "x" },
      ],
      base: "50000",
    };
    const ru = relocalizeForm(form, "ru");
    expect(ru.picks.map((p) => p.weight)).toEqual(["12,5", "1 000,5", "x"]);
    expect(ru.scale[0].coefficient).toBe("50");
    const half = relocalizeForm(
      { ...form, scale: [{ threshold: "80", coefficient: "12.5" }] },
      "ru"
    );
    expect(half.scale[0].coefficient).toBe("12,5");
    expect(ru.base).toBe("50000");
    expect(relocalizeForm(ru, "en").picks[0].weight).toBe("12.5");
  });

  test("read back as the same numbers", () => {
    const ru = formFromMatrix(
      {
        name: "M",
        employee: "E",
        period: "",
        rows: [{ code: "A", name: "A", method: "ratio" as const, weight: 1 }],
        scale: [{ threshold: 0.955, coefficient: 1.25 }],
        bonusBase: 1500.5,
      },
      "M",
      "ru"
    );
    const check = checkForm(ru, (code) => ({ card: { ...SALES, code }, inWorkbook: true }));
    expect(check.matrix?.scale).toEqual([{ threshold: 0.955, coefficient: 1.25 }]);
    expect(check.matrix?.bonusBase).toBe(1500.5);
  });
});

describe("a card in percent (unit %)", () => {
  const SHRINK: Card = {
    code: "SHRINKAGE",
    name: "Shrinkage",
    method: "corridor",
    unit: "%",
    min: 0.01,
    plan: 0.005,
    max: 0,
  };

  test("shows its bounds in percent, as the sheet does (1 for 1 %, not 0.01)", () => {
    const draft = draftFromCard(SHRINK, "ru");
    expect([draft.min, draft.plan, draft.max]).toEqual(["1", "0,5", "0"]);
  });

  test("reads typed percents back as fractions, with or without the % sign", () => {
    const draft = { ...draftFromCard(SHRINK), min: "1,5 %", plan: "0.8" };
    const { card } = checkDraft(draft, [], "en", "number?", SHRINK);
    expect(card).toMatchObject({ min: 0.015, plan: 0.008, max: 0 });
    const money = checkDraft({ ...draft, unit: "RUB" }, [], "en", "number?", SHRINK).card;
    expect(money).toMatchObject({ min: 1.5, plan: 0.8 });
  });
});

describe("status thresholds in the matrix form", () => {
  const cardOf = (code: string) => ({ card: { ...SALES, code }, inWorkbook: true });
  const filled = () => ({
    ...emptyForm("en"),
    employee: "E",
    picks: [{ code: "A", weight: "100" }],
  });

  test("blank fields follow the scale; typed percents are the matrix's own", () => {
    expect(scaleThresholds(filled())).toEqual({ amber: 0.8, green: 1 });
    const blank = checkForm(filled(), cardOf).matrix!;
    expect([blank.statusAmber, blank.statusGreen]).toEqual([undefined, undefined]);
    const typed = checkForm(
      { ...filled(), statusAmber: "85", statusGreen: "99,5" },
      cardOf
    ).matrix!;
    expect([typed.statusAmber, typed.statusGreen]).toEqual([0.85, 0.995]);
  });

  test("amber above green, text or more than 1000 % stop the build", () => {
    for (const [a, g] of [
      ["95", "90"],
      ["x", ""],
      ["2000", ""],
      ["", "50"],
    ]) {
      const check = checkForm({ ...filled(), statusAmber: a, statusGreen: g }, cardOf);
      expect([a, g, check.problems.thresholds]).toEqual([a, g, "statusThresholdsInvalid"]);
    }
  });

  test("a matrix read back shows its own thresholds, blank where they follow the scale", () => {
    const m = {
      name: "M",
      employee: "E",
      period: "",
      rows: [{ code: "A", name: "A", method: "ratio" as const, weight: 1 }],
      scale: [
        { threshold: 0.8, coefficient: 0.5 },
        { threshold: 1, coefficient: 1 },
      ],
      statusAmber: 0.8,
      statusGreen: 1.05,
    };
    const form = formFromMatrix(m, "M", "ru");
    expect([form.statusAmber, form.statusGreen]).toEqual(["", "105"]);
    // Read back unchanged: the same values, so an update writes neither.
    const check = checkForm(form, cardOf, m).matrix!;
    expect([check.statusAmber, check.statusGreen]).toEqual([0.8, 1.05]);
    // Cleared: the green threshold follows the scale again (undefined: derived when written).
    const cleared = checkForm({ ...form, statusGreen: "" }, cardOf, m).matrix!;
    expect(cleared.statusGreen).toBeUndefined();
  });
});
