/**
 * The workbook host, with its code loaded on demand. The Office adapter carries the whole
 * workbook layer (card table, matrix and team plans, the reads): about a quarter of the pane's
 * script. The pane's entry starts fetching it while office.js initialises, so the first script
 * stays small and the adapter is there by the time the pane asks the workbook anything.
 */
import type { WorkbookHost } from "../workbook/host";

/** The host's methods that answer with a promise: they can wait for the code to arrive. */
type AsyncKey = {
  [K in keyof WorkbookHost]: WorkbookHost[K] extends (...args: never[]) => Promise<unknown>
    ? K
    : never;
}[keyof WorkbookHost];

/** A host method added to WorkbookHost that answers at once needs its own case here. */
type SyncKey = Exclude<keyof WorkbookHost, AsyncKey>;
const syncKeysHandled: [SyncKey] extends ["onChanged"] ? true : never = true;
void syncKeysHandled;

/** Forwards every call to the host `load` resolves to (loaded once; again after a failure). */
export class LazyHost implements WorkbookHost {
  private loading?: Promise<WorkbookHost>;

  constructor(private readonly load: () => Promise<WorkbookHost>) {}

  /** The real host, loading it on the first call. */
  private host(): Promise<WorkbookHost> {
    this.loading ??= this.load().catch((e: unknown) => {
      this.loading = undefined; // the next call tries again
      throw e;
    });
    return this.loading;
  }

  private forward<K extends AsyncKey>(key: K): WorkbookHost[K] {
    const call = (...args: unknown[]) =>
      this.host().then((h) => (h[key] as (...a: unknown[]) => Promise<unknown>)(...args));
    return call as unknown as WorkbookHost[K];
  }

  environment = this.forward("environment");
  readCards = this.forward("readCards");
  saveCards = this.forward("saveCards");
  deleteCards = this.forward("deleteCards");
  buildMatrix = this.forward("buildMatrix");
  readStaff = this.forward("readStaff");
  createStaffTables = this.forward("createStaffTables");
  buildTeam = this.forward("buildTeam");
  readPeriods = this.forward("readPeriods");
  closePeriod = this.forward("closePeriod");
  buildRollup = this.forward("buildRollup");
  readMatrix = this.forward("readMatrix");
  listMatrices = this.forward("listMatrices");
  readTeam = this.forward("readTeam");
  lint = this.forward("lint");
  goTo = this.forward("goTo");
  getSetting = this.forward("getSetting");
  setSetting = this.forward("setSetting");
  readSelection = this.forward("readSelection");
  analyzeRange = this.forward("analyzeRange");
  readForecast = this.forward("readForecast");
  writeForecast = this.forward("writeForecast");
  buildDashboard = this.forward("buildDashboard");

  onChanged(listener: () => void): () => void {
    let stop: (() => void) | undefined;
    let stopped = false;
    this.host().then(
      (h) => {
        if (!stopped) stop = h.onChanged(listener);
      },
      () => undefined // without the host there are no changes to follow; the calls say why
    );
    return () => {
      stopped = true;
      stop?.();
    };
  }
}
