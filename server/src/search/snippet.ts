/**
 * ts_headline marks matches with these control characters rather than with HTML: the text around
 * them is escaped here, so a snippet can carry no markup but the <mark> tags put back in their place.
 */
export const MARK_START = '\u0002';
export const MARK_STOP = '\u0003';

const MARKS = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxWords=30, MinWords=12`;
/** Options of ts_headline: a short text whole, a long one as two fragments around the matches. */
export const HEADLINE_SHORT = MARKS;
export const HEADLINE_LONG = `${MARKS}, MaxFragments=2, FragmentDelimiter=" … "`;
export const LONG_TEXT = 280;

const MARKS_SPLIT = new RegExp(`([${MARK_START}${MARK_STOP}])`);

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The HTML of a snippet: escaped text with balanced <mark> around the matched words. */
export function snippetHtml(headline: string | null): string | null {
  if (headline == null) return null;
  let html = '';
  let open = false;
  for (const part of headline.split(MARKS_SPLIT)) {
    if (part === MARK_START) {
      if (!open) html += '<mark>';
      open = true;
    } else if (part === MARK_STOP) {
      if (open) html += '</mark>';
      open = false;
    } else {
      html += escapeHtml(part);
    }
  }
  return open ? `${html}</mark>` : html;
}
