import { randomBytes } from 'node:crypto';
import type { Db } from '@levain/db';
import { NotFoundError, ValidationError, type Viewer } from '@levain/server/plugin';
import { eq } from 'drizzle-orm';
import { charterAdvocacyItems, charterAdvocacyShares, charterForbiddenWords } from '../../db/schema';
import type { Network } from './links';
import { precheckShare } from './precheck';

export type ShareDraft = { itemId: string; network: Network; text: string; locale: 'fr' | 'en' };

/** A short code for `/s/<code>` (base64url, 48 bits: not guessable in bulk, short in a post). */
const newCode = () => randomBytes(6).toString('base64url');

/**
 * Records a person's share of a kit item after the charter pre-check: an expired item is refused
 * on `itemId`, a text that breaks the charter on `text`. Returns the share with its code.
 */
export async function shareAdvocacyItem(db: Db, viewer: Viewer, draft: ShareDraft, now = new Date()) {
  const [item] = await db
    .select()
    .from(charterAdvocacyItems)
    .where(eq(charterAdvocacyItems.id, draft.itemId));
  if (!item) throw new NotFoundError();
  if (item.expiresAt && item.expiresAt <= now)
    throw ValidationError.field('itemId', 'charter:validation.itemExpired');
  const forbidden = await db.select({ word: charterForbiddenWords.word }).from(charterForbiddenWords);
  precheckShare(draft.text, {
    forbiddenWords: forbidden.map((f) => f.word),
    disclosure: item.disclosure[draft.locale] || item.disclosure.fr,
    hashtags: item.hashtags,
  });
  const [share] = await db
    .insert(charterAdvocacyShares)
    .values({ itemId: item.id, userId: viewer.id, network: draft.network, text: draft.text, code: newCode() })
    .returning();
  return { share: share!, item };
}
