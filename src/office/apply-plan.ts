/* global Excel */
/** Queues a sheet plan on an Excel request context (no sync here: the caller batches). */
import type { ConditionalFormatPlan, SheetPlan, StylePlan } from "../workbook/plan";
import { columnName } from "../workbook/a1";

/** Queues one style (font, fill, wrap, top border). */
function queueStyle(ws: Excel.Worksheet, s: StylePlan): void {
  const f = ws.getRange(s.address).format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.fontSize !== undefined) f.font.size = s.fontSize;
  if (s.fontColor) f.font.color = s.fontColor;
  if (s.fill) f.fill.color = s.fill;
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.horizontal) f.horizontalAlignment = s.horizontal;
  if (s.borderTop) f.borders.getItem("EdgeTop").style = "Continuous";
}

/** Queues one conditional format (ExcelApi 1.6): data bars, or a fill for a status token. */
function queueConditional(ws: Excel.Worksheet, c: ConditionalFormatPlan): void {
  const range = ws.getRange(c.address);
  if (c.kind === "dataBar") {
    const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
    cf.dataBar.lowerBoundRule = { type: Excel.ConditionalFormatRuleType.number, formula: "0" };
    cf.dataBar.positiveFormat.fillColor = c.color;
    return;
  }
  const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.containsText);
  cf.textComparison.format.fill.color = c.fill;
  cf.textComparison.format.font.color = c.fontColor;
  cf.textComparison.rule = { operator: Excel.ConditionalTextOperator.contains, text: c.text };
}

/**
 * Queues everything a plan writes on a worksheet. Number formats go before the inputs so a
 * percentage cell never flashes as a plain number; formulas go through `Range.formulas`, which
 * takes English function names whatever the user's locale (`formulasLocal` would not).
 */
export function queueSheetPlan(ws: Excel.Worksheet, plan: SheetPlan, canFreeze: boolean): void {
  for (const b of plan.blocks) {
    const r = ws.getRange(b.address);
    if (b.numberFormats) r.numberFormat = b.numberFormats;
    r.formulas = b.inputs;
  }
  for (const s of plan.styles) queueStyle(ws, s);
  if (plan.table) {
    const t = ws.tables.add(plan.table.address, true);
    t.name = plan.table.name;
    t.style = plan.table.style;
  }
  for (const c of plan.conditionalFormats) queueConditional(ws, c);
  plan.columnWidths.forEach((w, i) => {
    const col = columnName(i);
    ws.getRange(`${col}:${col}`).format.columnWidth = w;
  });
  if (canFreeze && plan.freezeRows > 0) ws.freezePanes.freezeRows(plan.freezeRows);
}
