import { createTestApp, type TestApp, type TestClient } from '@levain/server/testing';
import { EXPERTS, PROFILE_SKILLS, QUESTIONS } from '@levain/server/testing/fixtures/questions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../src/demo';

const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { __typename }
}`;

let app: TestApp;

// Seeding the whole demo organisation takes ~15 s alone, more on a busy machine.
beforeAll(async () => {
  app = await createTestApp();
  await seedDemoIfEmpty(app.services);
}, 180_000);
afterAll(() => app.close());

async function as(email: string): Promise<TestClient> {
  const client = app.client();
  await client.data(SIGN_IN, { email, password: DEMO_PASSWORD });
  return client;
}

describe('the demo questions and skills', () => {
  it('show Thomas answered and waiting questions of the CM academy and the intranet project', async () => {
    const thomas = await as('manager@atlas.example');
    const all = (await thomas.data(QUESTIONS, { first: 50 })).questions.edges.map((e: any) => e.node);
    const where = new Set(all.map((q: any) => q.community.name));
    expect(where).toContain('Projet Intranet 2027');
    expect([...where].some((name) => /apprentissage/i.test(name as string))).toBe(true);
    expect(all.some((q: any) => q.answered)).toBe(true);
    const waiting = (await thomas.data(QUESTIONS, { first: 50, unanswered: true })).questions.edges;
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((e: any) => !e.node.answered)).toBe(true);
    const mine = (await thomas.data(QUESTIONS, { first: 50, mine: true })).questions.edges;
    expect(mine.length).toBe(3);
  });

  it('keep the intranet project’s questions from Léa, who is only invited', async () => {
    const lea = await as('employe@atlas.example');
    const all = (await lea.data(QUESTIONS, { first: 50 })).questions.edges.map(
      (e: any) => e.node.community.name,
    );
    expect(all).not.toContain('Projet Intranet 2027');
    expect(all).toContain('Marketing digital – veille');
  });

  it('let Léa find the chief CM as the expert in moderation (his accepted answer counts), with his endorsed skills', async () => {
    const lea = await as('employe@atlas.example');
    const experts = (await lea.data(EXPERTS, { skill: 'moderation' })).experts;
    expect(experts[0]).toMatchObject({ person: { name: 'Julien Moreau' }, acceptedAnswerCount: 1 });
    expect(experts[0].endorsementCount).toBeGreaterThanOrEqual(3);
    const skills = (await lea.data(PROFILE_SKILLS, { id: experts[0].person.id })).node.skills;
    expect(skills.map((s: any) => s.name)).toContain('Modération');
    const community = (await lea.data(EXPERTS, { skill: 'animation de communaute' })).experts;
    expect(community[0]).toMatchObject({ person: { name: 'Julien Moreau' } });
  });
});
