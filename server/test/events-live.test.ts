import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { communityGid } from './support/fixtures/communities';
import { CANCEL, createEvent, eventInput, HOUR, rawId } from './support/fixtures/events';
import { CREATE_POST, post, subscribe } from './support/fixtures/posts';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';

const LIVE_THREAD = `query($id: ID!) {
  event(id: $id) { liveThread(first: 10) { edges { node { body author { id } } } } }
}`;
const liveStream = (eventId: string) =>
  `subscription { eventLivePostAdded(eventId: "${eventId}") { post { body } } }`;

let app: TestApp;
let organiser: SignedInClient;
let attendee: SignedInClient;
let outsider: SignedInClient;

beforeAll(async () => {
  app = await createTestApp();
  organiser = await app.signedIn();
  attendee = await app.signedIn();
  outsider = await app.signedIn([], { locale: 'fr' });
});
afterAll(() => app.close());

/** A community event that started half an hour ago and ends in half an hour. */
async function runningEvent(visibility: 'public' | 'secret') {
  const community = await createCommunity(app, {
    visibility,
    members: [{ userId: organiser.user.id }, { userId: attendee.user.id }],
  });
  const event = await createEvent(organiser, eventInput(24, { communityId: communityGid(community.id) }));
  const startsAt = new Date(Date.now() - HOUR / 2);
  const endsAt = new Date(Date.now() + HOUR / 2);
  await app.services.db
    .update(schema.events)
    .set({ startsAt, endsAt, lastEndsAt: endsAt })
    .where(eq(schema.events.id, rawId(event.id)));
  return { community, event, communityId: communityGid(community.id) };
}

const createPost = async (client: SignedInClient, input: Record<string, unknown>) =>
  (await client.data(CREATE_POST, { input })).createPost;

describe('the live thread of a running event', () => {
  it('brings live posts to people watching the event page, and only those', async () => {
    const { event, communityId } = await runningEvent('public');
    const stream = await subscribe(attendee, liveStream(event.id));
    await post(organiser, { communityId, body: 'Not about the event' });
    await post(organiser, { communityId, eventId: event.id, body: 'Keynote starting **now**' });
    const events = await stream.next(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(events.map((e) => e.eventLivePostAdded.post.body)).toEqual(['Keynote starting **now**']);
    await stream.close();

    const { event: page } = await outsider.data(LIVE_THREAD, { id: event.id });
    expect(page.liveThread.edges.map((e: any) => e.node.body)).toEqual(['Keynote starting **now**']);
  });

  it('keeps a secret community’s event out of a non-member’s live path entirely', async () => {
    const { event, communityId } = await runningEvent('secret');
    await post(organiser, { communityId, eventId: event.id, body: 'Members only, live' });
    expect((await outsider.data(LIVE_THREAD, { id: event.id })).event).toBeNull();
    const response = await outsider.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: liveStream(event.id) }),
    });
    const text = await response.text();
    expect(text).toContain('NOT_FOUND');
    expect(text).not.toContain('Members only');
    const written = await createPost(outsider, { eventId: event.id, body: 'Trying to join' });
    expect(written.code).toBe('NOT_FOUND');
  });

  it('publishes a community event’s live posts in that community, and closes with the event', async () => {
    const { event } = await runningEvent('public');
    const elsewhere = await createCommunity(app, { members: [{ userId: outsider.user.id }] });
    const misplaced = await createPost(outsider, {
      communityId: communityGid(elsewhere.id),
      eventId: event.id,
      body: 'Live, but elsewhere',
    });
    expect(misplaced.issues).toEqual([
      { field: 'eventId', message: 'Un message en direct de cet événement se publie dans sa communauté.' },
    ]);
    await organiser.data(CANCEL, { id: event.id });
    const late = await createPost(attendee, {
      communityId: communityGid((await runningEvent('public')).community.id),
      eventId: event.id,
      body: 'Too late',
    });
    expect(late.issues).toEqual([
      {
        field: 'eventId',
        message:
          'This event’s live thread is closed: it is cancelled, or over (only its organisers add photos and slides).',
      },
    ]);
  });

  it('after the event, lets its organisers alone add photos and slides to the thread', async () => {
    const { event, communityId } = await runningEvent('public');
    const endsAt = new Date(Date.now() - HOUR / 4);
    await app.services.db
      .update(schema.events)
      .set({ startsAt: new Date(Date.now() - HOUR), endsAt, lastEndsAt: endsAt })
      .where(eq(schema.events.id, rawId(event.id)));
    const late = await createPost(attendee, { communityId, eventId: event.id, body: 'Was great' });
    expect(late.issues?.[0]?.field).toBe('eventId');
    await post(organiser, {
      communityId,
      eventId: event.id,
      body: 'The slides: [deck](https://example.com/deck.pdf)',
    });
    const { event: page } = await attendee.data(LIVE_THREAD, { id: event.id });
    expect(page.liveThread.edges.map((e: any) => e.node.body)).toEqual([
      'The slides: [deck](https://example.com/deck.pdf)',
    ]);
  });
});
