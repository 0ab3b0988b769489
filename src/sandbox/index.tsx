/**
 * The sandbox page (development only): the real task pane beside a grid of the same workbook,
 * computed by HyperFormula with the KPI functions. Office is absent here, so nothing waits for it.
 * ?lang=ru and ?theme=dark start the pane in Russian or dark, as Office would tell it.
 */
import { langOf } from "../core/card";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "../taskpane/App";
import { SandboxHost } from "./host";
import { SandboxPortableHost } from "./portable-host";
import { SheetGrid } from "./SheetGrid";
import { SANDBOX_LABELS } from "./labels";

/* global document, window, navigator, URLSearchParams, HTMLElement */

const params = new URLSearchParams(window.location.search);
const lang = params.get("lang");
const displayLanguage = lang === "ru" ? "ru-RU" : lang === "en" ? "en-US" : navigator.language;
const host = new SandboxHost({ displayLanguage, dark: params.get("theme") === "dark" });
const labels = SANDBOX_LABELS[langOf(displayLanguage)];
document.documentElement.lang = displayLanguage;
// The browser tests and the curious read the workbook from the console.
(window as unknown as { sandboxHost: SandboxHost }).sandboxHost = host;

const portable = async () => new SandboxPortableHost(host.hf);

/** Moves the focus to the task pane's first control (its selected tab), as F6 does in Excel. */
function focusPane() {
  const pane = document.querySelector("aside");
  const target =
    pane?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') ??
    pane?.querySelector<HTMLElement>("button, select, input");
  target?.focus();
}

function Sandbox() {
  return (
    <div className="sandbox">
      <main>
        <p className="banner">{labels.banner}</p>
        <SheetGrid host={host} labels={labels} onLeave={focusPane} />
      </main>
      <aside aria-label={labels.taskPane}>
        <App host={host} portable={portable} />
      </aside>
    </div>
  );
}

const root = document.getElementById("root");
if (root) createRoot(root).render(<Sandbox />);
