/**
 * Period labels as people type them: "2026-11", "11.2026", "2026-Q3", "Q3 2026", "3 кв. 2026",
 * "November 2026", "Nov 2026", "Ноябрь 2026", "2026". Read into a month, quarter or year, put in
 * order, and stepped to the next period in the same style, so "Ноябрь 2026" is followed by
 * "Декабрь 2026" and "2026-Q4" by "2027-Q1". Pure: no Office, no React.
 */

/** How a label was written, so the next one reads the same. */
export type PeriodStyle =
  /** "2026-11" (the separator kept: "-", "/" or "."). */
  | { kind: "isoMonth"; sep: string }
  /** "11.2026", "11/2026". */
  | { kind: "monthYear"; sep: string }
  /** "November 2026" / "Nov 2026" / "Ноябрь 2026" / "ноя 2026", in the label's letter case. */
  | { kind: "monthName"; lang: "en" | "ru"; short: boolean; dot: boolean; letters: LetterCase }
  /** "2026-Q3", "2026 Q3". */
  | { kind: "isoQuarter"; sep: string; q: "Q" | "q" }
  /** "Q3 2026", "Q3-2026". */
  | { kind: "quarterYear"; sep: string; q: "Q" | "q" }
  /** "3 кв. 2026", "3 квартал 2026", "III квартал 2026". */
  | { kind: "ruQuarter"; word: string; roman: boolean }
  /** "2026". */
  | { kind: "year" };

type LetterCase = "lower" | "upper" | "title";

/** A period read from its label. */
export interface Period {
  unit: "month" | "quarter" | "year";
  year: number;
  /** Month 1–12, quarter 1–4; 0 for a year. */
  n: number;
  style: PeriodStyle;
  /** What follows the year, kept as typed: " г.", " года" ("Декабрь 2026 г."); "" for none. */
  suffix?: string;
}

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const RU_MONTHS = [
  "Январь",
  "Февраль",
  "Март",
  "Апрель",
  "Май",
  "Июнь",
  "Июль",
  "Август",
  "Сентябрь",
  "Октябрь",
  "Ноябрь",
  "Декабрь",
];
const EN_SHORT = EN_MONTHS.map((m) => m.slice(0, 3));
const RU_SHORT = [
  "Янв",
  "Фев",
  "Мар",
  "Апр",
  "Май",
  "Июн",
  "Июл",
  "Авг",
  "Сен",
  "Окт",
  "Ноя",
  "Дек",
];
const ROMAN = ["I", "II", "III", "IV"];

const YEAR = "(\\d{4})";
const norm = (s: string) => s.toLowerCase().replace(/ё/g, "е");

function letterCase(word: string): LetterCase {
  if (word === word.toLowerCase()) return "lower";
  if (word.length > 1 && word === word.toUpperCase()) return "upper";
  return "title";
}

function applyCase(word: string, c: LetterCase): string {
  if (c === "lower") return word.toLowerCase();
  if (c === "upper") return word.toUpperCase();
  return word[0].toUpperCase() + word.slice(1).toLowerCase();
}

function monthByName(word: string): { n: number; lang: "en" | "ru"; short: boolean } | undefined {
  const w = norm(word.replace(/\.$/, ""));
  const lists: [string[], "en" | "ru", boolean][] = [
    [EN_MONTHS, "en", false],
    [RU_MONTHS, "ru", false],
    [EN_SHORT, "en", true],
    [RU_SHORT, "ru", true],
  ];
  for (const [list, lang, short] of lists) {
    const i = list.findIndex((m) => norm(m) === w);
    if (i >= 0) return { n: i + 1, lang, short };
  }
  return undefined;
}

const validYear = (y: number) => y >= 1900 && y <= 9999;

/** The period a label names; undefined when it is none of the styles above. */
export function parsePeriod(label: string): Period | undefined {
  const spaced = label.trim().replace(/\s+/g, " ");
  // Russian labels often end in the word for year: "Декабрь 2026 г.", "2026 год", "3 кв. 2026 года".
  const tail = / (г\.?|год|года)$/i.exec(spaced);
  const text = tail ? spaced.slice(0, tail.index) : spaced;
  const suffix = tail ? tail[0] : "";
  const found = parseBare(text);
  return found && suffix ? { ...found, suffix } : found;
}

