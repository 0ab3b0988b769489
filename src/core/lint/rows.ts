/**
 * Checks of one KPI row from its inputs alone (method, min, plan, max, fact, card): they work on
 * a file whose formulas were never calculated, and they say why an index shows an error.
 */
import { DIRECTION_NAMES, METHOD_NAMES, type Card, type Direction, type Lang } from "../card";
import type { LibraryCard } from "../library/types";
import { isPercentUnit } from "../library/units";
import type { MatrixColumn, MatrixRow } from "../matrix/types";
import { expectedDirection, sameNumber, scoredDirection } from "./direction";
import { formatNum, formatPercent, formatValue, inBoth } from "./format";
import type { FindingCode, Severity } from "./types";

/** Adds one finding at a cell of the row. */
export type RowEmit = (
  severity: Severity,
  code: FindingCode,
  column: MatrixColumn,
  message: { en: string; ru: string }
) => void;

/** What a row check needs besides the row. */
export interface RowContext {
  /** How the row is named in messages, per language (its name, else code, else "row 8"). */
  label: (lang: Lang) => string;
  /** The row's card in the workbook's card table, if any. */
  card?: Card;
  library: readonly LibraryCard[];
  /** The index the sheet shows for the row, when it is a number (for a worked consequence). */
  index?: number;
  /** True when the row's index shows an error (reported as such, with Excel's message). */
  indexShowsError?: boolean;
}

/** Above this a fraction means a whole percent typed as a number (10 = 1000 %). */
export const PERCENT_LIMIT = 10;

const quote = (lang: Lang, s: string): string => (lang === "ru" ? `«${s}»` : `"${s}"`);

const methodName = (m: MatrixRow["method"], lang: Lang): string =>
  quote(lang, METHOD_NAMES[m][lang]);

/** What to use instead, for a KPI that should score in `d`. */
function advice(d: Direction, lang: Lang): string {
  const [ratio, inverse, corridor] = (["ratio", "inverse", "corridor"] as const).map((m) =>
    methodName(m, lang)
  );
  if (lang === "ru") {
    return d === "higher"
      ? `Выберите метод ${ratio} или ${corridor} с минимумом ниже плана.`
      : `Выберите метод ${inverse} или ${corridor} с минимумом выше плана.`;
  }
  return d === "higher"
    ? `Use the ${ratio} method, or ${corridor} with min below plan.`
    : `Use the ${inverse} method, or ${corridor} with min above plan.`;
}

/**
 * Runs every input check of one row; returns true when one of them explains an error the
 * row's index shows (so the index error is not reported a second time).
 */
