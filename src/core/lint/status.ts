/**
 * Checks of a matrix's status thresholds (docs/FUNCTIONS.md, "Status thresholds from the bonus
 * scale"): typed as whole percents or in the wrong order (every status then shows #VALUE!), and a
 * total whose status contradicts the bonus it pays (red that pays, green that pays less than the
 * full bonus).
 */
import type { Lang } from "../card";
import type { MatrixSnapshot } from "../matrix/types";
import { readStatus, STATUS_WORDS } from "../status";
import {
  fullCoefficient,
  scaleGivesThresholds,
  statusContradiction,
  thresholdProblems,
  thresholdsFromScale,
} from "../thresholds";
import { formatNum, formatPercent } from "./format";
import type { ScaleEmit } from "./scale";

type Text = { en: string; ru: string };
const both = (f: (lang: Lang) => string): Text => ({ en: f("en"), ru: f("ru") });

const WHICH: Record<"amber" | "green", Text> = {
  amber: { en: "Status amber from", ru: "Жёлтый от" },
  green: { en: "Status green from", ru: "Зелёный от" },
};

/** The problems of one pair of thresholds, said at `where(which)`. */
function lintPair(
  t: { amber?: number; green?: number },
  whose: Text,
  where: (which: "amber" | "green") => string,
  emit: ScaleEmit
): boolean {
  let found = false;
  for (const p of thresholdProblems(t)) {
    found = true;
    if (p.kind === "wholePercent") {
      const v = p.value;
      emit(
        "error",
        "status-threshold-percent",
        where(p.which),
        both((l) =>
          l === "en"
            ? `${whose.en}: “${WHICH[p.which].en}” ${formatNum(v, l)} reads as ${formatPercent(v, l)}; type ${formatNum(v, l)}% or ${formatNum(v / 100, l)} (every status shows #VALUE!).`
            : `${whose.ru}: «${WHICH[p.which].ru}» ${formatNum(v, l)} читается как ${formatPercent(v, l)}; введите ${formatNum(v, l)}% или ${formatNum(v / 100, l)} (все статусы покажут #ЗНАЧ!, #VALUE!).`
        )
      );
    } else {
      emit(
        "error",
        "status-threshold-order",
        where("amber"),
        both((l) =>
          l === "en"
            ? `${whose.en}: amber from ${formatPercent(p.amber, l)} is above green from ${formatPercent(p.green, l)} (every status shows #VALUE!).`
            : `${whose.ru}: жёлтый от ${formatPercent(p.amber, l)} выше, чем зелёный от ${formatPercent(p.green, l)} (все статусы покажут #ЗНАЧ!, #VALUE!).`
        )
      );
    }
  }
  return found;
}

/**
 * Runs the status checks of one matrix. Returns true when a threshold problem explains the
 * #VALUE! status cells show.
 */
export function lintStatus(snap: MatrixSnapshot, emit: ScaleEmit): boolean {
  const { matrix, at } = snap;
  const cell = (which: "amber" | "green") =>
    (which === "amber" ? at.statusAmber : at.statusGreen) ?? at.totalStatus;
  const own = { amber: matrix.statusAmber, green: matrix.statusGreen };
  const bad = lintPair(own, { en: "Status thresholds", ru: "Пороги статуса" }, cell, emit);
  let rowsBad = false;
  matrix.rows.forEach((r, i) => {
    if (r.statusAmber === undefined && r.statusGreen === undefined) return;
    const t = {
      amber: r.statusAmber ?? matrix.statusAmber,
      green: r.statusGreen ?? matrix.statusGreen,
    };
    const name = r.name.trim() || r.code;
    rowsBad ||= lintPair(
      t,
      { en: `${name}: its card's status thresholds`, ru: `${name}: пороги статуса карточки` },
      () => at.rows[i].status,
      emit
    );
  });
  if (bad || rowsBad) return true;
  if (!scaleGivesThresholds(matrix.scale)) return false;

  // The total's status against what it pays (coefficient = bonus ÷ base).
  const status = readStatus(snap.totalStatus);
  const base = matrix.bonusBase;
  const bonus = snap.bonus;
  if (!status || typeof bonus !== "number" || base === undefined || !(base > 0)) return false;
  const coefficient = bonus / base;
  const full = fullCoefficient(matrix.scale);
  const kind = statusContradiction(status, coefficient, full);
  if (!kind) return false;
  const from = thresholdsFromScale(matrix.scale, matrix.interpolation ?? "step");
  const word = (l: Lang) => STATUS_WORDS[status][l];
  const pays = (l: Lang) => formatPercent(coefficient, l);
  const which = kind === "redPays" || kind === "amberPaysNothing" ? "amber" : "green";
  const hasCells = (which === "amber" ? at.statusAmber : at.statusGreen) !== undefined;
  const fromScale = (l: Lang) => formatPercent(which === "amber" ? from.amber : from.green, l);
  const scaleSays = (l: Lang) =>
    which === "amber"
      ? l === "en"
        ? `the scale pays from ${fromScale(l)}`
        : `шкала платит от ${fromScale(l)}`
      : l === "en"
        ? `the scale pays the full bonus from ${fromScale(l)}`
        : `шкала платит полную премию от ${fromScale(l)}`;
  emit(
    "warning",
    "status-contradicts-bonus",
    cell(which),
    both((l) => {
      // A matrix of an earlier version has no threshold cells: an update from the pane adds them.
      const fix = hasCells
        ? l === "en"
          ? `If that is not meant, type ${fromScale(l)} in “${WHICH[which].en}”.`
          : `Если это не задумано, введите ${fromScale(l)} в «${WHICH[which].ru}».`
        : l === "en"
          ? "Update the matrix from the pane: it adds the status thresholds under the bonus, from the scale."
          : "Обновите матрицу из панели: она добавит пороги статуса под премией, по шкале.";
      return l === "en"
        ? `The total is ${word(l)} but pays ${pays(l)} of the bonus base: the status thresholds do not follow the bonus scale (${scaleSays(l)}). ${fix}`
        : `Итог «${word(l)}», а премия — ${pays(l)} базы: пороги статуса не следуют шкале премирования (${scaleSays(l)}). ${fix}`;
    })
  );
  return false;
}
