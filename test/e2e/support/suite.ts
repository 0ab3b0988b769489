// One file's browser suite: the static server and headless Chromium started before its tests,
// both stopped after them.
import { mkdirSync } from "fs";
import type { Server } from "http";
import type { Browser } from "playwright-core";
import { launchBrowser } from "./browser";
import { serveStatic } from "./server";

export interface BrowserSuite {
  /** Chromium, once the suite has started. */
  browser: Browser;
  /** The served pages' origin, ending in "/". */
  base: string;
}

/** Registers the suite's beforeAll/afterAll; `shots` is the folder its screenshots go to. */
export function browserSuite(shots: string): BrowserSuite {
  const suite = {} as BrowserSuite;
  let server: Server | undefined;
  beforeAll(async () => {
    const started = await serveStatic();
    server = started.server;
    suite.base = started.url;
    suite.browser = await launchBrowser();
    mkdirSync(shots, { recursive: true });
  });
  afterAll(async () => {
    await suite.browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });
  return suite;
}
