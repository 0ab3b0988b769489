// ESLint in the Office add-in flavour: eslint-plugin-office-addins' recommended and React rules
// (the config office-addin-lint runs), used directly so linting sends no usage data.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// The plugin's TypeScript block covers *.ts but not *.tsx, so .tsx files got the JavaScript
// no-unused-vars, which flags parameter names in function types. Reuse its typescript-eslint.
const tsPlugin = officeAddins.configs.react.find((c) => c.plugins?.["@typescript-eslint"]).plugins[
  "@typescript-eslint"
];

// DESIGN.md "Layers": one direction of dependency. Each folder lists what it must not import.
const layer = (files, folders, packages = [], ignores = []) => ({
  files,
  ignores,
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          ...folders.map((f) => ({
            group: [`**/${f}`, `**/${f}/*`, `**/${f}/**`],
            message: `DESIGN.md layers: this folder does not import src/${f}.`,
          })),
          ...packages.map((p) => ({
            group: [p, `${p}/*`],
            message: `DESIGN.md layers: this folder does not use ${p}.`,
          })),
        ],
      },
    ],
  },
});
const UI = ["react", "react-dom", "@fluentui/react-components", "@fluentui/react-icons"];
const layers = [
  layer(
    ["src/core/**"],
    ["functions", "workbook", "office", "taskpane", "sandbox"],
    [...UI, "hyperformula"]
  ),
  layer(
    ["src/functions/**"],
    ["workbook", "office", "taskpane", "sandbox"],
    [...UI, "hyperformula"]
  ),
  layer(
    ["src/workbook/**"],
    ["functions", "office", "taskpane", "sandbox"],
    [...UI, "hyperformula"]
  ),
  layer(["src/office/**"], ["functions", "taskpane", "sandbox"], [...UI, "hyperformula"]),
  // The file adapter (npm run check) reads files like the Office adapter reads workbooks.
  layer(["src/file/**"], ["functions", "office", "taskpane", "sandbox"], [...UI, "hyperformula"]),
  // The pane talks to a WorkbookHost; only its entry point (index.tsx) constructs the Office one.
  layer(
    ["src/taskpane/**"],
    ["office", "sandbox", "functions"],
    ["hyperformula"],
    ["src/taskpane/index.tsx"]
  ),
];

export default [
  {
    ignores: [
      "dist/",
      "node_modules/",
      "coverage/",
      "test-output/",
      ".tmp/",
      "examples/",
      "**/*.js",
      "**/*.mjs",
    ],
  },
  ...officeAddins.configs.react,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    settings: { react: { version: "18" } },
    rules: {
      // TypeScript already resolves every identifier (typescript-eslint's advice for TS files).
      "no-undef": "off",
    },
  },
  {
    files: ["**/*.tsx"],
    plugins: { "@typescript-eslint": tsPlugin },
    rules: { "no-unused-vars": "off", "@typescript-eslint/no-unused-vars": "error" },
  },
  ...layers,
];
