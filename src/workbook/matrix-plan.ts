/** The matrix sheet plan: header, KPI rows with live KPI formulas, total, bonus and formats. */
import { METHOD_NAMES, type Lang } from "../core/card";
import { isPercentUnit } from "../core/library/units";
import type { Matrix, MatrixColumn } from "../core/matrix/types";
import { cellAddress, rangeAddress } from "./a1";
import { MATRIX_HEADERS, MATRIX_LABELS } from "./headers";
import { COL, EMPLOYEE_ROW, HEADER_ROW, MATRIX_COLUMNS, TITLE_ROW } from "./matrix-layout";
import { matrixGeometry } from "./matrix-layout";
import type { CellInput, SheetPlan, StylePlan } from "./plan";
import { textInput } from "./text";

/** Number formats (Excel's invariant codes: Range.numberFormat is locale-independent). */
export const FORMATS = {
  percent: "0%",
  percent1: "0.0%",
  number: "#,##0.##########",
  general: "General",
  money: "#,##0.00",
} as const;

/** Status colours: Excel's own Good / Neutral / Bad cell styles. */
export const STATUS_COLOURS = {
  green: { fill: "#C6EFCE", fontColor: "#006100" },
  amber: { fill: "#FFEB9C", fontColor: "#9C5700" },
  red: { fill: "#FFC7CE", fontColor: "#9C0006" },
} as const;

const INPUT_FILL = "#FFF2CC";
const WIDTHS = [230, 95, 60, 70, 55, 60, 60, 60, 70, 60, 85, 60];

const blank = (v: number | undefined): CellInput => (v === undefined ? "" : v);

/** The row formulas: index from the row's own cells, so Excel recalculates as facts change. */
function rowFormulas(r: number): Pick<Record<MatrixColumn, string>, "index" | "score" | "status"> {
  const a = (c: MatrixColumn): string => cellAddress(r, COL[c]);
  return {
    index: `=KPI.INDEX(${a("fact")},${a("plan")},${a("min")},${a("max")},${a("method")})`,
    score: `=IF(${a("index")}="","",${a("index")}*${a("weight")})`,
    status: `=IF(${a("index")}="","",KPI.STATUS(${a("index")}))`,
  };
}

