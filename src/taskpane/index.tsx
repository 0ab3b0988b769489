/** Task pane entry: waits for Office, then renders the pane once over the Office workbook. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { OfficeHost } from "../office/excel-host";

/* global document, Office */

Office.onReady((info) => {
  const root = document.getElementById("root");
  // Opened in a plain browser, onReady resolves with no host: render anyway and say so.
  const outsideExcel = info.host !== Office.HostType.Excel;
  const portable = () => import("../office/portable").then((m) => new m.OfficePortableHost());
  if (root) {
    createRoot(root).render(
      <App host={new OfficeHost()} portable={portable} outsideExcel={outsideExcel} />
    );
  }
});
