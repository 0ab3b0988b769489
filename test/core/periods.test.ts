/** Period labels: reading, the next period in the same style, order, quarters and years. */
import fc from "fast-check";
import {
  formatPeriod,
  nextPeriod,
  parsePeriod,
  periodSortKey,
  quarterOf,
  samePeriod,
  sortPeriods,
  yearOf,
} from "../../src/core/periods";

const EN = ["January", "February", "March", "April", "May", "June", "July"];
const RU = ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь"];

/** Labels of every style the add-in reads, for any month or quarter of 1900–9998. */
const year = fc.integer({ min: 1900, max: 9998 });
const month = fc.integer({ min: 1, max: 12 });
const quarter = fc.integer({ min: 1, max: 4 });
const two = (n: number) => String(n).padStart(2, "0");
const monthLabel = fc.oneof(
  fc.tuple(year, month).map(([y, m]) => `${y}-${two(m)}`),
  fc.tuple(year, month).map(([y, m]) => `${two(m)}.${y}`),
  fc.tuple(year, month).map(([y, m]) => `${two(m)}/${y}`),
  fc.tuple(year, fc.integer({ min: 0, max: 6 })).map(([y, m]) => `${EN[m]} ${y}`),
  fc.tuple(year, fc.integer({ min: 0, max: 8 })).map(([y, m]) => `${RU[m]} ${y}`),
  fc.tuple(year, fc.integer({ min: 0, max: 8 })).map(([y, m]) => `${RU[m].toLowerCase()} ${y}`),
  fc.tuple(year, fc.integer({ min: 0, max: 8 })).map(([y, m]) => `${RU[m]} ${y} г.`)
);
const quarterLabel = fc.oneof(
  fc.tuple(year, quarter).map(([y, q]) => `${y}-Q${q}`),
  fc.tuple(year, quarter).map(([y, q]) => `Q${q} ${y}`),
  fc.tuple(year, quarter).map(([y, q]) => `${q} кв. ${y}`),
  fc.tuple(year, quarter).map(([y, q]) => `${["I", "II", "III", "IV"][q - 1]} квартал ${y}`)
);
const anyLabel = fc.oneof(monthLabel, quarterLabel, year.map(String));

