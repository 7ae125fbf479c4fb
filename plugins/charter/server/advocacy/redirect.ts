import type { PluginRoute } from '@levain/server/plugin';
import { eq, sql } from 'drizzle-orm';
import { charterAdvocacyItems, charterAdvocacyShares } from '../../db/schema';
import { taggedLink } from './links';

/**
 * `/s/<code>`: counts one click on the share and redirects to the item's link with its UTM tags.
 * Nothing about the visitor is kept (no address, no cookie). An unknown code falls through (404).
 */
export const shareRedirect: PluginRoute = {
  path: '/s/:code',
  async handle(req, res, { db }) {
    const code = String(req.params.code ?? '');
    const [hit] = /^[\w-]{1,32}$/.test(code)
      ? await db
          .update(charterAdvocacyShares)
          .set({ clicks: sql`${charterAdvocacyShares.clicks} + 1` })
          .from(charterAdvocacyItems)
          .where(
            sql`${charterAdvocacyShares.code} = ${code} and ${eq(charterAdvocacyItems.id, charterAdvocacyShares.itemId)}`,
          )
          .returning({ link: charterAdvocacyItems.link, network: charterAdvocacyShares.network })
      : [];
    if (!hit) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    res.set('cache-control', 'no-store').set('referrer-policy', 'no-referrer');
    res.redirect(302, taggedLink(hit.link, hit.network));
  },
};
