import { schema } from '@levain/db';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { communityGid, gid, userGid } from './support/fixtures/communities';
import { ANSWER, CANCEL, createEvent, eventInput, rawId, serveHttp } from './support/fixtures/events';
import { inbox } from './support/fixtures/notifications';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';

const INVITE = `mutation Invite($eventId: ID!, $userIds: [ID!], $communityIds: [ID!], $orgUnitIds: [ID!]) {
  inviteToEvent(eventId: $eventId, userIds: $userIds, communityIds: $communityIds, orgUnitIds: $orgUnitIds) {
    __typename
    ... on MutationInviteToEventSuccess { data { id answersCsvUrl invitations(first: 20) {
      edges { node { user { name } community { name } orgUnit { name } } } } } }
    ... on ValidationError { message issues { field message } }
    ... on Error { message }
  }
}`;

let app: TestApp;
let organiser: SignedInClient;
let http: Awaited<ReturnType<typeof serveHttp>>;
let sales: string;
let salesLyon: string;

beforeAll(async () => {
  app = await createTestApp();
  const [parent] = await app.services.db
    .insert(schema.orgUnits)
    .values({ code: 'fr-sales', name: 'Ventes France', kind: 'direction' })
    .returning();
  const [child] = await app.services.db
    .insert(schema.orgUnits)
    .values({ code: 'fr-sales-lyon', name: 'Ventes Lyon', kind: 'team', parentId: parent!.id })
    .returning();
  sales = parent!.id;
  salesLyon = child!.id;
  organiser = await app.signedIn(['admin'], { name: 'Camille Organisatrice' });
  http = await serveHttp(app);
});
afterAll(async () => {
  await http.close();
  await app.close();
});

const invite = async (client: SignedInClient, eventId: string, invitees: Record<string, string[]>) =>
  (await client.data(INVITE, { eventId, ...invitees })).inviteToEvent;
const settled = () => app.services.events.settled();
const invitations = async (client: SignedInClient) =>
  (await inbox(client)).items.filter((n) => n.kind === 'event' && n.message.includes('invited you'));