describe("period labels", () => {
  it("reads the Russian word for year after it and keeps it in the next label", () => {
    expect(nextPeriod("Декабрь 2026 г.")).toBe("Январь 2027 г.");
    expect(nextPeriod("ноябрь 2026 года")).toBe("декабрь 2026 года");
    expect(nextPeriod("3 кв. 2026 г.")).toBe("4 кв. 2026 г.");
    expect(nextPeriod("2026 год")).toBe("2027 год");
    expect(periodSortKey("Декабрь 2026 г.")).toBe(periodSortKey("2026-12"));
    expect(quarterOf("Декабрь 2026 г.")).toBe(quarterOf("2026-12"));
    expect(parsePeriod("Декабрь г.")).toBeUndefined();
  });

  it("proposes the next period in the style of the current one", () => {
    expect(nextPeriod("2026-11")).toBe("2026-12");
    expect(nextPeriod("2026-12")).toBe("2027-01");
    expect(nextPeriod("2026-Q3")).toBe("2026-Q4");
    expect(nextPeriod("2026-Q4")).toBe("2027-Q1");
    expect(nextPeriod("Ноябрь 2026")).toBe("Декабрь 2026");
    expect(nextPeriod("Декабрь 2026")).toBe("Январь 2027");
    expect(nextPeriod("ноябрь 2026")).toBe("декабрь 2026");
    expect(nextPeriod("November 2026")).toBe("December 2026");
    expect(nextPeriod("Dec 2026")).toBe("Jan 2027");
    expect(nextPeriod("12.2026")).toBe("01.2027");
    expect(nextPeriod("Q4 2026")).toBe("Q1 2027");
    expect(nextPeriod("IV квартал 2026")).toBe("I квартал 2027");
    expect(nextPeriod("2 кв. 2026")).toBe("3 кв. 2026");
    expect(nextPeriod("2026")).toBe("2027");
    expect(nextPeriod("  Март   2026 ")).toBe("Апрель 2026");
  });

  it("reads nothing it cannot place in time", () => {
    for (const bad of ["", "spring", "2026-13", "2026-00", "2026-Q5", "Smarch 2026", "13.2026"])
      expect(parsePeriod(bad)).toBeUndefined();
    expect(nextPeriod("spring")).toBe("");
    expect(periodSortKey("spring")).toBeUndefined();
  });

  it("gives any label back exactly as written (read, then formatted)", () => {
    fc.assert(
      fc.property(anyLabel, (label) => {
        const p = parsePeriod(label);
        expect(p).toBeDefined();
        expect(formatPeriod(p!)).toBe(label);
      })
    );
  });

  it("the next period is later, of the same kind and style, and never skips one", () => {
    fc.assert(
      fc.property(anyLabel, (label) => {
        const next = nextPeriod(label);
        const p = parsePeriod(label)!;
        const q = parsePeriod(next)!;
        expect(q.unit).toBe(p.unit);
        expect(q.style).toEqual(p.style);
        expect(periodSortKey(next)!).toBeGreaterThan(periodSortKey(label)!);
        // Nothing of the same kind lies between them.
        const steps = p.unit === "month" ? 12 : p.unit === "quarter" ? 4 : 1;
        let x = label;
        for (let i = 0; i < steps; i++) x = nextPeriod(x);
        expect(parsePeriod(x)!.year).toBe(p.year + 1);
        expect(parsePeriod(x)!.n).toBe(p.n);
      })
    );
  });

  it("a month falls in its quarter and year; the quarter comes after its months", () => {
    fc.assert(
      fc.property(year, month, (y, m) => {
        const label = `${y}-${two(m)}`;
        const q = Math.ceil(m / 3);
        expect(quarterOf(label)).toBe(`${y}-Q${q}`);
        expect(quarterOf(`${y}-Q${q}`)).toBe(`${y}-Q${q}`);
        expect(yearOf(label)).toBe(y);
        expect(periodSortKey(`${y}-Q${q}`)!).toBeGreaterThan(periodSortKey(label)!);
        expect(periodSortKey(`${y}`)!).toBeGreaterThan(periodSortKey(`${y}-Q4`)!);
        expect(periodSortKey(`${y + 1}-01`)!).toBeGreaterThan(periodSortKey(`${y}`)!);
      })
    );
    expect(quarterOf("Август 2026")).toBe("2026-Q3");
    expect(quarterOf("2026")).toBeUndefined();
  });

  it("sorts labels of any style in time, once each, unread ones last in their order", () => {
    expect(
      sortPeriods(["2026-03", "Январь 2026", "spring", "February 2026", "2026-q1", "2026-03", "x"])
    ).toEqual(["Январь 2026", "February 2026", "2026-03", "2026-q1", "spring", "x"]);
    fc.assert(
      fc.property(fc.array(anyLabel, { maxLength: 12 }), (labels) => {
        const sorted = sortPeriods(labels);
        const keys = sorted.map((l) => periodSortKey(l)!);
        for (let i = 1; i < keys.length; i++) expect(keys[i]).toBeGreaterThanOrEqual(keys[i - 1]);
        expect(new Set(sorted.map((l) => l.toLowerCase())).size).toBe(sorted.length);
      })
    );
  });

  it("compares labels as typed, ignoring spaces around, letter case and ё", () => {
    expect(samePeriod(" 2026-q3", "2026-Q3")).toBe(true);
    expect(samePeriod("Ноябрь 2026", "ноябрь  2026")).toBe(true);
    expect(samePeriod("2026-11", "2026-12")).toBe(false);
  });
});
