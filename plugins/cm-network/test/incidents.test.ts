import { schema } from '@levain/db';
import type { SignedInClient, TestApp } from '@levain/server/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmIncidents } from '../db/schema';
import { cmNetworkApp, gid } from './dataset';

const ERRORS = '... on Error { __typename message ... on ValidationError { issues { field message } } }';
const INCIDENT_FIELDS = `id title severity status viewerIsLead communities { id name crisisMode }
  cell { role user { name } } playbook { id step owner { name } doneAt }
  timeline { kind actor { name } } pendingPosts { id body author { name } }
  holdingStatement postMortem { whatHappened whatWorked whatToChange }`;
const DECLARE = `mutation($title: String!, $severity: Int!, $communityIds: [ID!]!, $members: [CmCellMemberInput!]) {
  declareIncident(title: $title, severity: $severity, communityIds: $communityIds, members: $members) {
    __typename ... on MutationDeclareIncidentSuccess { data { ${INCIDENT_FIELDS} } } ${ERRORS} } }`;
const CRISIS = `mutation($incidentId: ID!, $communityId: ID!, $on: Boolean!) {
  setCrisisMode(incidentId: $incidentId, communityId: $communityId, on: $on) {
    __typename ... on MutationSetCrisisModeSuccess { data { communities { crisisMode } } } ${ERRORS} } }`;
const APPROVE = `mutation($incidentId: ID!, $postId: ID!) { approveCrisisPost(incidentId: $incidentId, postId: $postId) {
  __typename ... on MutationApproveCrisisPostSuccess { data { pendingPosts { id } timeline { kind } } } ${ERRORS} } }`;
const STEP = `mutation($incidentId: ID!, $stepId: ID!) { completePlaybookStep(incidentId: $incidentId, stepId: $stepId) {
  __typename ... on MutationCompletePlaybookStepSuccess { data { playbook { doneAt } } } ${ERRORS} } }`;
const STATEMENT = `mutation($incidentId: ID!, $body: String!) { publishHoldingStatement(incidentId: $incidentId, body: $body) {
  __typename ... on MutationPublishHoldingStatementSuccess { data { holdingStatement } } ${ERRORS} } }`;
const CLOSE = `mutation($incidentId: ID!, $postMortem: CmPostMortemInput!) { closeIncident(incidentId: $incidentId, postMortem: $postMortem) {
  __typename ... on MutationCloseIncidentSuccess { data { status communities { crisisMode } postMortem { whatToChange } } } ${ERRORS} } }`;
const INCIDENT = `query($id: ID!) { incident(id: $id) { __typename ... on QueryIncidentSuccess { data { ${INCIDENT_FIELDS} } } ${ERRORS} } }`;
const LIST = `query($first: Int, $after: String) { incidents(first: $first, after: $after) {
  edges { node { id title severity status pendingPostCount lead { name } } } pageInfo { hasNextPage endCursor } } }`;
/** The incidents of one page, as a list. */
const listed = (data: { incidents: { edges: { node: any }[] } }) => data.incidents.edges.map((e) => e.node);
const POST = `mutation($communityId: ID!, $body: String!) { createPost(input: { communityId: $communityId, body: $body }) {
  ... on MutationCreatePostSuccess { data { id status } } ${ERRORS} } }`;
const FEED = `query($slug: String!) { community(slug: $slug) { feed(first: 20) { edges { node { body } } } } }`;

let app: TestApp;
beforeAll(async () => {
  app = await cmNetworkApp();
}, 300_000);
afterAll(() => app.close());

