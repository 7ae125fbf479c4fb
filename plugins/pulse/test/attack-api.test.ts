import { randomUUID } from 'node:crypto';
import { schema } from '@levain/db';
import { insertMany } from '@levain/server/plugin';
import type { SignedInClient, TestApp } from '@levain/server/testing';
import { and, eq, inArray } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pulseInvitations } from '../db/schema';
import { allFilters, filterKey, type GroupFilter, matches } from '../server/results/segments';
import { attackRuns, type GeneratedOrg, generatedOrg } from './attack/generators';
import { Span } from './attack/span';
import { CREATE, DAY, HOUR, pulseApp, scheduler } from './fixtures';

const tenureEnum = {
  lt1: 'LESS_THAN_ONE_YEAR',
  '1to3': 'ONE_TO_THREE_YEARS',
  gt3: 'MORE_THAN_THREE_YEARS',
} as const;
const filterArg = (f: GroupFilter) => ({
  ...(f.tenure ? { tenure: tenureEnum[f.tenure] } : {}),
  ...(f.manager != null ? { manager: f.manager } : {}),
});
const RESULT = `fragment R on PulseResult {
  responseCount hiddenReason invitedCount enps { value }
  dimensions { score responseCount }
  questions { question { id } responseCount distribution { value count } mean { value } favourable { value } }
  drivers { correlation responseCount } comments
}`;
/** Every filter of one unit in one request (aliases), so the attack stays quick. */
const resultsQuery = `query($c: ID!, $u: ID!, ${allFilters.map((_, i) => `$f${i}: PulseFilters`).join(', ')}) {
  ${allFilters.map((_, i) => `f${i}: pulseResults(campaignId: $c, orgUnitId: $u, filters: $f${i}) { ...R }`).join('\n')}
}
${RESULT}`;
const filterParams = allFilters.map((_, i) => `$f${i}: PulseFilters`).join(', ');
const heatmapQuery = `query($c: ID!, ${filterParams}) {
  ${allFilters
    .map(
      (_, i) =>
        `h${i}: pulseHeatmap(campaignId: $c, filters: $f${i}, depth: 6) { rows { orgUnit { id } responseCount cells { responseCount score } } }`,
    )
    .join('\n')}
}`;
const csvQuery = `query($c: ID!, ${filterParams}) {
  ${allFilters.map((_, i) => `c${i}: pulseResultsCsv(campaignId: $c, filters: $f${i})`).join('\n')}
}`;

const RUNS = attackRuns(3);
let app: TestApp;
let hr: SignedInClient;
const now = new Date();
const tally = { trees: 0, people: 0, requests: 0, queries: 0, groupsShown: 0 };

beforeAll(async () => {
  app = await pulseApp();
  hr = await app.signedIn(['hr']);
});
afterAll(async () => {
  console.log(
    `pulse attack (GraphQL API): ${tally.trees} org trees, ${tally.people} respondents, ${tally.queries} queries in ${tally.requests} requests (pulseResults for every unit × every filter, heatmap and CSV for every filter), ${tally.groupsShown} groups shown; no person isolated`,
  );
  await app.close();
});

/** Puts a generated organisation, its people and their answers in the database; returns the campaign. */
async function stage(org: GeneratedOrg, run: number) {
  const ids: string[] = org.units.map(() => randomUUID());
  const index = new Map(org.units.map((u, i) => [u.id, i]));
  await app.services.db.insert(schema.orgUnits).values(
    org.units.map((u, i) => ({
      id: ids[i]!,
      code: `run${run}-${u.id}`,
      name: `run${run}-${u.id}`,
      kind: u.parentId ? ('team' as const) : ('company' as const),
    })),
  );
  for (const [i, u] of org.units.entries())
    if (u.parentId)
      await app.services.db
        .update(schema.orgUnits)
        .set({ parentId: ids[index.get(u.parentId)!]! })
        .where(eq(schema.orgUnits.id, ids[i]!));
  const userIds: string[] = org.people.map(() => randomUUID());
  await insertMany(
    app.services.db as never,
    'users',
    { id: 'uuid', email: 'text', name: 'text', org_unit_id: 'uuid' },
    org.people.map((p, i) => ({
      id: userIds[i],
      email: `${userIds[i]}@attack.example`,
      name: `P${i}`,
      org_unit_id: ids[p.unitIndex],
    })),
  );
  await hr.data('mutation($i: PulseSettingsInput!) { updatePulseSettings(input: $i) { __typename } }', {
    i: { minGroupSize: org.minimum, commentMinGroupSize: Math.max(org.minimum, 10) },
  });
  const created = await hr.data(CREATE, {
    title: `Attack ${run}`,
    opensAt: new Date(now.getTime() - HOUR).toISOString(),
    closesAt: new Date(now.getTime() + DAY).toISOString(),
    questionIds: ['enps', 'workIntensity.workload', 'hyperconnection.weekend'],
    audience: { everyone: false, orgUnitIds: [ids[0]] },
  });
  const campaignId: string = created.createPulseCampaign.data.id;
  const schedule = scheduler(app);
  await schedule(now);
  const parentOf = new Map(
    org.units.map((u, i) => [ids[i]!, u.parentId ? ids[index.get(u.parentId)!]! : null]),
  );
  const pathOf = (id: string): string[] => {
    const parent = parentOf.get(id);
    return parent ? [...pathOf(parent), id] : [id];
  };
  const paths = org.people.map((p) => pathOf(ids[p.unitIndex]!));
  await app.services.db
    .update(pulseInvitations)
    .set({ answered: true })
    .where(and(eq(pulseInvitations.campaignId, campaignId), inArray(pulseInvitations.userId, userIds)));
  await insertMany(
    app.services.db as never,
    'pulse_pending_answers',
    { campaign_id: 'uuid', period: 'smallint', submission: 'jsonb' },
    org.people.map((p, i) => ({
      campaign_id: campaignId,
      period: 0,
      submission: {
        path: paths[i],
        tenure: p.tenure,
        manager: p.manager,
        answers: {
          'workIntensity.workload': p.answers[0],
          enps: p.answers[1],
          'hyperconnection.weekend': p.answers[2],
        },
        comment: p.comment ? `comment ${i}` : null,
      },
    })),
  );
  await schedule(new Date(now.getTime() + 2 * DAY + run * HOUR));
  return { campaignId, ids, paths };
}

