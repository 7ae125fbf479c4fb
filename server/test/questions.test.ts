import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEvents } from '../src/events';
import { createCommunity } from './support/documents/communities';
import { ACCEPT, ANSWER, ASK, gid, QUESTION, QUESTIONS, UPVOTE } from './support/fixtures/questions';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';

let app: TestApp;
let asker: SignedInClient;
let expert: SignedInClient;
let member: SignedInClient;
let animator: SignedInClient;
let community: { id: string };
const accepted: AppEvents['qa.answer-accepted'][] = [];

beforeAll(async () => {
  app = await createTestApp();
  asker = await app.signedIn([], { name: 'Léa Dubois' });
  expert = await app.signedIn([], { name: 'Karim Benali' });
  member = await app.signedIn([], { name: 'Sophie Martin', locale: 'fr' });
  animator = await app.signedIn([], { name: 'Camille Roux' });
  app.services.events.on('qa.answer-accepted', (e) => void accepted.push(e));
  community = await createCommunity(app, {
    name: 'CM academy',
    kind: 'learning',
    visibility: 'private',
    members: [
      { userId: asker.user.id },
      { userId: expert.user.id },
      { userId: member.user.id },
      { userId: animator.user.id, role: 'animator' },
    ],
  });
});
afterAll(() => app.close());

async function ask(body: string, skills: string[] = []) {
  const result = await asker.data(ASK, {
    input: { communityId: gid('Community', community.id), body, skills },
  });
  expect(result.askQuestion.__typename).toBe('MutationAskQuestionSuccess');
  return result.askQuestion.data;
}

async function answer(client: SignedInClient, postId: string, body: string) {
  const result = await client.data(ANSWER, { postId, body });
  return gid('Answer', Buffer.from(result.addComment.data.id, 'base64').toString().split(':')[1]!);
}

describe('questions and answers', () => {
  it('a colleague answers, the asker accepts: answered everywhere, delays recorded, event sent', async () => {
    const question = await ask('How do I handle a heated thread?', ['Modération', 'animation de communauté']);
    expect(question).toMatchObject({ answered: false, skills: ['animation de communauté', 'Modération'] });
    await answer(asker, question.post.id, 'Adding context myself');
    let read = (await asker.data(QUESTION, { id: question.id })).node;
    expect(read.firstAnswerAt).toBeNull();

    const answerId = await answer(
      expert,
      question.post.id,
      'Move it to a private conversation, stay factual.',
    );
    read = (await asker.data(QUESTION, { id: question.id })).node;
    expect(read.secondsToFirstAnswer).toBeGreaterThanOrEqual(0);
    expect(read.viewerCanAccept).toBe(true);

    const result = await asker.data(ACCEPT, { id: answerId });
    expect(result.acceptAnswer.data).toMatchObject({ answered: true, acceptedAnswer: { id: answerId } });
    read = (await member.data(QUESTION, { id: question.id })).node;
    expect(read).toMatchObject({
      answered: true,
      viewerCanAccept: false,
      acceptedAnswer: { author: { name: 'Karim Benali' } },
    });
    expect(read.secondsToAcceptedAnswer).toBeGreaterThanOrEqual(0);
    expect(read.answers.edges.map((e: any) => e.node.accepted)).toEqual([false, true]);
    expect(accepted.at(-1)).toMatchObject({
      communityId: community.id,
      answerAuthorId: expert.user.id,
      actorId: asker.user.id,
    });

    const feed = await member.data(
      `query($id: ID!) { node(id: $id) { ... on Post { question { answered } } } }`,
      { id: question.post.id },
    );
    expect(feed.node.question).toEqual({ answered: true });
  });

  it('only the asker or an animator accepts; others get a typed error in their language, nothing written', async () => {
    const question = await ask('Where is the charter?');
    const answerId = await answer(expert, question.post.id, 'In the CM hub.');
    const refused = await member.data(ACCEPT, { id: answerId });
    expect(refused.acceptAnswer).toMatchObject({ __typename: 'NotAllowedError', code: 'NOT_ALLOWED' });
    expect(refused.acceptAnswer.message).toMatch(/animateur/);
    const [row] = await app.services.db
      .select()
      .from(schema.questions)
      .where(eq(schema.questions.postId, Buffer.from(question.id, 'base64').toString().split(':')[1]!));
    expect(row!.acceptedAnswerId).toBeNull();

    const byAnimator = await animator.data(ACCEPT, { id: answerId });
    expect(byAnimator.acceptAnswer.data.answered).toBe(true);
  });

  it('members upvote answers once, not their own', async () => {
    const question = await ask('Best time to post?');
    const answerId = await answer(expert, question.post.id, 'Tuesday morning.');
    expect((await member.data(UPVOTE, { id: answerId })).upvoteAnswer.data).toMatchObject({
      upvoteCount: 1,
      viewerHasUpvoted: true,
    });
    expect((await member.data(UPVOTE, { id: answerId })).upvoteAnswer.data.upvoteCount).toBe(1);
    expect((await asker.data(UPVOTE, { id: answerId })).upvoteAnswer.data.upvoteCount).toBe(2);
    const own = await expert.data(UPVOTE, { id: answerId });
    expect(own.upvoteAnswer.issues).toEqual([{ field: 'answerId', message: expect.any(String) }]);
    expect((await member.data(UPVOTE, { id: answerId, upvoted: false })).upvoteAnswer.data).toMatchObject({
      upvoteCount: 1,
      viewerHasUpvoted: false,
    });
  });

  it('lists unanswered questions of a community, of the viewer’s communities and the viewer’s own', async () => {
    const other = await createCommunity(app, { members: [{ userId: asker.user.id }] });
    await asker.data(ASK, { input: { communityId: gid('Community', other.id), body: 'Elsewhere?' } });
    const open = await ask('Still open?');
    const unanswered = (
      await member.data(QUESTIONS, { communityId: gid('Community', community.id), unanswered: true })
    ).questions.edges.map((e: any) => e.node);
    expect(unanswered.every((q: any) => !q.answered)).toBe(true);
    expect(unanswered.map((q: any) => q.id)).toContain(open.id);
    expect(unanswered.map((q: any) => q.post.body)).not.toContain('Where is the charter?');

    const mineAll = (await asker.data(QUESTIONS, { mine: true })).questions.edges.map(
      (e: any) => e.node.post.body,
    );
    expect(mineAll).toContain('Elsewhere?');
    const memberAll = (await member.data(QUESTIONS, {})).questions.edges.map((e: any) => e.node.post.body);
    expect(memberAll).not.toContain('Elsewhere?');
    expect(memberAll[0]).toBe('Still open?');
  });

  it('refuses a question outside a community the asker may post in', async () => {
    const outsider = await app.signedIn();
    const result = await outsider.data(ASK, {
      input: { communityId: gid('Community', community.id), body: 'Can I ask here?' },
    });
    // A private community is known to exist: not being a member is a refusal, not a missing community.
    expect(result.askQuestion.__typename).toBe('NotAllowedError');
    const invalid = await asker.data(ASK, {
      input: { communityId: gid('Community', community.id), body: 'Tagged?', skills: ['!!!'] },
    });
    expect(invalid.askQuestion.issues).toEqual([{ field: 'skills', message: expect.any(String) }]);
  });
});
