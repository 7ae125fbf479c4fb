/**
 * The page a "?next=" asks to return to, when it stays on this site: its path, query and fragment;
 * null otherwise. Browsers read `/\evil` and `/<tab>/evil` as `//evil`, another site, so the check
 * parses the way the browser will and compares origins rather than looking at the first characters.
 */
export function sameOriginPath(next: string | null, origin: string): string | null {
  if (!next?.startsWith('/')) return null;
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return null;
  }
  return url.origin === origin ? url.pathname + url.search + url.hash : null;
}
