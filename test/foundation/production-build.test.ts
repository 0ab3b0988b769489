// Builds the add-in for a deployment URL (ADDIN_URL) and checks what would be hosted.
import { spawnSync } from "child_process";
import { existsSync, readFileSync, readdirSync } from "fs";
import path from "path";
import { FUNCTION_IDS as CORE_FUNCTION_IDS } from "../../src/core/function-ids";
import { KPI_FUNCTIONS } from "../../src/functions/registry";
import { readManifest, xmllint } from "./manifest-helpers";

const root = path.resolve(__dirname, "../..");
const out = path.join(root, "test-output", "build-production");
const ADDIN_URL = "https://kpi.example.org/addin/";
// Every function the core declares (KPI.NEEDED is the eighth): one list, not a copy here.
const FUNCTION_IDS = [...CORE_FUNCTION_IDS];
/** A parameter takes a range unless the registry declares it one value for the whole call. */
const expectedDimensionality = (p: { type: string; shape?: string }) =>
  p.type === "range" || p.shape !== "single" ? "matrix" : undefined;

interface FunctionMeta {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; description: string; dimensionality?: string; optional?: boolean }[];
  result: { dimensionality?: string };
}
const readJson = (file: string) => JSON.parse(readFileSync(path.join(out, file), "utf8"));

