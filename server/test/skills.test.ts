import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEvents } from '../src/events';
import { createCommunity } from './support/documents/communities';
import { deactivate } from './support/fixtures/communities';
import {
  ACCEPT,
  ANSWER,
  ASK,
  ENDORSE,
  EXPERTS,
  gid,
  PROFILE_SKILLS,
  SET_SKILLS,
} from './support/fixtures/questions';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';

let app: TestApp;
let nadia: SignedInClient;
let paul: SignedInClient;
let lea: SignedInClient;
let karim: SignedInClient;
const endorsed: AppEvents['skills.endorsed'][] = [];

beforeAll(async () => {
  app = await createTestApp();
  nadia = await app.signedIn([], { name: 'Nadia Haddad' });
  paul = await app.signedIn([], { name: 'Paul Girard', locale: 'fr' });
  lea = await app.signedIn([], { name: 'Léa Dubois' });
  karim = await app.signedIn([], { name: 'Karim Benali' });
  app.services.events.on('skills.endorsed', (e) => void endorsed.push(e));
});
afterAll(() => app.close());

const user = (client: SignedInClient) => gid('User', client.user.id);

describe('skills and endorsements', () => {
  it('skills are normalised: "Gestion de projet" and "gestion-de-projet" meet', async () => {
    await nadia.data(SET_SKILLS, { skills: ['Gestion de projet', 'Animation', 'animation'] });
    const result = await paul.data(SET_SKILLS, { skills: ['gestion-de-projet'] });
    expect(result.setMySkills.data.skills).toEqual([
      { name: 'Gestion de projet', slug: 'gestion-de-projet', endorsementCount: 0 },
    ]);
    const profile = (await lea.data(PROFILE_SKILLS, { id: user(nadia) })).node;
    expect(profile.skills.map((s: any) => s.name).sort()).toEqual(['Animation', 'Gestion de projet']);
  });

  it('a colleague endorses once; not oneself; typed errors naming the field, nothing written', async () => {
    const first = await lea.data(ENDORSE, { userId: user(nadia), skill: 'GESTION DE PROJET' });
    expect(first.endorseSkill.data).toMatchObject({
      name: 'Gestion de projet',
      endorsementCount: 1,
      viewerHasEndorsed: true,
      viewerCanEndorse: false,
      endorsements: [{ endorser: { name: 'Léa Dubois' } }],
    });
    expect(endorsed).toEqual([
      { userId: nadia.user.id, skill: 'Gestion de projet', endorserId: lea.user.id },
    ]);

    const twice = await lea.data(ENDORSE, { userId: user(nadia), skill: 'gestion-de-projet' });
    expect(twice.endorseSkill).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'skill' }] });
    const self = await paul.data(ENDORSE, { userId: user(paul), skill: 'gestion-de-projet' });
    expect(self.endorseSkill).toMatchObject({ __typename: 'ValidationError', issues: [{ field: 'userId' }] });
    expect(self.endorseSkill.issues[0].message).toMatch(/propres compétences/);
    const unlisted = await lea.data(ENDORSE, { userId: user(paul), skill: 'Animation' });
    expect(unlisted.endorseSkill.issues[0].field).toBe('skill');
    const rows = await app.services.db
      .select()
      .from(schema.skillEndorsements)
      .where(eq(schema.skillEndorsements.userId, nadia.user.id));
    expect(rows).toHaveLength(1);
    expect(endorsed).toHaveLength(1);
  });

  it('the expert finder ranks by endorsements and accepted answers on questions tagged with the skill', async () => {
    await karim.data(SET_SKILLS, { skills: ['Gestion de projet'] });
    await karim.data(ENDORSE, { userId: user(paul), skill: 'Gestion de projet' });
    await nadia.data(ENDORSE, { userId: user(paul), skill: 'Gestion de projet' });
    let experts = (await lea.data(EXPERTS, { skill: 'gestion de projét' })).experts;
    expect(experts.map((e: any) => [e.person.name, e.endorsementCount, e.acceptedAnswerCount])).toEqual([
      ['Paul Girard', 2, 0],
      ['Nadia Haddad', 1, 0],
      ['Karim Benali', 0, 0],
    ]);

    const community = await createCommunity(app, {
      members: [{ userId: lea.user.id }, { userId: karim.user.id }],
    });
    const asked = await lea.data(ASK, {
      input: {
        communityId: gid('Community', community.id),
        body: 'Which planning tool?',
        skills: ['Gestion de projet'],
      },
    });
    const answer = await karim.data(ANSWER, {
      postId: asked.askQuestion.data.post.id,
      body: 'A shared board.',
    });
    const answerId = gid(
      'Answer',
      Buffer.from(answer.addComment.data.id, 'base64').toString().split(':')[1]!,
    );
    await lea.data(ACCEPT, { id: answerId });

    experts = (await lea.data(EXPERTS, { skill: 'projet' })).experts;
    expect(experts.map((e: any) => [e.person.name, e.endorsementCount, e.acceptedAnswerCount])).toEqual([
      ['Karim Benali', 0, 1],
      ['Paul Girard', 2, 0],
      ['Nadia Haddad', 1, 0],
    ]);
    expect((await lea.data(EXPERTS, { skill: 'plomberie' })).experts).toEqual([]);
  });

  it('deactivated people are not experts', async () => {
    await deactivate(app, karim.user.id);
    const experts = (await lea.data(EXPERTS, { skill: 'projet' })).experts;
    expect(experts.map((e: any) => e.person.name)).not.toContain('Karim Benali');
  });
});
