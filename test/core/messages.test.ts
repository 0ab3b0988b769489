/** Messages and error values: both languages, placeholders, host errors. */
import { asKpiError, ERROR_CODES, isKpiError, kpiError, KpiError } from "../../src/core/errors";
import { formatMessage, languageFromTag, MESSAGES, type MessageId } from "../../src/core/messages";

describe("messages", () => {
  it.each(Object.keys(MESSAGES) as MessageId[])(
    "%s has the same placeholders in English and Russian",
    (id) => {
      const holes = (s: string) => (s.match(/\{\d\}/g) ?? []).sort();
      expect(holes(MESSAGES[id].ru)).toEqual(holes(MESSAGES[id].en));
      expect(MESSAGES[id].ru).toMatch(/[а-яё]/i);
    }
  );
  it("fills numbers with the language's decimal mark and translates parameter names", () => {
    expect(formatMessage("weightsTotal", [95.5], "en")).toContain("95.5 %");
    expect(formatMessage("weightsTotal", [95.5], "ru")).toContain("95,5 %");
    expect(formatMessage("numberIsText", [{ param: "plan" }], "ru")).toContain("«план»");
  });
  it("#N/A and #VALUE! messages (the ones Excel shows) say what to do", () => {
    const hints: [MessageId, RegExp, RegExp][] = [
      ["tooFewValues", /at least two/, /не меньше двух/],
      ["noIndices", /enter/i, /введите/i],
      ["numberIsBoolean", /enter a number/, /введите число/i],
      [
        "scaleIncomplete",
        /fill in both or clear the row/,
        /заполните оба значения или очистите строку/,
      ],
    ];
    for (const [id, en, ru] of hints) {
      expect(formatMessage(id, [1], "en")).toMatch(en);
      expect(formatMessage(id, [1], "ru")).toMatch(ru);
    }
  });
  it("picks Russian for ru-* display languages, English otherwise", () => {
    expect(languageFromTag("ru-RU")).toBe("ru");
    expect(languageFromTag("RU")).toBe("ru");
    expect(languageFromTag("en-US")).toBe("en");
    expect(languageFromTag(undefined)).toBe("en");
  });
});

describe("error values", () => {
  it("carry a code and a message in both languages", () => {
    const e = kpiError("#DIV/0!", "planZero");
    expect(e.code).toBe("#DIV/0!");
    expect(e.message).toMatch(/Plan is 0/);
    expect(e.messageIn("ru")).toMatch(/План равен 0/);
    expect(String(e)).toBe(`#DIV/0! ${e.message}`);
  });
  it("recognise errors from a host by their code", () => {
    expect(asKpiError({ code: "#REF!", message: "gone" })).toMatchObject({
      code: "#REF!",
      message: "gone",
    });
    expect(asKpiError({ code: "#OOPS" })).toBeUndefined();
    expect(asKpiError("#N/A")).toBeUndefined();
    for (const code of ERROR_CODES) expect(asKpiError({ code })?.code).toBe(code);
  });
  it("are recognised structurally across module copies", () => {
    const copy = { ...new KpiError("#N/A"), kind: "KpiError" };
    expect(isKpiError(copy)).toBe(true);
    expect(isKpiError({ code: "#N/A" })).toBe(false);
  });
});
