/** The workbook's matrix sheets as React state, for the builder's and the check's pickers. */
import * as React from "react";
import type { MatrixSummary } from "../core/matrix/types";
import type { WorkbookHost } from "../workbook/host";
import { errorText } from "./useCards";

export interface MatricesState {
  matrices: MatrixSummary[];
  error: string | null;
  reload: () => Promise<void>;
}

/** Lists the matrix sheets once and again on `reload` (after a build). */
export function useMatrices(host: WorkbookHost): MatricesState {
  const [matrices, setMatrices] = React.useState<MatrixSummary[]>([]);
  const [error, setError] = React.useState<string | null>(null);
  const reload = React.useCallback(async () => {
    try {
      setMatrices(await host.listMatrices());
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  }, [host]);
  React.useEffect(() => {
    void reload();
  }, [reload]);
  return { matrices, error, reload };
}
