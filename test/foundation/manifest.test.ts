import { readFileSync } from "fs";
import path from "path";
import { readManifest } from "./manifest-helpers";

const root = path.resolve(__dirname, "../..");
const manifest = readManifest(path.join(root, "manifest.xml"));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  it("defines every resid it uses, once", () => {
    expect(manifest.usedResids.length).toBeGreaterThan(10);
    const missing = manifest.usedResids.filter((id) => !manifest.definedIds.includes(id));
    expect(missing).toEqual([]);
    expect(new Set(manifest.definedIds).size).toBe(manifest.definedIds.length);
  });

  it("uses only https URLs", () => {
    expect(manifest.urls.length).toBeGreaterThan(8);
    expect(manifest.urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  it("asks for ReadWriteDocument and nothing more", () => {
    expect(manifest.text).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  it("runs task pane and functions in one long-lived shared runtime", () => {
    expect(manifest.text).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\s*\/>/);
    expect(manifest.text).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\s*\/>/);
    expect(manifest.text).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\s*\/>\s*<\/Page>/);
    expect(manifest.text).toMatch(/<FunctionFile resid="Taskpane.Url"\s*\/>/);
  });

  it("requires the Excel API set the matrix sheets use (conditional formats: 1.6)", () => {
    expect(manifest.text).toMatch(/<Set Name="ExcelApi" MinVersion="1.6"\s*\/>/);
  });

  it("declares the KPI namespace for the custom functions", () => {
    expect(manifest.text).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="KPI"\s*\/>/);
  });

  it("opens the task pane from a Home-tab button", () => {
    expect(manifest.text).toMatch(
      /<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">/
    );
  });

  it("points every icon at a real PNG of the declared size in assets/", () => {
    const icons = [...manifest.text.matchAll(/assets\/icon-(\d+)\.png/g)].map((m) => Number(m[1]));
    expect(new Set(icons)).toEqual(new Set([16, 32, 64, 80]));
    for (const size of icons) {
      expect(pngSize(path.join(root, "assets", `icon-${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }
  });

  it("has Russian overrides for the display name, description and button labels", () => {
    const overridden = (open: RegExp) => {
      const m = manifest.text.match(open);
      expect(m).not.toBeNull();
      return m![0];
    };
    expect(overridden(/<DisplayName[\s\S]*?<\/DisplayName>/)).toMatch(
      /Locale="ru-RU" Value="Карточки KPI"/
    );
    expect(overridden(/<Description [\s\S]*?<\/Description>/)).toMatch(
      /Locale="ru-RU" Value="[^"]*[а-я]/
    );
    for (const id of [
      "TaskpaneButton.Label",
      "TaskpaneButton.Tooltip",
      "GetStarted.Title",
      "GetStarted.Description",
    ]) {
      const re = new RegExp(
        `<bt:String id="${id.replace(".", "\\.")}"[^>]*>\\s*<bt:Override Locale="ru-RU" Value="[^"]*[а-яА-Я]`
      );
      expect(manifest.text).toMatch(re);
    }
  });

  it("points ru-RU Excel at the Russian function metadata", () => {
    expect(manifest.text).toMatch(
      /<bt:Url id="Functions.Metadata.Url" DefaultValue="https:\/\/localhost:3000\/functions.json">\s*<bt:Override Locale="ru-RU" Value="https:\/\/localhost:3000\/functions.ru.json"\s*\/>/
    );
  });
});
