/* eslint-disable no-undef */
// The Content-Security-Policy of the add-in's pages, as a <meta http-equiv> at the top of <head>
// (before office.js). Only the add-in's own origin and Microsoft's office.js CDN are allowed:
// - office.js (appsforoffice.microsoft.com/lib/1/hosted/) loads its host-specific scripts and
//   locale files from its own folder, may load a stylesheet from there, and on the web frames
//   its AgaveErrorUX page from the same folder: script-src, style-src, frame-src, connect-src
//   (office-js #1005 lists appsforoffice as the script source office.js needs).
// - style-src also needs 'unsafe-inline': Fluent UI (Griffel) inserts <style> rules at run time
//   and excel-web-16.00.js sets inline styles (office-js #1687). No script runs inline and none
//   is evaluated: no 'unsafe-inline' or 'unsafe-eval' for scripts (development builds use a
//   source map without eval for the same reason).
// - Development serves office.js from the dev server itself ('self'); live reload talks to the
//   dev server over a WebSocket, which older WebViews do not count as 'self'.
// frame-ancestors is not set: it is ignored in a <meta>, and Office frames the page itself.
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

/** The policy text for the task pane / shared runtime page (and the sandbox in development). */
function contentSecurityPolicy({ dev = false, devServerOrigin = "" } = {}) {
  const office = dev ? [] : [OFFICE_JS_ORIGIN];
  const socket = dev && devServerOrigin ? [devServerOrigin.replace(/^http/, "ws")] : [];
  const directives = {
    "default-src": ["'self'"],
    "script-src": ["'self'", ...office],
    "style-src": ["'self'", "'unsafe-inline'", ...office],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...office, ...socket],
    "frame-src": ["'self'", ...office],
    "worker-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** The <meta> element for a page template. */
function cspMeta(options) {
  return `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(options)}" />`;
}

module.exports = { contentSecurityPolicy, cspMeta, OFFICE_JS_ORIGIN };
