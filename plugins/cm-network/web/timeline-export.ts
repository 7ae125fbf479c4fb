import type { Incident } from './incidents-api';
import type { incidentStrings } from './strings/incidents';
import { when } from './strings/incidents';

/** A table cell's text: pipes escaped, on one line. */
const cell = (value: string) => value.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/**
 * The incident's timeline as a Markdown document, from what the incident's query answered the
 * viewer (already checked by the permission module, and bounded by the server).
 */
export function timelineMarkdown(
  incident: Incident,
  text: (typeof incidentStrings)['fr'],
  locale: 'fr' | 'en',
): string {
  const rows = incident.timeline.map(
    (e) =>
      `| ${cell(when(locale, e.at))} | ${cell(text.events[e.kind] ?? e.kind)} | ${cell(e.actor?.name ?? '')} |`,
  );
  return [
    `# ${cell(incident.title)}`,
    '',
    `## ${text.timeline}`,
    '',
    `| ${text.exportColumns.join(' | ')} |`,
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

/** Offers the document as a file to save. */
export function download(name: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type: 'text/markdown;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  URL.revokeObjectURL(url);
}
