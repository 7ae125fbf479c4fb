import { schema as core } from '@levain/db';
import type { SignedInClient, TestApp } from '@levain/server/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charterAdvocacyItems, charterForbiddenWords } from '../db/schema';
import { startApp } from './fixtures';

const ERRORS = `... on Error { code message } ... on ValidationError { issues { field message } }`;
const CREATE = `mutation($input: CreateAdvocacyItemInput!) { createAdvocacyItem(input: $input) {
  __typename ... on MutationCreateAdvocacyItemSuccess { data } ${ERRORS} } }`;
const EXPIRE = `mutation($id: ID!) { expireAdvocacyItem(itemId: $id) { __typename ${ERRORS} } }`;
const KIT = `{ advocacyKit(first: 50) { edges { node { id title hashtags disclosure } } } }`;
const WORDS = `{ charterForbiddenWords { __typename ... on QueryCharterForbiddenWordsSuccess { data } ${ERRORS} } }`;
const SET_WORDS = `mutation($words: [String!]!) { setCharterForbiddenWords(words: $words) {
  __typename ... on MutationSetCharterForbiddenWordsSuccess { data } ${ERRORS} } }`;
const SHARE = `mutation($item: ID!, $text: String!) { shareAdvocacyItem(itemId: $item, network: LINKEDIN, text: $text) {
  __typename ${ERRORS} } }`;

const input = (overrides: Record<string, unknown> = {}) => ({
  titleFr: 'Portes ouvertes',
  titleEn: 'Open day',
  textFr: 'Venez nous voir #Levain',
  textEn: 'Come and see us #Levain',
  disclosureFr: 'Je travaille chez Levain.',
  disclosureEn: 'I work at Levain.',
  link: 'https://levain.example/portes-ouvertes',
  hashtags: ['#Levain'],
  ...overrides,
});

let app: TestApp;
let chiefCm: SignedInClient;
let employee: SignedInClient;
let openDayId: string;

beforeAll(async () => {
  app = await startApp();
  [chiefCm, employee] = await Promise.all([
    app.signedIn(['chief_cm'], { locale: 'fr' }),
    app.signedIn([], { locale: 'en' }),
  ]);
});

afterAll(() => app?.close());

const titles = async (client: SignedInClient) =>
  (await client.data(KIT)).advocacyKit.edges.map((e: any) => e.node.title);

describe('kit authoring', () => {
  it('lets the chief CM add an item that employees then see, audit-logged', async () => {
    const created = await chiefCm.data(CREATE, { input: input() });
    expect(created.createAdvocacyItem.__typename).toBe('MutationCreateAdvocacyItemSuccess');
    openDayId = created.createAdvocacyItem.data;
    expect(await titles(employee)).toContain('Open day');
    const [entry] = await app.services.db
      .select()
      .from(core.auditLog)
      .where(eq(core.auditLog.action, 'charter.kit-item-created'));
    expect(entry).toMatchObject({ actorId: chiefCm.user.id, subjectId: created.createAdvocacyItem.data });
  });

  it('refuses employees, and names the field of a bad link or hashtag in the viewer’s language, writing nothing', async () => {
    const before = await app.services.db.select().from(charterAdvocacyItems);
    const refused = await employee.data(CREATE, { input: input() });
    expect(refused.createAdvocacyItem).toMatchObject({ __typename: 'NotAllowedError' });
    const badLink = await chiefCm.data(CREATE, { input: input({ link: 'levain.example' }) });
    expect(badLink.createAdvocacyItem).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'input.link', message: expect.stringContaining('https://') }],
    });
    const badTag = await chiefCm.data(CREATE, { input: input({ hashtags: ['deux mots'] }) });
    expect(badTag.createAdvocacyItem.issues).toEqual([
      { field: 'input.hashtags.0', message: expect.stringContaining('n’est pas un hashtag') },
    ]);
    expect(await app.services.db.select().from(charterAdvocacyItems)).toHaveLength(before.length);
  });

  it('withdraws an item: no longer listed nor shareable, and not withdrawn twice', async () => {
    const { createAdvocacyItem } = await chiefCm.data(CREATE, { input: input({ titleEn: 'Job fair' }) });
    const id = createAdvocacyItem.data;
    expect((await chiefCm.data(EXPIRE, { id })).expireAdvocacyItem.__typename).toBe(
      'MutationExpireAdvocacyItemSuccess',
    );
    expect(await titles(employee)).not.toContain('Job fair');
    const share = await employee.data(SHARE, { item: id, text: 'Come and see us #Levain I work at Levain.' });
    expect(share.shareAdvocacyItem).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'itemId' }],
    });
    expect((await chiefCm.data(EXPIRE, { id })).expireAdvocacyItem.__typename).toBe('NotFoundError');
  });

  it('replaces the forbidden words, which the pre-check then applies', async () => {
    const set = await chiefCm.data(SET_WORDS, { words: ['  Confidentiel', 'rumeur', '', 'rumeur'] });
    expect(set.setCharterForbiddenWords.data).toEqual(['confidentiel', 'rumeur']);
    expect((await chiefCm.data(WORDS)).charterForbiddenWords.data).toEqual(['confidentiel', 'rumeur']);
    const share = await employee.data(SHARE, {
      item: openDayId,
      text: 'A rumeur: come and see us #Levain I work at Levain.',
    });
    expect(share.shareAdvocacyItem.issues).toEqual([
      { field: 'text', message: expect.stringContaining('rumeur') },
    ]);
  });

  it('refuses a word with a space, keeping the list, and hides the list from employees', async () => {
    const bad = await chiefCm.data(SET_WORDS, { words: ['deux mots'] });
    expect(bad.setCharterForbiddenWords).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'words' }],
    });
    const rows = await app.services.db.select().from(charterForbiddenWords);
    expect(rows.map((r) => r.word).sort()).toEqual(['confidentiel', 'rumeur']);
    expect((await employee.data(WORDS)).charterForbiddenWords.__typename).toBe('NotAllowedError');
  });
});
