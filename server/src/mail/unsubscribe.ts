import { Router } from 'express';
import { pickLocale } from '../i18n/messages';
import { categories, type NotificationCategory, setPreference } from '../notifications/categories';
import type { Services } from '../services';
import { escapeHtml } from './html';
import { sign, verify } from './secret';
import { categoryName, mailText } from './texts';

const PURPOSE = 'unsubscribe';

/** A link that turns off one category of emails for one person, without signing in. */
export async function unsubscribeUrl(services: Services, userId: string, category: NotificationCategory) {
  const value = `${userId}.${category}`;
  const token = `${value}.${await sign(services, PURPOSE, value)}`;
  return `${services.config.publicUrl}/api/unsubscribe?token=${encodeURIComponent(token)}`;
}

async function readToken(services: Services, token: unknown) {
  if (typeof token !== 'string' || token.length > 200) return null;
  const [userId, category, signature] = token.split('.');
  if (!userId || !category || !signature || !categories.includes(category as NotificationCategory))
    return null;
  if (!(await verify(services, PURPOSE, `${userId}.${category}`, signature))) return null;
  const user = await services.db.query.users.findFirst({ where: { id: userId }, columns: { locale: true } });
  return user
    ? { userId, category: category as NotificationCategory, locale: pickLocale(user.locale) }
    : null;
}

function page(title: string, body: string, link: { href: string; label: string }, lang: string, form = '') {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem;">
<h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p>${form}
<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p></body></html>`;
}

/**
 * GET (the link in the email) asks for confirmation, so a mail scanner opening links changes
 * nothing; POST unsubscribes — the confirmation form, and mail clients' one-click unsubscribe
 * (RFC 8058), which comes without an Origin header, so this router is mounted before the
 * same-origin check.
 */
export function unsubscribeRoutes(services: Services): Router {
  const router = Router();
  const preferences = `${services.config.publicUrl}/settings/notifications`;
  router.all('/api/unsubscribe', async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'POST') return next();
    try {
      const found = await readToken(services, req.query.token);
      res.setHeader('cache-control', 'no-store');
      if (!found) {
        const locale = pickLocale(null, req.get('accept-language'));
        const text = mailText(locale, 'unsubscribe.invalid');
        res
          .status(400)
          .type('html')
          .send(page(text, '', { href: preferences, label: mailText(locale, 'manage') }, locale));
        return;
      }
      const { locale } = found;
      const category = categoryName(locale, found.category);
      if (req.method === 'GET') {
        const action = `/api/unsubscribe?token=${encodeURIComponent(String(req.query.token))}`;
        const form = `<form method="post" action="${escapeHtml(action)}"><button type="submit">${escapeHtml(mailText(locale, 'unsubscribe.confirmButton'))}</button></form>`;
        const body = mailText(locale, 'unsubscribe.confirmBody', { category });
        const link = { href: preferences, label: mailText(locale, 'manage') };
        res.type('html').send(page(mailText(locale, 'unsubscribe.confirmTitle'), body, link, locale, form));
        return;
      }
      await setPreference(services.db, found.userId, found.category, 'off');
      const body = mailText(locale, 'unsubscribed.body', { category });
      res
        .type('html')
        .send(
          page(
            mailText(locale, 'unsubscribed.title'),
            body,
            { href: preferences, label: mailText(locale, 'manage') },
            locale,
          ),
        );
    } catch (error) {
      next(error);
    }
  });
  return router;
}