describe('inviting to an event', () => {
  it('tells a person, a community’s members and an org unit’s people (sub-units included), once each', async () => {
    const [named, member, lyon, stranger] = [
      await app.signedIn(),
      await app.signedIn(),
      await app.signedIn([], { orgUnitId: salesLyon }),
      await app.signedIn(),
    ];
    const community = await createCommunity(app, {
      name: 'Club running',
      members: [{ userId: member.user.id }],
    });
    const event = await createEvent(organiser, eventInput(72, { title: 'Lancement produit' }));
    const result = await invite(organiser, event.id, {
      userIds: [userGid(named.user.id)],
      communityIds: [communityGid(community.id)],
      orgUnitIds: [gid('OrgUnit', sales)],
    });
    expect(result.__typename).toBe('MutationInviteToEventSuccess');
    expect(result.data.invitations.edges).toHaveLength(3);
    await settled();
    for (const person of [named, member, lyon]) {
      const [notification] = await invitations(person);
      expect(notification).toMatchObject({
        message: 'Camille Organisatrice invited you to “Lancement produit”',
        link: `/events/${rawId(event.id)}`,
      });
    }
    expect(await invitations(stranger)).toEqual([]);

    // Inviting the same people again, and a community whose member is already told, adds nothing.
    const again = await invite(organiser, event.id, {
      userIds: [userGid(named.user.id), userGid(member.user.id)],
    });
    expect(again.data.invitations.edges).toHaveLength(4);
    await settled();
    expect(await invitations(member)).toHaveLength(1);
    expect((await inbox(named)).unread).toBe(1);
  });

  it('does not tell invitees who may not read a secret community’s event', async () => {
    const [member, outsider] = [
      await app.signedIn([], { orgUnitId: salesLyon }),
      await app.signedIn([], { orgUnitId: salesLyon }),
    ];
    const secret = await createCommunity(app, {
      visibility: 'secret',
      members: [{ userId: organiser.user.id }, { userId: member.user.id }],
    });
    const event = await createEvent(organiser, eventInput(72, { communityId: communityGid(secret.id) }));
    await invite(organiser, event.id, { orgUnitIds: [gid('OrgUnit', salesLyon)] });
    await settled();
    expect(await invitations(member)).toHaveLength(1);
    expect(await invitations(outsider)).toEqual([]);
  });

  it('refuses people who do not organise, too many invitees, secret communities and cancelled events', async () => {
    const [member, fr] = [await app.signedIn(), await app.signedIn([], { locale: 'fr' })];
    const community = await createCommunity(app, { members: [{ userId: member.user.id }] });
    const event = await createEvent(member, eventInput(72, { communityId: communityGid(community.id) }));
    expect((await invite(fr, event.id, { userIds: [userGid(member.user.id)] })).__typename).toBe(
      'NotAllowedError',
    );
    const many = Array.from({ length: 51 }, () => userGid(crypto.randomUUID()));
    const tooMany = await invite(member, event.id, { userIds: many });
    expect(tooMany.issues).toEqual([
      { field: 'userIds', message: 'Invite 1 to 50 people, communities or org units at a time.' },
    ]);
    const secret = await createCommunity(app, { visibility: 'secret' });
    const hidden = await invite(member, event.id, { communityIds: [communityGid(secret.id)] });
    expect(hidden.issues).toEqual([
      { field: 'communityIds', message: 'You can only invite a community you can see.' },
    ]);
    await member.data(CANCEL, { id: event.id });
    const cancelled = await invite(member, event.id, { userIds: [userGid(fr.user.id)] });
    expect(cancelled.issues).toEqual([
      { field: 'eventId', message: 'This event is cancelled: it no longer takes answers.' },
    ]);
  });
});

describe('the answers as CSV', () => {
  it('lists going, the waiting list in order, maybe and declined, for organisers only', async () => {
    const event = await createEvent(organiser, eventInput(72, { capacity: 2 }));
    const names = ['Ana Going', '=HYPERLINK("x")', 'Chloé Waiting', 'Dan Maybe', 'Eve Declined'];
    const people: SignedInClient[] = [];
    for (const name of names) people.push(await app.signedIn([], { name }));
    const answers = ['going', 'going', 'going', 'maybe', 'declined'];
    for (const [i, person] of people.entries())
      await person.data(ANSWER, { eventId: event.id, answer: answers[i], guests: 0 });

    const response = await http.get(organiser, `/events/${rawId(event.id)}/answers.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const rows = parse((await response.text()).replace(/^\uFEFF/, '')) as string[][];
    expect(rows.map((row) => row.slice(0, 4))).toEqual([
      ['name', 'answer', 'guests', 'waiting list'],
      ['Ana Going', 'Going', '0', ''],
      ['\'=HYPERLINK("x")', 'Going', '0', ''],
      ['Chloé Waiting', 'Going', '0', '1'],
      ['Dan Maybe', 'Maybe', '0', ''],
      ['Eve Declined', 'Not going', '0', ''],
    ]);
    expect((await http.get(people[0]!, `/events/${rawId(event.id)}/answers.csv`)).status).toBe(403);
  });

  it('is “not found” for an event of a secret community the person is not in', async () => {
    const [member, outsider] = [await app.signedIn(), await app.signedIn()];
    const secret = await createCommunity(app, {
      visibility: 'secret',
      members: [{ userId: member.user.id }],
    });
    const event = await createEvent(member, eventInput(72, { communityId: communityGid(secret.id) }));
    expect((await http.get(member, `/events/${rawId(event.id)}/answers.csv`)).status).toBe(200);
    expect((await http.get(outsider, `/events/${rawId(event.id)}/answers.csv`)).status).toBe(404);
  });
});
