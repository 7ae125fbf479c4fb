import { schema as core } from '@levain/db';
import { gid, type SignedInClient, type TestApp } from '@levain/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charterAmbassadorQuestions, charterAmbassadors } from '../db/schema';
import { startApp } from './fixtures';

const ERRORS = `... on Error { code message } ... on ValidationError { issues { field message } }`;
const QUESTIONS = `query($mine: Boolean, $first: Int, $after: String) {
  ambassadorQuestions(mine: $mine, first: $first, after: $after) {
    edges { node { id question askerName answer answererName } } pageInfo { hasNextPage endCursor } } }`;
const ANSWER = `mutation($id: ID!, $answer: String!) { answerAmbassadorQuestion(questionId: $id, answer: $answer) {
  __typename ... on MutationAnswerAmbassadorQuestionSuccess { data { answer answererName } } ${ERRORS} } }`;
const BADGES = `query($ids: [ID!]!) { charterAmbassadorBadges(userIds: $ids) { id name } }`;

let app: TestApp;
let lyonAmbassador: SignedInClient;
let parisAmbassador: SignedInClient;
let asker: SignedInClient;
let questionId: string;

beforeAll(async () => {
  app = await startApp();
  const { db } = app.services;
  const [france] = await db
    .insert(core.orgUnits)
    .values({ code: 'q-fr', name: 'France', kind: 'country' })
    .returning();
  const [lyon, paris] = await db
    .insert(core.orgUnits)
    .values([
      { code: 'q-lyon', name: 'Lyon', kind: 'direction', parentId: france!.id },
      { code: 'q-paris', name: 'Paris', kind: 'direction', parentId: france!.id },
    ])
    .returning();
  const [team] = await db
    .insert(core.orgUnits)
    .values({ code: 'q-lyon-rh', name: 'RH Lyon', kind: 'team', parentId: lyon!.id })
    .returning();
  [lyonAmbassador, parisAmbassador, asker] = await Promise.all([
    app.signedIn([], { name: 'Amina Lyon', orgUnitId: lyon!.id }),
    app.signedIn([], { name: 'Paul Paris', orgUnitId: paris!.id, locale: 'fr' }),
    app.signedIn([], { name: 'Léa RH', orgUnitId: team!.id }),
  ]);
  await db.insert(charterAmbassadors).values([
    { userId: lyonAmbassador.user.id, orgUnitId: lyon!.id, status: 'approved' },
    { userId: parisAmbassador.user.id, orgUnitId: paris!.id, status: 'approved' },
  ]);
  const rows = await db
    .insert(charterAmbassadorQuestions)
    .values(
      Array.from({ length: 4 }, (_, i) => ({
        askerId: asker.user.id,
        orgUnitId: team!.id,
        question: `Question ${i}`,
        createdAt: new Date(Date.UTC(2026, 10, 20, 9, i)),
      })),
    )
    .returning();
  questionId = rows[3]!.id;
});

afterAll(() => app?.close());

const texts = (data: any) => data.ambassadorQuestions.edges.map((e: any) => e.node.question);

describe('questions to the ambassadors', () => {
  it('shows a question to the ambassadors of the asker’s unit or above, newest first, in pages', async () => {
    const first = await lyonAmbassador.data(QUESTIONS, { first: 3 });
    expect(texts(first)).toEqual(['Question 3', 'Question 2', 'Question 1']);
    const next = await lyonAmbassador.data(QUESTIONS, {
      first: 3,
      after: first.ambassadorQuestions.pageInfo.endCursor,
    });
    expect(texts(next)).toEqual(['Question 0']);
    expect(texts(await parisAmbassador.data(QUESTIONS, {}))).toEqual([]);
    expect(texts(await asker.data(QUESTIONS, {}))).toEqual([]);
  });

  it('lets a serving ambassador answer once, credited, and the asker read it', async () => {
    const refused = await parisAmbassador.data(ANSWER, { id: questionId, answer: 'Oui' });
    expect(refused.answerAmbassadorQuestion).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'questionId', message: expect.stringContaining('Seuls les ambassadeurs') }],
    });
    const answered = await lyonAmbassador.data(ANSWER, { id: questionId, answer: 'Oui, avec son accord.' });
    expect(answered.answerAmbassadorQuestion.data).toEqual({
      answer: 'Oui, avec son accord.',
      answererName: 'Amina Lyon',
    });
    const again = await lyonAmbassador.data(ANSWER, { id: questionId, answer: 'Non' });
    expect(again.answerAmbassadorQuestion.issues).toEqual([
      { field: 'questionId', message: expect.stringContaining('already answered') },
    ]);
    const mine = await asker.data(QUESTIONS, { mine: true, first: 1 });
    expect(mine.ambassadorQuestions.edges[0].node).toMatchObject({
      question: 'Question 3',
      answer: 'Oui, avec son accord.',
      answererName: 'Amina Lyon',
    });
  });

  it('lists questions in a constant number of statements', async () => {
    const count = async (first: number) => {
      app.queries.length = 0;
      await lyonAmbassador.data(QUESTIONS, { first });
      return app.queries.length;
    };
    await count(1);
    expect(await count(1)).toBe(await count(50));
  });
});

describe('ambassador badges', () => {
  it('names the approved ambassadors among the people asked, in one statement however many', async () => {
    const ids = [lyonAmbassador, parisAmbassador, asker].map((c) => gid('User', c.user.id));
    const count = async (asked: string[]) => {
      app.queries.length = 0;
      const data = await asker.data(BADGES, { ids: asked });
      return {
        names: data.charterAmbassadorBadges.map((u: any) => u.name).sort(),
        statements: app.queries.length,
      };
    };
    const all = await count(ids);
    expect(all.names).toEqual(['Amina Lyon', 'Paul Paris']);
    expect((await count(ids.slice(2))).names).toEqual([]);
    expect((await count(ids.slice(0, 1))).statements).toBe(all.statements);
  });
});
