import { schema as core } from '@levain/db';
import type { TestApp, TestClient } from '@levain/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACKNOWLEDGE, article, newCharter, PUBLISH, startApp } from './fixtures';

const POST = `mutation($body: String!) { createPost(input: { body: $body }) {
  __typename
  ... on ActionRequiredError { message path }
} }`;
const REQUIREMENT =
  '{ contributionRequirement(kind: POST) { ... on QueryContributionRequirementSuccess { data { message path } } } }';
const RATES = `query($id: ID!) { charterAcknowledgementRates(charterId: $id) {
  __typename
  ... on QueryCharterAcknowledgementRatesSuccess { data {
    audience acknowledged rate csv
    units { orgUnit { name } depth audience acknowledged rate }
  } }
} }`;

let app: TestApp;
let admin: TestClient;
let behaviourId: string;

beforeAll(async () => {
  app = await startApp();
  admin = await app.signedIn(['admin']);
  behaviourId = await newCharter(app.services.db, 'behaviour');
  await admin.data(PUBLISH, {
    input: {
      charterId: behaviourId,
      major: true,
      summaryFr: '',
      summaryEn: '',
      articles: [article(1, { fr: 'Cordialité', en: 'Courtesy' })],
    },
  });
});
afterAll(() => app.close());

describe('the behaviour charter before a first post', () => {
  it('blocks a newcomer’s first post until they accept it, then lets it through', async () => {
    const newcomer = await app.signedIn([], { locale: 'fr' });
    const requirement = (await newcomer.data(REQUIREMENT)).contributionRequirement.data;
    expect(requirement).toEqual({
      message: 'Avant votre première publication, lisez et acceptez la charte de comportement du réseau.',
      path: `/charter/accept?id=${behaviourId}`,
    });
    const refused = await newcomer.data(POST, { body: 'Bonjour à tous !' });
    expect(refused.createPost).toEqual({ __typename: 'ActionRequiredError', ...requirement });
    expect(await app.services.db.$count(core.posts)).toBe(0);

    await newcomer.data(ACKNOWLEDGE, { id: behaviourId, version: 1 });
    expect((await newcomer.data(REQUIREMENT)).contributionRequirement).toBeNull();
    expect((await newcomer.data(POST, { body: 'Bonjour à tous !' })).createPost.__typename).toBe(
      'MutationCreatePostSuccess',
    );
  });

  it('only asks gently those who already took part, and nobody while the plugin is disabled', async () => {
    const regular = await app.signedIn();
    await app.services.db.insert(core.posts).values({
      authorId: regular.user.id,
      profileUserId: regular.user.id,
      body: 'Déjà là',
      bodyHtml: '<p>Déjà là</p>',
    });
    expect((await regular.data(POST, { body: 'Encore moi' })).createPost.__typename).toBe(
      'MutationCreatePostSuccess',
    );

    const newcomer = await app.signedIn();
    await admin.data('mutation { setPluginEnabled(id: "charter", enabled: false) { __typename } }');
    expect((await newcomer.data(POST, { body: 'Hello' })).createPost.__typename).toBe(
      'MutationCreatePostSuccess',
    );
    await admin.data('mutation { setPluginEnabled(id: "charter", enabled: true) { __typename } }');
  });
});

describe('acknowledgement rates', () => {
  it('counts the audience by org unit, with the units below, and exports them as CSV', async () => {
    const db = app.services.db;
    const [group] = await db
      .insert(core.orgUnits)
      .values({ code: 'atlas', name: 'Atlas', kind: 'company' })
      .returning();
    const [france] = await db
      .insert(core.orgUnits)
      .values({ code: 'fr', name: 'France', kind: 'country', parentId: group!.id })
      .returning();
    const [uk] = await db
      .insert(core.orgUnits)
      .values({ code: 'uk', name: 'United Kingdom', kind: 'country', parentId: group!.id })
      .returning();
    await db.update(core.users).set({ orgUnitId: null });
    const people = [
      ...(await Promise.all([1, 2, 3, 4].map(() => app.signedIn([], { orgUnitId: france!.id })))),
      ...(await Promise.all([1, 2].map(() => app.signedIn([], { orgUnitId: uk!.id })))),
    ];
    for (const person of people.slice(0, 3)) await person.data(ACKNOWLEDGE, { id: behaviourId, version: 1 });
    await people[5]!.data(ACKNOWLEDGE, { id: behaviourId, version: 1 });

    const hr = await app.signedIn(['hr'], { locale: 'fr' });
    const rates = (await hr.data(RATES, { id: behaviourId })).charterAcknowledgementRates.data;
    expect(rates.units).toEqual([
      { orgUnit: { name: 'Atlas' }, depth: 0, audience: 6, acknowledged: 4, rate: 4 / 6 },
      { orgUnit: { name: 'France' }, depth: 1, audience: 4, acknowledged: 3, rate: 0.75 },
      { orgUnit: { name: 'United Kingdom' }, depth: 1, audience: 2, acknowledged: 1, rate: 0.5 },
    ]);
    expect(rates.csv.split('\n').slice(2, 5)).toEqual([
      'Atlas,1,6,4,66.7',
      'France,2,4,3,75.0',
      'United Kingdom,2,2,1,50.0',
    ]);
    expect(rates.csv.split('\n')[0]).toBe('Unité,Niveau,Public,Ont pris connaissance,Taux (%)');

    const employee = await app.signedIn();
    expect((await employee.data(RATES, { id: behaviourId })).charterAcknowledgementRates.__typename).toBe(
      'NotAllowedError',
    );
  });
});
