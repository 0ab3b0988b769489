// The bundles swap Fluent's token table for src/taskpane/fluentTokens.ts (webpack.config.js):
// the stand-in must give every token exactly as Fluent's own table does.
import { tokens as fluent } from "@fluentui/react-components";
import { tokens } from "../../src/taskpane/fluentTokens";

describe("the stand-in for Fluent's token table", () => {
  const names = Object.keys(fluent) as Array<keyof typeof fluent>;

  it("is checked against Fluent's whole table", () => {
    expect(names.length).toBeGreaterThan(400);
    expect(names).toEqual(expect.arrayContaining(["colorNeutralForeground1", "spacingVerticalM"]));
  });

  it("gives every token Fluent's value", () => {
    const differing = names.filter((name) => tokens[name] !== fluent[name]);
    expect(differing).toEqual([]);
  });

  it("answers nothing for symbol keys", () => {
    expect((tokens as unknown as Record<symbol, unknown>)[Symbol.iterator]).toBeUndefined();
  });
});
