import type { Db } from '@levain/db';
import { audit, NotFoundError, ValidationError } from '@levain/server/plugin';
import { and, asc, eq, gt, isNull, or } from 'drizzle-orm';
import { charterAdvocacyItems, charterForbiddenWords } from '../../db/schema';

type Localised = { fr: string; en: string };

export type KitItemDraft = {
  title: Localised;
  text: Localised;
  disclosure: Localised;
  link: string;
  imageUrl: string | null;
  hashtags: string[];
  expiresAt: Date | null;
};

const HASHTAG = /^[\p{L}\p{N}_]{1,60}$/u;

/** The item's own text must pass the pre-check it imposes on shares: its disclosure and hashtags kept. */
function assertDraft(draft: KitItemDraft, now: Date) {
  if (!/^https:\/\/[^\s]+$/.test(draft.link))
    throw ValidationError.field('input.link', 'charter:validation.link');
  if (draft.imageUrl && !/^https:\/\/[^\s]+$/.test(draft.imageUrl))
    throw ValidationError.field('input.imageUrl', 'charter:validation.link');
  const bad = draft.hashtags.findIndex((tag) => !HASHTAG.test(tag));
  if (bad >= 0)
    throw ValidationError.field(`input.hashtags.${bad}`, 'charter:validation.hashtag', {
      hashtag: draft.hashtags[bad]!,
    });
  if (draft.expiresAt && draft.expiresAt <= now)
    throw ValidationError.field('input.expiresAt', 'charter:validation.expiresInPast');
}

/** A CM adds an item to the kit (audit-logged); shared from now until it expires. */
export async function createAdvocacyItem(db: Db, actorId: string, draft: KitItemDraft, now = new Date()) {
  assertDraft(draft, now);
  return db.transaction(async (tx) => {
    const [item] = await tx
      .insert(charterAdvocacyItems)
      .values({ ...draft, createdBy: actorId })
      .returning({ id: charterAdvocacyItems.id });
    await audit(tx, actorId, 'charter.kit-item-created', 'charter_advocacy_item', item!.id, {
      title: draft.title.fr,
    });
    return item!.id;
  });
}

/** A CM withdraws an item now: no longer offered nor shareable; its shares and clicks stay. */
export async function expireAdvocacyItem(db: Db, actorId: string, itemId: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const [item] = await tx
      .update(charterAdvocacyItems)
      .set({ expiresAt: now })
      .where(
        and(
          eq(charterAdvocacyItems.id, itemId),
          or(isNull(charterAdvocacyItems.expiresAt), gt(charterAdvocacyItems.expiresAt, now)),
        ),
      )
      .returning({ id: charterAdvocacyItems.id });
    if (!item) throw new NotFoundError();
    await audit(tx, actorId, 'charter.kit-item-expired', 'charter_advocacy_item', itemId, {});
  });
}

/** Normalises a forbidden word as the pre-check compares it (lower case, trimmed). */
const normalise = (word: string) => word.trim().toLocaleLowerCase('fr');

/**
 * Replaces the organisation's list of forbidden words (one word each, no spaces), in one
 * transaction, audit-logged. Returns the list, sorted.
 */
export async function setForbiddenWords(db: Db, actorId: string, words: readonly string[]) {
  const list = [...new Set(words.map(normalise).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'fr'));
  const bad = list.findIndex((word) => !/^[\p{L}\p{N}'’-]{1,60}$/u.test(word));
  if (bad >= 0)
    throw ValidationError.field('words', 'charter:validation.forbiddenWordShape', { word: list[bad]! });
  await db.transaction(async (tx) => {
    await tx.delete(charterForbiddenWords);
    if (list.length) await tx.insert(charterForbiddenWords).values(list.map((word) => ({ word })));
    await audit(tx, actorId, 'charter.forbidden-words-set', 'charter_forbidden_words', null, {
      count: list.length,
    });
  });
  return list;
}

/** The organisation's forbidden words, sorted. */
export async function forbiddenWords(db: Db) {
  const rows = await db
    .select({ word: charterForbiddenWords.word })
    .from(charterForbiddenWords)
    .orderBy(asc(charterForbiddenWords.word));
  return rows.map((r) => r.word);
}
