import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { schema } from '@levain/db';
import { createTestApp, pluginNotifier, pluginSourceFromPackage, type TestApp } from '@levain/server/testing';
import { and, eq, inArray } from 'drizzle-orm';
import { pulseInvitations, pulsePendingAnswers } from '../db/schema';
import { loadOrgChart } from '../server/org-chart';
import { runSchedule } from '../server/schedule/tick';

const rootPackageJson = fileURLToPath(new URL('../../../package.json', import.meta.url));

export const pulseApp = () =>
  createTestApp({ plugins: [pluginSourceFromPackage('@levain/plugin-pulse', rootPackageJson)] });

import { gid } from '@levain/server/testing';

/** Global ids as the API gives them. */
export { gid };

export type UnitSpec = {
  code: string;
  name: string;
  kind: 'company' | 'country' | 'direction' | 'team';
  parent?: string;
};

/** Creates org units (parents first) and returns their ids by code. */
export async function orgUnits(app: TestApp, specs: UnitSpec[]): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const spec of specs) {
    const [unit] = await app.services.db
      .insert(schema.orgUnits)
      .values({
        code: spec.code,
        name: spec.name,
        kind: spec.kind,
        parentId: spec.parent ? ids[spec.parent]! : null,
      })
      .returning({ id: schema.orgUnits.id });
    ids[spec.code] = unit!.id;
  }
  return ids;
}

/** People with no working day configured are always reachable: tests that do not test hours. */
export async function alwaysReachable(app: TestApp, userIds: string[]) {
  await app.services.db
    .update(schema.users)
    .set({ workingHours: { days: [], start: '09:00', end: '18:00' } })
    .where(inArray(schema.users.id, userIds));
}

/** The plugin's clock, driven by the test: opens, closes, delivers and reminds as of `now`. */
export function scheduler(app: TestApp) {
  const services = { db: app.services.db, notifications: pluginNotifier(app.services, 'pulse') };
  return (now: Date) => runSchedule(services, now);
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export const CREATE = `mutation($title: String!, $opensAt: DateTime!, $closesAt: DateTime!, $questionIds: [String!], $cadence: PulseCadence, $audience: PulseAudienceInput, $pulseSize: Int, $reminderDays: [Int!]) {
  createPulseCampaign(title: $title, opensAt: $opensAt, closesAt: $closesAt, questionIds: $questionIds, cadence: $cadence, audience: $audience, pulseSize: $pulseSize, reminderDays: $reminderDays) {
    __typename
    ... on MutationCreatePulseCampaignSuccess { data { id title minGroupSize } }
    ... on Error { code message }
    ... on ValidationError { issues { field message } }
  }
}`;

export const MY_PULSE = `{ myPulse { campaignId title period closesAt askComment questions { id text scale min max choices } } }`;

export const ANSWER = `mutation($campaignId: ID!, $answers: [PulseAnswerInput!]!, $comment: String) {
  answerPulse(campaignId: $campaignId, answers: $answers, comment: $comment) {
    __typename
    ... on MutationAnswerPulseSuccess { data { id } }
    ... on Error { code message }
    ... on ValidationError { issues { field message } }
  }
}`;

/** People of a unit, inserted at once (they never sign in): returns their ids. */
export async function insertPeople(app: TestApp, orgUnitId: string, count: number): Promise<string[]> {
  const rows = await app.services.db
    .insert(schema.users)
    .values(
      Array.from({ length: count }, (_, i) => ({
        email: `${randomUUID()}@example.com`,
        name: `Person ${i}`,
        orgUnitId,
      })),
    )
    .returning({ id: schema.users.id });
  return rows.map((r) => r.id);
}

/**
 * Answers as answerPulse leaves them (invitation marked answered, anonymous submission waiting),
 * without signing everyone in: for tests about what happens once answers are in.
 */
export async function stageAnswers(
  app: TestApp,
  campaignId: string,
  period: number,
  answers: { userId: string; orgUnitId: string; values: Record<string, number>; manager?: boolean }[],
) {
  const chart = await loadOrgChart(app.services.db);
  await app.services.db
    .update(pulseInvitations)
    .set({ answered: true })
    .where(
      and(
        eq(pulseInvitations.campaignId, campaignId),
        eq(pulseInvitations.period, period),
        inArray(
          pulseInvitations.userId,
          answers.map((a) => a.userId),
        ),
      ),
    );
  await app.services.db.insert(pulsePendingAnswers).values(
    answers.map((a) => ({
      campaignId,
      period,
      submission: {
        path: chart.pathOf(a.orgUnitId),
        tenure: 'lt1',
        manager: a.manager ?? false,
        answers: a.values,
        comment: null,
      },
    })),
  );
}
