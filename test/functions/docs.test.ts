/** The committed docs/FUNCTIONS*.md are what `npm run docs` generates from the registry today. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");

describe("generated function docs", () => {
  it("are up to date (run `npm run docs`)", () => {
    // A child process: the generator formats with Prettier, whose ESM loading Jest cannot host.
    const run = () =>
      execFileSync(resolve(ROOT, "node_modules/.bin/tsx"), ["scripts/gen-docs.ts", "--check"], {
        cwd: ROOT,
        stdio: "pipe",
      });
    expect(run).not.toThrow();
  }, 60_000);

  it("show the worked example's result in both languages", () => {
    for (const file of ["docs/FUNCTIONS.md", "docs/FUNCTIONS.ru.md"]) {
      expect(readFileSync(resolve(ROOT, file), "utf8")).toMatch(/`1\.6519\d*`/);
    }
  });
});
