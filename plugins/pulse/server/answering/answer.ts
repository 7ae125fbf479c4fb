import { schema as core, type Db } from '@levain/db';
import { NotAllowedError, NotFoundError, ValidationError } from '@levain/server/plugin';
import { and, eq, sql } from 'drizzle-orm';
import { pulseInvitations, pulsePendingAnswers } from '../../db/schema';
import { openPeriodOf } from '../campaigns/periods';
import { type Campaign, loadCampaign } from '../campaigns/store';
import { valueRange } from '../library/questions';
import { loadOrgChart } from '../org-chart';
import { tenureBand } from '../results/segments';
import { questionsOf } from './my-pulse';

export type AnswerInput = { questionId: string; value: number };
const COMMENT_MAX = 2_000;
const fail = (field: string, key: string, params?: Record<string, string | number>) =>
  ValidationError.field(field, `pulse:${key}`, params);

/** The open pulse of a campaign and the viewer's invitation to it; typed errors otherwise. */
async function invitationOf(db: Db, userId: string, campaignId: string, now: Date) {
  const campaign = await loadCampaign(db, campaignId);
  if (!campaign) throw new NotFoundError();
  const period = await openPeriodOf(db, campaign.id, now);
  if (!period) throw fail('campaignId', 'answer.closed');
  const [invitation] = await db
    .select()
    .from(pulseInvitations)
    .where(
      and(
        eq(pulseInvitations.campaignId, campaign.id),
        eq(pulseInvitations.period, period.index),
        eq(pulseInvitations.userId, userId),
      ),
    );
  if (!invitation) throw new NotAllowedError('pulse:answer.notInvited');
  if (invitation.answered) throw fail('campaignId', 'answer.already');
  return { campaign, period, invitation };
}

function checkAnswers(campaign: Campaign, questionIds: readonly string[], answers: readonly AnswerInput[]) {
  const asked = questionsOf(campaign, questionIds);
  const byId = new Map(asked.map((q) => [q.id, q]));
  const seen = new Set<string>();
  answers.forEach((answer, i) => {
    const question = byId.get(answer.questionId);
    if (!question || seen.has(answer.questionId))
      throw fail(`answers.${i}.questionId`, 'answer.unknownQuestion');
    seen.add(answer.questionId);
    const [min, max] = valueRange(question);
    if (!Number.isInteger(answer.value) || answer.value < min || answer.value > max)
      throw fail(`answers.${i}.value`, 'answer.outOfRange', { min, max });
  });
  if (seen.size !== asked.length) throw fail('answers', 'answer.missing', { count: asked.length });
}

/**
 * Records one person's answers to a campaign's open pulse. Everything is checked before anything
 * is written; then, in one transaction, the invitation is marked answered (once: a second answer,
 * even at the same moment, finds it answered) and the answers are kept apart from the person:
 * their org-unit path and segments only, waiting to be shuffled in when the pulse closes.
 */
export async function answerPulse(
  db: Db,
  userId: string,
  campaignId: string,
  answers: readonly AnswerInput[],
  rawComment: string | null | undefined,
  now: Date,
): Promise<Campaign> {
  const { campaign, period, invitation } = await invitationOf(db, userId, campaignId, now);
  checkAnswers(campaign, period.questionIds, answers);
  const comment = rawComment?.trim() || null;
  if (comment && !campaign.askComment) throw fail('comment', 'answer.noComment');
  if (comment && comment.length > COMMENT_MAX)
    throw fail('comment', 'answer.commentTooLong', { max: COMMENT_MAX });

  const [person] = await db
    .select({
      createdAt: core.users.createdAt,
      manager: sql<boolean>`exists (select 1 from users r where r.manager_id = ${core.users.id} and r.status = 'active')`,
    })
    .from(core.users)
    .where(eq(core.users.id, userId));
  const chart = await loadOrgChart(db);
  const submission = {
    path: chart.pathOf(invitation.orgUnitId),
    tenure: tenureBand(person!.createdAt, period.opensAt),
    manager: !!person!.manager,
    answers: Object.fromEntries(answers.map((a) => [a.questionId, a.value])),
    comment,
  };
  await db.transaction(async (tx) => {
    const marked = await tx
      .update(pulseInvitations)
      .set({ answered: true })
      .where(
        and(
          eq(pulseInvitations.campaignId, campaign.id),
          eq(pulseInvitations.period, period.index),
          eq(pulseInvitations.userId, userId),
          eq(pulseInvitations.answered, false),
        ),
      )
      .returning({ userId: pulseInvitations.userId });
    if (!marked.length) throw fail('campaignId', 'answer.already');
    await tx
      .insert(pulsePendingAnswers)
      .values({ campaignId: campaign.id, period: period.index, submission });
  });
  return campaign;
}
