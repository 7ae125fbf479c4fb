import { schema } from '@levain/db';
import type { PluginServices } from '@levain/server/plugin';
import type { SignedInClient, TestApp } from '@levain/server/testing';
import { animatorWork, communityDirectory, pluginNotifier } from '@levain/server/testing';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMonth } from '../server/board/month';
import { sendWorkloadNotices } from '../server/workload/notices';
import { cmNetworkApp, gid, seedDataset } from './dataset';

const WORKLOAD = `query($month: String!) {
  cmWorkload(month: $month) {
    person { name } orgUnits { name } declaredSharePercent measuredSharePercent
    moderationActions answers posts validations activities estimatedMinutes workingMinutes
    outsideWorkingHours outsideSharePercent alerts
  }
}`;
const CREATE = `mutation($orgUnitId: ID!, $share: Int) {
  createCmPosition(orgUnitId: $orgUnitId, kind: manager_part_time, timeBasis: PART_TIME, shareOfTimePercent: $share) {
    ... on MutationCreateCmPositionSuccess { data { id } }
  }
}`;
const ASSIGN = `mutation($positionId: ID!, $userId: ID) {
  assignCmPosition(positionId: $positionId, userId: $userId) { __typename }
}`;

let app: TestApp;
let chief: SignedInClient;
let marketingCm: SignedInClient;
let salesCm: SignedInClient;
let employee: SignedInClient;
let data: Awaited<ReturnType<typeof seedDataset>>;

/**
 * March 2025 has 21 working days (Monday to Friday, 09:00–18:00 in Paris): 11,340 working minutes.
 * Marketing's part-time CM (20 %): 3 posts in Marketing (one in hours, one at 21:00, one on a
 * Saturday), 2 moderation decisions (23:00 and 10:00), 1 answer to a question at 20:30 and 1
 * approval at 09:30; a post in Ventes and one in April do not count. Ventes' CM (1 %): 23 posts in hours.
 */
async function seedWork() {
  const { db } = app.services;
  const post = async (communityId: string, authorId: string, publishedAt: string) =>
    (
      await db
        .insert(schema.posts)
        .values({ communityId, authorId, body: 'x', bodyHtml: '<p>x</p>', publishedAt })
        .returning({ id: schema.posts.id })
    )[0]!.id;
  const { marketing, sales } = data.communities;
  const cm = marketingCm.user.id;
  await post(marketing, cm, '2025-03-04T10:00:00Z');
  await post(marketing, cm, '2025-03-04T20:00:00Z');
  await post(marketing, cm, '2025-03-08T10:00:00Z');
  await post(sales, cm, '2025-03-04T10:00:00Z');
  await post(marketing, cm, '2025-04-01T10:00:00Z');
  const question = await post(marketing, data.people.bob, '2025-03-07T08:00:00Z');
  await db
    .insert(schema.questions)
    .values({ postId: question, communityId: marketing, askedById: data.people.bob });
  await db.insert(schema.comments).values({
    postId: question,
    authorId: cm,
    body: 'y',
    bodyHtml: '<p>y</p>',
    createdAt: '2025-03-07T19:30:00Z',
  });
  await db.insert(schema.moderationActions).values([
    {
      actorId: cm,
      action: 'dismiss',
      communityId: marketing,
      reason: 'ok',
      createdAt: new Date('2025-03-05T22:00:00Z'),
    },
    {
      actorId: cm,
      action: 'dismiss',
      communityId: marketing,
      reason: 'ok',
      createdAt: new Date('2025-03-06T09:00:00Z'),
    },
  ]);
  await db.insert(schema.auditLog).values({
    actorId: cm,
    action: 'post.approved',
    subjectType: 'post',
    subjectId: question,
    createdAt: new Date('2025-03-10T08:30:00Z'),
  });
  for (let i = 0; i < 23; i++) await post(sales, salesCm.user.id, '2025-03-11T10:00:00Z');
}

