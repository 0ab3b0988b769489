/** The lint enforces DESIGN.md's layer directions: a wrong-way import fails `npm run lint`. */
import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";

const root = path.resolve(__dirname, "../..");
const bin = path.join(root, "node_modules", "eslint", "bin", "eslint.js");

const probe = (from: string) => `import * as m from "${from}";\nexport const x = m;\n`;

/** Probe files, as if in the project's src/, and whether the layer rule must reject them. */
const PROBES: [string, string, boolean][] = [
  ["src/core/a.ts", probe("../workbook/a1"), true],
  ["src/core/b.ts", probe("react"), true],
  ["src/workbook/c.ts", probe("../office/excel-host"), true],
  ["src/office/d.ts", probe("../taskpane/App"), true],
  ["src/taskpane/cards/e.ts", probe("../../office/excel-host"), true],
  ["src/functions/f.ts", probe("../sandbox/host"), true],
  ["src/office/g.ts", probe("../workbook/a1"), false],
  ["src/taskpane/index.tsx", probe("../office/excel-host"), false],
  ["src/sandbox/h.ts", probe("../office/excel-host"), false],
];

test("imports against the layers fail the lint; imports along them pass", () => {
  // One ESLint run over probe files in a scratch folder, with the project's own config.
  const dir = mkdtempSync(path.join(tmpdir(), "kpi-layers-"));
  try {
    for (const [file, code] of PROBES) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), code);
    }
    const r = spawnSync(
      process.execPath,
      [bin, "--config", path.join(root, "eslint.config.mjs"), "--format", "json", "src"],
      { cwd: dir, encoding: "utf8" }
    );
    const results = JSON.parse(r.stdout) as {
      filePath: string;
      messages: { ruleId: string }[];
    }[];
    const rejected = new Map(
      results.map((x) => [
        path.relative(dir, x.filePath).split(path.sep).join("/"),
        x.messages.some((m) => m.ruleId === "no-restricted-imports"),
      ])
    );
    expect(PROBES.map(([file]) => [file, rejected.get(file)])).toEqual(
      PROBES.map(([file, , bad]) => [file, bad])
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60000);