describe('the pulse API under attack', () => {
  it(
    'answers every query HR may send without ever isolating one person’s answer',
    async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(generatedOrg, async (org) => {
          run += 1;
          const { campaignId, ids, paths } = await stage(org, run);
          const people = org.people.map((p, i) => ({
            path: paths[i]!,
            segments: { tenure: p.tenure, manager: p.manager },
            person: p,
          }));
          const membersOf = (unitId: string, filter: GroupFilter) =>
            people.flatMap((p, i) => (p.path.includes(unitId) && matches(filter, p.segments) ? [i] : []));
          const span = new Span(people.length);
          const comments = new Span(people.length);
          const shown = new Set<string>();
          const filterVars = Object.fromEntries(allFilters.map((f, i) => [`f${i}`, filterArg(f)]));

          for (const unitId of ids) {
            const data = await hr.data(resultsQuery, {
              c: campaignId,
              u: Buffer.from(`OrgUnit:${unitId}`).toString('base64'),
              ...filterVars,
            });
            tally.requests += 1;
            tally.queries += allFilters.length;
            for (const [i, filter] of allFilters.entries()) {
              const result = data[`f${i}`];
              const members = membersOf(unitId, filter);
              if (result.hiddenReason) {
                expect(result.responseCount).toBeNull();
                expect(result.enps).toBeNull();
                expect(result.dimensions.every((d: { score: unknown }) => d.score === null)).toBe(true);
                expect(
                  result.questions.every((q: { distribution: unknown }) => q.distribution === null),
                ).toBe(true);
                expect(result.drivers).toEqual([]);
                expect(result.comments).toEqual([]);
                continue;
              }
              expect(members.length).toBeGreaterThanOrEqual(org.minimum);
              expect(result.responseCount).toBe(members.length);
              const workload = result.questions.find(
                (q: { question: { id: string } }) => q.question.id === 'workIntensity.workload',
              );
              const truth = [1, 2, 3, 4, 5].map(
                (v) => members.filter((m) => people[m]!.person.answers[0] === v).length,
              );
              expect(workload.distribution.map((b: { count: number }) => b.count)).toEqual(truth);
              span.add(members);
              shown.add(`${unitId}|${filterKey(filter)}`);
              if (result.comments.length) comments.add(members);
            }
          }
          const sheet = {
            ...(await hr.data(heatmapQuery, { c: campaignId, ...filterVars })),
            ...(await hr.data(csvQuery, { c: campaignId, ...filterVars })),
          };
          tally.requests += 2;
          tally.queries += 2 * allFilters.length;
          for (const [i, filter] of allFilters.entries()) {
            for (const row of sheet[`h${i}`].rows) {
              const unitId = Buffer.from(row.orgUnit.id, 'base64').toString().split(':')[1]!;
              const revealed =
                row.responseCount !== null || row.cells.some((c: { score: unknown }) => c.score !== null);
              if (!revealed) continue;
              expect(shown.has(`${unitId}|${filterKey(filter)}`)).toBe(true);
              span.add(membersOf(unitId, filter));
            }
            const csvShown = (sheet[`c${i}`] as string)
              .split('\n')
              .filter((line) => /^run\d+-u\d+,\d+,[^,]+,\d+,\d+/.test(line));
            for (const line of csvShown) {
              const unitId = ids[org.units.findIndex((u) => line.startsWith(`run${run}-${u.id},`))];
              expect(unitId && shown.has(`${unitId}|${filterKey(filter)}`)).toBe(true);
            }
          }
          tally.trees += 1;
          tally.people += people.length;
          tally.groupsShown += shown.size;
          expect(span.isolated()).toEqual([]);
          expect(comments.isolated()).toEqual([]);
        }),
        { numRuns: RUNS },
      );
      // Each tree is a few seconds of queries, more on a busy PostgreSQL: the budget grows with the runs.
    },
    60_000 + RUNS * 30_000,
  );
});
