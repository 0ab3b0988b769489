/** The sandbox shows a status level as the word its number format gives it. */
import { statusNumberFormat } from "../../src/core/status";
import { formatNumber } from "../../src/sandbox/display";

describe("sandbox display of conditional text formats", () => {
  it("shows each status level as its word, in the format's language", () => {
    expect([3, 2, 1].map((v) => formatNumber(v, statusNumberFormat("en")))).toEqual([
      "green",
      "amber",
      "red",
    ]);
    expect([3, 2, 1].map((v) => formatNumber(v, statusNumberFormat("ru")))).toEqual([
      "зелёный",
      "жёлтый",
      "красный",
    ]);
  });
  it("reads other conditions and quotes, and leaves other formats as they were", () => {
    expect(formatNumber(-1, '[<0]"low";"ok"')).toBe("low");
    expect(formatNumber(5, '[<0]"low";"say ""ok"""')).toBe('say "ok"');
    expect(formatNumber(0.5, "0%")).toBe("50%");
    expect(formatNumber(12, "[Red]0")).toBe("12");
  });
});
