import type { Db } from '@levain/db';
import { and, eq, lt } from 'drizzle-orm';
import { pulseActionPlans, pulseAlerts, type pulseCampaigns } from '../../db/schema';
import type { OrgChart } from '../org-chart';
import { DRIFTING_UNIT } from './drift';
import type { DemoRespondent } from './people';

const DAY_MS = 86_400_000;
const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * "You said, we did": HR and the head of Commercial France answer its workload alerts with a plan
 * under way; the United Kingdom's hybrid-work plan is done. Alerts older than two months are
 * marked handled, the recent ones wait for HR.
 */
export async function seedActionPlans(
  db: Db,
  campaign: typeof pulseCampaigns.$inferSelect,
  chart: OrgChart,
  people: DemoRespondent[],
  now: Date,
): Promise<void> {
  const unitId = (code: string) => chart.units.find((u) => u.code === code)?.id;
  const hr = people.find((p) => p.email === 'rh@atlas.example')?.id ?? null;
  const sales = unitId(DRIFTING_UNIT);
  const uk = unitId('uk');
  const head = people.find((p) => p.orgUnitId === sales && p.manager)?.id ?? hr;
  const plans: (typeof pulseActionPlans.$inferInsert)[] = [];
  if (sales)
    plans.push({
      campaignId: campaign.id,
      orgUnitId: sales,
      dimension: 'workIntensity',
      title: 'Alléger les fins de trimestre de l’équipe commerciale',
      finding: 'La charge de travail et les sollicitations après 19 h augmentent depuis le printemps.',
      ownerId: head,
      createdBy: hr,
      steps: [
        { text: 'Lisser les objectifs trimestriels sur les trois mois', done: true },
        { text: 'Pas de réunion après 17 h 30 ni de message le week-end', done: true },
        { text: 'Un renfort administratif pour les relances clients', done: false },
      ],
      status: 'in_progress',
      dueOn: day(new Date(now.getTime() + 30 * DAY_MS)),
      createdAt: new Date(now.getTime() - 45 * DAY_MS),
      updatedAt: new Date(now.getTime() - 10 * DAY_MS),
    });
  if (uk)
    plans.push({
      campaignId: campaign.id,
      orgUnitId: uk,
      dimension: 'qualityOfWorkLife',
      title: 'Hybrid work: two days from home a week',
      finding: 'Commuting time weighs on work–life balance.',
      ownerId: hr,
      createdBy: hr,
      steps: [
        { text: 'Agree the team days with each manager', done: true },
        { text: 'Equipment allowance for home offices', done: true },
      ],
      status: 'done',
      dueOn: day(new Date(now.getTime() - 120 * DAY_MS)),
      createdAt: new Date(now.getTime() - 200 * DAY_MS),
      updatedAt: new Date(now.getTime() - 120 * DAY_MS),
    });
  if (plans.length) await db.insert(pulseActionPlans).values(plans);
  await db
    .update(pulseAlerts)
    .set({ acknowledgedAt: now, acknowledgedBy: hr })
    .where(
      and(
        eq(pulseAlerts.campaignId, campaign.id),
        lt(pulseAlerts.createdAt, new Date(now.getTime() - 60 * DAY_MS)),
      ),
    );
}
