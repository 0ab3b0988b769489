// Makes sure the programs a test suite needs are present: Debian's Chromium (browser suite),
// LibreOffice Calc (portable-formula suite) and xmllint (libxml2-utils: the manifest schema test). As root on Debian it installs them with apt-get;
// otherwise it stops with the exact command to run. A suite never skips because a tool is missing.
// Usage: node scripts/ensure-tools.mjs chromium libreoffice xmllint
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const TOOLS = {
  chromium: { binary: "/usr/bin/chromium", packages: ["chromium"] },
  libreoffice: {
    binary: "/usr/bin/soffice",
    packages: ["--no-install-recommends", "libreoffice-calc-nogui"],
  },
  xmllint: { binary: "/usr/bin/xmllint", packages: ["libxml2-utils"] },
};

const wanted = process.argv.slice(2);
const missing = wanted.filter((name) => {
  if (!TOOLS[name])
    throw new Error(`Unknown tool ${name}; known: ${Object.keys(TOOLS).join(", ")}`);
  return !existsSync(TOOLS[name].binary);
});
if (missing.length === 0) process.exit(0);

const packages = missing.flatMap((n) => TOOLS[n].packages);
const command = `apt-get install -y ${packages.join(" ")}`;
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = existsSync("/usr/bin/apt-get");
if (!isRoot || !hasApt) {
  console.error(
    `The tests need ${missing.join(" and ")}, which is not installed.\n` +
      (hasApt
        ? `Run: sudo apt-get update && sudo ${command}\n`
        : `Install ${missing.join(" and ")} (Debian: ${command}).\n`)
  );
  process.exit(1);
}
console.log(`Installing ${missing.join(", ")}: ${command}`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
let r = spawnSync("apt-get", ["install", "-y", ...packages], { stdio: "inherit", env });
if (r.status !== 0) {
  spawnSync("apt-get", ["update"], { stdio: "inherit", env });
  r = spawnSync("apt-get", ["install", "-y", ...packages], { stdio: "inherit", env });
}
const still = missing.filter((n) => !existsSync(TOOLS[n].binary));
if (r.status !== 0 || still.length > 0) {
  console.error(`Could not install ${still.join(", ") || missing.join(", ")}. Run: ${command}`);
  process.exit(1);
}