/** A community "Usine" animated by a CM, with a plain member; a chief CM, a lawyer and an outsider. */
async function cellSetUp(slug: string) {
  const { db } = app.services;
  const chief = await app.signedIn(['chief_cm'], { name: 'Chief' });
  const cm = await app.signedIn([], { name: 'Plant CM' });
  const member = await app.signedIn([], { name: 'Member' });
  const lawyer = await app.signedIn([], { name: 'Lawyer' });
  const outsider = await app.signedIn([], { name: 'Outsider' });
  const [community] = await db
    .insert(schema.communities)
    .values({ slug, name: slug, visibility: 'public', createdById: cm.user.id })
    .returning({ id: schema.communities.id });
  await db.insert(schema.communityMemberships).values([
    { communityId: community!.id, userId: cm.user.id, role: 'animator' },
    { communityId: community!.id, userId: member.user.id },
    { communityId: community!.id, userId: chief.user.id },
  ]);
  return { chief, cm, member, lawyer, outsider, communityId: community!.id, slug };
}

async function declare(
  lead: SignedInClient,
  communityId: string,
  lawyerId: string,
  title = 'Fuite sur le plan social',
) {
  const answer = await lead.data(DECLARE, {
    title,
    severity: 2,
    communityIds: [gid('Community', communityId)],
    members: [{ userId: gid('User', lawyerId), role: 'legal' }],
  });
  expect(answer.declareIncident.__typename).toBe('MutationDeclareIncidentSuccess');
  return answer.declareIncident.data;
}

const feedBodies = async (client: SignedInClient, slug: string) =>
  (await client.data(FEED, { slug })).community.feed.edges.map(
    (e: { node: { body: string } }) => e.node.body,
  );

