import { schema } from '@levain/db';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';
import { expectConstantStatements, LARGE, type ListCase, once } from './support/statement-counts';

/** The web client's agenda line (web/src/pages/events/documents.ts), with a page size. */
const AGENDA = `query($from: DateTime!, $to: DateTime!, $first: Int) {
  events(from: $from, to: $to, first: $first) {
    edges { node {
      id title startsAt endsAt timeZone allDay location onlineUrl cancelledAt capacity seatsTaken viewerAnswer
      community { id slug name }
      occurrences(from: $from, to: $to) { startsAt endsAt }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const ATTENDEES = `query($id: ID!, $first: Int) {
  event(id: $id) { id attendees(first: $first) { edges { node { answer guests user { id name avatarUrl } } } } }
}`;

/** The event page's live thread (web/src/pages/events/documents.ts), with a page size. */
const LIVE_THREAD = `query($id: ID!, $first: Int) {
  event(id: $id) { id liveThread(first: $first) { edges { node { id body publishedAt author { id name } } } } }
}`;

const DAY = 86_400_000;
let app: TestApp;
let reader: SignedInClient;

beforeAll(async () => {
  app = await createTestApp();
  reader = await app.signedIn();
});
afterAll(() => app.close());

/** A month of events, company and community ones, more than a large page; the reader answered each. */
const agenda = once(async () => {
  const { db } = app.services;
  const people = [];
  for (let i = 0; i <= LARGE; i += 1) people.push(await app.createUser());
  let attended = '';
  for (let i = 0; i <= LARGE; i += 1) {
    const community = i % 2 ? await createCommunity(app, { members: [{ userId: reader.user.id }] }) : null;
    const startsAt = new Date(Date.now() + (i + 1) * DAY);
    const endsAt = new Date(startsAt.getTime() + 3_600_000);
    const [event] = await db
      .insert(schema.events)
      .values({
        communityId: community?.id ?? null,
        title: `Event ${i}`,
        startsAt,
        endsAt,
        lastEndsAt: endsAt,
        timeZone: 'Europe/Paris',
        location: 'Lyon',
        checkInCode: 'ABCDEF',
        capacity: 100,
        ...(i % 3 === 0 && {
          recurrence: 'FREQ=WEEKLY;INTERVAL=1;COUNT=3',
          lastEndsAt: new Date(endsAt.getTime() + 14 * DAY),
        }),
      })
      .returning();
    await db.insert(schema.eventOrganisers).values({ eventId: event!.id, userId: people[0]!.id });
    await db
      .insert(schema.eventAnswers)
      .values({ eventId: event!.id, userId: reader.user.id, answer: 'going' });
    attended = event!.id;
  }
  await db
    .insert(schema.eventAnswers)
    .values(people.map((person) => ({ eventId: attended, userId: person.id, answer: 'going' as const })));
  await db.insert(schema.posts).values(
    people.map((person, i) => ({
      authorId: person.id,
      profileUserId: person.id,
      eventId: attended,
      body: `Live ${i}`,
      bodyHtml: `<p>Live ${i}</p>`,
    })),
  );
  return { attended };
});

const cases: ListCase[] = [
  {
    name: 'event agenda (the next 30 days)',
    statements: 3,
    request: async (first) => {
      await agenda();
      return {
        client: reader,
        query: AGENDA,
        variables: {
          from: new Date().toISOString(),
          to: new Date(Date.now() + 30 * DAY).toISOString(),
          first,
        },
      };
    },
    items: (data) => data.events.edges,
    complete: (edge) => edge.node.occurrences.length >= 1 && edge.node.viewerAnswer === 'going',
  },
  {
    name: 'event attendees',
    statements: 3,
    request: async (first) => ({
      client: reader,
      query: ATTENDEES,
      variables: { id: Buffer.from(`Event:${(await agenda()).attended}`).toString('base64'), first },
    }),
    items: (data) => data.event.attendees.edges,
    complete: (edge) => !!edge.node.user.name,
  },
  {
    name: 'event live thread',
    statements: 3,
    request: async (first) => ({
      client: reader,
      query: LIVE_THREAD,
      variables: { id: Buffer.from(`Event:${(await agenda()).attended}`).toString('base64'), first },
    }),
    items: (data) => data.event.liveThread.edges,
    complete: (edge) => !!edge.node.author.name,
  },
];

describe('SQL statements of the events lists, whatever the page size', () => {
  for (const list of cases) it(list.name, () => expectConstantStatements(app, list));
});
