import { randomInt, randomUUID } from 'node:crypto';
import type { Tx } from '@levain/db';
import { insertMany } from '@levain/server/plugin';
import { and, eq } from 'drizzle-orm';
import { pulsePendingAnswers } from '../../db/schema';

/** Fisher–Yates with a cryptographic source: the new order says nothing about the old one. */
export function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * Moves the waiting answers of a pulse into the anonymous tables, in a random order: one row per
 * answer (with a random submission id) and comments apart. Rows never follow the order in which
 * people answered, so the participation record cannot be lined up with them.
 */
export async function releasePendingAnswers(tx: Tx, campaignId: string, period: number): Promise<number> {
  const pending = await tx
    .delete(pulsePendingAnswers)
    .where(and(eq(pulsePendingAnswers.campaignId, campaignId), eq(pulsePendingAnswers.period, period)))
    .returning({ submission: pulsePendingAnswers.submission });
  if (!pending.length) return 0;
  const answers = shuffle(
    pending.flatMap(({ submission }) => {
      const submissionId = randomUUID();
      return Object.entries(submission.answers).map(([questionId, value]) => ({
        campaign_id: campaignId,
        period,
        submission_id: submissionId,
        org_path: `{${submission.path.join(',')}}`,
        tenure: submission.tenure,
        manager: submission.manager,
        question_id: questionId,
        value,
      }));
    }),
  );
  await insertMany(
    tx,
    'pulse_responses',
    {
      campaign_id: 'uuid',
      period: 'smallint',
      submission_id: 'uuid',
      org_path: 'uuid[]',
      tenure: 'text',
      manager: 'boolean',
      question_id: 'text',
      value: 'smallint',
    },
    answers,
  );
  const comments = shuffle(
    pending.flatMap(({ submission }) =>
      submission.comment
        ? [
            {
              campaign_id: campaignId,
              period,
              org_path: `{${submission.path.join(',')}}`,
              body: submission.comment,
            },
          ]
        : [],
    ),
  );
  await insertMany(
    tx,
    'pulse_comments',
    { campaign_id: 'uuid', period: 'smallint', org_path: 'uuid[]', body: 'text' },
    comments,
  );
  return pending.length;
}
