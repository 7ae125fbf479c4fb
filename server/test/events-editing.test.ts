import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { communityGid, userGid as personGid } from './support/fixtures/communities';
import { ANSWER, CREATE_EVENT, createEvent, EVENT, eventInput, WAITLIST } from './support/fixtures/events';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';

const UPDATE_EVENT = `mutation Update($id: ID!, $input: UpdateEventInput!) {
  updateEvent(id: $id, input: $input) {
    __typename
    ... on MutationUpdateEventSuccess { data { id title capacity location organisers { id } } }
    ... on ValidationError { message issues { field message } }
    ... on Error { message }
  }
}`;

let app: TestApp;
let admin: SignedInClient;
let people: SignedInClient[];

beforeAll(async () => {
  app = await createTestApp();
  admin = await app.signedIn(['admin']);
  people = [await app.signedIn(), await app.signedIn(), await app.signedIn([], { locale: 'fr' })];
});
afterAll(() => app.close());

const userGid = (client: SignedInClient) => personGid(client.user.id);
const update = async (client: SignedInClient, id: string, input: Record<string, unknown>) =>
  (await client.data(UPDATE_EVENT, { id, input })).updateEvent;

describe('organisers', () => {
  it('names co-organisers at creation, who then manage the event', async () => {
    const [a] = people;
    const event = await createEvent(admin, eventInput(48, { organiserIds: [userGid(a!)] }));
    const { event: seen } = await a!.data(EVENT, { id: event.id });
    expect(seen.viewerCanManage).toBe(true);
  });

  it('refuses organisers of a community event who are not its members, naming the field', async () => {
    const [a, b] = people;
    const community = await createCommunity(app, { members: [{ userId: a!.user.id }] });
    const input = eventInput(48, { communityId: communityGid(community.id), organiserIds: [userGid(b!)] });
    const refused = (await a!.data(CREATE_EVENT, { input })).createEvent;
    expect(refused.issues).toEqual([
      { field: 'organiserIds', message: 'Organisers are active people, members of the event’s community.' },
    ]);
  });
});

describe('editing an event', () => {
  it('changes the form’s fields, for organisers only', async () => {
    const [a, b] = people;
    const event = await createEvent(admin, eventInput(48, { organiserIds: [userGid(a!)] }));
    const changed = await update(
      a!,
      event.id,
      eventInput(48, { title: 'Séminaire reporté', location: 'Paris' }),
    );
    expect(changed.data).toMatchObject({ title: 'Séminaire reporté', location: 'Paris' });
    expect((await update(b!, event.id, eventInput(48))).__typename).toBe('NotAllowedError');
  });

  it('gives new seats to the waiting list, and never drops below the confirmed seats', async () => {
    const [a, b, french] = people;
    const event = await createEvent(admin, eventInput(72, { capacity: 1 }));
    await a!.data(ANSWER, { eventId: event.id, answer: 'going' });
    await b!.data(ANSWER, { eventId: event.id, answer: 'going' });
    expect((await admin.data(WAITLIST, { id: event.id })).event.waitlist.edges).toHaveLength(1);

    expect((await update(admin, event.id, eventInput(72, { capacity: 2 }))).data.capacity).toBe(2);
    expect((await admin.data(WAITLIST, { id: event.id })).event.waitlist.edges).toEqual([]);

    await update(admin, event.id, eventInput(72, { organiserIds: [userGid(french!), userGid(admin)] }));
    const lower = await update(french!, event.id, eventInput(72, { capacity: 1 }));
    expect(lower.issues).toEqual([
      {
        field: 'capacity',
        message: '2 places sont déjà confirmées : la capacité ne peut pas descendre en dessous.',
      },
    ]);
  });
});

const NOTIFICATIONS = '{ notifications(first: 10) { edges { node { kind message link } } } }';
const eventNotices = async (client: SignedInClient) =>
  (await client.data(NOTIFICATIONS)).notifications.edges
    .map((e: any) => e.node)
    .filter((n: any) => n.kind === 'event');

describe('event notifications', () => {
  it('tells the first waiting they got a seat, and those who answered that the event is cancelled', async () => {
    const [a, b, french] = people;
    const event = await createEvent(admin, eventInput(72, { capacity: 1, title: 'Atelier Flow' }));
    await a!.data(ANSWER, { eventId: event.id, answer: 'going' });
    await french!.data(ANSWER, { eventId: event.id, answer: 'going' });
    await a!.data(ANSWER, { eventId: event.id, answer: 'declined' });
    await expect
      .poll(() => eventNotices(french!))
      .toEqual([
        expect.objectContaining({
          message: 'Une place s’est libérée : vous êtes inscrit·e à « Atelier Flow »',
        }),
      ]);

    await b!.data(ANSWER, { eventId: event.id, answer: 'maybe' });
    await admin.data(`mutation($id: ID!) { cancelEvent(id: $id) { __typename } }`, { id: event.id });
    await expect
      .poll(async () => (await eventNotices(b!)).map((n: any) => n.message))
      .toContain('“Atelier Flow” is cancelled');
    // The person who declined is not told (the first test gave them no seat either).
    expect(await eventNotices(a!)).toEqual([]);
  });
});
