/** Numbers, percents and positions as messages write them (core/number-text.ts, messages.ts). */
import { kpiError } from "../../src/core/errors";
import {
  formatHundredth,
  formatNumber,
  formatPercent,
  formatPercentNumber,
  positionText,
} from "../../src/core/messages";
import { kpiStatus } from "../../src/core/status";
import { kpiWeighted } from "../../src/core/weighted";
import { col, row } from "./helpers";

describe("formatNumber", () => {
  it("writes up to 15 significant digits, trailing zeros trimmed", () => {
    expect(formatNumber(0.1 + 0.2, "en")).toBe("0.3");
    expect(formatNumber(1 / 3, "en")).toBe("0.333333333333333");
    expect(formatNumber(1200, "en")).toBe("1200");
    expect(formatNumber(-5, "en")).toBe("-5");
    expect(formatNumber(0, "en")).toBe("0");
    expect(formatNumber(-0, "en")).toBe("0");
    expect(formatNumber(123456.789, "en")).toBe("123456.789");
  });
  it("tells apart numbers that differ within 15 digits (6 digits would print them the same)", () => {
    const a = formatNumber(0.1234567891, "en");
    const b = formatNumber(0.123456789, "en");
    expect(a).not.toBe(b);
    expect(formatNumber(100.0001, "en")).toBe("100.0001");
  });
  it("uses E notation for very large and very small numbers", () => {
    expect(formatNumber(1e21, "en")).toBe("1E+21");
    expect(formatNumber(1.5e-10, "en")).toBe("1.5E-10");
    expect(formatNumber(1e308, "ru")).toBe("1E+308");
    expect(formatNumber(-2.5e-300, "ru")).toBe("-2,5E-300");
  });
  it("writes the Russian decimal comma in Russian", () => {
    expect(formatNumber(0.95, "ru")).toBe("0,95");
    expect(formatNumber(1234.5, "ru")).toBe("1234,5");
  });
  it("never writes Infinity or NaN", () => {
    for (const lang of ["en", "ru"] as const) {
      for (const n of [Infinity, -Infinity, NaN]) {
        expect(formatNumber(n, lang)).not.toMatch(/Infinity|NaN/);
        expect(formatPercent(n, lang)).not.toMatch(/Infinity|NaN/);
      }
    }
    expect(formatNumber(Infinity, "en")).toBe("> 1.79769313486232E+308");
  });
});

describe("formatPercent", () => {
  it("writes a fraction as a percent, without the rounding noise of × 100", () => {
    expect(formatPercent(0.9, "en")).toBe("90 %");
    expect(formatPercent(0.07, "en")).toBe("7 %"); // 0.07 × 100 = 7.000000000000001
    expect(formatPercent(0.955, "ru")).toBe("95,5 %");
    expect(formatPercent(90, "en")).toBe("9000 %");
    expect(formatPercent(1.0000001, "en")).toBe("100.00001 %");
    expect(formatPercentNumber(0.123, "en")).toBe("12.3");
  });
  it("never overflows: 1e307 is 1E+309 %, not Infinity %", () => {
    expect(formatPercent(1e307, "en")).toBe("1E+309 %");
  });
  it("writes a whole percent as the fraction it means", () => {
    expect(formatHundredth(90, "en")).toBe("0.9");
    expect(formatHundredth(85.5, "ru")).toBe("0,855");
  });
});

describe("messages", () => {
  it("say “90 reads as 9000 %: type 90% or 0.9” in English and Russian", () => {
    const e = kpiStatus(1.05, 90, 100) as ReturnType<typeof kpiError>;
    expect(e.messageIn("en")).toBe("90 reads as 9000 %: type 90% or 0.9");
    expect(e.messageIn("ru")).toBe("90 читается как 9000 %: введите 90% или 0,9");
    const half = kpiStatus(1.05, 0.9, 85.5) as ReturnType<typeof kpiError>;
    expect(half.messageIn("ru")).toBe("85,5 читается как 8550 %: введите 85,5% или 0,855");
  });
  it("show thresholds as percents", () => {
    const e = kpiStatus(1, 0.95, 0.9) as ReturnType<typeof kpiError>;
    expect(e.messageIn("en")).toBe("“watch” (95 %) must not be above “ok” (90 %).");
    expect(e.messageIn("ru")).toBe("«внимание» (95 %) не может быть больше, чем «норма» (90 %).");
  });
  it("name a KPI by its place in the range as the user sees it", () => {
    const negative = kpiWeighted(col(1, 1, 1), col(50, 60, -10)) as ReturnType<typeof kpiError>;
    expect(negative.messageIn("en")).toBe("The weight in row 3 of the range is negative (-10).");
    expect(negative.messageIn("ru")).toBe("Вес в строке 3 диапазона отрицательный (-10).");
    const missing = kpiWeighted(row(1, 1), row(50, "")) as ReturnType<typeof kpiError>;
    expect(missing.messageIn("en")).toMatch(/^The KPI in column 2 of the range has an index/);
    expect(positionText({ index: 4, rows: 2, cols: 3 }, "en")).toBe("row 2, column 2 of the range");
    expect(positionText({ index: 4, rows: 2, cols: 3 }, "ru")).toBe(
      "строке 2, столбце 2 диапазона"
    );
  });
  it("never show Infinity: weights totalling beyond the largest number", () => {
    const e = kpiWeighted(col(1, 1), col(1.5e308, 1.5e308)) as ReturnType<typeof kpiError>;
    expect(e.code).toBe("#VALUE!");
    expect(e.messageIn("en")).not.toMatch(/Infinity/);
    expect(e.messageIn("en")).toMatch(/^Weights total > 1\.79769313486232E\+308 %/);
  });
});
