import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { emit, inbox, insertPost } from './support/fixtures/notifications';
import { createTestApp, type TestApp, type TestClient } from './support/harness';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.close();
});

/** Opens `notificationAdded` over Server-Sent Events, as the web client does, and collects its events. */
async function subscribe(client: TestClient) {
  const response = await client.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query: 'subscription { notificationAdded { kind message actorCount } }' }),
  });
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const events: any[] = [];
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let opened = () => {};
  const open = new Promise<void>((resolve) => {
    opened = resolve;
  });
  const reading = (async () => {
    for (;;) {
      const chunk = await reader.read().catch(() => ({ done: true as const, value: undefined }));
      if (chunk.done) return;
      opened();
      buffer += decoder.decode(chunk.value, { stream: true });
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split('\n').find((line) => line.startsWith('data: '));
        if (block.startsWith('event: next') && data)
          events.push(JSON.parse(data.slice(6)).data.notificationAdded);
      }
    }
  })();
  // The stream opens with a ping; the subscription listens right after it.
  await open;
  await new Promise((resolve) => setTimeout(resolve, 50));
  return {
    events,
    async next(count: number) {
      const deadline = Date.now() + 5_000;
      while (events.length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      return events;
    },
    async close() {
      await reader.cancel();
      await reading;
    },
  };
}

describe('real time', () => {
  it('delivers a mention to the mentioned person’s open client, and only to them', async () => {
    const author = await app.signedIn();
    const mentioned = await app.signedIn();
    const bystander = await app.signedIn();
    const mine = await subscribe(mentioned);
    const theirs = await subscribe(bystander);
    const post = await insertPost(app, { authorId: author.user.id, communityId: null });
    await emit(app, 'post.published', {
      postId: post.id,
      communityId: null,
      authorId: author.user.id,
      mentionedUserIds: [mentioned.user.id],
      isAnnouncement: false,
    });
    expect(await mine.next(1)).toEqual([
      { kind: 'mention', message: expect.stringMatching(/mentioned you in a post$/), actorCount: 1 },
    ]);
    // Published in the same tick as the mention above: it would have arrived by now.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(theirs.events).toEqual([]);
    await mine.close();
    await theirs.close();
  });
});

describe('urgent announcements', () => {
  it('lets only admins send an urgent notice, which reaches every member, marked urgent', async () => {
    const admin = await app.signedIn(['admin']);
    const animator = await app.signedIn();
    const member = await app.signedIn();
    const community = await createCommunity(app, {
      members: [{ userId: animator.user.id, role: 'animator' }, { userId: member.user.id }],
    });
    const post = await insertPost(app, {
      authorId: animator.user.id,
      communityId: community.id,
      isAnnouncement: true,
    });
    const postId = Buffer.from(`Post:${post.id}`).toString('base64');
    const SEND = `mutation($postId: ID!) { sendUrgentAnnouncementNotice(postId: $postId) {
      __typename ... on MutationSendUrgentAnnouncementNoticeSuccess { data } ... on Error { message } } }`;

    expect((await animator.data(SEND, { postId })).sendUrgentAnnouncementNotice.__typename).toBe(
      'NotAllowedError',
    );
    const sent = await admin.data(SEND, { postId });
    expect(sent.sendUrgentAnnouncementNotice).toEqual({
      __typename: 'MutationSendUrgentAnnouncementNoticeSuccess',
      data: 1,
    });
    expect((await inbox(member)).items).toMatchObject([
      {
        kind: 'announcement',
        urgent: true,
        message: expect.stringMatching(/^Urgent: .* published an announcement in /),
      },
    ]);
    const audit = await app.services.db.query.auditLog.findFirst({
      where: { action: 'notification.urgent-sent' },
    });
    expect(audit).toMatchObject({ actorId: admin.user.id, subjectId: post.id });

    const plain = await insertPost(app, { authorId: animator.user.id, communityId: community.id });
    const refused = await admin.data(SEND, { postId: Buffer.from(`Post:${plain.id}`).toString('base64') });
    expect(refused.sendUrgentAnnouncementNotice).toMatchObject({ __typename: 'ValidationError' });
  });
});

describe('working hours notice', () => {
  it('names the colleagues outside their working hours and when their day starts, in the viewer’s terms', async () => {
    const viewer = await app.signedIn([], { locale: 'fr' });
    const resting = await app.createUser({ name: 'Olivia Smith' });
    const working = await app.createUser({ name: 'Léa Dubois' });
    // A working window that does not contain the current hour, every day, in UTC.
    const hour = new Date().getUTCHours();
    const start = hour <= 20 ? hour + 2 : 1;
    const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;
    await app.services.db
      .update(schema.users)
      .set({
        timeZone: 'UTC',
        workingHours: { days: [1, 2, 3, 4, 5, 6, 7], start: hh(start), end: hh(start + 1) },
      })
      .where(eq(schema.users.id, resting.id));
    // No working days set: always reachable.
    await app.services.db
      .update(schema.users)
      .set({ workingHours: { days: [], start: '09:00', end: '18:00' } })
      .where(eq(schema.users.id, working.id));
    await app.services.db
      .update(schema.users)
      .set({ timeZone: 'UTC' })
      .where(eq(schema.users.id, viewer.user.id));

    const ids = [resting.id, working.id].map((id) => Buffer.from(`User:${id}`).toString('base64'));
    const { workingHoursNotice } = await viewer.data(
      `query($ids: [ID!]!) { workingHoursNotice(userIds: $ids) { user { name } startsAt message } }`,
      { ids },
    );
    const expectedStart = new Date();
    if (start < hour) expectedStart.setUTCDate(expectedStart.getUTCDate() + 1);
    expectedStart.setUTCHours(start, 0, 0, 0);
    expect(workingHoursNotice).toEqual([
      {
        user: { name: 'Olivia Smith' },
        startsAt: expectedStart.toISOString(),
        message: `Olivia Smith n'est pas dans ses horaires de travail : sa journée commence ${
          start < hour ? 'demain' : "aujourd'hui"
        } à ${hh(start)} (votre heure).`,
      },
    ]);
  });
});
