/** The workbook's matrix sheets as React state, for the builder's and the check's pickers. */
import * as React from "react";
import type { MatrixSummary } from "../core/matrix/types";
import type { WorkbookHost } from "../workbook/host";
import { errorText } from "./useCards";

export interface MatricesState {
  matrices: MatrixSummary[];
  error: string | null;
  /** True once the first listing answered (or failed). */
  loaded: boolean;
  reload: () => Promise<void>;
}

/** Lists the matrix sheets once and again on `reload` (after a build). */
export function useMatrices(host: WorkbookHost): MatricesState {
  const [matrices, setMatrices] = React.useState<MatrixSummary[]>([]);
  const [error, setError] = React.useState<string | null>(null);
  const [loaded, setLoaded] = React.useState(false);
  const reload = React.useCallback(async () => {
    try {
      setMatrices(await host.listMatrices());
      setError(null);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setLoaded(true);
    }
  }, [host]);
  React.useEffect(() => {
    void reload();
  }, [reload]);
  return { matrices, error, loaded, reload };
}
