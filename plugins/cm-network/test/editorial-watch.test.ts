import { schema } from '@levain/db';
import { fewestStatements, type SignedInClient, type TestApp } from '@levain/server/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmAlerts, cmAssignments, cmEditorialItems, cmPositions, cmWatchLists } from '../db/schema';
import { cmNetworkApp, gid } from './dataset';

const ERRORS = '... on Error { __typename message ... on ValidationError { issues { field message } } }';
const ITEM = 'id title status body returnComment postId viewerMayValidate owner { name } communityName';
const PLAN = `mutation($title: String!, $communityId: ID!, $targetAt: DateTime!) {
  planEditorialItem(title: $title, communityId: $communityId, targetAt: $targetAt) {
    __typename ... on MutationPlanEditorialItemSuccess { data { ${ITEM} } } ${ERRORS} } }`;
const SUBMIT = `mutation($id: ID!, $body: String!) { submitEditorialItem(id: $id, body: $body) {
  __typename ... on MutationSubmitEditorialItemSuccess { data { ${ITEM} } } ${ERRORS} } }`;
const RETURN = `mutation($id: ID!, $comment: String!) { returnEditorialItem(id: $id, comment: $comment) {
  __typename ... on MutationReturnEditorialItemSuccess { data { ${ITEM} } } ${ERRORS} } }`;
const APPROVE = `mutation($id: ID!) { approveEditorialItem(id: $id) {
  __typename ... on MutationApproveEditorialItemSuccess { data { ${ITEM} } } ${ERRORS} } }`;
const CALENDAR = `query($from: DateTime!, $to: DateTime!, $scope: CmEditorialScope) { editorialCalendar(from: $from, to: $to, scope: $scope) {
  __typename ... on QueryEditorialCalendarSuccess { data { ${ITEM} } } ${ERRORS} } }`;
const WATCH = `mutation($name: String!, $terms: [String!]!, $communityId: ID) { createWatchList(name: $name, terms: $terms, communityId: $communityId) {
  __typename ... on MutationCreateWatchListSuccess { data { name terms communityName } } ${ERRORS} } }`;
const ALERTS = `query($status: CmAlertStatus, $first: Int, $after: String) { cmAlerts(status: $status, first: $first, after: $after) {
  edges { node { id term excerpt communityName watchListName status } } pageInfo { hasNextPage endCursor } } }`;
/** The alerts of one page, as a list. */
const alertsOf = (data: { cmAlerts: { edges: { node: any }[] } }) => data.cmAlerts.edges.map((e) => e.node);
const ACK = `mutation($id: ID!) { acknowledgeCmAlert(id: $id) { __typename ... on MutationAcknowledgeCmAlertSuccess { data { status } } ${ERRORS} } }`;
const POST = `mutation($communityId: ID!, $body: String!) { createPost(input: { communityId: $communityId, body: $body }) {
  ... on MutationCreatePostSuccess { data { id status } } ${ERRORS} } }`;

let app: TestApp;
beforeAll(async () => {
  app = await cmNetworkApp();
}, 300_000);
afterAll(() => app.close());

/** A community animated by a validator; a CM holding a position in the network; an outsider. */
async function setUp(slug: string, visibility: 'public' | 'secret' = 'public') {
  const { db } = app.services;
  const cm = await app.signedIn([], { name: 'Country CM' });
  const validator = await app.signedIn([], { name: 'Validator' });
  const outsider = await app.signedIn([], { name: 'Outsider' });
  const [unit] = await db
    .insert(schema.orgUnits)
    .values({ code: `u-${slug}`, name: slug, kind: 'country' })
    .returning({ id: schema.orgUnits.id });
  const [position] = await db
    .insert(cmPositions)
    .values({ orgUnitId: unit!.id, kind: 'country', timeBasis: 'full_time', shareOfTimePercent: 100 })
    .returning({ id: cmPositions.id });
  await db.insert(cmAssignments).values({ positionId: position!.id, userId: cm.user.id });
  const [community] = await db
    .insert(schema.communities)
    .values({ slug, name: `Community ${slug}`, visibility, createdById: validator.user.id })
    .returning({ id: schema.communities.id });
  await db.insert(schema.communityMemberships).values([
    { communityId: community!.id, userId: validator.user.id, role: 'animator' },
    { communityId: community!.id, userId: cm.user.id },
  ]);
  return { cm, validator, outsider, communityId: community!.id };
}

const plan = async (client: SignedInClient, communityId: string, title: string, targetAt: string) =>
  (await client.data(PLAN, { title, communityId: gid('Community', communityId), targetAt }))
    .planEditorialItem;

