/* global Office */
/** Task pane settings stored in the workbook (Office.context.document.settings). */

/** Reads a setting; undefined when unset or outside Office. */
export function readSetting(key: string): unknown {
  const s = typeof Office !== "undefined" ? Office.context?.document?.settings : undefined;
  const v = s?.get(key);
  return v === null ? undefined : v;
}

/** Stores a setting and saves the settings with the document. */
export function writeSetting(key: string, value: unknown): Promise<void> {
  const s = typeof Office !== "undefined" ? Office.context?.document?.settings : undefined;
  if (!s) return Promise.resolve();
  s.set(key, value);
  return new Promise((resolve, reject) => {
    s.saveAsync((r) =>
      r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(r.error)
    );
  });
}