describe('the crisis cell', () => {
  it('holds a CM’s post in crisis mode until the lead approves it, then it appears', async () => {
    const s = await cellSetUp('Usine');
    const incident = await declare(s.chief, s.communityId, s.lawyer.user.id);
    expect(incident.cell).toEqual(
      expect.arrayContaining([
        { role: 'lead', user: { name: 'Chief' } },
        { role: 'community_manager', user: { name: 'Plant CM' } },
        { role: 'legal', user: { name: 'Lawyer' } },
      ]),
    );
    expect(incident.playbook.map((p: { step: string }) => p.step)).toContain('brief-legal');
    expect(incident.playbook.find((p: { step: string }) => p.step === 'brief-legal').owner).toEqual({
      name: 'Lawyer',
    });

    // Without crisis mode the CM posts as usual.
    expect(
      (await s.cm.data(POST, { communityId: gid('Community', s.communityId), body: 'Avant' })).createPost.data
        .status,
    ).toBe('published');

    await s.chief.data(CRISIS, { incidentId: incident.id, communityId: s.communityId, on: true });
    const held = (
      await s.cm.data(POST, {
        communityId: gid('Community', s.communityId),
        body: 'Notre réponse officielle',
      })
    ).createPost.data;
    expect(held.status).toBe('pending_approval');
    // A plain member still posts freely; the held post is in nobody's feed, nor in the animators' queue.
    expect(
      (await s.member.data(POST, { communityId: gid('Community', s.communityId), body: 'Une question' }))
        .createPost.data.status,
    ).toBe('published');
    expect(await feedBodies(s.member, s.slug)).not.toContain('Notre réponse officielle');
    const queue = await s.cm.data(
      `query($slug: String!) { community(slug: $slug) { pendingPosts(first: 5) { edges { node { id } } } } }`,
      { slug: s.slug },
    );
    expect(queue.community.pendingPosts.edges).toEqual([]);
    // …and the community's animator cannot approve it through the core's path.
    const core = await s.cm.gql(
      `mutation($id: ID!) { approvePost(id: $id) { __typename ... on Error { __typename } } }`,
      { id: held.id },
    );
    expect(core.data?.approvePost.__typename).toBe('ValidationError');

    const before = (await s.chief.data(INCIDENT, { id: incident.id })).incident.data;
    expect(before.pendingPosts).toEqual([
      { id: expect.any(String), body: 'Notre réponse officielle', author: { name: 'Plant CM' } },
    ]);
    expect(before.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'declared',
      'crisis_mode_on',
      'post_held',
    ]);

    const approved = await s.chief.data(APPROVE, {
      incidentId: incident.id,
      postId: before.pendingPosts[0].id,
    });
    expect(approved.approveCrisisPost.data.pendingPosts).toEqual([]);
    expect(approved.approveCrisisPost.data.timeline.at(-1)).toEqual({ kind: 'post_approved' });
    expect(await feedBodies(s.member, s.slug)).toContain('Notre réponse officielle');
  });

  it('never names a secret community of the scope, nor shows its held posts, to a cell member outside it', async () => {
    const s = await cellSetUp('Direction générale');
    const { db } = app.services;
    const [secret] = await db
      .insert(schema.communities)
      .values({
        slug: 'comite-restreint',
        name: 'Comité restreint',
        visibility: 'secret',
        createdById: s.cm.user.id,
      })
      .returning({ id: schema.communities.id });
    await db.insert(schema.communityMemberships).values([
      { communityId: secret!.id, userId: s.cm.user.id, role: 'animator' },
      { communityId: secret!.id, userId: s.chief.user.id },
    ]);
    const answer = await s.chief.data(DECLARE, {
      title: 'Fuite du comité',
      severity: 3,
      communityIds: [gid('Community', s.communityId), gid('Community', secret!.id)],
      members: [{ userId: gid('User', s.lawyer.user.id), role: 'legal' }],
    });
    const incident = answer.declareIncident.data;
    await s.chief.data(CRISIS, { incidentId: incident.id, communityId: secret!.id, on: true });
    await s.cm.data(POST, { communityId: gid('Community', secret!.id), body: 'Réponse au comité' });
    const SCOPE = `query($id: ID!) { incident(id: $id) { ... on QueryIncidentSuccess { data {
      communities { name } hiddenCommunityCount pendingPosts { body } } } } }`;

    const lead = (await s.chief.data(SCOPE, { id: incident.id })).incident.data;
    expect(lead.communities.map((c: { name: string }) => c.name).sort()).toEqual([
      'Comité restreint',
      'Direction générale',
    ]);
    expect(lead.pendingPosts).toEqual([{ body: 'Réponse au comité' }]);

    const seen = (await s.lawyer.data(SCOPE, { id: incident.id })).incident.data;
    expect(seen).toEqual({
      communities: [{ name: 'Direction générale' }],
      hiddenCommunityCount: 1,
      pendingPosts: [],
    });
    expect(JSON.stringify(seen)).not.toContain('Comité');
  });

  it('refuses a severity out of range, an empty scope, approving one’s own post and closing without a post-mortem, writing nothing', async () => {
    const s = await cellSetUp('Atelier');
    const count = async () => (await app.services.db.select().from(cmIncidents)).length;
    const before = await count();
    const declared = (severity: number, communityIds: string[]) =>
      s.chief.data(DECLARE, { title: 'Rumeur', severity, communityIds });
    for (const [severity, scope, field] of [
      [4, [gid('Community', s.communityId)], 'severity'],
      [0, [gid('Community', s.communityId)], 'severity'],
      [2, [], 'communityIds'],
    ] as const) {
      const answer = (await declared(severity, [...scope])).declareIncident;
      expect(answer.__typename).toBe('ValidationError');
      expect(answer.issues[0].field).toBe(field);
    }
    expect(await count()).toBe(before);

    const incident = await declare(s.chief, s.communityId, s.lawyer.user.id, 'Grève annoncée');
    await s.chief.data(CRISIS, { incidentId: incident.id, communityId: s.communityId, on: true });
    await s.cm.data(POST, { communityId: gid('Community', s.communityId), body: 'Message du CM' });
    const pending = (await s.chief.data(INCIDENT, { id: incident.id })).incident.data.pendingPosts;
    // Only the lead approves: the CM, in the cell and author of the post, may not.
    const byAuthor = (await s.cm.data(APPROVE, { incidentId: incident.id, postId: pending[0].id }))
      .approveCrisisPost;
    expect(byAuthor.__typename).toBe('NotAllowedError');

    const empty = { whatHappened: 'Une rumeur', whatWorked: '', whatToChange: 'Répondre plus tôt' };
    const refused = (await s.chief.data(CLOSE, { incidentId: incident.id, postMortem: empty })).closeIncident;
    expect(refused.__typename).toBe('ValidationError');
    expect(refused.issues[0].field).toBe('postMortem.whatWorked');
    const [row] = await app.services.db.select().from(cmIncidents).where(eq(cmIncidents.id, incident.id));
    expect(row!.status).toBe('open');
  });

  it('refuses the lead approving their own held post', async () => {
    const s = await cellSetUp('Entrepôt');
    // The CM leads this incident; the chief CM posts as an animator of the community.
    await app.services.db
      .update(schema.communityMemberships)
      .set({ role: 'animator' })
      .where(eq(schema.communityMemberships.userId, s.chief.user.id));
    const incident = await declare(s.chief, s.communityId, s.lawyer.user.id, 'Accident');
    await app.services.db
      .update(cmIncidents)
      .set({ leadId: s.cm.user.id })
      .where(eq(cmIncidents.id, incident.id));
    await s.cm.data(CRISIS, { incidentId: incident.id, communityId: s.communityId, on: true });
    await s.chief.data(POST, { communityId: gid('Community', s.communityId), body: 'Du chef' });
    // Back to the chief as lead: the held post is their own.
    await app.services.db
      .update(cmIncidents)
      .set({ leadId: s.chief.user.id })
      .where(eq(cmIncidents.id, incident.id));
    const pending = (await s.chief.data(INCIDENT, { id: incident.id })).incident.data.pendingPosts;
    const own = (await s.chief.data(APPROVE, { incidentId: incident.id, postId: pending[0].id }))
      .approveCrisisPost;
    expect(own.__typename).toBe('ValidationError');
    expect(own.issues[0].field).toBe('postId');
    expect((await s.chief.data(INCIDENT, { id: incident.id })).incident.data.pendingPosts).toHaveLength(1);
  });

  it('runs the playbook, the holding statement and closes with a post-mortem that lifts crisis mode', async () => {
    const s = await cellSetUp('Siège');
    const incident = await declare(s.chief, s.communityId, s.lawyer.user.id, 'Panne générale');
    await s.chief.data(CRISIS, { incidentId: incident.id, communityId: s.communityId, on: true });
    const step = incident.playbook.find((p: { step: string }) => p.step === 'brief-legal');
    expect(
      (await s.lawyer.data(STEP, { incidentId: incident.id, stepId: step.id })).completePlaybookStep
        .__typename,
    ).toBe('MutationCompletePlaybookStepSuccess');
    // Only the lead publishes the statement.
    expect(
      (await s.lawyer.data(STATEMENT, { incidentId: incident.id, body: 'x' })).publishHoldingStatement
        .__typename,
    ).toBe('NotAllowedError');
    const statement = 'Nous avons connaissance de la situation et reviendrons vers vous avant 17 h.';
    expect(
      (await s.chief.data(STATEMENT, { incidentId: incident.id, body: statement })).publishHoldingStatement
        .data,
    ).toEqual({
      holdingStatement: statement,
    });
    // Posted by the lead in the scope's community, not held by the crisis mode the lead approves for.
    expect(await feedBodies(s.member, s.slug)).toContain(statement);
    const long = (await s.chief.data(STATEMENT, { incidentId: incident.id, body: 'x'.repeat(2_001) }))
      .publishHoldingStatement;
    expect([long.__typename, long.issues[0].field]).toEqual(['ValidationError', 'body']);
    expect(await feedBodies(s.member, s.slug)).not.toContain('x'.repeat(2_001));
    const closed = (
      await s.chief.data(CLOSE, {
        incidentId: incident.id,
        postMortem: {
          whatHappened: 'Une panne',
          whatWorked: 'La déclaration d’attente',
          whatToChange: 'Prévenir les RH plus tôt',
        },
      })
    ).closeIncident.data;
    expect(closed).toEqual({
      status: 'closed',
      communities: [{ crisisMode: false }],
      postMortem: { whatToChange: 'Prévenir les RH plus tôt' },
    });
    // Crisis mode lifted: the CM posts freely again; the cell still reads the post-mortem.
    expect(
      (await s.cm.data(POST, { communityId: gid('Community', s.communityId), body: 'Après' })).createPost.data
        .status,
    ).toBe('published');
    expect((await s.lawyer.data(INCIDENT, { id: incident.id })).incident.data.postMortem.whatHappened).toBe(
      'Une panne',
    );
  });
});