beforeAll(async () => {
  app = await cmNetworkApp();
  data = await seedDataset(app);
  chief = await app.signedIn(['chief_cm'], { name: 'Chief' });
  marketingCm = await app.signedIn([], { name: 'Marketing CM' });
  salesCm = await app.signedIn([], { name: 'Sales CM' });
  employee = await app.signedIn();
  const open = async (orgUnitId: string, share: number, holder: SignedInClient) => {
    const created = await chief.data(CREATE, { orgUnitId: gid('OrgUnit', orgUnitId), share });
    await chief.data(ASSIGN, {
      positionId: created.createCmPosition.data.id,
      userId: gid('User', holder.user.id),
    });
  };
  await open(data.units.frMarketing, 20, marketingCm);
  await open(data.units.frSales, 1, salesCm);
  await seedWork();
}, 120_000);
afterAll(() => app.close());

const line = {
  person: { name: 'Marketing CM' },
  orgUnits: [{ name: 'Marketing France' }],
  declaredSharePercent: 20,
  // 2 × 10 + 1 × 15 + 3 × 30 + 1 × 5 = 130 minutes of 11,340.
  measuredSharePercent: 1.1,
  moderationActions: 2,
  answers: 1,
  posts: 3,
  validations: 1,
  activities: 7,
  estimatedMinutes: 130,
  workingMinutes: 11_340,
  outsideWorkingHours: 4,
  outsideSharePercent: 57.1,
  alerts: ['OUTSIDE_HOURS'],
};

describe('part-time CMs’ workload', () => {
  it('measures each part-time CM’s month against their declared share and working hours', async () => {
    const lines = (await chief.data(WORKLOAD, { month: '2025-03' })).cmWorkload;
    expect(lines).toEqual([
      line,
      {
        person: { name: 'Sales CM' },
        orgUnits: [{ name: 'Ventes France' }],
        declaredSharePercent: 1,
        // 23 × 30 = 690 minutes of 11,340.
        measuredSharePercent: 6.1,
        moderationActions: 0,
        answers: 0,
        posts: 23,
        validations: 0,
        activities: 23,
        estimatedMinutes: 690,
        workingMinutes: 11_340,
        outsideWorkingHours: 0,
        outsideSharePercent: 0,
        alerts: ['EXCEEDS_SHARE'],
      },
    ]);
  });

  it('shows a part-time CM their own line only, and refuses employees', async () => {
    expect((await marketingCm.data(WORKLOAD, { month: '2025-03' })).cmWorkload).toEqual([line]);
    const refused = await employee.gql(WORKLOAD, { month: '2025-03' });
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_ALLOWED']);
    const future = await chief.gql(WORKLOAD, { month: '2999-01' });
    expect(future.errors?.[0]?.extensions?.issues).toEqual([
      { field: 'month', message: 'This month has not started yet: choose the current month or a past one.' },
    ]);
  });

  it('sends the person a private notice and the chief CM an alert, once per month', async () => {
    const { db } = app.services;
    const services = {
      db,
      notifications: pluginNotifier(app.services, 'cm-network'),
      communities: {
        directory: (viewer?: Parameters<typeof communityDirectory>[1]) => communityDirectory(db, viewer),
      },
      activity: {
        animatorWork: (...args: Parameters<PluginServices['activity']['animatorWork']>) =>
          animatorWork(db, ...args),
      },
    } as unknown as PluginServices;
    const april = new Date('2025-04-02T10:00:00Z');
    expect(await sendWorkloadNotices(services, april, parseMonth('2025-03', april))).toBe(2);
    expect(await sendWorkloadNotices(services, april, parseMonth('2025-03', april))).toBe(0);
    const received = await db
      .select({ to: schema.notifications.recipientId, data: schema.notifications.data })
      .from(schema.notifications)
      .where(
        inArray(schema.notifications.recipientId, [
          chief.user.id,
          marketingCm.user.id,
          salesCm.user.id,
          employee.user.id,
        ]),
      );
    const messages = received.map((n) => [
      n.to,
      (n.data as { message: string; params: { name: string } }).message,
      (n.data as { params: { name: string } }).params.name,
    ]);
    expect(messages.sort()).toEqual(
      [
        [chief.user.id, 'cm-network:notification.workloadAlert', 'Marketing CM'],
        [chief.user.id, 'cm-network:notification.workloadAlert', 'Sales CM'],
        [marketingCm.user.id, 'cm-network:notification.workloadNotice', 'Marketing CM'],
        [salesCm.user.id, 'cm-network:notification.workloadNotice', 'Sales CM'],
      ].sort(),
    );
  });
});
