/** Browser suite: Playwright (playwright-core) driving Debian's Chromium against built pages. */
module.exports = {
  displayName: "e2e",
  testEnvironment: "node",
  testMatch: ["<rootDir>/test/e2e/**/*.e2e.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] },
  globalSetup: "<rootDir>/test/e2e/support/global-setup.js",
  testTimeout: 120000,
};
