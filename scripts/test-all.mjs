// `npm test`: every suite, unit to end-to-end, stopping at the first failure.
//   1. tools the later suites need (Chromium, LibreOffice; installed with apt-get where possible)
//   2. type check   3. lint   4. jest: unit, property, metadata, HyperFormula and office-addin-mock
//   5. browser suite (Playwright + Chromium)   6. LibreOffice suite (portable formulas)
import { spawnSync } from "node:child_process";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const steps = [
  ["tools", "node", ["scripts/ensure-tools.mjs", "chromium", "libreoffice"]],
  ["typecheck", npm, ["run", "typecheck"]],
  ["lint", npm, ["run", "lint"]],
  ["unit", npm, ["run", "test:unit", "--", "--ci"]],
  ["e2e", npm, ["run", "test:e2e", "--", "--ci"]],
  ["libreoffice", npm, ["run", "test:lo", "--", "--ci"]],
];
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(" ")}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: "inherit" });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n=== ${name} failed after ${secs} s`);
    process.exit(r.status ?? 1);
  }
  console.log(`=== ${name} passed in ${secs} s`);
}
console.log("\nAll suites passed.");
