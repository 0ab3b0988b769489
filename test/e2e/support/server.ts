// A static file server on a free localhost port for the built pages (plain http: Chromium runs
// the pages without Office, so no certificate is needed).
import { createReadStream, existsSync, statSync } from "fs";
import { createServer, Server } from "http";
import { AddressInfo } from "net";
import path from "path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".css": "text/css",
  ".map": "application/json",
  ".xml": "application/xml",
};

/** The folder the browser suite's global setup builds into. */
export const E2E_BUILD_DIR = path.resolve(__dirname, "../../../test-output/e2e-build");

/** Serves `dir` on 127.0.0.1; resolves to the server and its base URL (ending in "/"). */
export async function serveStatic(
  dir: string = E2E_BUILD_DIR
): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = path.join(dir, path.normalize(urlPath).replace(/^(\.\.[/\\])+/, ""));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/` };
}
