import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import {
  ANSWER,
  ASK,
  ENDORSE,
  EXPERTS,
  gid,
  PROFILE_SKILLS,
  QUESTION,
  QUESTIONS,
  SET_SKILLS,
} from './support/fixtures/questions';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';
import { expectConstantStatements, LARGE, type ListCase, once, TITLE } from './support/statement-counts';

let app: TestApp;
let asker: SignedInClient;
let colleague: SignedInClient;

beforeAll(async () => {
  app = await createTestApp();
  asker = await app.signedIn();
  colleague = await app.signedIn();
});
afterAll(() => app.close());

/** More questions than a large page in a private community, each tagged and answered once; the last one answered by everyone. */
const questions = once(async () => {
  const community = await createCommunity(app, {
    visibility: 'private',
    members: [{ userId: asker.user.id }, { userId: colleague.user.id }],
  });
  let last = '';
  for (let i = 0; i <= LARGE; i += 1) {
    const asked = await asker.data(ASK, {
      input: { communityId: gid('Community', community.id), body: `Question ${i}?`, skills: ['Animation'] },
    });
    last = asked.askQuestion.data.post.id;
    await colleague.data(ANSWER, { postId: last, body: `Answer ${i}` });
  }
  for (let i = 0; i < LARGE; i += 1) await asker.data(ANSWER, { postId: last, body: `More ${i}` });
  return { communityId: gid('Community', community.id), lastQuestionId: last };
});

/** More people than a large page listing a skill, each endorsed once; many skills in the organisation. */
const people = once(async () => {
  const ids: string[] = [];
  for (let i = 0; i <= LARGE; i += 1) ids.push((await app.createUser({ name: `Expert ${i}` })).id);
  const [skill] = await app.services.db
    .insert(schema.skills)
    .values({ slug: 'facilitation', label: 'Facilitation' })
    .returning();
  await app.services.db
    .insert(schema.userSkills)
    .values(ids.map((userId) => ({ userId, skillId: skill!.id })));
  await app.services.db
    .insert(schema.skillEndorsements)
    .values(ids.map((userId) => ({ userId, skillId: skill!.id, endorserId: asker.user.id })));
  await colleague.data(SET_SKILLS, { skills: Array.from({ length: LARGE }, (_, i) => `Skill ${i}`) });
  for (let i = 0; i < LARGE; i += 1)
    await asker.data(ENDORSE, { userId: gid('User', colleague.user.id), skill: `Skill ${i}` });
});

const cases: ListCase[] = [
  {
    name: 'unanswered questions of a community',
    statements: 3,
    request: async (first) => {
      const { communityId } = await questions();
      return { client: colleague, query: QUESTIONS, variables: { communityId, unanswered: true, first } };
    },
    items: (data) => data.questions.edges,
    complete: (edge) => edge.node.skills[0] === 'Animation' && edge.node.answers.edges.length === 1,
  },
  {
    name: 'questions of the viewer’s communities',
    statements: 3,
    request: async (first) => {
      await questions();
      return { client: colleague, query: QUESTIONS, variables: { first } };
    },
    items: (data) => data.questions.edges,
    complete: (edge) => !!edge.node.askedBy.name && !!edge.node.community.name,
  },
  {
    name: 'answers of a question',
    statements: 3,
    request: async (size) => {
      const { lastQuestionId } = await questions();
      const id = gid('Question', Buffer.from(lastQuestionId, 'base64').toString().split(':')[1]!);
      return {
        client: colleague,
        query: QUESTION.replace('answers(first: 20)', `answers(first: ${size})`),
        variables: { id },
      };
    },
    items: (data) => data.node.answers.edges,
    complete: (edge) => !!edge.node.author.name,
  },
  {
    name: 'experts of a skill',
    statements: 2,
    request: async (first) => {
      await people();
      return { client: colleague, query: EXPERTS, variables: { skill: 'facilitation', first } };
    },
    items: (data) => data.experts,
    complete: (expert) => expert.endorsementCount === 1 && !!expert.person.name,
  },
  {
    name: 'skills on a profile',
    statements: 2,
    request: async (size) => {
      await people();
      const person = await app.createUser();
      const { db } = app.services;
      const hisSkills = db
        .select({ userId: schema.users.id, skillId: schema.skills.id })
        .from(schema.skills)
        .innerJoin(schema.users, eq(schema.users.id, person.id))
        .limit(size);
      await db.insert(schema.userSkills).select(hisSkills);
      return { client: asker, query: PROFILE_SKILLS, variables: { id: gid('User', person.id) } };
    },
    items: (data) => data.node.skills,
  },
];

describe('SQL statements per request, whatever the page size', () => {
  it.each(cases.map((c) => [c.name, c.statements, c] as const))(TITLE, async (_name, _count, list) => {
    await expectConstantStatements(app, list);
  });
});
