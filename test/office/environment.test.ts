import { OfficeMockObject } from "office-addin-mock";
import { isDarkColor, langOf } from "../../src/office/environment";
import { OfficeHost } from "../../src/office/excel-host";

const g = global as unknown as { Office: unknown };

function office(displayLanguage: string, body: string, stored: Record<string, unknown> = {}) {
  const mock = new OfficeMockObject({
    context: {
      displayLanguage,
      officeTheme: {
        bodyBackgroundColor: body,
        bodyForegroundColor: "#000000",
        controlBackgroundColor: "#ffffff",
        controlForegroundColor: "#000000",
      },
      document: {
        settings: {
          get: (k: string) => (k in stored ? stored[k] : null),
          set: (k: string, v: unknown) => (stored[k] = v),
          saveAsync: (cb: (r: { status: string }) => void) => cb({ status: "succeeded" }),
        },
      },
      requirements: { isSetSupported: () => true },
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  });
  // Office.context members are plain properties in Office.js (no load needed).
  const plain = mock as unknown as { context: Record<string, unknown> };
  plain.context = {
    displayLanguage,
    officeTheme: {
      bodyBackgroundColor: body,
      bodyForegroundColor: "#000000",
      controlBackgroundColor: "#ffffff",
      controlForegroundColor: "#000000",
    },
    document: (mock as unknown as { context: { document: unknown } }).context.document,
  };
  (mock as unknown as Record<string, unknown>).AsyncResultStatus = { Succeeded: "succeeded" };
  return mock;
}

describe("Office environment and settings", () => {
  it("follows Office's display language and theme", async () => {
    g.Office = office("ru-RU", "#262626");
    expect(await new OfficeHost().environment()).toMatchObject({
      kind: "office",
      displayLanguage: "ru-RU",
      lang: "ru",
      dark: true,
      theme: { bodyBackgroundColor: "#262626" },
    });
    g.Office = office("de-DE", "#FFFFFF");
    expect(await new OfficeHost().environment()).toMatchObject({ lang: "en", dark: false });
  });

  it("maps any Russian locale to ru and judges dark colours by luminance", () => {
    expect(langOf("ru-KZ")).toBe("ru");
    expect(langOf("en-GB")).toBe("en");
    expect(langOf(undefined)).toBe("en");
    expect(isDarkColor("#1e1e1e")).toBe(true);
    expect(isDarkColor("#f3f3f3")).toBe(false);
    expect(isDarkColor("not a colour")).toBe(false);
  });

  it("stores settings in the document", async () => {
    const stored: Record<string, unknown> = {};
    g.Office = office("en-US", "#ffffff", stored);
    const host = new OfficeHost();
    expect(await host.getSetting("lang")).toBeUndefined();
    await host.setSetting("lang", "ru");
    expect(stored.lang).toBe("ru");
    expect(await host.getSetting("lang")).toBe("ru");
  });
});