/** parsePeriod without the year's word. */
function parseBare(text: string): Period | undefined {
  let m: RegExpExecArray | null;
  const month = (year: number, n: number, style: PeriodStyle): Period | undefined =>
    n >= 1 && n <= 12 && validYear(year) ? { unit: "month", year, n, style } : undefined;
  const quarter = (year: number, n: number, style: PeriodStyle): Period | undefined =>
    n >= 1 && n <= 4 && validYear(year) ? { unit: "quarter", year, n, style } : undefined;

  if ((m = new RegExp(`^${YEAR}([-/.])(\\d{2})$`).exec(text)))
    return month(+m[1], +m[3], { kind: "isoMonth", sep: m[2] });
  if ((m = new RegExp(`^(\\d{2})([./])${YEAR}$`).exec(text)))
    return month(+m[3], +m[1], { kind: "monthYear", sep: m[2] });
  if ((m = new RegExp(`^${YEAR}([- ]?)([Qq])([1-4])$`).exec(text)))
    return quarter(+m[1], +m[4], { kind: "isoQuarter", sep: m[2], q: m[3] as "Q" | "q" });
  if ((m = new RegExp(`^([Qq])([1-4])([- ]?)${YEAR}$`).exec(text)))
    return quarter(+m[4], +m[2], { kind: "quarterYear", sep: m[3], q: m[1] as "Q" | "q" });
  if ((m = new RegExp(`^([1-4]|I{1,3}|IV) (кв\\.|квартал) ${YEAR}$`, "i").exec(text))) {
    const roman = /^[IV]+$/i.test(m[1]);
    const n = roman ? ROMAN.indexOf(m[1].toUpperCase()) + 1 : +m[1];
    return quarter(+m[3], n, { kind: "ruQuarter", word: m[2].toLowerCase(), roman });
  }
  if ((m = new RegExp(`^(\\p{L}+\\.?) ${YEAR}$`, "u").exec(text))) {
    const found = monthByName(m[1]);
    if (!found) return undefined;
    return month(+m[2], found.n, {
      kind: "monthName",
      lang: found.lang,
      short: found.short,
      dot: m[1].endsWith("."),
      letters: letterCase(m[1].replace(/\.$/, "")),
    });
  }
  if ((m = new RegExp(`^${YEAR}$`).exec(text)) && validYear(+m[1]))
    return { unit: "year", year: +m[1], n: 0, style: { kind: "year" } };
  return undefined;
}

const two = (n: number) => String(n).padStart(2, "0");

/** The label of a period in its style. */
export function formatPeriod(p: Period): string {
  return formatBare(p) + (p.suffix ?? "");
}

/** formatPeriod without the year's word. */
function formatBare(p: Period): string {
  const s = p.style;
  switch (s.kind) {
    case "isoMonth":
      return `${p.year}${s.sep}${two(p.n)}`;
    case "monthYear":
      return `${two(p.n)}${s.sep}${p.year}`;
    case "monthName": {
      const list =
        s.lang === "en" ? (s.short ? EN_SHORT : EN_MONTHS) : s.short ? RU_SHORT : RU_MONTHS;
      const dot = s.dot && s.short ? "." : "";
      return `${applyCase(list[p.n - 1], s.letters)}${dot} ${p.year}`;
    }
    case "isoQuarter":
      return `${p.year}${s.sep}${s.q}${p.n}`;
    case "quarterYear":
      return `${s.q}${p.n}${s.sep}${p.year}`;
    case "ruQuarter":
      return `${s.roman ? ROMAN[p.n - 1] : p.n} ${s.word} ${p.year}`;
    case "year":
      return String(p.year);
  }
}

/** The period after this one (a month after a month, a quarter after a quarter), same style. */
export function followingPeriod(p: Period): Period {
  if (p.unit === "year") return { ...p, year: p.year + 1 };
  const per = p.unit === "month" ? 12 : 4;
  return p.n === per ? { ...p, year: p.year + 1, n: 1 } : { ...p, n: p.n + 1 };
}

/** The label of the next period, proposed from the current one; "" when the label is not read. */
export function nextPeriod(label: string): string {
  const p = parsePeriod(label);
  return p ? formatPeriod(followingPeriod(p)) : "";
}

/**
 * A number that orders periods in time: months by month, a quarter right after its last month,
 * a year right after its December. Undefined for a label that is not read.
 */
export function periodSortKey(label: string): number | undefined {
  const p = parsePeriod(label);
  if (!p) return undefined;
  if (p.unit === "month") return p.year * 12 + (p.n - 1);
  if (p.unit === "quarter") return p.year * 12 + p.n * 3 - 1 + 0.25;
  return p.year * 12 + 11 + 0.5;
}

/** The quarter a month or quarter falls in, as "2026-Q3"; undefined for a year or an unread label. */
export function quarterOf(label: string): string | undefined {
  const p = parsePeriod(label);
  if (!p || p.unit === "year") return undefined;
  const q = p.unit === "month" ? Math.ceil(p.n / 3) : p.n;
  return `${p.year}-Q${q}`;
}

/** The year of a period; undefined for an unread label. */
export function yearOf(label: string): number | undefined {
  return parsePeriod(label)?.year;
}

/**
 * Labels in time order: read ones by periodSortKey (ties by first appearance), then those not
 * read, in the order given. Duplicates (compared trimmed, ignoring case) appear once.
 */
export function sortPeriods(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const l of labels) {
    const k = norm(l.trim());
    if (k === "" || seen.has(k)) continue;
    seen.add(k);
    unique.push(l.trim());
  }
  const keyed = unique.map((l, i) => ({ l, i, k: periodSortKey(l) }));
  keyed.sort((a, b) => {
    if (a.k === undefined || b.k === undefined) {
      if (a.k === b.k) return a.i - b.i;
      return a.k === undefined ? 1 : -1;
    }
    return a.k - b.k || a.i - b.i;
  });
  return keyed.map((x) => x.l);
}

/** True when two labels name the same period text (trimmed, case and ё ignored). */
export function samePeriod(a: string, b: string): boolean {
  return norm(a.trim().replace(/\s+/g, " ")) === norm(b.trim().replace(/\s+/g, " "));
}
