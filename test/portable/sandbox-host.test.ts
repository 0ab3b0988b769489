/** The sandbox's PortableHost over HyperFormula, with a spilled KPI.ABC next to the example matrix. */
import { createKpiEngine } from "../../src/sandbox/engine";
import { SandboxPortableHost } from "../../src/sandbox/portable-host";
import { exampleSheets } from "../../scripts/make-examples";

test("converts a spilled KPI.ABC cell by cell with the same classes, and restores the spill", async () => {
  const sheets = Object.fromEntries(
    Object.entries(exampleSheets()).map(([n, s]) => [n, s.grid as unknown[][]])
  );
  const hf = createKpiEngine({ ...sheets, ABC: [[500, "=KPI.ABC(A1:A4)"], [300], [150], [50]] });
  const host = new SandboxPortableHost(hf);
  const id = hf.getSheetId("ABC") as number;
  const column = () => [0, 1, 2, 3].map((row) => hf.getCellValue({ sheet: id, row, col: 1 }));
  const before = column();
  expect(before).toEqual(["A", "A", "B", "C"]);
  const out = await host.makePortable({ kind: "workbook" });
  expect(out.warnings).toEqual([]);
  expect(out.perSheet).toEqual([
    { sheet: "Store director", count: 11 },
    { sheet: "ABC", count: 4 },
  ]);
  expect(hf.getCellFormula({ sheet: id, row: 3, col: 1 })).toMatch(/^=IF/);
  expect(column()).toEqual(before);
  expect(await host.listSheets()).toEqual(["KPI Cards", "Store director", "ABC"]);
  const back = await host.restore({ kind: "workbook" });
  expect(back.perSheet).toEqual([
    { sheet: "Store director", count: 11 },
    { sheet: "ABC", count: 1 },
  ]);
  expect(hf.getCellFormula({ sheet: id, row: 0, col: 1 })).toBe("=KPI.ABC(A1:A4)");
  expect(hf.getCellFormula({ sheet: id, row: 3, col: 1 })).toBeUndefined();
  expect(column()).toEqual(before);
  expect(hf.getSheetNames()).toEqual(["KPI Cards", "Store director", "ABC"]);
});