describe('the editorial calendar', () => {
  it('takes an item through submit, return, approve and publication as its owner’s post', async () => {
    const { cm, validator, communityId } = await setUp('editorial-flow');
    const planned = await plan(cm, communityId, 'Portes ouvertes', '2020-01-15T09:00:00Z');
    expect(planned.data).toMatchObject({ status: 'planned', viewerMayValidate: false });
    const id = planned.data.id;

    // The owner cannot approve their own item; an outsider does not find it.
    expect((await cm.data(APPROVE, { id })).approveEditorialItem.__typename).toBe('NotAllowedError');
    const submitted = await cm.data(SUBMIT, { id, body: 'Venez visiter le site samedi.' });
    expect(submitted.submitEditorialItem.data.status).toBe('submitted');

    const returned = await validator.data(RETURN, { id, comment: 'Précisez l’horaire.' });
    expect(returned.returnEditorialItem.data).toMatchObject({
      status: 'returned',
      returnComment: 'Précisez l’horaire.',
    });
    await cm.data(SUBMIT, { id, body: 'Venez visiter le site samedi à 10 h.' });
    const approved = await validator.data(APPROVE, { id });
    // Its date has passed: the post is written now, as the owner's, and the item is published.
    expect(approved.approveEditorialItem.data.status).toBe('published');
    const post = await app.services.db.query.posts.findFirst({
      where: { id: approved.approveEditorialItem.data.postId },
    });
    expect(post).toMatchObject({
      authorId: cm.user.id,
      status: 'published',
      body: 'Venez visiter le site samedi à 10 h.',
    });

    // A second approval finds nothing left to approve.
    const again = await validator.data(APPROVE, { id });
    expect(again.approveEditorialItem.issues[0].field).toBe('id');
  });

  it('schedules an approved item’s post at its date when the date is ahead', async () => {
    const { cm, validator, communityId } = await setUp('editorial-scheduled');
    const { data } = await plan(cm, communityId, 'Demain', '2999-01-01T09:00:00Z');
    await cm.data(SUBMIT, { id: data.id, body: 'Un texte prévu.' });
    const approved = (await validator.data(APPROVE, { id: data.id })).approveEditorialItem.data;
    expect(approved.status).toBe('approved');
    const post = await app.services.db.query.posts.findFirst({ where: { id: approved.postId } });
    expect(post?.status).toBe('scheduled');
  });

  it('refuses bad input naming the field, writing nothing', async () => {
    const { cm, communityId, outsider } = await setUp('editorial-errors');
    const before = await app.services.db.$count(cmEditorialItems);
    const empty = await plan(cm, communityId, '  ', '2026-03-01T09:00:00Z');
    expect(empty.issues[0].field).toBe('title');
    const unknown = await plan(cm, '00000000-0000-4000-8000-000000000000', 'x', '2026-03-01T09:00:00Z');
    expect(unknown.issues[0].field).toBe('communityId');
    expect((await plan(outsider, communityId, 'x', '2026-03-01T09:00:00Z')).__typename).toBe(
      'NotAllowedError',
    );
    expect(await app.services.db.$count(cmEditorialItems)).toBe(before);
    const range = await cm.data(CALENDAR, { from: '2026-03-01T00:00:00Z', to: '2026-02-01T00:00:00Z' });
    expect(range.editorialCalendar.issues[0].field).toBe('to');
  });

  it('lists a month in a constant number of statements', async () => {
    const { cm, communityId } = await setUp('editorial-count');
    const month = { from: '2030-03-01T00:00:00Z', to: '2030-04-01T00:00:00Z' };
    const cost = () => fewestStatements(costOnce);
    const costOnce = async () => {
      await app.services.events.settled();
      // Plugins' enabled flags are read at most every 3 s: read them now, so arranging time never counts.
      await cm.data('{ plugins { id } }');
      app.queries.length = 0;
      const answer = await cm.data(CALENDAR, {
        ...month,
        scope: { communityId: gid('Community', communityId) },
      });
      return { statements: app.queries.length, items: answer.editorialCalendar.data.length };
    };
    await plan(cm, communityId, 'one', '2030-03-02T09:00:00Z');
    await plan(cm, communityId, 'two', '2030-03-03T09:00:00Z');
    const small = await cost();
    for (let day = 4; day < 29; day++)
      await plan(cm, communityId, `item ${day}`, `2030-03-${String(day).padStart(2, '0')}T09:00:00Z`);
    const large = await cost();
    expect([small.items, large.items]).toEqual([2, 27]);
    expect(large.statements).toBe(small.statements);
  });
});

