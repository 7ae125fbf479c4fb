import { schema as core } from '@levain/db';
import type { SignedInClient, TestApp } from '@levain/server/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charterAmbassadorQuestions, charterAmbassadors, charterAmbassadorTrainings } from '../db/schema';
import { startApp } from './fixtures';

const ERRORS = `... on Error { code message } ... on ValidationError { issues { field message } }`;
const NOMINATE = `mutation($user: ID!, $unit: ID) { nominateAmbassador(userId: $user, orgUnitId: $unit) {
  __typename ${ERRORS} } }`;
const AMBASSADORS = `query($forMe: Boolean, $nominated: Boolean, $first: Int) {
  ambassadors(forMe: $forMe, nominated: $nominated, first: $first) {
    edges { node { id name approved certified orgUnit { name } user { name } } } } }`;
const ASK = `mutation($q: String!) { askAmbassador(question: $q) {
  __typename ... on MutationAskAmbassadorSuccess { data { recipients } } ${ERRORS} } }`;

let app: TestApp;
let chiefCm: SignedInClient;
let lyonEmployee: SignedInClient;
let parisEmployee: SignedInClient;
let volunteer: SignedInClient;
let units: { france: string; lyon: string; paris: string };

const names = (data: any) => data.ambassadors.edges.map((e: any) => e.node.name);

beforeAll(async () => {
  app = await startApp();
  const { db } = app.services;
  const [france] = await db
    .insert(core.orgUnits)
    .values({ code: 'amb-fr', name: 'France', kind: 'country' })
    .returning();
  const sites = await db
    .insert(core.orgUnits)
    .values([
      { code: 'amb-lyon', name: 'Lyon', kind: 'direction', parentId: france!.id },
      { code: 'amb-paris', name: 'Paris', kind: 'direction', parentId: france!.id },
    ])
    .returning();
  units = { france: france!.id, lyon: sites[0]!.id, paris: sites[1]!.id };
  [chiefCm, lyonEmployee, parisEmployee, volunteer] = await Promise.all([
    app.signedIn(['chief_cm'], { name: 'Claire Chef' }),
    app.signedIn([], { name: 'Léo Lyon', orgUnitId: units.lyon, locale: 'fr' }),
    app.signedIn([], { name: 'Paul Paris', orgUnitId: units.paris }),
    app.signedIn([], { name: 'Vera Volontaire', orgUnitId: units.paris }),
  ]);
});

afterAll(() => app?.close());

describe('ambassadors', () => {
  it('lets the chief CM nominate ambassadors for a site, approved at once and listed to everyone', async () => {
    const lyonAmbassador = await app.createUser({ name: 'Amina Ambassadrice', orgUnitId: units.lyon });
    const nominated = await chiefCm.data(NOMINATE, { user: lyonAmbassador.id, unit: units.lyon });
    expect(nominated.nominateAmbassador.__typename).toBe('MutationNominateAmbassadorSuccess');
    const listed = await parisEmployee.data(AMBASSADORS, {});
    expect(listed.ambassadors.edges).toEqual([
      {
        node: expect.objectContaining({
          name: 'Amina Ambassadrice',
          approved: true,
          certified: false,
          orgUnit: { name: 'Lyon' },
        }),
      },
    ]);
  });

  it('lets an employee put only themselves forward, waiting for the chief CM’s approval', async () => {
    const other = await volunteer.data(NOMINATE, { user: parisEmployee.user.id });
    expect(other.nominateAmbassador).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'userId' }],
    });
    await volunteer.data(NOMINATE, { user: volunteer.user.id, unit: units.paris });
    expect(names(await parisEmployee.data(AMBASSADORS, {}))).toEqual(['Amina Ambassadrice']);
    const refused = await volunteer.gql(AMBASSADORS, { nominated: true });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_ALLOWED');
    expect(names(await chiefCm.data(AMBASSADORS, { nominated: true }))).toEqual(['Vera Volontaire']);
    await chiefCm.data(NOMINATE, { user: volunteer.user.id, unit: units.paris });
    expect(names(await parisEmployee.data(AMBASSADORS, {}))).toEqual([
      'Amina Ambassadrice',
      'Vera Volontaire',
    ]);
  });

  it('refuses an unknown unit on orgUnitId, writing nothing', async () => {
    const person = await app.createUser();
    const result = await chiefCm.data(NOMINATE, {
      user: person.id,
      unit: '00000000-0000-4000-8000-000000000000',
    });
    expect(result.nominateAmbassador).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'orgUnitId' }],
    });
    const rows = await app.services.db
      .select()
      .from(charterAmbassadors)
      .where(eq(charterAmbassadors.userId, person.id));
    expect(rows).toEqual([]);
  });

  it('sends a question to the ambassadors of the asker’s site only', async () => {
    expect(names(await lyonEmployee.data(AMBASSADORS, { forMe: true }))).toEqual(['Amina Ambassadrice']);
    const asked = await lyonEmployee.data(ASK, { q: 'Puis-je citer un client sur LinkedIn ?' });
    expect(asked.askAmbassador).toMatchObject({ data: { recipients: 1 } });
    const [question] = await app.services.db
      .select()
      .from(charterAmbassadorQuestions)
      .where(eq(charterAmbassadorQuestions.askerId, lyonEmployee.user.id));
    expect(question).toMatchObject({
      orgUnitId: units.lyon,
      question: 'Puis-je citer un client sur LinkedIn ?',
    });
  });

  it('tells an employee whom no ambassador serves, in their language', async () => {
    const away = await app.signedIn([], { locale: 'fr' });
    const asked = await away.data(ASK, { q: 'Une question' });
    expect(asked.askAmbassador).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'question', message: expect.stringContaining('Aucun ambassadeur') }],
    });
  });

  it('certifies an ambassador who completes the training path', async () => {
    const { db } = app.services;
    const [community] = await db
      .insert(core.communities)
      .values({ slug: 'ambassadeurs', name: 'Ambassadeurs de la charte' })
      .returning();
    const [path] = await db
      .insert(core.learningPaths)
      .values({ communityId: community!.id, title: 'Devenir ambassadeur' })
      .returning();
    await db.insert(charterAmbassadorTrainings).values({ pathId: path!.id });
    await app.services.events.emit('learning.path-completed', {
      pathId: path!.id,
      communityId: community!.id,
      userId: volunteer.user.id,
      certificateId: '00000000-0000-4000-8000-000000000001',
    });
    await expect
      .poll(async () =>
        (await parisEmployee.data(AMBASSADORS, {})).ambassadors.edges.map((e: any) => e.node.certified),
      )
      .toEqual([false, true]);
  });

  it('lists ambassadors in a constant number of statements', async () => {
    const count = async (first: number) => {
      app.queries.length = 0;
      await parisEmployee.data(AMBASSADORS, { first });
      return app.queries.length;
    };
    await count(1);
    expect(await count(1)).toBe(await count(50));
  });
});
