/* global Excel */
/**
 * Applies a workbook plan on an Excel request context (no sync here: the caller batches). It
 * decides nothing: every step is carried out as the planner wrote it.
 */
import type { ConditionalFormatPlan, PlanStep, StylePlan, WorkbookPlan } from "../workbook/plan";
import { columnName } from "../workbook/a1";

/** What the running Excel supports, for steps that need a newer requirement set. */
export interface Capabilities {
  /** ExcelApi 1.7: freezePanes. */
  freeze: boolean;
}

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
  if (c.kind === "iconSet") {
    // The first criterion is Excel's "otherwise" (its rule is ignored): only the icon counts.
    const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.iconSet);
    cf.iconSet.style = Excel.IconSet.threeTrafficLights1;
    const from = (formula: string): Excel.ConditionalIconCriterion => ({
      type: Excel.ConditionalFormatIconRuleType.formula,
      operator: Excel.ConditionalIconCriterionOperator.greaterThanOrEqual,
      formula,
    });
    cf.iconSet.criteria = [
      {} as Excel.ConditionalIconCriterion,
      from(c.criteria[0]),
      from(c.criteria[1]),
    ];
    return;
  }
  if (c.kind === "valueEquals") {
    const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
    cf.cellValue.format.fill.color = c.fill;
    cf.cellValue.format.font.color = c.fontColor;
    cf.cellValue.rule = { formula1: `=${c.value}`, operator: "EqualTo" };
    return;
  }
  if (c.kind === "formula") {
    const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
    cf.custom.rule.formula = c.formula;
    cf.custom.format.fill.color = c.fill;
    cf.custom.format.font.color = c.fontColor;
    return;
  }
  const cf = range.conditionalFormats.add(Excel.ConditionalFormatType.containsText);
  cf.textComparison.format.fill.color = c.fill;
  cf.textComparison.format.font.color = c.fontColor;
  cf.textComparison.rule = { operator: Excel.ConditionalTextOperator.contains, text: c.text };
}

function queueStep(ctx: Excel.RequestContext, step: PlanStep, caps: Capabilities): void {
  const ws = (name: string) => ctx.workbook.worksheets.getItem(name);
  switch (step.kind) {
    case "addSheet":
      ctx.workbook.worksheets.add(step.sheet);
      return;
    case "unlistTable": {
      const t = ctx.workbook.tables.getItem(step.table);
      // A filter the user left on the old table would keep rows hidden after conversion.
      t.clearFilters();
      t.convertToRange();
      return;
    }
    case "insertRows":
      ws(step.sheet)
        .getRange(`${step.row + 1}:${step.row + step.count}`)
        .insert(Excel.InsertShiftDirection.down);
      return;
    case "deleteRows":
      ws(step.sheet)
        .getRange(`${step.row + 1}:${step.row + step.count}`)
        .delete(Excel.DeleteShiftDirection.up);
      return;
    case "insertCells":
      ws(step.sheet).getRange(step.address).insert(Excel.InsertShiftDirection.down);
      return;
    case "deleteCells":
      ws(step.sheet).getRange(step.address).delete(Excel.DeleteShiftDirection.up);
      return;
    case "clearCells":
      ws(step.sheet).getRange(step.address).clear(Excel.ClearApplyTo.all);
      return;
    case "clearConditionalFormats":
      ws(step.sheet).getRange(step.address).conditionalFormats.clearAll();
      return;
    case "cells": {
      // Number formats first, so a percentage never flashes as a plain number; formulas through
      // Range.formulas, which takes English function names whatever the locale. null cells
      // are left as they are.
      const r = ws(step.sheet).getRange(step.address);
      if (step.numberFormats) r.numberFormat = step.numberFormats as string[][];
      r.formulas = step.inputs as (string | number | boolean)[][];
      return;
    }
    case "style":
      queueStyle(ws(step.sheet), step);
      return;
    case "conditionalFormat":
      queueConditional(ws(step.sheet), step.format);
      return;
    case "addTable": {
      const t = ws(step.sheet).tables.add(step.address, true);
      t.name = step.name;
      t.style = step.style;
      return;
    }
    case "addTableColumn":
      ctx.workbook.tables.getItem(step.table).columns.add(undefined, undefined, step.header);
      return;
    case "addTableRows":
      ctx.workbook.tables.getItem(step.table).rows.add(undefined, step.inputs);
      ws(step.sheet).getRange(step.address).numberFormat = step.numberFormats;
      return;
    case "deleteTableRow":
      ctx.workbook.tables.getItem(step.table).rows.getItemAt(step.row).delete();
      return;
    case "columnWidths":
      step.widths.forEach((w, i) => {
        const col = columnName(i);
        ws(step.sheet).getRange(`${col}:${col}`).format.columnWidth = w;
      });
      return;
    case "freezeRows":
      if (caps.freeze) ws(step.sheet).freezePanes.freezeRows(step.rows);
      return;
    case "localFormulas":
      ws(step.sheet).getRange(step.address).formulasLocal = step.formulas as string[][];
      return;
    case "autofitColumns":
      ws(step.sheet).getRange(step.address).format.autofitColumns();
      return;
    case "activate":
      ws(step.sheet).activate();
      return;
    case "chart": {
      // Charts and their title, legend and position: ExcelApi 1.1.
      const c = step.chart;
      const sheet = ws(step.sheet);
      const type = c.type === "bar" ? Excel.ChartType.columnClustered : Excel.ChartType.lineMarkers;
      const chart = sheet.charts.add(type, sheet.getRange(c.source), Excel.ChartSeriesBy.columns);
      chart.name = c.name;
      chart.title.text = c.title;
      chart.legend.visible = c.legend;
      chart.setPosition(c.from, c.to);
      return;
    }
    case "deleteChart":
      ws(step.sheet).charts.getItem(step.name).delete();
      return;
    case "deletePivotTable":
      ctx.workbook.pivotTables.getItem(step.name).delete();
      return;
    case "addPivotTable": {
      const sheet = ws(step.sheet);
      const pivot = sheet.pivotTables.add(
        step.name,
        ctx.workbook.tables.getItem(step.source),
        sheet.getRange(step.address)
      );
      for (const r of step.rows) pivot.rowHierarchies.add(pivot.hierarchies.getItem(r));
      for (const v of step.values) {
        const data = pivot.dataHierarchies.add(pivot.hierarchies.getItem(v.field));
        data.summarizeBy = v.summarizeBy;
        if (v.numberFormat) data.numberFormat = v.numberFormat;
      }
      return;
    }
  }
}

/** Queues every step of a plan, in order. */
export function queuePlan(ctx: Excel.RequestContext, plan: WorkbookPlan, caps: Capabilities): void {
  for (const step of plan.steps) queueStep(ctx, step, caps);
}
