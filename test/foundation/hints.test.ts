/**
 * Every command a script's hint tells the user to run is one the README documents, so a
 * newcomer who follows a hint can look it up. Hints are the commands the scripts print:
 * `…` spans and "Run: …" lines in scripts/*.mjs and the command-line tools.
 */
import { readFileSync } from "fs";
import path from "path";

const root = path.resolve(__dirname, "../..");
const SCRIPTS = [
  "scripts/start.mjs",
  "scripts/stop.mjs",
  "scripts/ensure-tools.mjs",
  "scripts/portable.ts",
  "scripts/kpi.ts",
  "scripts/bench.ts",
];

/** The part of a command that names it: `npm run kpi`, `npx office-addin-dev-certs install`. */
function head(command: string): string {
  const words = command
    .replace(/\$\{.*$/, "")
    .trim()
    .split(/\s+/);
  const env = words[0].includes("=") ? (words.shift() as string).replace(/=.*/, "=") : "";
  if (words[0] === "sudo") words.shift();
  const [tool, sub] = words;
  const n = tool === "npm" && sub === "i" ? 4 : tool === "npm" && sub !== "run" ? 2 : 3;
  return `${env}${words.slice(0, n).join(" ")}`.replace(/^PORT=.*/, "PORT=");
}

function hints(): { file: string; command: string }[] {
  const out: { file: string; command: string }[] = [];
  for (const file of SCRIPTS) {
    const text = readFileSync(path.join(root, file), "utf8");
    const re = /(?:`|Run: )((?:PORT=\d+ )?(?:sudo )?(?:npm|npx|apt-get) [^`"\\\n]*)/g;
    for (const m of text.matchAll(re)) out.push({ file, command: m[1] });
  }
  return out;
}

test("every command a hint names is in the README", () => {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  const found = hints();
  expect(found.length).toBeGreaterThan(8);
  for (const { file, command } of found) {
    const h = head(command);
    const documented = h === "PORT=" ? /PORT=\d+ npm start/.test(readme) : readme.includes(h);
    expect([file, h, documented]).toEqual([file, h, true]);
  }
});
