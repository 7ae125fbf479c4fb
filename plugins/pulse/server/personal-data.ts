import type { PersonalDataHooks } from '@levain/server/plugin';
import { and, asc, eq } from 'drizzle-orm';
import { pulseActionPlans, pulseCampaigns, pulseInvitations, pulseQuestions } from '../db/schema';
import { loadCampaigns } from './campaigns/store';

/**
 * What the plugin keeps about a person: that they took part in a campaign (never what they
 * answered: answers are not linked to anyone), the campaigns and plans they wrote.
 */
export const personalData: PersonalDataHooks = {
  export: async (userId, { db }) => {
    const tookPart = await db
      .selectDistinct({ title: pulseCampaigns.title, opensAt: pulseCampaigns.opensAt })
      .from(pulseInvitations)
      .innerJoin(pulseCampaigns, eq(pulseCampaigns.id, pulseInvitations.campaignId))
      .where(and(eq(pulseInvitations.userId, userId), eq(pulseInvitations.answered, true)))
      .orderBy(asc(pulseCampaigns.opensAt));
    return {
      tookPartIn: tookPart.map((c) => `took part in campaign “${c.title}”`),
      campaignsCreated: (await loadCampaigns(db, eq(pulseCampaigns.createdBy, userId))).map((c) => ({
        title: c.title,
        opensAt: c.opensAt.toISOString(),
        closesAt: c.closesAt.toISOString(),
        createdAt: c.createdAt.toISOString(),
      })),
      actionPlansOwned: (
        await db
          .select({ title: pulseActionPlans.title, dueOn: pulseActionPlans.dueOn })
          .from(pulseActionPlans)
          .where(eq(pulseActionPlans.ownerId, userId))
      ).map((p) => ({ title: p.title, dueOn: p.dueOn })),
    };
  },
  /** Campaigns and plans belong to the organisation: they stay, without the person's name. */
  erase: async (userId, { db }) => {
    await db.transaction(async (tx) => {
      await tx.delete(pulseInvitations).where(eq(pulseInvitations.userId, userId));
      await tx.update(pulseCampaigns).set({ createdBy: null }).where(eq(pulseCampaigns.createdBy, userId));
      await tx.update(pulseActionPlans).set({ ownerId: null }).where(eq(pulseActionPlans.ownerId, userId));
      await tx
        .update(pulseActionPlans)
        .set({ createdBy: null })
        .where(eq(pulseActionPlans.createdBy, userId));
      await tx.update(pulseQuestions).set({ updatedBy: null }).where(eq(pulseQuestions.updatedBy, userId));
    });
  },
};