describe('watch lists and alerts', () => {
  it('alerts the CM when a watched word appears in a new post, accents and case ignored', async () => {
    const { cm, validator, communityId } = await setUp('watch-flow');
    const list = await cm.data(WATCH, {
      name: 'Climat social',
      terms: ['grève', '#PlanSocial'],
      communityId: null,
    });
    expect(list.createWatchList.data).toMatchObject({ terms: ['grève', 'PlanSocial'], communityName: null });
    await validator.data(POST, {
      communityId: gid('Community', communityId),
      body: 'On parle de GREVE à l’atelier.',
    });
    await app.services.events.settled();
    const alerts = alertsOf(await cm.data(ALERTS, { status: 'open' }));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ term: 'grève', communityName: 'Community watch-flow' });
    expect(alerts[0].excerpt).toContain('GREVE');
    const ack = await cm.data(ACK, { id: alerts[0].id });
    expect(ack.acknowledgeCmAlert.data.status).toBe('acknowledged');
    expect(alertsOf(await cm.data(ALERTS, { status: 'open' }))).toHaveLength(0);
    // Someone else's alert is not found.
    expect((await validator.data(ACK, { id: alerts[0].id })).acknowledgeCmAlert.__typename).toBe(
      'NotFoundError',
    );
  });

  it('never alerts on, nor reveals, content of a community the CM may not read', async () => {
    const { validator, communityId } = await setUp('watch-secret', 'secret');
    const other = await setUp('watch-other');
    await other.cm.data(WATCH, { name: 'Veille', terms: ['licenciement'], communityId: null });
    await validator.data(POST, {
      communityId: gid('Community', communityId),
      body: 'Rumeur de licenciement ici.',
    });
    await app.services.events.settled();
    expect(alertsOf(await other.cm.data(ALERTS, {}))).toEqual([]);
    const notifications = await app.services.db.query.notifications.findMany({
      where: { recipientId: other.cm.user.id },
    });
    expect(JSON.stringify(notifications)).not.toContain('licenciement');
    expect(notifications).toHaveLength(0);
  });

  it('hides an alert once its post can no longer be read', async () => {
    const { cm, validator, communityId } = await setUp('watch-hidden');
    await cm.data(WATCH, { name: 'Veille', terms: ['rumeur'], communityId: gid('Community', communityId) });
    const post = await validator.data(POST, {
      communityId: gid('Community', communityId),
      body: 'Une rumeur circule.',
    });
    await app.services.events.settled();
    expect(alertsOf(await cm.data(ALERTS, {}))).toHaveLength(1);
    // The community turns secret and the CM leaves it: the alert is no longer shown.
    await app.services.db
      .update(schema.communities)
      .set({ visibility: 'secret' })
      .where(eq(schema.communities.id, communityId));
    await app.services.db
      .delete(schema.communityMemberships)
      .where(
        and(
          eq(schema.communityMemberships.communityId, communityId),
          eq(schema.communityMemberships.userId, cm.user.id),
        ),
      );
    expect(alertsOf(await cm.data(ALERTS, {}))).toEqual([]);
    expect(post.createPost.data.status).toBe('published');
  });

  it('pages the alerts newest first, each once, in a constant number of statements, and refuses a forged cursor', async () => {
    const { cm, validator, communityId } = await setUp('watch-pages');
    await cm.data(WATCH, { name: 'Pages', terms: ['inventaire'], communityId: null });
    await validator.data(POST, { communityId: gid('Community', communityId), body: 'Inventaire demain.' });
    await app.services.events.settled();
    const [first] = await app.services.db.select().from(cmAlerts).where(eq(cmAlerts.recipientId, cm.user.id));
    const cost = async (size: number) => {
      await cm.data('{ plugins { id } }');
      app.queries.length = 0;
      const page = (await cm.data(ALERTS, { first: size })).cmAlerts;
      return { statements: app.queries.length, shown: page.edges.length };
    };
    const small = await cost(5);
    // 29 more, a minute apart, so the order is known.
    await app.services.db.insert(cmAlerts).values(
      Array.from({ length: 29 }, (_, i) => ({
        recipientId: cm.user.id,
        watchListId: first!.watchListId,
        term: 'inventaire',
        postId: first!.postId,
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
      })),
    );
    const large = await cost(50);
    expect([small.shown, large.shown]).toEqual([1, 30]);
    expect(large.statements).toBe(small.statements);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await cm.data(ALERTS, { first: 7, after })).cmAlerts;
      seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(seen).size).toBe(30);
    expect(seen[0]).toBe(first!.id);

    const forged = await cm.gql(ALERTS, { after: Buffer.from('["hier","x"]').toString('base64url') });
    expect(JSON.stringify(forged.errors ?? forged.data)).toMatch(/after|curseur|cursor/i);
  });

  it('refuses an empty list, naming the field, writing nothing', async () => {
    const { cm } = await setUp('watch-errors');
    const before = await app.services.db.$count(cmWatchLists);
    const answer = await cm.data(WATCH, { name: 'Vide', terms: [' ', '#'], communityId: null });
    expect(answer.createWatchList.issues[0].field).toBe('terms');
    expect(await app.services.db.$count(cmWatchLists)).toBe(before);
  });
});
