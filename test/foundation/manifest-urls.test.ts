const {
  rewriteManifestUrls,
  normalizeAddinUrl,
  DEV_URL,
} = require("../../scripts/webpack/manifest-urls");
import { readFileSync } from "fs";
import path from "path";

const text = readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");

describe("rewriteManifestUrls", () => {
  it("rewrites every development URL, not only the first", () => {
    const count = text.split(DEV_URL).length - 1;
    expect(count).toBeGreaterThanOrEqual(9);
    const out = rewriteManifestUrls(text, "https://kpi.example.org/addin/");
    expect(out).not.toContain("localhost");
    expect(out.split("https://kpi.example.org/addin/").length - 1).toBe(count);
  });

  it("adds the trailing slash a base URL needs", () => {
    expect(normalizeAddinUrl("https://kpi.example.org/addin")).toBe(
      "https://kpi.example.org/addin/"
    );
    expect(normalizeAddinUrl(" https://kpi.example.org// ")).toBe("https://kpi.example.org/");
  });

  it("refuses a URL Office would not load", () => {
    expect(() => normalizeAddinUrl("http://kpi.example.org/")).toThrow(/https URL/);
    expect(() => normalizeAddinUrl("kpi.example.org")).toThrow(/https URL/);
    expect(() => normalizeAddinUrl("https://kpi.example.org/a b/")).toThrow(/https URL/);
  });
});
