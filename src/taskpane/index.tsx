/** Task pane entry: waits for Office, then renders the pane once over the Office workbook. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { LazyHost } from "./lazyHost";

/* global document, Office */

// The workbook code is a chunk of its own: fetch it now, while office.js initialises, so the
// pane's first script stays small and the code is there when the pane first reads the workbook.
const officeHostCode = () => import("../office/excel-host");
officeHostCode().catch(() => undefined); // a failure shows when the pane reads the workbook

Office.onReady((info) => {
  const root = document.getElementById("root");
  // Opened in a plain browser, onReady resolves with no host: render anyway and say so.
  const outsideExcel = info.host !== Office.HostType.Excel;
  const host = new LazyHost(() => officeHostCode().then((m) => new m.OfficeHost()));
  const portable = () => import("../office/portable").then((m) => new m.OfficePortableHost());
  if (root) {
    createRoot(root).render(
      <App host={host} portable={portable} outsideExcel={outsideExcel} preload />
    );
  }
});
