import type { Component } from 'svelte';

/** A page whose code is its own chunk, fetched once: when first shown, or earlier on a hint. */
export interface Lazy<P extends object> {
  /** The component once its chunk has arrived, so later visits render without a loading state. */
  readonly loaded: Component<P> | null;
  load(): Promise<Component<P>>;
}

export function lazy<P extends object>(importer: () => Promise<{ default: Component<P> }>): Lazy<P> {
  // A failed fetch stays failed: browsers keep it for the module's URL, only a reload retries.
  let pending: Promise<Component<P>> | null = null;
  const page = {
    loaded: null as Component<P> | null,
    load: () => {
      pending ??= importer().then((module) => {
        page.loaded = module.default;
        return module.default;
      });
      return pending;
    },
  };
  return page;
}
