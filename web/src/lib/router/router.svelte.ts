/** Paths the server answers itself: links to them leave the single-page app. */
const SERVER_PATHS = /^\/(graphql|api|auth|uploads|healthz|readyz)(\/|$)/;

/** The URL of the link around `target` when following it stays in this app, else null. */
function inAppLink(target: EventTarget | null): URL | null {
  const anchor = target instanceof Element ? target.closest('a') : null;
  if (!anchor || anchor.target || anchor.hasAttribute('download')) return null;
  const url = new URL(anchor.href, location.href);
  return url.origin === location.origin && !SERVER_PATHS.test(url.pathname) ? url : null;
}

/** Client-side navigation over the History API. */
class Router {
  pathname = $state(location.pathname);
  search = $state(location.search);
  /** Bumped on every navigation so the layout can move focus to the new page. */
  visits = $state(0);

  /** `prefetch` gets the path of a link someone points at or focuses: a hint it will be followed. */
  start(prefetch: (pathname: string) => void): void {
    addEventListener('popstate', () => this.sync());
    document.addEventListener('click', (event) => this.intercept(event));
    const hint = (event: Event) => {
      const url = inAppLink(event.target);
      if (url) prefetch(url.pathname);
    };
    document.addEventListener('pointerover', hint);
    document.addEventListener('focusin', hint);
  }

  navigate(to: string, options: { replace?: boolean } = {}): void {
    const url = new URL(to, location.href);
    if (url.origin !== location.origin || SERVER_PATHS.test(url.pathname)) {
      location.assign(url);
      return;
    }
    history[options.replace ? 'replaceState' : 'pushState'](null, '', url);
    this.sync();
    if (!url.hash) scrollTo(0, 0);
  }

  /** Updates the query string without a new history entry (filters, search terms). */
  replaceQuery(params: Record<string, string | null>): void {
    const url = new URL(location.href);
    for (const [key, value] of Object.entries(params)) {
      if (value) url.searchParams.set(key, value);
      else url.searchParams.delete(key);
    }
    history.replaceState(null, '', url);
    this.search = url.search;
  }

  query(name: string): string | null {
    return new URLSearchParams(this.search).get(name);
  }

  private sync(): void {
    this.pathname = location.pathname;
    this.search = location.search;
    this.visits++;
  }

  private intercept(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const url = inAppLink(event.target);
    if (!url) return;
    // Same-page anchors (the skip link) are the browser's job.
    if (url.hash && url.pathname === location.pathname && url.search === location.search) return;
    event.preventDefault();
    this.navigate(url.pathname + url.search + url.hash);
  }
}

export const router = new Router();
