import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translatePost } from '../src/posts/translations';
import { createCommunity } from './support/documents/communities';
import { createPost } from './support/documents/posts';
import { gid } from './support/documents/search';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';

const CREATE = `mutation($input: CreatePostInput!) { createPost(input: $input) {
  __typename ... on MutationCreatePostSuccess { data { id language } }
  ... on ValidationError { issues { field message } } } }`;
const UPDATE = `mutation($id: ID!, $body: String!, $language: String) { updatePost(id: $id, body: $body, language: $language) {
  __typename ... on MutationUpdatePostSuccess { data { language } } } }`;
const FEED = '{ feed(first: 50) { edges { node { body } } } }';
const LANGUAGES = '{ feedLanguages { languages chosen offered } }';
const SET_LANGUAGES = `mutation($languages: [String!]) { setFeedLanguages(languages: $languages) {
  __typename ... on MutationSetFeedLanguagesSuccess { data { languages chosen } }
  ... on ValidationError { issues { field message } } } }`;

const FRENCH =
  'Le déménagement du service se fera la semaine prochaine, pensez à vider vos armoires avant jeudi soir.';
const ENGLISH = 'The team is moving floors next week, please empty your cupboards before Thursday evening.';

let app: TestApp;
let olivia: SignedInClient;
let lea: SignedInClient;
let group: { id: string };
let paris: { id: string };

beforeAll(async () => {
  app = await createTestApp();
  olivia = await app.signedIn([], { name: 'Olivia Smith', locale: 'en' });
  lea = await app.signedIn([], { name: 'Léa Dubois', locale: 'fr' });
  group = await createCommunity(app, {
    name: 'Group-wide',
    members: [{ userId: olivia.user.id }, { userId: lea.user.id }],
  });
  paris = await createCommunity(app, { name: 'Paris office', members: [{ userId: lea.user.id }] });
  await app.services.db
    .update(schema.communities)
    .set({ language: 'fr' })
    .where(eq(schema.communities.id, paris.id));
});
afterAll(() => app.close());

const create = async (client: SignedInClient, body: string, extra: Record<string, unknown> = {}) =>
  (await client.data(CREATE, { input: { communityId: gid('Community', group.id), body, ...extra } }))
    .createPost;
const bodies = async (client: SignedInClient) =>
  (await client.data(FEED)).feed.edges.map((e: { node: { body: string } }) => e.node.body);

describe('the language of a post', () => {
  it('is detected when it is written, the author’s own when the text is too short to tell', async () => {
    expect((await create(lea, FRENCH)).data.language).toBe('fr');
    expect((await create(lea, ENGLISH)).data.language).toBe('en');
    expect((await create(olivia, 'Merci !')).data.language).toBe('en');
  });

  it('is the author’s to correct, from a list', async () => {
    const post = (await create(lea, 'Guten Morgen zusammen', { language: 'de' })).data;
    expect(post.language).toBe('de');
    const edited = await lea.data(UPDATE, { id: post.id, body: FRENCH, language: 'fr' });
    expect(edited.updatePost.data.language).toBe('fr');
    const refused = await create(lea, FRENCH, { language: 'klingon' });
    expect(refused.issues[0].message).toBe('Choisissez une langue de la liste.');
  });
});

describe('the languages of one’s home feed', () => {
  it('are by default one’s UI language and one’s communities’ languages', async () => {
    expect((await olivia.data(LANGUAGES)).feedLanguages).toMatchObject({ languages: ['en'], chosen: false });
    expect((await lea.data(LANGUAGES)).feedLanguages.languages.sort()).toEqual(['fr']);
  });

  it('leave out posts in other languages, but never one’s own posts nor official announcements', async () => {
    const words = 'Bienvenue à toutes et à tous dans la nouvelle organisation du groupe, lisez bien.';
    const official = await createCommunity(app, { name: 'Annonces', kind: 'official' });
    await createPost(app, { authorId: lea.user.id, communityId: official.id, body: words });
    await app.services.db
      .update(schema.posts)
      .set({ language: 'fr', isAnnouncement: true })
      .where(eq(schema.posts.communityId, official.id));
    await create(olivia, 'Bon appétit à toute l’équipe pour le repas de Noël de vendredi prochain !', {
      language: 'fr',
    });
    const seen = await bodies(olivia);
    expect(seen).toContain(ENGLISH);
    expect(seen).not.toContain(FRENCH);
    expect(seen).toContain(words);
    expect(seen).toContain('Bon appétit à toute l’équipe pour le repas de Noël de vendredi prochain !');

    const chosen = await olivia.data(SET_LANGUAGES, { languages: ['en', 'fr'] });
    expect(chosen.setFeedLanguages.data).toEqual({ languages: ['en', 'fr'], chosen: true });
    expect(await bodies(olivia)).toContain(FRENCH);
    await olivia.data(SET_LANGUAGES, { languages: null });
    expect(await bodies(olivia)).not.toContain(FRENCH);
    const none = await olivia.gql(SET_LANGUAGES, { languages: [] });
    expect(JSON.stringify(none)).toContain('Choose at least one language.');
  });
});

describe('translations', () => {
  it('show only where one exists, in the reader’s language, from a provider a plugin may bring', async () => {
    const post = (await create(lea, FRENCH)).data;
    const QUERY = 'query($id: ID!) { post(id: $id) { language translation { language bodyHtml } } }';
    expect((await olivia.data(QUERY, { id: post.id })).post.translation).toBeNull();

    const id = Buffer.from(post.id, 'base64').toString().split(':')[1]!;
    await translatePost(app.services.db, id, [
      async ({ to }) => (to === 'en' ? 'The team is **moving** <script>alert(1)</script>' : null),
    ]);
    expect((await olivia.data(QUERY, { id: post.id })).post).toEqual({
      language: 'fr',
      translation: { language: 'en', bodyHtml: '<p>The team is <strong>moving</strong> alert(1)</p>' },
    });
    expect((await lea.data(QUERY, { id: post.id })).post.translation).toBeNull();
  });
});
