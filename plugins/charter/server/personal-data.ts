import type { PersonalDataHooks } from '@levain/server/plugin';
import { desc, eq } from 'drizzle-orm';
import {
  charterAcknowledgements,
  charterAdvocacyShares,
  charterAmbassadorQuestions,
  charterAmbassadors,
  charterCharters,
  charterDocuments,
  charterVersionAcknowledgements,
  charterVersions,
} from '../db/schema';

/**
 * What the plugin keeps about a person: which versions they acknowledged, and when; whether they
 * are an ambassador, their questions to ambassadors and their advocacy shares.
 */
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
    ambassador:
      (
        await db
          .select({ status: charterAmbassadors.status, certifiedAt: charterAmbassadors.certifiedAt })
          .from(charterAmbassadors)
          .where(eq(charterAmbassadors.userId, userId))
      )[0] ?? null,
    questionsToAmbassadors: await db
      .select({
        question: charterAmbassadorQuestions.question,
        askedAt: charterAmbassadorQuestions.createdAt,
      })
      .from(charterAmbassadorQuestions)
      .where(eq(charterAmbassadorQuestions.askerId, userId)),
    advocacyShares: await db
      .select({
        network: charterAdvocacyShares.network,
        text: charterAdvocacyShares.text,
        clicks: charterAdvocacyShares.clicks,
        sharedAt: charterAdvocacyShares.createdAt,
      })
      .from(charterAdvocacyShares)
      .where(eq(charterAdvocacyShares.userId, userId)),
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
      await tx.delete(charterAmbassadors).where(eq(charterAmbassadors.userId, userId));
      await tx.delete(charterAmbassadorQuestions).where(eq(charterAmbassadorQuestions.askerId, userId));
      await tx.delete(charterAdvocacyShares).where(eq(charterAdvocacyShares.userId, userId));
      // Version 1's rows, kept since the move to articles.
      await tx.delete(charterAcknowledgements).where(eq(charterAcknowledgements.userId, userId));
      await tx
        .update(charterCharters)
        .set({ publishedBy: null })
        .where(eq(charterCharters.publishedBy, userId));
    });
  },
};
