// `npm stop`: ends a desktop sideload (office-addin-debugging) or the dev server `npm start` began.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const pidFile = join(root, ".tmp", "dev-server.pid");
if (existsSync(pidFile)) {
  const pid = Number(readFileSync(pidFile, "utf8"));
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the development server (process ${pid}).`);
  } catch {
    console.log("The development server was not running.");
  }
  rmSync(pidFile, { force: true });
} else if (process.platform === "win32" || process.platform === "darwin") {
  const npx = process.platform === "win32" ? "npx.cmd" : "npx";
  const r = spawnSync(npx, ["office-addin-debugging", "stop", "manifest.xml"], {
    cwd: root,
    stdio: "inherit",
  });
  process.exit(r.status ?? 0);
} else {
  console.log("Nothing to stop: no development server started by `npm start` is running.");
}
