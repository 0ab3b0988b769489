/** LibreOffice suite: portable formulas recalculated by a second engine (soffice headless). */
module.exports = {
  displayName: "libreoffice",
  testEnvironment: "node",
  testMatch: ["<rootDir>/test/lo/**/*.lo.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] },
  testTimeout: 300000,
};
