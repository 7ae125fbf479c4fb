import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { communityGid, gid, NODE } from './support/fixtures/communities';
import { ANSWER, createEvent, EVENT, EVENTS, eventInput, rawId, serveHttp } from './support/fixtures/events';
import { post } from './support/fixtures/posts';
import { createTestApp, type GraphQLResponse, type SignedInClient, type TestApp } from './support/harness';

/**
 * The permission matrix of events: an event is seen as its community's content is. ok = answered;
 * hidden = indistinguishable from an event that does not exist (null, absent from the agenda, a
 * 404 file, "not found" to an answer).
 */
type Outcome = 'ok' | 'hidden' | 'refused';
const paths = ['agenda', 'event', 'node', 'ics', 'answer', 'feed', 'live', 'csv'] as const;
type Role = 'non-member' | 'member' | 'admin';
type Visibility = 'public' | 'private' | 'secret';

/** Reading paths, then the answers' CSV (organisers, animators and admins; refused to readers). */
const everywhere = (outcome: Outcome, csv: Outcome) =>
  [...Array(paths.length - 1).fill(outcome), csv].join(' ');
const expected: Record<Role, Record<Visibility, string>> = {
  'non-member': {
    public: everywhere('ok', 'refused'),
    private: everywhere('hidden', 'hidden'),
    secret: everywhere('hidden', 'hidden'),
  },
  member: {
    public: everywhere('ok', 'refused'),
    private: everywhere('ok', 'refused'),
    secret: everywhere('ok', 'refused'),
  },
  admin: { public: everywhere('ok', 'ok'), private: everywhere('ok', 'ok'), secret: everywhere('ok', 'ok') },
};
/** The titles in the person's calendar subscription (the events they answered going or maybe). */
const feedTitles = async (client: SignedInClient) => {
  const { regenerateCalendarFeed } = await client.data(
    'mutation { regenerateCalendarFeed { ... on MutationRegenerateCalendarFeedSuccess { data { calendarFeedUrl } } } }',
  );
  const response = await http.get(client, new URL(regenerateCalendarFeed.data.calendarFeedUrl).pathname);
  return [...(await response.text()).matchAll(/^SUMMARY:(.*)\r?$/gm)].map((match) => match[1]);
};
const LIVE_THREAD = `query($id: ID!) { event(id: $id) { liveThread(first: 5) { edges { node { body } } } } }`;
const fileOutcome = (status: number): Outcome =>
  status === 200
    ? 'ok'
    : status === 403
      ? 'refused'
      : status === 404
        ? 'hidden'
        : (`status ${status}` as Outcome);

let app: TestApp;
let organiser: SignedInClient;
const clients = {} as Record<Role, SignedInClient>;
let http: Awaited<ReturnType<typeof serveHttp>>;

beforeAll(async () => {
  app = await createTestApp();
  organiser = await app.signedIn();
  clients['non-member'] = await app.signedIn();
  clients.member = await app.signedIn();
  clients.admin = await app.signedIn(['admin']);
  http = await serveHttp(app);
});
afterAll(async () => {
  await http.close();
  await app.close();
});

const present = (result: GraphQLResponse, found: (data: any) => boolean): Outcome => {
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return found(result.data) ? 'ok' : 'hidden';
};

describe('permission matrix of events', () => {
  for (const role of Object.keys(expected) as Role[]) {
    for (const visibility of ['public', 'private', 'secret'] as const) {
      it(`${role} × ${visibility}`, async () => {
        const client = clients[role];
        const members = [
          { userId: organiser.user.id },
          ...(role === 'member' ? [{ userId: client.user.id }] : []),
        ];
        const community = await createCommunity(app, {
          name: `Events ${role} ${visibility}`,
          visibility,
          members,
        });
        const event = await createEvent(
          organiser,
          eventInput(24 * 30, {
            title: `Matrix ${role} ${visibility}`,
            communityId: communityGid(community.id),
          }),
        );
        await post(organiser, {
          communityId: communityGid(community.id),
          eventId: event.id,
          body: `Live from ${role} ${visibility}`,
        });
        const from = new Date(Date.now() + 29 * 86_400_000).toISOString();
        const to = new Date(Date.now() + 32 * 86_400_000).toISOString();
        const answer = (await client.data(ANSWER, { eventId: event.id, answer: 'maybe' })).answerEvent;
        const seen: Record<(typeof paths)[number], Outcome> = {
          agenda: present(await client.gql(EVENTS, { from, to, first: 50 }), (d) =>
            d.events.edges.some((e: any) => e.node.id === event.id),
          ),
          event: present(await client.gql(EVENT, { id: event.id }), (d) => !!d.event),
          node: present(await client.gql(NODE, { id: event.id }), (d) => !!d.node),
          ics: fileOutcome((await http.get(client, `/events/${rawId(event.id)}.ics`)).status),
          answer: answer.__typename === 'MutationAnswerEventSuccess' ? 'ok' : 'hidden',
          feed: (await feedTitles(client)).includes(`Matrix ${role} ${visibility}`) ? 'ok' : 'hidden',
          live: present(await client.gql(LIVE_THREAD, { id: event.id }), (d) =>
            d.event?.liveThread.edges.some((e: any) => e.node.body === `Live from ${role} ${visibility}`),
          ),
          csv: fileOutcome((await http.get(client, `/events/${rawId(event.id)}/answers.csv`)).status),
        };
        if (seen.answer === 'hidden') expect(answer.__typename).toBe('NotFoundError');
        const row = expected[role][visibility].split(/\s+/);
        expect(seen).toEqual(Object.fromEntries(paths.map((path, i) => [path, row[i]])));
      });
    }
  }

  it('keeps a secret community’s events out of a non-member’s answers entirely', async () => {
    const community = await createCommunity(app, {
      visibility: 'secret',
      members: [{ userId: organiser.user.id }],
    });
    const event = await createEvent(organiser, eventInput(24, { communityId: communityGid(community.id) }));
    const outsider = clients['non-member'];
    const { events } = await outsider.data(EVENTS, {
      from: new Date().toISOString(),
      to: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      communityId: gid('Community', community.id),
      first: 10,
    });
    expect(events.edges).toEqual([]);
    expect((await http.get(outsider, `/events/${rawId(event.id)}.ics`)).status).toBe(404);
  });
});
