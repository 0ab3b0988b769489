// `npm start`: on Windows or macOS with office-addin-debugging available, sideloads into desktop
// Excel as the yo office templates do. Everywhere else (Linux, or without that tool) it starts the
// https dev server on port 3000 and prints how to sideload into Excel on the web, plus the
// sandbox URL. `npm run sandbox` does the same and names the sandbox first. Ctrl-C stops it.
// Another port: `PORT=3001 npm start` (the server then writes a manifest for that port).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { homedir } from "node:os";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const root = new URL("..", import.meta.url).pathname;
const port = Number(process.env.PORT || process.env.npm_package_config_dev_server_port || 3000);
const base = `https://localhost:${port}`;
const sandboxFirst = process.argv.includes("--sandbox");
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function resolvable(name) {
  try {
    require.resolve(`${name}/package.json`, { paths: [root] });
    return true;
  } catch {
    return false;
  }
}

/** Makes sure ~/.office-addin-dev-certs holds a CA, a localhost certificate and its key. */
function ensureCertificates() {
  const dir = join(homedir(), ".office-addin-dev-certs");
  const have = () =>
    ["ca.crt", "localhost.crt", "localhost.key"].every((f) => existsSync(join(dir, f)));
  if (have()) return;
  console.log("Creating development certificates (office-addin-dev-certs)…");
  // Its trust-store step needs sudo and fails where there is none (it still writes the files and
  // exits 0): say so in one line instead of passing its raw "sudo: not found" on.
  const r = spawnSync(npx, ["office-addin-dev-certs", "install"], { cwd: root, encoding: "utf8" });
  const output = `${r.stdout ?? ""}${r.stderr ?? ""}`;
  if (/sudo/i.test(output) && have()) {
    console.log(
      `Certificates written to ${dir}; trusting their CA needs sudo, which is not available here (harmless: accept the certificate once in the browser, README → Sideloading).`
    );
  } else if (output.trim()) {
    console.log(output.trim());
  }
  if (!have()) {
    console.error(
      `Could not create certificates in ${dir}. Run: npx office-addin-dev-certs install`
    );
    process.exit(1);
  }
}

/** Stops with a clear message when another program already listens on the port. */
async function ensurePortFree() {
  const free = await new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", (e) => resolve(e.code !== "EADDRINUSE"));
    probe.once("listening", () => probe.close(() => resolve(true)));
    probe.listen(port);
  });
  if (free) return;
  console.error(
    [
      `Port ${port} is already in use, so the development server cannot start.`,
      "  - If it is an earlier `npm start`, stop it with `npm stop` (or Ctrl-C in its terminal).",
      `  - Or use another port: PORT=${port + 1} npm start (the sideloading manifest for that port is`,
      "    written to .tmp/ and printed with the steps).",
    ].join("\n")
  );
  process.exit(1);
}

/** The manifest to sideload: manifest.xml itself on the default port, else a copy for this port. */
function manifestForPort() {
  const file = join(root, "manifest.xml");
  if (port === 3000) return file;
  const { rewriteManifestUrls } = require(join(root, "scripts/webpack/manifest-urls.js"));
  const copy = join(root, ".tmp", `manifest.${port}.xml`);
  mkdirSync(join(root, ".tmp"), { recursive: true });
  writeFileSync(copy, rewriteManifestUrls(readFileSync(file, "utf8"), `${base}/`));
  return copy;
}

function printSteps() {
  const lines = [
    "",
    "KPI Cards for Excel — development server",
    `  Start page: ${base}/   (links to both)`,
    `  Task pane:  ${base}/taskpane.html`,
    `  Sandbox:    ${base}/sandbox.html   (task pane + a live grid, no Excel needed)`,
    `  Manifest:   ${manifestForPort()}`,
    "",
    "Sideload into Excel on the web:",
    "  1. Open https://excel.cloud.microsoft (or office.com → Excel) and create or open a workbook.",
    "  2. Home → Add-ins → More Add-ins (or Insert → Office Add-ins) → My Add-ins → Upload My Add-in.",
    "  3. Choose manifest.xml (path above) and Upload. The KPI Cards button appears on the Home tab.",
    `  4. The browser must trust ${base}: open it once in a tab and accept the certificate, or trust`,
    `     ~/.office-addin-dev-certs/ca.crt in your OS/browser (npx office-addin-dev-certs install does it`,
    "     where it has the rights).",
    "  5. Type =KPI.INDEX(1200, 800) in a cell: 1.5.",
    "Desktop Excel (Windows/macOS): `npm i -D office-addin-debugging`, then `npm start` there sideloads it.",
    "Stop: Ctrl-C here (or `npm stop`).",
    "",
  ];
  if (sandboxFirst) lines.splice(1, 0, `Open the sandbox: ${base}/sandbox.html`);
  console.log(lines.join("\n"));
}

const desktop = (process.platform === "win32" || process.platform === "darwin") && !sandboxFirst;
if (desktop && resolvable("office-addin-debugging")) {
  const child = spawn(npx, ["office-addin-debugging", "start", "manifest.xml"], {
    cwd: root,
    stdio: "inherit",
  });
  child.on("exit", (code) => process.exit(code ?? 0));
} else {
  if (desktop)
    console.log(
      "office-addin-debugging is not installed: `npm i -D office-addin-debugging` to sideload into desktop Excel."
    );
  await ensurePortFree();
  ensureCertificates();
  const pidDir = join(root, ".tmp");
  mkdirSync(pidDir, { recursive: true });
  const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  const server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ["inherit", "pipe", "inherit"],
  });
  writeFileSync(join(pidDir, "dev-server.pid"), String(process.pid));
  let printed = false;
  server.stdout.on("data", (data) => {
    process.stdout.write(data);
    if (!printed && /compiled (successfully|with)/i.test(data.toString())) {
      printed = true;
      printSteps();
    }
  });
  const stop = () => {
    server.kill("SIGTERM");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code, signal) => {
    rmSync(join(pidDir, "dev-server.pid"), { force: true });
    console.log("Development server stopped.");
    process.exit(signal ? 0 : (code ?? 0));
  });
}
