/**
 * Parts of the pane the first screen does not show (the Matrix, Check and Share tabs, the card
 * dialogs) load on demand, in chunks of their own, so the pane's first download stays small.
 * While a part's chunk arrives the pane shows a small spinner in its place; when it cannot load
 * (the add-in's server is unreachable) the pane says so and offers to try again.
 */
import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
} from "@fluentui/react-components";
import { useI18n } from "./i18n";

/** A component whose code loads on first render (or earlier, through `preload`). */
export type OnDemand<P> = React.FC<P> & {
  /** Starts loading the code now (for after the first screen is up); never rejects. */
  preload(): Promise<void>;
};

export interface OnDemandOptions {
  /** Wraps the spinner shown while the code loads (e.g. to float it over the pane). */
  pending?: (spinner: React.ReactElement) => React.ReactElement;
}

/** `load` is a dynamic import that resolves to the component. */
export function onDemand<P extends object>(
  load: () => Promise<React.ComponentType<P>>,
  options: OnDemandOptions = {}
): OnDemand<P> {
  let loaded: React.ComponentType<P> | undefined;
  let loading: Promise<React.ComponentType<P>> | undefined;
  const fetch = () =>
    (loading ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        loading = undefined; // a later attempt tries again
        throw e;
      }
    ));

  function Part(props: P) {
    const { t } = useI18n();
    const [component, setComponent] = React.useState<{ c?: React.ComponentType<P> }>({
      c: loaded,
    });
    const [failed, setFailed] = React.useState(false);
    React.useEffect(() => {
      if (component.c || failed) return undefined;
      let live = true;
      fetch().then(
        (c) => live && setComponent({ c }),
        (e: unknown) => {
          console.error(e);
          if (live) setFailed(true);
        }
      );
      return () => {
        live = false;
      };
    }, [component, failed]);

    const Loaded = component.c;
    if (Loaded) return <Loaded {...props} />;
    if (failed) {
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.partUnavailable}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setFailed(false)}>
              {t.tryAgain}
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    }
    const spinner = <Spinner size="small" label={t.partLoading} />;
    return options.pending ? options.pending(spinner) : spinner;
  }

  return Object.assign(Part, {
    preload: () =>
      fetch().then(
        () => undefined,
        () => undefined // the part says so when the user opens it
      ),
  });
}
