/* eslint-disable no-undef */
// Builds the add-in (task pane, custom functions, commands: one shared-runtime page) and, in
// development, the sandbox page. See README.md ("Deploy") for ADDIN_URL.
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { NormalModuleReplacementPlugin } = require("webpack");
const LocalizeFunctionsPlugin = require("./scripts/webpack/localize-functions");
const { cspMeta } = require("./scripts/webpack/csp");
const {
  rewriteManifestUrls,
  normalizeAddinUrl,
  DEV_URL,
} = require("./scripts/webpack/manifest-urls");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_LOCAL = "office-js/office.js";

/** Reads the certificates office-addin-dev-certs wrote; its own getter needs sudo (TOOLCHAIN.md). */
function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const file = (name) => path.join(dir, name);
  if (!["ca.crt", "localhost.crt", "localhost.key"].every((n) => fs.existsSync(file(n)))) {
    throw new Error(
      `No development certificates in ${dir}. Run: npx office-addin-dev-certs install (npm start does it for you).`
    );
  }
  return {
    ca: fs.readFileSync(file("ca.crt")),
    cert: fs.readFileSync(file("localhost.crt")),
    key: fs.readFileSync(file("localhost.key")),
  };
}

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  // The sandbox (HyperFormula, GPL-3.0) is a development page only; never in production bundles.
  const sandbox = dev || Boolean(env.sandbox);
  const addinUrl = dev
    ? DEV_URL
    : normalizeAddinUrl(process.env.ADDIN_URL || env.addinUrl || DEV_URL);
  if (!dev && addinUrl === DEV_URL) {
    console.warn(
      "ADDIN_URL is not set: dist/manifest.xml still points at https://localhost:3000/."
    );
  }
  const outDir = path.resolve(__dirname, env.outDir || "dist");
  const serveOfficeJsLocally = dev || sandbox;
  // `PORT=3001 npm start` picks another port (scripts/start.mjs writes a manifest for it).
  const port = Number(process.env.PORT || process.env.npm_package_config_dev_server_port || 3000);
  const csp = cspMeta({ dev, devServerOrigin: `https://localhost:${port}` });

  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    functions: "./src/functions/functions.ts",
    commands: "./src/commands/commands.ts",
  };
  if (sandbox) entry.sandbox = "./src/sandbox/index.tsx";

  const plugins = [
    // Fluent's token table, as names made into CSS variables (src/taskpane/fluentTokens.ts):
    // keeps the table out of the task pane's first download now that tabs load on demand.
    new NormalModuleReplacementPlugin(/^\.\.?\/tokens(\.js)?$/, (resource) => {
      const target = path.resolve(resource.context, resource.request);
      if (/[\\/]@fluentui[\\/]tokens[\\/]lib(-commonjs)?[\\/]tokens(\.js)?$/.test(target)) {
        resource.request = path.resolve(__dirname, "src/taskpane/fluentTokens.ts");
      }
    }),
    new CustomFunctionsMetadataPlugin({
      output: "functions.json",
      input: "./src/functions/functions.ts",
    }),
    new LocalizeFunctionsPlugin({
      input: "functions.json",
      output: "functions.ru.json",
      table: path.resolve(__dirname, "src/functions/functions.ru.json"),
      // Excel then calls the functions with error cells inside ranges, so an error passes through
      // per element (DESIGN.md) instead of failing the whole call before our code runs.
      options: { allowErrorForDataTypeAny: true },
    }),
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      // Shared runtime: one page hosts the task pane, the custom functions and the commands.
      chunks: ["taskpane", "functions", "commands"],
      officeJs: dev ? OFFICE_JS_LOCAL : OFFICE_JS_CDN,
      csp,
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: "assets/[name][ext]" },
        { from: "src/support/support.html", to: "support.html" },
        {
          from: "manifest.xml",
          to: "manifest.xml",
          transform: (content) =>
            dev ? content : rewriteManifestUrls(content.toString(), addinUrl),
        },
        ...(serveOfficeJsLocally && env.copyOfficeJs
          ? [{ from: "node_modules/@microsoft/office-js/dist", to: "office-js" }]
          : []),
      ],
    }),
  ];
  if (sandbox) {
    plugins.push(
      new HtmlWebpackPlugin({
        filename: "sandbox.html",
        template: "./src/sandbox/sandbox.html",
        chunks: ["sandbox"],
        csp,
      }),
      // https://localhost:3000/ in development: a start page instead of "Cannot GET /".
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/sandbox/start.html",
        chunks: [],
        csp,
      })
    );
  }

  return {
    mode: dev ? "development" : "production",
    // No source maps in the production dist/; in development a map without eval, so the pages'
    // Content-Security-Policy needs no 'unsafe-eval' (scripts/webpack/csp.js).
    devtool: dev ? "cheap-module-source-map" : false,
    stats: dev ? "minimal" : "normal",
    entry,
    output: { path: outDir, filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking runs once in `npm run typecheck` (part of `npm test`); builds stay fast.
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    plugins,
    performance: { hints: false },
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_BUILD ? undefined : devCertificates() },
      port,
      static: [
        {
          directory: path.join(__dirname, "node_modules/@microsoft/office-js/dist"),
          publicPath: "/office-js",
        },
        { directory: path.join(__dirname, "assets"), publicPath: "/assets" },
      ],
      client: { overlay: { warnings: false, errors: true } },
      hot: false,
      liveReload: true,
    },
  };
};
