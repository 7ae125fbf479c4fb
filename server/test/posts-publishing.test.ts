import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEvents } from '../src/events';
import { createCommunity } from './support/documents/communities';
import { gid, outcome, post, rawId } from './support/fixtures/posts';
import { createTestApp, type TestApp } from './support/harness';

let app: TestApp;
const published: AppEvents['post.published'][] = [];
const decided: AppEvents['post.approval-decided'][] = [];
const requested: AppEvents['post.approval-requested'][] = [];
beforeAll(async () => {
  app = await createTestApp();
  app.services.events.on('post.published', (e) => void published.push(e));
  app.services.events.on('post.approval-decided', (e) => void decided.push(e));
  app.services.events.on('post.approval-requested', (e) => void requested.push(e));
});
afterAll(() => app.close());

const POST = `query($id: ID!) { post(id: $id) { id status publishedAt body rejectionReason revisions { body } } }`;

describe('scheduled publication', () => {
  it('publishes the post at its time, and that time stays the post’s time', async () => {
    const author = await app.signedIn();
    const reader = await app.signedIn();
    const community = await createCommunity(app, {
      members: [{ userId: author.user.id }, { userId: reader.user.id }],
    });
    // Far enough ahead that writing the post (its body renders in a worker thread) and a first run
    // of the jobs end before it, even on a loaded CI machine.
    const publishAt = new Date(Date.now() + 4_000);
    const created = await post(author, {
      communityId: gid('Community', community.id),
      body: 'Monday news',
      publishAt: publishAt.toISOString(),
    });
    expect(created.status).toBe('scheduled');
    expect(created.publishedAt).toBe(publishAt.toISOString());
    expect((await reader.data(POST, { id: created.id })).post).toBeNull();
    expect(published.some((e) => e.postId === rawId(created.id))).toBe(false);

    await app.services.jobs.runDue();
    expect((await author.data(POST, { id: created.id })).post.status).toBe('scheduled');
    await new Promise((resolve) => setTimeout(resolve, publishAt.getTime() - Date.now() + 100));
    await app.services.jobs.runDue();
    await app.services.events.settled();

    const seen = await reader.data(POST, { id: created.id });
    expect(seen.post).toMatchObject({ status: 'published', publishedAt: publishAt.toISOString() });
    expect(published.filter((e) => e.postId === rawId(created.id))).toHaveLength(1);
  });
});

describe('approval before publication', () => {
  it('holds members’ posts for an animator, who approves or rejects with a reason', async () => {
    const member = await app.signedIn();
    const other = await app.signedIn();
    const animator = await app.signedIn();
    const community = await createCommunity(app, {
      requiresApproval: true,
      members: [
        { userId: member.user.id },
        { userId: other.user.id },
        { userId: animator.user.id, role: 'animator' },
      ],
    });
    const communityId = gid('Community', community.id);
    const first = await post(member, { communityId, body: 'May I share this?' });
    const second = await post(member, { communityId, body: 'And this?' });
    expect(first.status).toBe('pending_approval');
    expect(requested.map((e) => e.postId)).toContain(rawId(first.id));
    expect((await other.data(POST, { id: first.id })).post).toBeNull();
    expect((await member.data(POST, { id: first.id })).post.status).toBe('pending_approval');

    const pending = `query($slug: String!) { community(slug: $slug) { pendingPosts(first: 10) { edges { node { id } } } } }`;
    const queue = await animator.data(pending, { slug: community.slug });
    expect(queue.community.pendingPosts.edges.map((e: any) => e.node.id)).toEqual([first.id, second.id]);
    expect((await other.data(pending, { slug: community.slug })).community.pendingPosts.edges).toEqual([]);

    const approve = `mutation($id: ID!) { approvePost(id: $id) { __typename ... on MutationApprovePostSuccess { data { status } } } }`;
    // A member cannot even see another member's pending post.
    expect(await outcome(other, approve, { id: first.id })).toBe('NotFoundError');
    const approved = await animator.data(approve, { id: first.id });
    expect(approved.approvePost.data.status).toBe('published');
    expect((await other.data(POST, { id: first.id })).post.status).toBe('published');

    const reject = `mutation($id: ID!, $reason: String!) { rejectPost(id: $id, reason: $reason) { __typename } }`;
    await animator.data(reject, { id: second.id, reason: 'Please ask HR before sharing salaries.' });
    await app.services.events.settled();
    expect(decided.filter((e) => e.communityId === community.id).map((e) => [e.approved, e.reason])).toEqual([
      [true, null],
      [false, 'Please ask HR before sharing salaries.'],
    ]);
    const asAuthor = (await member.data(POST, { id: second.id })).post;
    expect(asAuthor).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Please ask HR before sharing salaries.',
    });
    expect((await other.data(POST, { id: second.id })).post).toBeNull();

    const byAnimator = await post(animator, { communityId, body: 'Animators publish directly' });
    expect(byAnimator.status).toBe('published');
  });
});

describe('edit history and deletion', () => {
  it('keeps earlier versions for the author, animators and admins only', async () => {
    const author = await app.signedIn();
    const member = await app.signedIn();
    const animator = await app.signedIn();
    const admin = await app.signedIn(['admin']);
    const community = await createCommunity(app, {
      members: [
        { userId: author.user.id },
        { userId: member.user.id },
        { userId: animator.user.id, role: 'animator' },
      ],
    });
    const created = await post(author, {
      communityId: gid('Community', community.id),
      body: 'First draft #draft',
    });
    const update = `mutation($id: ID!, $body: String!) { updatePost(id: $id, body: $body) {
      __typename ... on MutationUpdatePostSuccess { data { body hashtags editedAt } } } }`;
    await author.data(update, { id: created.id, body: 'Second draft' });
    const last = await author.data(update, { id: created.id, body: 'Final #final' });
    expect(last.updatePost.data).toMatchObject({
      body: 'Final #final',
      hashtags: ['final'],
      editedAt: expect.any(String),
    });
    expect(await outcome(member, update, { id: created.id, body: 'Vandalism' })).toBe('NotAllowedError');

    for (const reader of [author, animator, admin])
      expect((await reader.data(POST, { id: created.id })).post.revisions.map((r: any) => r.body)).toEqual([
        'Second draft',
        'First draft #draft',
      ]);
    expect((await member.data(POST, { id: created.id })).post.revisions).toBeNull();

    const remove = `mutation($id: ID!) { deletePost(id: $id) { __typename } }`;
    expect(await outcome(member, remove, { id: created.id })).toBe('NotAllowedError');
    expect(await outcome(animator, remove, { id: created.id })).toBe('MutationDeletePostSuccess');
    expect((await author.data(POST, { id: created.id })).post).toBeNull();
    const row = await app.services.db.query.posts.findFirst({ where: { id: rawId(created.id) } });
    expect(row?.deletedAt).toBeInstanceOf(Date);
  });
});
