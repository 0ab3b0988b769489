/** The committed docs/FUNCTIONS*.md are what `npm run docs` generates from the registry today. */
import { readFileSync } from "node:fs";
import { DOC_FILES, renderFunctionsDoc } from "../../scripts/gen-docs";

describe("generated function docs", () => {
  it.each(["en", "ru"] as const)("docs for %s are up to date (run `npm run docs`)", (lang) => {
    expect(readFileSync(DOC_FILES[lang], "utf8")).toBe(renderFunctionsDoc(lang));
  });

  it("show the worked example's result", () => {
    expect(renderFunctionsDoc("en")).toMatch(/`1\.6519\d*`/);
  });
});
