import type { Locale } from '../i18n/messages';
import { escapeHtml } from './html';
import { type MailTextKey, mailText } from './texts';

export type EmailItem = { message: string; url: string; communityName: string | null };
export type UnsubscribeLink = { label: string; url: string };
export type RenderedEmail = { subject: string; text: string; html: string };
export type SummaryKind = 'bundle' | 'daily' | 'weekly';

type Frame = { locale: Locale; name: string; unsubscribe: UnsubscribeLink[]; preferencesUrl: string };

function footer(frame: Frame) {
  const { locale } = frame;
  const links = [...frame.unsubscribe, { label: mailText(locale, 'manage'), url: frame.preferencesUrl }];
  return {
    text: `\n--\n${mailText(locale, 'footer')}\n\n${links.map((l) => `${l.label}\n${l.url}`).join('\n\n')}\n`,
    html: `<hr style="border:none;border-top:1px solid #ddd;margin:2rem 0 1rem">
<p style="color:#666;font-size:13px">${escapeHtml(mailText(locale, 'footer'))}<br>
${links.map((l) => `<a href="${escapeHtml(l.url)}" style="color:#666">${escapeHtml(l.label)}</a>`).join(' · ')}</p>`,
  };
}

function wrap(frame: Frame, body: { text: string; html: string }): { text: string; html: string } {
  const end = footer(frame);
  const greeting = mailText(frame.locale, 'greeting', { name: frame.name });
  return {
    text: `${greeting}\n\n${body.text}${end.text}`,
    html: `<!doctype html><html lang="${frame.locale}"><head><meta charset="utf-8"></head>
<body style="font-family:system-ui,-apple-system,sans-serif;color:#1d1d1f;max-width:36rem;margin:0 auto;padding:1.5rem">
<p>${escapeHtml(greeting)}</p>${body.html}${end.html}</body></html>`,
  };
}

/** One notification, sent as it happens (or at the start of the working day when it was held). */
export function renderSingle(frame: Frame, item: EmailItem): RenderedEmail {
  const open = mailText(frame.locale, 'open');
  return {
    subject: item.message,
    ...wrap(frame, {
      text: `${item.message}\n\n${open}: ${item.url}\n`,
      html: `<p style="font-size:16px">${escapeHtml(item.message)}</p>
<p><a href="${escapeHtml(item.url)}" style="display:inline-block;padding:.5rem 1rem;background:#8a4b2a;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(open)}</a></p>`,
    }),
  };
}

/** Several notifications in one email, every one of them, grouped by community. */
export function renderSummary(frame: Frame, kind: SummaryKind, items: EmailItem[]): RenderedEmail {
  const { locale } = frame;
  const elsewhere = mailText(locale, 'elsewhere');
  const groups = new Map<string, EmailItem[]>();
  for (const item of items) {
    const key = item.communityName ?? '';
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  // Items outside any community come last.
  const ordered = [...groups].sort(([a], [b]) => Number(a === '') - Number(b === ''));
  const intro = mailText(locale, `intro.${kind}` as MailTextKey);
  const text = ordered
    .map(
      ([name, list]) => `${name || elsewhere}\n${list.map((i) => `- ${i.message}\n  ${i.url}`).join('\n')}`,
    )
    .join('\n\n');
  const html = ordered
    .map(
      ([
        name,
        list,
      ]) => `<h2 style="font-size:16px;margin:1.5rem 0 .5rem">${escapeHtml(name || elsewhere)}</h2>
<ul style="padding-left:1.2rem">${list
        .map(
          (i) =>
            `<li style="margin:.4rem 0"><a href="${escapeHtml(i.url)}">${escapeHtml(i.message)}</a></li>`,
        )
        .join('')}</ul>`,
    )
    .join('\n');
  return {
    subject: mailText(locale, `subject.${kind}` as MailTextKey, { count: items.length }),
    ...wrap(frame, { text: `${intro}\n\n${text}\n`, html: `<p>${escapeHtml(intro)}</p>${html}` }),
  };
}
