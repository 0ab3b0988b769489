/*
 * Ribbon commands. The Home-tab button opens the task pane through the manifest's ShowTaskpane
 * action, so no ExecuteFunction handler is needed; this entry keeps the shared runtime's
 * FunctionFile page (taskpane.html) valid and is where future commands register with
 * Office.actions.associate.
 */

/** Registers ribbon command handlers once Office is ready. */
export function registerCommands(): void {
  // No ExecuteFunction commands yet: the only button is ShowTaskpane (see manifest.xml).
}

if (typeof Office !== "undefined") {
  Office.onReady(() => registerCommands());
}
