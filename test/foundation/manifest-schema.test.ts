/**
 * manifest.xml and the built dist/manifest.xml validate against Microsoft's published manifest
 * schemas with xmllint (Debian libxml2-utils), offline. The schemas sit in ../shared/schemas
 * beside the repository (CI lays shared/ next to the clone). A broken copy is rejected.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { MANIFEST_SCHEMA, xmllint } from "./manifest-helpers";

const root = path.resolve(__dirname, "../..");
const ADDIN_URL = "https://kpi.example.org/addin/";

/** A copy of `text` in a temporary file. */
function copy(text: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "kpi-manifest-")), "manifest.xml");
  writeFileSync(file, text);
  return file;
}

let built: string;

beforeAll(() => {
  expect(existsSync(MANIFEST_SCHEMA)).toBe(true);
  // The production build's manifest, every URL rewritten to ADDIN_URL (the same transform the
  // build applies; test/foundation/production-build.test.ts checks the whole build).
  const { rewriteManifestUrls } = require(path.join(root, "scripts/webpack/manifest-urls"));
  built = copy(
    rewriteManifestUrls(readFileSync(path.join(root, "manifest.xml"), "utf8"), ADDIN_URL)
  );
});

describe("manifest schema (xmllint)", () => {
  it("validates manifest.xml", () => {
    const r = xmllint(path.join(root, "manifest.xml"));
    expect(r.output).toContain("validates");
    expect(r.ok).toBe(true);
  });

  it("validates the manifest as the build rewrites it for ADDIN_URL", () => {
    // The production build's own dist/manifest.xml is validated in production-build.test.ts.
    const r = xmllint(built);
    expect(r.output).toContain("validates");
    expect(r.ok).toBe(true);
  });

  it("rejects broken copies: an unknown permission, a missing id, an element out of order", () => {
    const text = readFileSync(path.join(root, "manifest.xml"), "utf8");
    const broken = [
      text.replace(
        /<Permissions>[^<]*<\/Permissions>/,
        "<Permissions>ReadEverything</Permissions>"
      ),
      text.replace(/<Id>[^<]*<\/Id>/, ""),
      text.replace(
        /(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/,
        "$3$2$1"
      ),
    ];
    for (const b of broken) {
      expect(b).not.toBe(text);
      const r = xmllint(copy(b));
      expect(r.ok).toBe(false);
      expect(r.output).toMatch(/fails to validate/);
    }
  });
});
