/**
 * Where to send a person back to after signing in, when `next` stays on this site: its path,
 * query and fragment as the browser would resolve them; null otherwise. Browsers read `/\evil`
 * and `/<tab>/evil` as `//evil`, another site: only parsing and comparing origins catches every form.
 */
export function sameOriginPath(next: string | null | undefined, origin: string): string | null {
  if (!next?.startsWith('/')) return null;
  const base = new URL(origin);
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return null;
  }
  return url.origin === base.origin ? url.pathname + url.search + url.hash : null;
}
