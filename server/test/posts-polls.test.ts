import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEvents } from '../src/events';
import { createCommunity } from './support/documents/communities';
import { CREATE_POST, gid, outcome, post, rawId } from './support/fixtures/posts';
import { createTestApp, type TestApp } from './support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

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
