/**
 * Adds native charts to an .xlsx that exceljs wrote (exceljs 4.4 cannot write charts): for each
 * sheet, one drawing part with a two-cell anchor per chart and one chart part per chart, in
 * minimal valid DrawingML (a clustered column chart or a line chart with markers, series in
 * columns, the series names, categories and values as references to the sheet's cells, so
 * Excel and LibreOffice draw them from the live cells). The charts are the dashboard plan's own
 * `chart` steps, so the example holds what the add-in builds in Excel.
 */
import JSZip from "jszip";
import { parseRange, quoteSheet, rangeAddress } from "../src/workbook/a1";
import type { ChartPlan } from "../src/workbook/plan";

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
};
const REL = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
};
const TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** An absolute reference to a rectangle of a sheet ("Dashboard!$D$31:$D$34"). */
function absolute(sheet: string, row: number, col: number, rows = 1, cols = 1): string {
  const a = rangeAddress(row, col, rows, cols)
    .split(":")
    .map((p) => p.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
  return `${quoteSheet(sheet)}!${a}`;
}

/** The chart part of one chart plan. */
export function chartXml(sheet: string, chart: ChartPlan): string {
  const r = parseRange(chart.source);
  const n = r.rows - 1;
  const series = Array.from({ length: r.cols - 1 }, (_, j) => {
    const col = r.col + 1 + j;
    const marker = chart.type === "line" ? `<c:marker><c:symbol val="circle"/></c:marker>` : "";
    const invert = chart.type === "bar" ? `<c:invertIfNegative val="0"/>` : "";
    return (
      `<c:ser><c:idx val="${j}"/><c:order val="${j}"/>` +
      `<c:tx><c:strRef><c:f>${esc(absolute(sheet, r.row, col))}</c:f></c:strRef></c:tx>` +
      invert +
      marker +
      `<c:cat><c:strRef><c:f>${esc(absolute(sheet, r.row + 1, r.col, n, 1))}</c:f></c:strRef></c:cat>` +
      `<c:val><c:numRef><c:f>${esc(absolute(sheet, r.row + 1, col, n, 1))}</c:f></c:numRef></c:val>` +
      (chart.type === "line" ? `<c:smooth val="0"/>` : "") +
      `</c:ser>`
    );
  }).join("");
  const plot =
    chart.type === "bar"
      ? `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/><c:axId val="101"/><c:axId val="102"/></c:barChart>`
      : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/><c:axId val="101"/><c:axId val="102"/></c:lineChart>`;
  const legend = chart.legend
    ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>`
    : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${esc(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}` +
    `<c:catAx><c:axId val="101"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="low"/><c:crossAx val="102"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="102"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0%" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="101"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The drawing part of a sheet: one anchored frame per chart (relationship ids rId1…). */
export function drawingXml(charts: readonly ChartPlan[]): string {
  const anchor = (c: ChartPlan, i: number) => {
    const a = parseRange(c.from);
    const b = parseRange(c.to);
    const at = (row: number, col: number) =>
      `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${at(a.row, a.col)}</xdr:from><xdr:to>${at(b.row + 1, b.col + 1)}</xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${esc(c.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  };
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${charts.map(anchor).join("")}</xdr:wsDr>`
  );
}

const rels = (items: { id: string; type: string; target: string }[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`)
    .join("")}</Relationships>`;

/** The worksheet part of a sheet, by its name (workbook.xml and its relationships). */
async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const wbRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const tag = [...wb.matchAll(/<sheet\b[^>]*>/g)].find((m) =>
    m[0].includes(`name="${esc(sheet)}"`)
  );
  const id = tag && /r:id="([^"]+)"/.exec(tag[0])?.[1];
  const rel = id && new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*>`).exec(wbRels)?.[0];
  const target = rel && /Target="([^"]+)"/.exec(rel)?.[1];
  if (!target) throw new Error(`no worksheet part for ${sheet}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** Adds `charts` to the named sheets of an .xlsx (a buffer exceljs wrote); returns the new file. */
export async function addCharts(
  xlsx: Buffer | Uint8Array,
  bySheet: ReadonlyMap<string, readonly ChartPlan[]>
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  let types = await zip.file("[Content_Types].xml")!.async("string");
  let drawing = 0;
  let chartNo = 0;
  for (const [sheet, charts] of bySheet) {
    if (charts.length === 0) continue;
    drawing += 1;
    const part = await sheetPart(zip, sheet);
    const dir = part.slice(0, part.lastIndexOf("/"));
    const base = part.slice(part.lastIndexOf("/") + 1);
    const drawingRels: { id: string; type: string; target: string }[] = [];
    charts.forEach((c, i) => {
      chartNo += 1;
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(sheet, c));
      types = types.replace(
        "</Types>",
        `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${TYPE.chart}"/></Types>`
      );
      drawingRels.push({
        id: `rId${i + 1}`,
        type: REL.chart,
        target: `../charts/chart${chartNo}.xml`,
      });
    });
    zip.file(`xl/drawings/drawing${drawing}.xml`, drawingXml(charts));
    zip.file(`xl/drawings/_rels/drawing${drawing}.xml.rels`, rels(drawingRels));
    types = types.replace(
      "</Types>",
      `<Override PartName="/xl/drawings/drawing${drawing}.xml" ContentType="${TYPE.drawing}"/></Types>`
    );
    // The sheet points at its drawing (a relationship, and a <drawing> element in its place).
    const relsPath = `${dir}/_rels/${base}.rels`;
    const old = zip.file(relsPath) ? await zip.file(relsPath)!.async("string") : undefined;
    const id = "rIdKpiDrawing";
    const entry = `<Relationship Id="${id}" Type="${REL.drawing}" Target="../drawings/drawing${drawing}.xml"/>`;
    zip.file(
      relsPath,
      old
        ? old.replace("</Relationships>", `${entry}</Relationships>`)
        : rels([{ id, type: REL.drawing, target: `../drawings/drawing${drawing}.xml` }])
    );
    let xml = await zip.file(part)!.async("string");
    if (!xml.includes(`xmlns:r="${NS.r}"`))
      xml = xml.replace("<worksheet ", `<worksheet xmlns:r="${NS.r}" `);
    // CT_Worksheet's order: <drawing> comes after sheetData, conditional formats, validations,
    // hyperlinks and page setup, and before legacy drawings, tables and the sheet's own extLst
    // (conditional formats hold extLst elements of their own, so the search starts after them).
    const after = Math.max(
      ...[
        "</sheetData>",
        "</conditionalFormatting>",
        "</dataValidations>",
        "</hyperlinks>",
        "<pageMargins",
        "<pageSetup",
        "</headerFooter>",
        "</rowBreaks>",
        "</colBreaks>",
        "</ignoredErrors>",
      ].map((t) => xml.lastIndexOf(t))
    );
    const tail = xml.slice(after);
    const next =
      /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/.exec(
        tail.slice(tail.indexOf(">") + 1)
      )!;
    const at = after + tail.indexOf(">") + 1 + next.index;
    xml = `${xml.slice(0, at)}<drawing r:id="${id}"/>${xml.slice(at)}`;
    zip.file(part, xml);
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
