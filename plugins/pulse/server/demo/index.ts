import type { DemoSeed, PluginServices } from '@levain/server/plugin';
import { insertMany } from '@levain/server/plugin';
import { pulseCampaigns, pulsePeriods } from '../../db/schema';
import { periodAt } from '../campaigns/cadence';
import { rotate } from '../campaigns/rotation';
import { standardQuestions } from '../library/questions';
import { loadOrgChart } from '../org-chart';
import { closePeriod } from '../schedule/close-period';
import { insertInvitations } from '../schedule/invitations';
import { seedActionPlans } from './action-plans';
import { answer } from './answers';
import { drift } from './drift';
import { type DemoRespondent, demoRespondents } from './people';

const DAY_MS = 86_400_000;
/** People who sign in to see an open pulse: they have not answered the current one. */
const WAITING = new Set(['employe@atlas.example', 'employee@atlas.example']);

/** Monday 07:00 UTC of the week 52 weeks before `now`: a year of bi-weekly pulses ends this week. */
function yearAgoMonday(now: Date): Date {
  const start = new Date(now.getTime() - 364 * DAY_MS);
  const back = (start.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() - back, 7));
}

type Campaign = typeof pulseCampaigns.$inferSelect;

async function seedPeriod(
  services: Pick<PluginServices, 'db'>,
  seed: DemoSeed,
  campaign: Campaign,
  people: DemoRespondent[],
  index: number,
  total: number,
) {
  const period = periodAt(campaign, index)!;
  const questions = rotate(campaign.questions, campaign.pulseSize, index);
  const current = period.closesAt > seed.now;
  const answered = people.filter((p) =>
    current
      ? !WAITING.has(p.email) && seed.random.chance(p.diligence * 0.45)
      : seed.random.chance(p.diligence),
  );
  const answeredIds = new Set(answered.map((p) => p.id));
  await services.db.transaction(async (tx) => {
    await tx.insert(pulsePeriods).values({
      campaignId: campaign.id,
      index,
      opensAt: period.opensAt,
      closesAt: period.closesAt,
      questionIds: questions.map((q) => q.id),
    });
    await insertInvitations(
      tx,
      campaign.id,
      index,
      people.map((p) => ({
        userId: p.id,
        orgUnitId: p.orgUnitId,
        deliverAt: period.opensAt,
        deliveredAt: period.opensAt,
        answered: answeredIds.has(p.id),
      })),
    );
    const progress = index / Math.max(1, total - 1);
    await insertMany(
      tx,
      'pulse_pending_answers',
      { campaign_id: 'uuid', period: 'smallint', submission: 'jsonb' },
      answered.map((p) => ({
        campaign_id: campaign.id,
        period: index,
        submission: {
          path: p.path,
          tenure: p.tenure,
          manager: p.manager,
          answers: Object.fromEntries(
            questions.map((q) => [
              q.id,
              answer(seed.random, q, p.mood, drift(p.unitCodes, q.dimension, progress)),
            ]),
          ),
          comment: null,
        },
      })),
    );
    if (!current) await closePeriod(tx, campaign, index, period.closesAt);
  });
}

/**
 * The demo's climate barometer: a year of bi-weekly pulses across Groupe Atlas, closed and
 * computed as the job would have, and the current pulse open (Léa and Olivia have not answered
 * it yet). Commercial France drifts into workload risk through the year (alerts), an action plan
 * answers it; the smallest teams stay hidden. Everything is placed relative to the seed's clock.
 */
export async function seedPulseDemo(seed: DemoSeed, services: Pick<PluginServices, 'db'>): Promise<void> {
  const { db } = services;
  if ((await db.select({ id: pulseCampaigns.id }).from(pulseCampaigns).limit(1)).length) return;
  const chart = await loadOrgChart(db);
  const people = await demoRespondents(db, chart, seed.random, seed.now);
  const hr = people.find((p) => p.email === 'rh@atlas.example');
  const opensAt = yearAgoMonday(seed.now);
  const [campaign] = await db
    .insert(pulseCampaigns)
    .values({
      title: 'Baromètre social Atlas',
      questions: standardQuestions,
      opensAt,
      closesAt: new Date(opensAt.getTime() + 546 * DAY_MS),
      cadence: 'biweekly',
      reminderDays: [3, 7],
      createdBy: hr?.id ?? null,
      createdAt: new Date(opensAt.getTime() - 7 * DAY_MS),
    })
    .returning();
  const current = Math.floor((seed.now.getTime() - opensAt.getTime()) / (14 * DAY_MS));
  for (let index = 0; index <= current; index += 1)
    await seedPeriod(services, seed, campaign!, people, index, current + 1);
  await seedActionPlans(db, campaign!, chart, people, seed.now);
}
