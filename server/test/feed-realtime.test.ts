import { schema } from '@levain/db';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { impressionsOf } from '../src/posts/wiring';
import { createCommunity } from './support/documents/communities';
import { gid, post, rawId, subscribe } from './support/fixtures/posts';
import { createTestApp, type TestApp } from './support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

describe('new posts in real time', () => {
  it('tells a subscriber about a post they may read, and not about others', async () => {
    const reader = await app.signedIn();
    const author = await app.signedIn();
    const shared = await createCommunity(app, {
      members: [{ userId: reader.user.id }, { userId: author.user.id }],
    });
    const closed = await createCommunity(app, {
      visibility: 'private',
      members: [{ userId: author.user.id }],
    });
    await app.services.db
      .insert(schema.follows)
      .values({ followerId: reader.user.id, followeeId: author.user.id });
    const stream = await subscribe(reader, 'subscription { feedUpdated { post { body author { name } } } }');
    await post(author, { communityId: gid('Community', closed.id), body: 'members only' });
    await post(author, { communityId: gid('Community', shared.id), body: 'for everyone here' });
    const events = await stream.next(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(stream.events).toHaveLength(1);
    expect(events[0].feedUpdated.post.body).toBe('for everyone here');
    await stream.close();
  });
});

describe('impressions', () => {
  it('counts each person once however often they see a post, in batches', async () => {
    const author = await app.signedIn();
    const viewers = [await app.signedIn(), await app.signedIn()];
    const created = await post(author, { body: 'Seen by a few' });
    const record = `mutation($ids: [ID!]!) { recordImpressions(postIds: $ids) { __typename } }`;
    for (let i = 0; i < 3; i += 1) for (const v of viewers) await v.data(record, { ids: [created.id] });
    const before = await app.services.db.query.posts.findFirst({ where: { id: rawId(created.id) } });
    expect(before?.impressionCount).toBe(0);
    await impressionsOf(app.services).flush();
    await viewers[0]!.data(record, { ids: [created.id] });
    await impressionsOf(app.services).flush();
    const after = await author.data(`query($id: ID!) { post(id: $id) { impressionCount } }`, {
      id: created.id,
    });
    expect(after.post.impressionCount).toBe(2);
    const rows = await app.services.db
      .select()
      .from(schema.postImpressions)
      .where(inArray(schema.postImpressions.postId, [rawId(created.id)]));
    expect(rows).toHaveLength(2);
  });
});