beforeAll(() => {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  const r = spawnSync(process.execPath, [cli, "--mode", "production", "--env", `outDir=${out}`], {
    cwd: root,
    env: { ...process.env, ADDIN_URL },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`production build failed:\n${r.stdout}\n${r.stderr}`);
}, 300000);

describe("ADDIN_URL production build", () => {
  it("writes a manifest with no localhost and every URL under ADDIN_URL", () => {
    const m = readManifest(path.join(out, "manifest.xml"));
    expect(m.text).not.toMatch(/localhost/i);
    expect(m.urls.length).toBeGreaterThan(8);
    expect(m.urls.filter((u) => !u.startsWith(ADDIN_URL))).toEqual([]);
  });

  it("writes a dist/manifest.xml that validates against the published schema", () => {
    const r = xmllint(path.join(out, "manifest.xml"));
    expect(r.output).toContain("validates");
    expect(r.ok).toBe(true);
  });

  it("hosts a file behind every URL the manifest names", () => {
    const m = readManifest(path.join(out, "manifest.xml"));
    const missing = m.urls
      .map((u) => u.slice(ADDIN_URL.length))
      .filter((f) => !existsSync(path.join(out, f)));
    expect(missing).toEqual([]);
  });

  it("points ru-RU at the Russian metadata it built", () => {
    const m = readManifest(path.join(out, "manifest.xml"));
    expect(m.text).toContain(`<bt:Override Locale="ru-RU" Value="${ADDIN_URL}functions.ru.json"/>`);
    expect(existsSync(path.join(out, "functions.ru.json"))).toBe(true);
  });

  it("generates functions.json from JSDoc with every KPI function and the registry's shapes", () => {
    const { functions } = readJson("functions.json") as { functions: FunctionMeta[] };
    expect(functions.map((f) => f.id).sort()).toEqual([...FUNCTION_IDS].sort());
    expect(KPI_FUNCTIONS.map((f) => f.id).sort()).toEqual([...FUNCTION_IDS].sort());
    for (const f of functions) {
      const spec = KPI_FUNCTIONS.find((k) => k.id === f.id)!.spec;
      expect(f.name).toBe(f.id);
      expect(f.result.dimensionality).toBe("matrix");
      expect(f.parameters.map((p) => p.name)).toEqual(spec.params.map((p) => p.name));
      expect(f.parameters.map((p) => `${p.name}:${p.dimensionality}`)).toEqual(
        spec.params.map((p) => `${p.name}:${expectedDimensionality(p)}`)
      );
      expect(f.parameters.map((p) => Boolean(p.optional))).toEqual(
        spec.params.map((p) => Boolean(p.optional))
      );
    }
  });

  it("lets error cells reach the functions, in both languages' metadata", () => {
    expect(readJson("functions.json").allowErrorForDataTypeAny).toBe(true);
    expect(readJson("functions.ru.json").allowErrorForDataTypeAny).toBe(true);
  });

  it("derives Russian metadata with the same ids and everything translated", () => {
    const en = (readJson("functions.json") as { functions: FunctionMeta[] }).functions;
    const ru = (readJson("functions.ru.json") as { functions: FunctionMeta[] }).functions;
    expect(ru.map((f) => f.id)).toEqual(en.map((f) => f.id));
    const cyrillic = /[А-Яа-яЁё]/;
    ru.forEach((f, i) => {
      expect(f.description).toMatch(cyrillic);
      expect(f.description).not.toBe(en[i].description);
      expect(f.parameters.map((p) => p.dimensionality)).toEqual(
        en[i].parameters.map((p) => p.dimensionality)
      );
      expect(f.parameters.map((p) => p.optional)).toEqual(en[i].parameters.map((p) => p.optional));
      for (const p of f.parameters) {
        // ABC/XYZ thresholds keep their class letter (a, b, x, y), as Russian methodology writes them.
        expect(`${f.id}.${p.name}`).toMatch(/[А-Яа-яЁё]|\.[abxy]$/);
        expect(p.description).toMatch(cyrillic);
      }
    });
  });

  it("loads office.js from Microsoft's CDN and ships no sandbox or HyperFormula", () => {
    const html = readFileSync(path.join(out, "taskpane.html"), "utf8");
    expect(html).toMatch(
      /<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/
    );
    expect(existsSync(path.join(out, "sandbox.html"))).toBe(false);
    expect(existsSync(path.join(out, "office-js"))).toBe(false);
    const scripts = readdirSync(out).filter((f) => f.endsWith(".js"));
    expect(scripts).toEqual(expect.arrayContaining(["taskpane.js", "functions.js", "commands.js"]));
    for (const f of scripts)
      expect(readFileSync(path.join(out, f), "utf8")).not.toMatch(/hyperformula|gpl-v3/i);
  });

  it("ships no source maps and no reference to one", () => {
    const files = readdirSync(out, { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    for (const f of files.filter((f) => /\.(js|html|css)$/.test(f)))
      expect([f, readFileSync(path.join(out, f), "utf8")]).not.toEqual([
        f,
        expect.stringMatching(/sourceMappingURL/),
      ]);
  });

  it("gives the shared-runtime page a Content-Security-Policy of its own origin and the office.js CDN, before any script", () => {
    const html = readFileSync(path.join(out, "taskpane.html"), "utf8");
    const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html);
    expect(meta).not.toBeNull();
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
    const policy = new Map(
      (meta as RegExpExecArray)[1].split(";").map((d) => {
        const [name, ...sources] = d.trim().split(/\s+/);
        return [name, sources] as const;
      })
    );
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    const allowed = [
      "'self'",
      "'none'",
      "'unsafe-inline'",
      "data:",
      "https://appsforoffice.microsoft.com",
    ];
    for (const [name, sources] of policy) {
      for (const src of sources)
        expect([name, src, allowed.includes(src)]).toEqual([name, src, true]);
    }
    // Inline styles only (Fluent UI's run-time styles); never inline or evaluated scripts.
    expect(policy.get("style-src")).toContain("'unsafe-inline'");
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
    // Every script the page loads is allowed by it.
    const sources = [...html.matchAll(/<script[^>]*src="?([^" >]+)/g)].map((m) => m[1]);
    expect(sources.length).toBeGreaterThan(3);
    for (const src of sources)
      expect(src.startsWith("https://appsforoffice.microsoft.com/") || !/^[a-z]+:/.test(src)).toBe(
        true
      );
    expect(html).not.toMatch(/<script(?![^>]*src)[^>]*>[^<]/); // no inline script
    const support = readFileSync(path.join(out, "support.html"), "utf8");
    expect(support).toMatch(/Content-Security-Policy[^>]*default-src 'none'/);
  });
});
