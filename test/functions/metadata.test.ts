/**
 * Meta-test: every registered function has generated metadata matching the registry, a Russian
 * translation, a docs section in both languages, and a spec file.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { PARAM_LABELS } from "../../src/core/messages";
import { ENTRY_POINTS } from "../../src/functions/functions";
import ru from "../../src/functions/functions.ru.json";
import { FUNCTION_IDS } from "../../src/core/function-ids";
import { KPI_FUNCTIONS, NAMESPACE } from "../../src/functions/registry";
const { localizeMetadata } = require("../../scripts/webpack/localize-metadata.js");

const ROOT = resolve(__dirname, "..", "..");

interface Meta {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: {
      name: string;
      description: string;
      optional?: boolean;
      dimensionality?: string;
    }[];
    result: { dimensionality?: string };
  }[];
}

let metadata: Meta;
let associations: { id: string; functionName: string }[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(
    resolve(ROOT, "src/functions/functions.ts")
  );
  expect(generated.errors).toEqual([]);
  metadata = JSON.parse(generated.metadataJson);
  associations = generated.associate;
}, 60_000);

const RU = ru as Record<
  string,
  {
    name: string;
    description: string;
    parameters: Record<string, { name: string; description: string }>;
  }
>;

it("registers exactly the ids core knows (the portable translator recognises these)", () => {
  expect(KPI_FUNCTIONS.map((f) => f.id)).toEqual(FUNCTION_IDS);
});

describe.each(KPI_FUNCTIONS.map((fn) => [fn.id, fn] as const))("%s", (id, fn) => {
  it("has generated metadata that matches the registry", () => {
    const meta = metadata.functions.find((f) => f.id === id);
    expect(meta).toBeDefined();
    expect(meta!.name).toBe(fn.name);
    expect(meta!.description).toBe(fn.description);
    expect(meta!.result.dimensionality).toBe("matrix");
    expect(meta!.parameters.map((p) => p.name)).toEqual(fn.spec.params.map((p) => p.name));
    meta!.parameters.forEach((p, i) => {
      const spec = fn.spec.params[i];
      expect(p.description).toBe(fn.params[i].description);
      expect(p.optional === true).toBe(spec.optional === true);
      expect(p.dimensionality ?? "scalar").toBe(spec.shape === "single" ? "scalar" : "matrix");
    });
  });

  it("is associated with its entry point", () => {
    expect(associations.find((a) => a.id === id)?.functionName).toBe(
      (ENTRY_POINTS as Record<string, { name: string }>)[id].name
    );
  });

  it("has a Russian name, description and parameter names", () => {
    const t = RU[id];
    expect(t.name).toMatch(/^[А-ЯЁA-Z]+$/);
    expect(t.description).toMatch(/[а-яё]/);
    for (const p of fn.spec.params) {
      expect(t.parameters[p.name].name).toBe(PARAM_LABELS[p.name].ru);
      expect(t.parameters[p.name].description).toMatch(/[а-яё]/);
    }
    expect(Object.keys(t.parameters).sort()).toEqual(fn.spec.params.map((p) => p.name).sort());
  });

  it("has a section in both docs", () => {
    for (const file of ["docs/FUNCTIONS.md", "docs/FUNCTIONS.ru.md"]) {
      expect(readFileSync(resolve(ROOT, file), "utf8")).toContain(`\n## ${NAMESPACE}.${fn.name}\n`);
    }
  });

  it("has a spec file", () => {
    expect(existsSync(resolve(ROOT, "test/core", `${id.toLowerCase()}.test.ts`))).toBe(true);
  });
});

describe("Russian metadata", () => {
  it("derives functions.ru.json through the build step without gaps", () => {
    const russian = localizeMetadata(metadata, ru) as Meta;
    expect(russian.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    expect(russian.functions.find((f) => f.id === "INDEX")!.name).toBe("ВЫПОЛНЕНИЕ");
  });

  it("avoids built-in Excel function names and keeps names unique", () => {
    // Russian built-ins a KPI name could plausibly collide with (learn.microsoft.com: avoid them).
    const builtIns = [
      "ИНДЕКС",
      "ПРОГНОЗ",
      "ТЕНДЕНЦИЯ",
      "РОСТ",
      "СУММ",
      "СРЗНАЧ",
      "ЕСЛИ",
      "РАНГ",
      "ПРОЦЕНТРАНГ",
      "ДОЛЯ",
    ];
    const names = Object.values(RU).map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(builtIns).not.toContain(name);
  });

  it("has no entries for functions that do not exist", () => {
    expect(Object.keys(RU).sort()).toEqual(KPI_FUNCTIONS.map((f) => f.id).sort());
  });
});
