// Launches Debian's Chromium through playwright-core (never a downloaded browser; TOOLCHAIN.md).
// Playwright gives every launch a fresh temporary profile (it refuses --user-data-dir in args).
import { Browser, chromium } from "playwright-core";

/** Path of the Chromium binary the suite drives (CHROMIUM_PATH overrides). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Starts headless Chromium with a fresh profile and no background networking (`extra`: more flags). */
export async function launchBrowser(extra: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...extra,
    ],
  });
}
