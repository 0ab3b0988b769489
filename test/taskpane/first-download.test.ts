// The task pane's first download (taskpane.js) holds what its modules import statically; the KPI
// library's cards, the check's rules, the tabs behind the first one, the card dialogs and the
// workbook layer load on demand. Walks the static import graph of the entry, as the bundler does.
import { existsSync, readFileSync } from "fs";
import path from "path";

const SRC = path.resolve(__dirname, "../../src");

/** Resolves a relative import to a file, as webpack's extensions list does. */
function resolveImport(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")];
  return candidates.find((f) => existsSync(f) && /\.tsx?$/.test(f));
}

/** Every source file reachable from `entry` through static, non-type-only imports. */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length > 0) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, "utf8");
    const imports = code.matchAll(/^\s*(import|export)\s+(?!type\b)[^;]*?from\s+"(\.[^"]+)"/gms);
    for (const m of imports) {
      const target = resolveImport(file, m[2]);
      if (target) todo.push(target);
    }
  }
  return seen;
}

describe("the task pane's first download", () => {
  const graph = staticGraph(path.join(SRC, "taskpane/index.tsx"));
  const rel = (f: string) => path.relative(SRC, f).replace(/\\/g, "/");

  it("is walked through the pane's own modules", () => {
    expect([...graph].map(rel)).toEqual(
      expect.arrayContaining([
        "taskpane/App.tsx",
        "taskpane/cards/CardsTab.tsx",
        "taskpane/cards/CardList.tsx",
      ])
    );
  });

  it("leaves out the Matrix, Check and Share tabs, which load when first opened", () => {
    const tabs = [...graph]
      .map(rel)
      .filter((f) => /^taskpane\/(matrix|lint|share|portable)\//.test(f));
    expect(tabs).toEqual([]);
  });

  it("leaves out the card editor, the library picker and the delete confirmation", () => {
    const dialogs = [...graph]
      .map(rel)
      .filter((f) =>
        /^taskpane\/cards\/(CardEditor|LibraryPicker|ConfirmDelete|dialogs)\./.test(f)
      );
    expect(dialogs).toEqual([]);
  });

  it("leaves out the workbook layer, which loads while office.js starts", () => {
    const workbook = [...graph]
      .map(rel)
      .filter((f) => /^office\//.test(f) || /^workbook\/(?!host\.ts$)/.test(f));
    expect(workbook).toEqual([]);
  });

  it("leaves out the analysis screens but their disclosure button", () => {
    const analysis = [...graph].map(rel).filter((f) => f.startsWith("taskpane/analysis/"));
    expect(analysis).toEqual(["taskpane/analysis/AnalysisSection.tsx"]);
  });

  it("leaves out the KPI library's cards, which load on demand", () => {
    const library = [...graph].map(rel).filter((f) => /^core\/library\/(?!units|types)/.test(f));
    expect(library).toEqual([]);
  });

  it("leaves out the check's rules, which load when the user first runs the check", () => {
    expect([...graph].map(rel).filter((f) => f.startsWith("core/lint/"))).toEqual([]);
  });
});
