import type { PersonalDataHooks } from '@levain/server/plugin';
import { desc, eq } from 'drizzle-orm';
import {
  charterAcknowledgements,
  charterCharters,
  charterDocuments,
  charterVersionAcknowledgements,
  charterVersions,
} from '../db/schema';

/** What the plugin keeps about a person: which versions they acknowledged, and when. */
export const personalData: PersonalDataHooks = {
  export: async (userId, { db }) => ({
    acknowledgements: (
      await db
        .select({
          charter: charterDocuments.title,
          version: charterVersions.number,
          acknowledgedAt: charterVersionAcknowledgements.acknowledgedAt,
        })
        .from(charterVersionAcknowledgements)
        .innerJoin(charterVersions, eq(charterVersions.id, charterVersionAcknowledgements.versionId))
        .innerJoin(charterDocuments, eq(charterDocuments.id, charterVersionAcknowledgements.charterId))
        .where(eq(charterVersionAcknowledgements.userId, userId))
        .orderBy(desc(charterVersionAcknowledgements.acknowledgedAt))
    ).map((a) => ({ ...a, acknowledgedAt: a.acknowledgedAt.toISOString() })),
  }),
  erase: async (userId, { db }) => {
    await db.transaction(async (tx) => {
      await tx
        .delete(charterVersionAcknowledgements)
        .where(eq(charterVersionAcknowledgements.userId, userId));
      await tx
        .update(charterVersions)
        .set({ publishedBy: null })
        .where(eq(charterVersions.publishedBy, userId));
      // Version 1's rows, kept since the move to articles.
      await tx.delete(charterAcknowledgements).where(eq(charterAcknowledgements.userId, userId));
      await tx
        .update(charterCharters)
        .set({ publishedBy: null })
        .where(eq(charterCharters.publishedBy, userId));
    });
  },
};
