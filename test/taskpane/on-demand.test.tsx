/** Parts of the pane that load on demand: a spinner while they arrive, a way out when they fail. */
import "./support/dom";
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { I18nProvider, type Language } from "../../src/taskpane/i18n";
import { onDemand } from "../../src/taskpane/onDemand";
import { LazyHost } from "../../src/taskpane/lazyHost";
import type { WorkbookHost } from "../../src/workbook/host";
import { callsTo, memoryHost } from "./support/memoryHost";
import { openTab } from "./support/tabs";
import { SALES, renderApp } from "./support/app";

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function Greeting({ who }: { who: string }) {
  return <p>Hello, {who}</p>;
}

function inPane(node: React.ReactNode, language: Language = "en") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language={language}>{node}</I18nProvider>
    </FluentProvider>
  );
}

beforeEach(() => window.localStorage.clear());

describe("a part loaded on demand", () => {
  it.each([
    ["en", "Opening…"],
    ["ru", "Открываем…"],
  ] as const)(
    "shows a small spinner (%s) until its code arrives, then the part",
    async (lang, label) => {
      const code = deferred<React.ComponentType<{ who: string }>>();
      const Part = onDemand(() => code.promise);
      inPane(<Part who="Anna" />, lang);
      expect(screen.getByText(label)).toBeTruthy();
      expect(screen.queryByText("Hello, Anna")).toBeNull();
      await act(async () => code.resolve(Greeting));
      expect(screen.getByText("Hello, Anna")).toBeTruthy();
      expect(screen.queryByText(label)).toBeNull();
    }
  );

  it("loads its code once for every place that shows it", async () => {
    const load = jest.fn(() => Promise.resolve(Greeting));
    const Part = onDemand(load);
    inPane(
      <>
        <Part who="Anna" />
        <Part who="Boris" />
      </>
    );
    await screen.findByText("Hello, Boris");
    expect(screen.getByText("Hello, Anna")).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it.each([
    [
      "en",
      "This part of the pane could not load. Check the connection and try again.",
      "Try again",
    ],
    [
      "ru",
      "Эта часть панели не загрузилась. Проверьте подключение и попробуйте ещё раз.",
      "Попробовать ещё раз",
    ],
  ] as const)(
    "says so (%s) when its code cannot load, and tries again on request",
    async (lang, text, retry) => {
      const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
      const load = jest
        .fn<Promise<React.ComponentType<{ who: string }>>, []>()
        .mockRejectedValueOnce(new Error("ChunkLoadError: Loading chunk 12 failed."))
        .mockResolvedValue(Greeting);
      const Part = onDemand(load);
      inPane(<Part who="Anna" />, lang);
      await screen.findByText(text);
      expect(error).toHaveBeenCalled();
      fireEvent.click(screen.getByRole("button", { name: retry }));
      await screen.findByText("Hello, Anna");
      expect(load).toHaveBeenCalledTimes(2);
      error.mockRestore();
    }
  );

  it("can be fetched ahead, and a failed fetch ahead is tried again when the part shows", async () => {
    const load = jest
      .fn<Promise<React.ComponentType<{ who: string }>>, []>()
      .mockRejectedValueOnce(new Error("offline"))
      .mockResolvedValue(Greeting);
    const Part = onDemand(load);
    await expect(Part.preload()).resolves.toBeUndefined();
    inPane(<Part who="Anna" />);
    await screen.findByText("Hello, Anna");
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe("the pane's tabs behind the first one", () => {
  it("keep what the user typed when they switch tabs and come back", async () => {
    await renderApp([SALES]);
    await openTab("Matrix");
    const panel = () => screen.getByRole("tabpanel", { name: "Matrix" });
    const employee = within(panel()).getByRole("textbox", { name: /Employee or role/ });
    fireEvent.change(employee, { target: { value: "Ivan Petrov" } });
    await openTab("Cards");
    await openTab("Matrix");
    expect(
      (within(panel()).getByRole("textbox", { name: /Employee or role/ }) as HTMLInputElement).value
    ).toBe("Ivan Petrov");
  });

  it("do not load or ask the workbook anything until they are opened", async () => {
    const host = memoryHost({ cards: [SALES] });
    render(<App host={host} language="en" theme="light" />);
    await waitFor(() => expect(screen.queryByText("Loading…")).toBeNull());
    expect(callsTo(host, "lint")).toHaveLength(0);
    expect(screen.queryByRole("button", { name: "Check" })).toBeNull();
    await openTab("Check");
    expect(callsTo(host, "lint")).toHaveLength(1);
  });
});

describe("the workbook host loaded on demand", () => {
  it("loads the real host once and forwards every call with its arguments", async () => {
    const real = memoryHost({ cards: [SALES] });
    const load = jest.fn(() => Promise.resolve<WorkbookHost>(real));
    const host = new LazyHost(load);
    expect(load).not.toHaveBeenCalled();
    await expect(host.readCards()).resolves.toEqual([SALES]);
    await host.deleteCards([SALES.code]);
    await expect(host.readCards()).resolves.toEqual([]);
    expect(callsTo(real, "deleteCards")).toEqual([[[SALES.code]]]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("fails a call when the code cannot load, and loads again on the next call", async () => {
    const real = memoryHost({ cards: [SALES] });
    const load = jest
      .fn<Promise<WorkbookHost>, []>()
      .mockRejectedValueOnce(new Error("Loading chunk 7 failed."))
      .mockResolvedValue(real);
    const host = new LazyHost(load);
    await expect(host.readCards()).rejects.toThrow("Loading chunk 7 failed.");
    await expect(host.readCards()).resolves.toEqual([SALES]);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("follows changes once loaded, and not at all when unsubscribed before that", async () => {
    const real = memoryHost({ cards: [] });
    const code = deferred<WorkbookHost>();
    const host = new LazyHost(() => code.promise);
    const heard = jest.fn();
    const dropped = jest.fn();
    host.onChanged(heard);
    const stopEarly = host.onChanged(dropped);
    stopEarly();
    await act(async () => code.resolve(real));
    real.edit();
    expect(heard).toHaveBeenCalledTimes(1);
    expect(dropped).not.toHaveBeenCalled();
  });
});
