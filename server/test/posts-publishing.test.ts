import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEvents } from '../src/plugin-host/events';
import { createCommunity } from './factories/communities';
import { createTestApp, type TestApp } from './harness';
import { CREATE_POST, gid, outcome, post, rawId } from './posts-fixtures';

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
    const publishAt = new Date(Date.now() + 1_500);
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

describe('announcements', () => {
  it('are for animators; the author follows the acknowledgement rate and reminds the others', async () => {
    const animator = await app.signedIn();
    const members = [await app.signedIn(), await app.signedIn(), await app.signedIn(), await app.signedIn()];
    const community = await createCommunity(app, {
      members: [
        { userId: animator.user.id, role: 'animator' },
        ...members.map((m) => ({ userId: m.user.id })),
      ],
    });
    const communityId = gid('Community', community.id);
    const refused = await members[0]!.data(CREATE_POST, {
      input: { communityId, body: 'Must read!', isAnnouncement: true },
    });
    expect(refused.createPost.__typename).toBe('NotAllowedError');

    const announcement = await post(animator, {
      communityId,
      body: 'New expense policy',
      isAnnouncement: true,
    });
    const acknowledge = `mutation($postId: ID!) { acknowledgeAnnouncement(postId: $postId) { __typename } }`;
    await members[0]!.data(acknowledge, { postId: announcement.id });
    await members[1]!.data(acknowledge, { postId: announcement.id });
    await members[1]!.data(acknowledge, { postId: announcement.id });

    const rate = `query($id: ID!) { post(id: $id) { acknowledgement { acknowledgedCount audienceCount rate viewerAcknowledged } } }`;
    expect((await animator.data(rate, { id: announcement.id })).post.acknowledgement).toEqual({
      acknowledgedCount: 2,
      audienceCount: 4,
      rate: 0.5,
      viewerAcknowledged: false,
    });
    expect((await members[0]!.data(rate, { id: announcement.id })).post.acknowledgement).toEqual({
      acknowledgedCount: null,
      audienceCount: null,
      rate: null,
      viewerAcknowledged: true,
    });

    const reminded: AppEvents['announcement.reminded'][] = [];
    app.services.events.on('announcement.reminded', (e) => void reminded.push(e));
    const remind = `mutation($postId: ID!) { remindAnnouncement(postId: $postId) {
      __typename ... on MutationRemindAnnouncementSuccess { data { remindedCount } } } }`;
    expect(await outcome(members[0]!, remind, { postId: announcement.id })).toBe('NotAllowedError');
    const result = await animator.data(remind, { postId: announcement.id });
    expect(result.remindAnnouncement.data.remindedCount).toBe(2);
    await app.services.events.settled();
    expect(reminded).toHaveLength(1);
    expect(reminded[0]!.userIds.sort()).toEqual([members[2]!.user.id, members[3]!.user.id].sort());
  });
});

describe('polls', () => {
  it('shows results after voting or after closing, one choice or several', async () => {
    const author = await app.signedIn();
    const voter = await app.signedIn();
    const late = await app.signedIn();
    const created = await post(author, {
      body: 'Where should we hold the offsite?',
      poll: {
        options: ['Lyon', 'Lille', 'Nantes'],
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    });
    const POLL = `query($id: ID!) { post(id: $id) { poll { multipleChoice closed resultsVisible voterCount options { id label voteCount viewerChose } } } }`;
    const before = (await voter.data(POLL, { id: created.id })).post.poll;
    expect(before).toMatchObject({
      multipleChoice: false,
      closed: false,
      resultsVisible: false,
      voterCount: null,
    });
    expect(before.options.map((o: any) => [o.label, o.voteCount])).toEqual([
      ['Lyon', null],
      ['Lille', null],
      ['Nantes', null],
    ]);
    const [lyon, lille, nantes] = before.options.map((o: any) => o.id);

    const VOTE = `mutation($postId: ID!, $optionIds: [ID!]!) { vote(postId: $postId, optionIds: $optionIds) {
      __typename ... on ValidationError { issues { field message } } } }`;
    const twice = await voter.data(VOTE, { postId: created.id, optionIds: [lyon, lille] });
    expect(twice.vote).toEqual({
      __typename: 'ValidationError',
      issues: [{ field: 'optionIds', message: 'Choose one answer.' }],
    });
    await voter.data(VOTE, { postId: created.id, optionIds: [lyon] });
    await voter.data(VOTE, { postId: created.id, optionIds: [nantes] });
    await author.data(VOTE, { postId: created.id, optionIds: [nantes] });
    const after = (await voter.data(POLL, { id: created.id })).post.poll;
    expect(after.resultsVisible).toBe(true);
    expect(after.voterCount).toBe(2);
    expect(after.options.map((o: any) => [o.label, o.voteCount, o.viewerChose])).toEqual([
      ['Lyon', 0, false],
      ['Lille', 0, false],
      ['Nantes', 2, true],
    ]);
    expect((await late.data(POLL, { id: created.id })).post.poll.resultsVisible).toBe(false);

    await app.services.db
      .update(schema.polls)
      .set({ closesAt: new Date(Date.now() - 1000) })
      .where(eq(schema.polls.postId, rawId(created.id)));
    const closed = (await late.data(POLL, { id: created.id })).post.poll;
    expect(closed).toMatchObject({ closed: true, resultsVisible: true, voterCount: 2 });
    const tooLate = await late.data(VOTE, { postId: created.id, optionIds: [lille] });
    expect(tooLate.vote.__typename).toBe('ValidationError');
  });

  it('accepts several answers in a multiple-choice poll', async () => {
    const author = await app.signedIn();
    const created = await post(author, {
      body: 'Which topics?',
      poll: { options: ['RSE', 'IA', 'Télétravail'], multipleChoice: true },
    });
    const options = (
      await author.data(`query($id: ID!) { post(id: $id) { poll { options { id } } } }`, { id: created.id })
    ).post.poll.options;
    const voted = await author.data(
      `mutation($postId: ID!, $optionIds: [ID!]!) { vote(postId: $postId, optionIds: $optionIds) {
        ... on MutationVoteSuccess { data { poll { options { voteCount viewerChose } } } } } }`,
      { postId: created.id, optionIds: [options[0].id, options[2].id] },
    );
    expect(voted.vote.data.poll.options).toEqual([
      { voteCount: 1, viewerChose: true },
      { voteCount: 0, viewerChose: false },
      { voteCount: 1, viewerChose: true },
    ]);
  });
});