/** The plan of a whole matrix sheet; `tableName` must be unique in the workbook. */
export function matrixSheetPlan(
  matrix: Matrix,
  sheet: string,
  lang: Lang,
  tableName: string
): SheetPlan {
  const n = matrix.rows.length;
  const scale = matrix.scale;
  const g = matrixGeometry(n, scale.length);
  const width = MATRIX_COLUMNS.length;
  const blocks: SheetPlan["blocks"] = [];
  const styles: StylePlan[] = [];
  const inputs: string[] = [];

  blocks.push({
    address: rangeAddress(TITLE_ROW, 0, 3, 2),
    inputs: [
      [textInput(matrix.name), ""],
      [MATRIX_LABELS.employee[lang], textInput(matrix.employee)],
      [MATRIX_LABELS.period[lang], textInput(matrix.period)],
    ],
  });
  styles.push({ address: cellAddress(TITLE_ROW, 0), bold: true, fontSize: 14 });
  styles.push({ address: rangeAddress(EMPLOYEE_ROW, 0, 2, 1), italic: true });

  // Table: header + one row per KPI (at least one row, so a blank matrix still has a table).
  const header: CellInput[] = MATRIX_COLUMNS.map((c) => MATRIX_HEADERS[c][lang]);
  const body: CellInput[][] = [];
  const formats: string[][] = [];
  matrix.rows.forEach((row, i) => {
    const r = g.firstKpiRow + i;
    const f = rowFormulas(r);
    const valueFormat = isPercentUnit(row.unit) ? FORMATS.percent1 : FORMATS.number;
    const cells: Record<MatrixColumn, CellInput> = {
      name: textInput(row.name),
      code: textInput(row.code),
      unit: textInput(row.unit ?? ""),
      method: METHOD_NAMES[row.method][lang],
      weight: row.weight,
      min: blank(row.min),
      plan: blank(row.plan),
      max: blank(row.max),
      fact: blank(row.fact),
      index: f.index,
      score: f.score,
      status: f.status,
    };
    const fmt: Record<MatrixColumn, string> = {
      name: FORMATS.general,
      code: FORMATS.general,
      unit: FORMATS.general,
      method: FORMATS.general,
      weight: FORMATS.percent,
      min: valueFormat,
      plan: valueFormat,
      max: valueFormat,
      fact: valueFormat,
      index: FORMATS.percent1,
      score: FORMATS.percent1,
      status: FORMATS.general,
    };
    body.push(MATRIX_COLUMNS.map((c) => cells[c]));
    formats.push(MATRIX_COLUMNS.map((c) => fmt[c]));
    inputs.push(cellAddress(r, COL.fact));
  });
  if (n === 0) {
    body.push(MATRIX_COLUMNS.map(() => ""));
    formats.push(MATRIX_COLUMNS.map(() => FORMATS.general));
  }
  blocks.push({ address: rangeAddress(HEADER_ROW, 0, 1, width), inputs: [header] });
  blocks.push({
    address: rangeAddress(g.firstKpiRow, 0, body.length, width),
    inputs: body,
    numberFormats: formats,
  });
  styles.push({
    address: rangeAddress(HEADER_ROW, 0, 1, width),
    bold: true,
    wrap: true,
  });

  // Total row: the weight sum, KPI.WEIGHTED over index and weight columns, and its status.
  const first = g.firstKpiRow;
  const last = g.firstKpiRow + Math.max(n, 1) - 1;
  const col = (c: MatrixColumn): string => rangeAddress(first, COL[c], last - first + 1, 1);
  const mode = matrix.mode && matrix.mode !== "strict" ? `,"${matrix.mode}"` : "";
  const total = cellAddress(g.totalRow, COL.score);
  const totalRow: CellInput[] = MATRIX_COLUMNS.map(() => "");
  totalRow[COL.name] = MATRIX_LABELS.total[lang];
  totalRow[COL.weight] = `=SUM(${col("weight")})`;
  totalRow[COL.score] = `=KPI.WEIGHTED(${col("index")},${col("weight")}${mode})`;
  totalRow[COL.status] = `=IF(${total}="","",KPI.STATUS(${total}))`;
  const totalFormats = MATRIX_COLUMNS.map((c) =>
    c === "weight" ? FORMATS.percent : c === "score" ? FORMATS.percent1 : FORMATS.general
  );
  blocks.push({
    address: rangeAddress(g.totalRow, 0, 1, width),
    inputs: [totalRow],
    numberFormats: [totalFormats],
  });
  styles.push({ address: rangeAddress(g.totalRow, 0, 1, width), bold: true, borderTop: true });

  // Bonus block: base, scale (threshold, coefficient) and KPI.BONUS of the total.
  const base = cellAddress(g.baseRow, 1);
  blocks.push({
    address: rangeAddress(g.baseRow, 0, 2, 2),
    inputs: [
      [MATRIX_LABELS.base[lang], blank(matrix.bonusBase)],
      [MATRIX_LABELS.scale[lang], ""],
    ],
    numberFormats: [
      [FORMATS.general, FORMATS.money],
      [FORMATS.general, FORMATS.general],
    ],
  });
  styles.push({ address: cellAddress(g.scaleHeaderRow, 0), bold: true });
  inputs.push(base);
  let scaleArg = "";
  if (scale.length > 0) {
    blocks.push({
      address: rangeAddress(g.firstScaleRow, 0, scale.length + 1, 2),
      inputs: [
        [MATRIX_LABELS.threshold[lang], MATRIX_LABELS.coefficient[lang]],
        ...scale.map((p) => [p.threshold, p.coefficient] as CellInput[]),
      ],
      numberFormats: [
        [FORMATS.general, FORMATS.general],
        ...scale.map(() => [FORMATS.percent, FORMATS.percent]),
      ],
    });
    // The scale's own header sits on the first scale row; the points follow it.
    const pts = rangeAddress(g.firstScaleRow + 1, 0, scale.length, 2);
    styles.push({ address: rangeAddress(g.firstScaleRow, 0, 1, 2), italic: true });
    inputs.push(pts);
    scaleArg = `,${pts},"${matrix.interpolation ?? "step"}"`;
  }
  blocks.push({
    address: rangeAddress(g.bonusRow, 0, 1, 2),
    inputs: [[MATRIX_LABELS.bonus[lang], `=KPI.BONUS(${total},${base}${scaleArg})`]],
    numberFormats: [[FORMATS.general, FORMATS.money]],
  });
  styles.push({ address: rangeAddress(g.bonusRow, 0, 1, 2), bold: true });
  for (const a of inputs) styles.push({ address: a, fill: INPUT_FILL });

  const status = rangeAddress(first, COL.status, last - first + 1, 1);
  const statusAll = `${status.split(":")[0]}:${cellAddress(g.totalRow, COL.status)}`;
  return {
    sheet,
    blocks,
    styles,
    conditionalFormats: [
      { kind: "dataBar", address: col("index"), color: "#5B9BD5" },
      ...(["green", "amber", "red"] as const).map((t) => ({
        kind: "textEquals" as const,
        address: statusAll,
        text: t,
        ...STATUS_COLOURS[t],
      })),
    ],
    table: {
      name: tableName,
      address: rangeAddress(HEADER_ROW, 0, 1 + Math.max(n, 1), width),
      style: "TableStyleLight9",
    },
    columnWidths: WIDTHS,
    freezeRows: HEADER_ROW + 1,
    area: rangeAddress(0, 0, g.lastRow + 1, width),
    inputs,
  };
}