export function lintRow(r: MatrixRow, ctx: RowContext, emit: RowEmit): boolean {
  let explainsError = false;
  const { label } = ctx;
  const val = (x: number, lang: Lang, others: number[] = []): string =>
    formatValue(x, r.unit, lang, others);
  /** An error finding; `causesIndexError` when the index shows an error because of it. */
  const error = (
    code: FindingCode,
    column: MatrixColumn,
    message: { en: string; ru: string },
    causesIndexError = false
  ) => {
    if (causesIndexError) explainsError = true;
    emit("error", code, column, message);
  };

  // A KPI that counts (a fact or a weight) but has no plan cannot be scored: #N/A, never a skip.
  if (r.plan === undefined && (r.fact !== undefined || r.weight !== 0)) {
    error(
      "missing-plan",
      "plan",
      r.fact === undefined
        ? {
            en: `${label("en")}: no plan. Type the plan, or the KPI cannot be scored.`,
            ru: `${label("ru")}: нет плана. Введите план, иначе KPI не оценить.`,
          }
        : {
            en: `${label("en")}: no plan. Type the plan, or the KPI cannot be scored (its index shows #N/A).`,
            ru: `${label("ru")}: нет плана. Введите план, иначе KPI не оценить (индекс покажет #Н/Д, #N/A).`,
          },
      true
    );
  }

  const { min, plan, fact, max } = r;
  if (min !== undefined && plan !== undefined && sameNumber(min, plan)) {
    const corridor = r.method === "corridor";
    const m = inBoth((l) => val(plan, l));
    const message = corridor
      ? {
          en: `${label("en")}: plan equals min (${m.en}); the corridor divides by zero.`,
          ru: `${label("ru")}: план равен минимуму (${m.ru}); вилка делит на ноль.`,
        }
      : {
          en: `${label("en")}: plan equals min (${m.en}); any shortfall scores 0.`,
          ru: `${label("ru")}: план равен минимуму (${m.ru}); любое недовыполнение даёт 0.`,
        };
    if (corridor) error("plan-equals-min", "plan", message, true);
    else emit("warning", "plan-equals-min", "plan", message);
  }

  if (min !== undefined && plan !== undefined && !sameNumber(min, plan)) {
    const lo = inBoth((l) => val(min, l, [plan]));
    const hi = inBoth((l) => val(plan, l, [min]));
    if (r.method === "inverse" && min < plan) {
      error("method-direction", "method", {
        en: `${label("en")}: the inverse method means lower is better, but min ${lo.en} is below plan ${hi.en}.`,
        ru: `${label("ru")}: обратный метод значит «меньше — лучше», но минимум ${lo.ru} ниже плана ${hi.ru}.`,
      });
    }
    if (r.method === "ratio" && min > plan) {
      error("method-direction", "method", {
        en: `${label("en")}: the ratio method means higher is better, but min ${lo.en} is above plan ${hi.en}.`,
        ru: `${label("ru")}: прямой метод значит «больше — лучше», но минимум ${lo.ru} выше плана ${hi.ru}.`,
      });
    }
  }

  // Plans the ratio and inverse formulas cannot divide by, foreseen from the inputs: for a file
  // never calculated, or a fact not typed yet. An index already showing the error reports it.
  const foresee = !ctx.indexShowsError;
  if (foresee && r.method === "ratio" && plan !== undefined && plan <= 0) {
    const p = inBoth((l) => val(plan, l));
    if (plan === 0) {
      error(
        "plan-zero",
        "plan",
        {
          en: `${label("en")}: plan is 0, and the ratio method divides by the plan (#DIV/0!).`,
          ru: `${label("ru")}: план равен 0, а прямой метод делит на план (#ДЕЛ/0!, #DIV/0!).`,
        },
        true
      );
    } else {
      error(
        "negative-plan",
        "plan",
        {
          en: `${label("en")}: plan ${p.en} is negative; the ratio method cannot score it (#NUM!). Use the ${methodName("corridor", "en")} method with a min.`,
          ru: `${label("ru")}: план ${p.ru} отрицательный; прямой метод его не оценит (#ЧИСЛО!, #NUM!). Выберите метод ${methodName("corridor", "ru")} с минимумом.`,
        },
        true
      );
    }
  }
  if (foresee && r.method === "inverse" && fact === 0 && max === undefined && plan !== undefined) {
    error(
      "zero-fact",
      "fact",
      {
        en: `${label("en")}: fact 0 with the inverse method divides by zero (#DIV/0!). Give a max (the best value that still counts) or use the ${methodName("corridor", "en")} method.`,
        ru: `${label("ru")}: факт 0 при обратном методе — деление на ноль (#ДЕЛ/0!, #DIV/0!). Укажите максимум (лучшее значение, которое ещё засчитывается) или выберите метод ${methodName("corridor", "ru")}.`,
      },
      true
    );
  }

  // A method that scores the opposite way to what the card (or the KPI library) says.
  const expected = expectedDirection(r, ctx.card, ctx.library);
  const scored = scoredDirection(r);
  if (expected && scored && expected.direction !== scored) {
    const d = expected.direction;
    const says = (lang: Lang): string => {
      const dir = DIRECTION_NAMES[d][lang];
      if (expected.from === "card") {
        return lang === "ru" ? `в карточке ${r.code} — «${dir}»` : `the card ${r.code} says ${dir}`;
      }
      const libName = expected.card.name[lang];
      const named = libName.toLowerCase() === label(lang).toLowerCase();
      if (lang === "ru") {
        return named
          ? `в библиотеке KPI — «${dir}»`
          : `в библиотеке KPI для ${quote(lang, libName)} — «${dir}»`;
      }
      return named
        ? `the KPI library says ${dir}`
        : `for ${quote(lang, libName)} the KPI library says ${dir}`;
    };
    const treats = (lang: Lang): string =>
      lang === "ru"
        ? `считает лучшим ${scored === "higher" ? "большее" : "меньшее"}`
        : `treats ${scored === "higher" ? "higher" : "lower"} as better`;
    const worked = (lang: Lang): string => {
      if (fact === undefined || plan === undefined || ctx.index === undefined) return "";
      const f = val(fact, lang, [plan]);
      const p = val(plan, lang, [fact]);
      const i = formatPercent(ctx.index, lang);
      return lang === "ru"
        ? `: факт ${f} при плане ${p} даёт индекс ${i}`
        : `: fact ${f} against plan ${p} scores ${i}`;
    };
    error("card-direction", "method", {
      en: `${label("en")}: ${says("en")}, but the ${methodName(r.method, "en")} method ${treats("en")}${worked("en")}. ${advice(d, "en")}`,
      ru: `${label("ru")}: ${says("ru")}, а метод ${methodName(r.method, "ru")} ${treats("ru")}${worked("ru")}. ${advice(d, "ru")}`,
    });
  }

  // Whole percents typed into a % row read as hundreds of times the value.
  if (isPercentUnit(r.unit)) {
    const whole = (x: number, l: Lang): string =>
      l === "ru"
        ? `введите ${formatNum(x, l)}% или ${formatNum(x / 100, l)}`
        : `type ${formatNum(x, l)}% or ${formatNum(x / 100, l)}`;
    if (fact !== undefined && fact > PERCENT_LIMIT) {
      error("percent-fact", "fact", {
        en: `${label("en")}: the fact reads as ${formatPercent(fact, "en")}, above 1000 %; for ${formatNum(fact, "en")} % ${whole(fact, "en")}.`,
        ru: `${label("ru")}: факт читается как ${formatPercent(fact, "ru")}, больше 1000 %; для ${formatNum(fact, "ru")} % ${whole(fact, "ru")}.`,
      });
    }
    const bounds = [
      ["min", min, { en: "min", ru: "минимум" }],
      ["plan", plan, { en: "plan", ru: "план" }],
      ["max", max, { en: "max", ru: "максимум" }],
    ] as const;
    for (const [column, x, name] of bounds) {
      if (x === undefined || x <= PERCENT_LIMIT) continue;
      error("percent-bound", column, {
        en: `${label("en")}: the ${name.en} reads as ${formatPercent(x, "en")}, above 1000 %; for ${formatNum(x, "en")} % ${whole(x, "en")}.`,
        ru: `${label("ru")}: ${name.ru} читается как ${formatPercent(x, "ru")}, больше 1000 %; для ${formatNum(x, "ru")} % ${whole(x, "ru")}.`,
      });
    }
  }

  // A negative fact scores 0 with ratio and inverse: a typo, or a KPI that needs a corridor;
  // either way the payout is not what the plan meant.
  if ((r.method === "ratio" || r.method === "inverse") && fact !== undefined && fact < 0) {
    error("negative-fact", "fact", {
      en: `${label("en")}: the fact ${val(fact, "en")} is negative, and the ${methodName(r.method, "en")} method scores it 0. If the KPI can go below zero (a loss), use the ${methodName("corridor", "en")} method with a min.`,
      ru: `${label("ru")}: факт ${val(fact, "ru")} отрицательный, и метод ${methodName(r.method, "ru")} даёт за него 0. Если KPI бывает ниже нуля (убыток), выберите метод ${methodName("corridor", "ru")} с минимумом.`,
    });
  }

  if (fact === undefined) {
    emit("info", "missing-fact", "fact", {
      en: `${label("en")}: no fact yet.`,
      ru: `${label("ru")}: факт ещё не введён.`,
    });
  }
  return explainsError;
}
