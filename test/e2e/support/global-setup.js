/* eslint-disable no-undef */
// Builds the pages once for the browser suite: a development build with the sandbox page and a
// local copy of office.js (test-output/e2e-build). Set E2E_SKIP_BUILD=1 to reuse the last build.
const { spawnSync } = require("child_process");
const { existsSync } = require("fs");
const path = require("path");

module.exports = async function globalSetup() {
  const root = path.resolve(__dirname, "../../..");
  const out = path.join(root, "test-output", "e2e-build");
  if (process.env.E2E_SKIP_BUILD === "1" && existsSync(path.join(out, "sandbox.html"))) return;
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  const r = spawnSync(
    process.execPath,
    [
      cli,
      "--mode",
      "development",
      "--env",
      "sandbox",
      "--env",
      "copyOfficeJs",
      "--env",
      `outDir=${out}`,
    ],
    { cwd: root, stdio: "inherit" }
  );
  if (r.status !== 0) throw new Error("webpack build for the browser suite failed");
};
