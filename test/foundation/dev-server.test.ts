/**
 * The development server a newcomer starts with `npm start`: https://localhost:3000/ is a start
 * page linking to the sandbox and the task pane (not "Cannot GET /"), every page carries the
 * Content-Security-Policy, and `PORT` moves the server and its live-reload socket together.
 */
import { readFileSync } from "fs";
import path from "path";

const root = path.resolve(__dirname, "../..");
const config = require(path.join(root, "webpack.config.js"));

interface Page {
  options: { filename: string; template: string; csp?: string };
}
function pages(env: Record<string, unknown>, mode: string): Page[] {
  const c = config({ WEBPACK_BUILD: true, ...env }, { mode });
  return c.plugins.filter(
    (p: { constructor: { name: string } }) => p.constructor.name === "HtmlWebpackPlugin"
  );
}

describe("development server", () => {
  it("serves a start page at / that links to the sandbox and the task pane", () => {
    const index = pages({}, "development").find((p) => p.options.filename === "index.html");
    expect(index).toBeDefined();
    const html = readFileSync(path.join(root, (index as Page).options.template), "utf8");
    expect(html).toMatch(/href="sandbox\.html"/);
    expect(html).toMatch(/href="taskpane\.html"/);
    expect(html).toContain("htmlWebpackPlugin.options.csp");
    // Production has no start page and no sandbox.
    const production = pages({ addinUrl: "https://kpi.example.org/addin/" }, "production");
    expect(production.map((p) => p.options.filename)).toEqual(["taskpane.html"]);
  });

  it("puts the policy on every page, with the dev server's own socket on another PORT", () => {
    const before = process.env.PORT;
    process.env.PORT = "3007";
    try {
      const dev = pages({}, "development");
      expect(dev.map((p) => p.options.filename).sort()).toEqual([
        "index.html",
        "sandbox.html",
        "taskpane.html",
      ]);
      for (const p of dev)
        expect(p.options.csp).toMatch(/connect-src 'self' wss:\/\/localhost:3007;/);
      expect(config({ WEBPACK_BUILD: true }, { mode: "development" }).devServer.port).toBe(3007);
    } finally {
      if (before === undefined) delete process.env.PORT;
      else process.env.PORT = before;
    }
  });
});