describe('who knows of an incident', () => {
  it('is its cell and the chief CM: others see nothing, not its title, in the list, by id, in search or notifications', async () => {
    const s = await cellSetUp('Logistique');
    const cmLead = await app.signedIn(['chief_cm'], { name: 'Other chief' });
    const title = 'Licenciements secrets Zanzibar';
    const incident = await declare(s.chief, s.communityId, s.lawyer.user.id, title);
    await s.chief.data(CRISIS, { incidentId: incident.id, communityId: s.communityId, on: true });
    await s.cm.data(POST, {
      communityId: gid('Community', s.communityId),
      body: 'Zanzibar réponse en attente',
    });

    expect(listed(await s.lawyer.data(LIST)).map((i: { title: string }) => i.title)).toContain(title);
    expect(listed(await cmLead.data(LIST)).map((i: { title: string }) => i.title)).toContain(title);
    const lawyerNotes = JSON.stringify(
      await s.lawyer.data('{ notifications(first: 10) { edges { node { message link } } } }'),
    );
    expect(lawyerNotes).toContain(title);

    for (const other of [s.outsider, s.member]) {
      expect(listed(await other.data(LIST))).toEqual([]);
      const byId = (await other.data(INCIDENT, { id: incident.id })).incident;
      expect(byId.__typename).toBe('NotFoundError');
      expect(JSON.stringify(byId)).not.toContain('Zanzibar');
      const found = await other.data(
        'query($q: String!) { search(query: $q, first: 20) { totalCount edges { node { __typename } } } }',
        { q: 'Zanzibar' },
      );
      expect(found.search.totalCount).toBe(0);
      const notes = JSON.stringify(
        await other.data('{ notifications(first: 20) { edges { node { message link } } } }'),
      );
      expect(notes).not.toContain('Zanzibar');
      expect(notes).not.toContain(incident.id);
    }
    // Nor may they act on it: the same "not found".
    const act = (await s.outsider.data(STEP, { incidentId: incident.id, stepId: incident.playbook[0].id }))
      .completePlaybookStep;
    expect(act.__typename).toBe('NotFoundError');
  });

  it('pages incidents newest first, each once, in a constant number of statements', async () => {
    const s = await cellSetUp('Comptes');
    const page = async (first: number, after: string | null = null) => {
      // The declarations' notifications are delivered after they answer: let them land first.
      await app.services.events.settled();
      await s.chief.data('{ plugins { id } }');
      app.queries.length = 0;
      const answer = (await s.chief.data(LIST, { first, after })).incidents;
      return { statements: app.queries.length, answer };
    };
    await declare(s.chief, s.communityId, s.lawyer.user.id, 'Un');
    const small = await page(1);
    for (const title of ['Deux', 'Trois', 'Quatre', 'Cinq'])
      await declare(s.chief, s.communityId, s.lawyer.user.id, title);
    const large = await page(50);
    expect(large.statements).toBe(small.statements);
    expect(large.answer.edges.length).toBeGreaterThanOrEqual(5);

    const titles: string[] = [];
    let after: string | null = null;
    do {
      const { answer } = await page(2, after);
      titles.push(...answer.edges.map((e: { node: { title: string } }) => e.node.title));
      after = answer.pageInfo.hasNextPage ? answer.pageInfo.endCursor : null;
    } while (after);
    expect(titles.length).toBe(large.answer.edges.length);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.slice(0, 5)).toEqual(['Cinq', 'Quatre', 'Trois', 'Deux', 'Un']);
  });
});
