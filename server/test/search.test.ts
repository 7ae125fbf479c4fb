import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RANKED_PER_KIND } from '../src/search/query';
import { createCommunity } from './support/documents/communities';
import { createComment, createPost } from './support/documents/posts';
import { gid, SEARCH, search } from './support/documents/search';
import { createTestApp, type TestApp, type TestClient } from './support/harness';

let app: TestApp;
let reader: TestClient & { user: { id: string } };
let author: { id: string };
let other: { id: string };
let community: { id: string };

beforeAll(async () => {
  app = await createTestApp();
  reader = await app.signedIn();
  author = await app.createUser({ name: 'Léa Dubois' });
  other = await app.createUser({ name: 'Olivia Smith' });
  community = await createCommunity(app, { name: 'Qualité de vie au travail' });
});
afterAll(async () => {
  await app?.close();
});

describe('matching', () => {
  test('French words are found without their accents, and accented words from plain ones', async () => {
    await createPost(app, {
      authorId: author.id,
      communityId: community.id,
      body: 'Bravo à toute l’équipe du salon !',
    });
    await createPost(app, {
      authorId: author.id,
      communityId: community.id,
      body: 'Il faut celebrer cette reussite',
    });
    expect((await search(reader, 'equipe')).lines).toContain('post: Bravo à toute l’équipe du salon !');
    expect((await search(reader, 'célébrer')).lines).toContain('post: Il faut celebrer cette reussite');
    expect((await search(reader, 'RÉUSSITE')).lines).toContain('post: Il faut celebrer cette reussite');
  });

  test('English words are found through their stems, in comments too', async () => {
    const post = await createPost(app, { authorId: other.id, body: 'Quarterly planning' });
    await createComment(app, { postId: post.id, authorId: other.id, body: 'The teams were running late' });
    expect((await search(reader, 'team run')).lines).toEqual(['comment: The teams were running late']);
  });

  test('people by name, accent-insensitive, with a typo or a prefix', async () => {
    expect((await search(reader, 'lea')).lines).toContain('person: Léa Dubois');
    expect((await search(reader, 'Olivai Smith')).lines).toContain('person: Olivia Smith');
    expect((await search(reader, 'oliv')).lines).toContain('person: Olivia Smith');
  });

  test('a deactivated person is not found', async () => {
    const gone = await app.createUser({ name: 'Zéphyrin Départ' });
    expect((await search(reader, 'zephyrin')).lines).toEqual(['person: Zéphyrin Départ']);
    await app.services.db
      .update(schema.users)
      .set({ status: 'deactivated' })
      .where(eq(schema.users.id, gone.id));
    expect((await search(reader, 'zephyrin')).lines).toEqual([]);
  });

  test('communities by name or description, hashtags with the number of posts', async () => {
    await createCommunity(app, { name: 'Télétravail et bien-être' });
    await createPost(app, {
      authorId: author.id,
      communityId: community.id,
      body: 'Notre été #Été',
      hashtags: ['ete'],
    });
    await createPost(app, { authorId: other.id, body: 'Vacances #ete', hashtags: ['ete'] });
    expect((await search(reader, 'teletravail')).lines).toContain('community: Télétravail et bien-être');
    expect((await search(reader, '#Été', { kinds: ['hashtag'] })).lines).toEqual(['#ete (2)']);
  });
});

describe('ranking and snippets', () => {
  test('the more a text is about the words, the higher; then the most recent first', async () => {
    const c = await createCommunity(app, { name: 'Ranking' });
    const day = (n: number) => new Date(Date.UTC(2026, 0, n));
    await createPost(app, {
      authorId: author.id,
      communityId: c.id,
      body: 'onboarding once',
      publishedAt: day(3),
    });
    await createPost(app, {
      authorId: author.id,
      communityId: c.id,
      body: 'onboarding onboarding: the onboarding guide',
      publishedAt: day(1),
    });
    await createPost(app, {
      authorId: author.id,
      communityId: c.id,
      body: 'onboarding twice',
      publishedAt: day(2),
    });
    expect((await search(reader, 'onboarding', { kinds: ['post'] })).lines).toEqual([
      'post: onboarding onboarding: the onboarding guide',
      'post: onboarding once',
      'post: onboarding twice',
    ]);
  });

  test('snippets mark the matched words and can carry no other markup', async () => {
    await createPost(app, {
      authorId: author.id,
      body: 'L’équipe gagne si x < 3 & y > 2 "vite" <img src=x onerror=alert(1)> <mark>faux</mark> \u0002 fin',
    });
    const { edges } = await search(reader, 'équipe gagne', { kinds: ['post'] });
    const snippet: string = edges[0].node.snippet;
    expect(snippet).toContain('<mark>équipe</mark>');
    expect(snippet).toContain('<mark>gagne</mark>');
    expect(snippet).toContain('x &lt; 3 &amp; y &gt; 2');
    expect(snippet).toContain('&quot;vite&quot; &lt;img src=x');
    expect(snippet.match(/<[^>]*>/g)!.every((tag) => tag === '<mark>' || tag === '</mark>')).toBe(true);
    expect(snippet).not.toContain('\u0002');
  });

  test('English words are marked in English texts', async () => {
    const { edges } = await search(reader, 'team run', { kinds: ['comment'] });
    expect(edges[0].node.snippet).toBe('The <mark>teams</mark> were <mark>running</mark> late');
  });
});

describe('filters and pages', () => {
  test('by kind, community, author and date', async () => {
    const c = await createCommunity(app, { name: 'Filtres' });
    await createPost(app, {
      authorId: author.id,
      communityId: c.id,
      body: 'kickoff in Lyon',
      publishedAt: new Date('2026-03-10T10:00:00Z'),
    });
    await createPost(app, {
      authorId: other.id,
      communityId: c.id,
      body: 'kickoff in Leeds',
      publishedAt: new Date('2026-05-10T10:00:00Z'),
    });
    await createPost(app, {
      authorId: author.id,
      body: 'kickoff at home',
      publishedAt: new Date('2026-04-10T10:00:00Z'),
    });
    const texts = async (filter: object) => (await search(reader, 'kickoff', filter)).lines.sort();

    expect(await texts({ kinds: ['post'] })).toEqual([
      'post: kickoff at home',
      'post: kickoff in Leeds',
      'post: kickoff in Lyon',
    ]);
    expect(await texts({ kinds: ['comment', 'person'] })).toEqual([]);
    expect(await texts({ communityId: gid('Community', c.id) })).toEqual([
      'post: kickoff in Leeds',
      'post: kickoff in Lyon',
    ]);
    expect(await texts({ authorId: gid('User', author.id) })).toEqual([
      'post: kickoff at home',
      'post: kickoff in Lyon',
    ]);
    expect(await texts({ from: '2026-04-01T00:00:00Z' })).toEqual([
      'post: kickoff at home',
      'post: kickoff in Leeds',
    ]);
    expect(await texts({ from: '2026-04-01T00:00:00Z', to: '2026-05-01T00:00:00Z' })).toEqual([
      'post: kickoff at home',
    ]);
  });

  test('an author or date filter leaves communities and people out; a community filter keeps its members', async () => {
    const c = await createCommunity(app, { name: 'Dubois fan club', members: [{ userId: author.id }] });
    expect((await search(reader, 'dubois')).lines.sort()).toEqual([
      'community: Dubois fan club',
      'person: Léa Dubois',
    ]);
    expect((await search(reader, 'dubois', { from: '2020-01-01T00:00:00Z' })).lines).toEqual([]);
    expect((await search(reader, 'Léa', { communityId: gid('Community', c.id) })).lines).toEqual([
      'person: Léa Dubois',
    ]);
    expect((await search(reader, 'Olivia', { communityId: gid('Community', c.id) })).lines).toEqual([]);
  });

  test('pages follow one another without gaps or repeats', async () => {
    const c = await createCommunity(app, { name: 'Pages' });
    const same = new Date('2026-02-02T08:00:00Z');
    for (let i = 0; i < 7; i++)
      await createPost(app, {
        authorId: author.id,
        communityId: c.id,
        body: `sprint review ${i}`,
        publishedAt: same,
      });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await reader.data(SEARCH, { q: 'sprint', first: 3, after });
      expect(page.search.totalCount).toBe(7);
      seen.push(...page.search.edges.map((e: any) => e.node.post.body));
      if (!page.search.pageInfo.hasNextPage) break;
      after = page.search.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `sprint review ${i}`));
  });

  test('a tampered cursor and an empty query are refused with a message', async () => {
    const bad = await reader.gql(SEARCH, { q: 'sprint', after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('VALIDATION');
    const empty = await reader.gql(SEARCH, { q: '   ' });
    expect(empty.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });
});

describe('common words', () => {
  test('rank the most recent matches of each kind and say there are more', async () => {
    const start = Date.parse('2026-03-01T09:00:00Z');
    const ids = await app.services.db
      .insert(schema.posts)
      .values(
        Array.from({ length: 230 }, (_, i) => ({
          authorId: author.id,
          communityId: community.id,
          body: `Point covoiturage numéro ${i}`,
          bodyHtml: `<p>Point covoiturage numéro ${i}</p>`,
          publishedAt: new Date(start + i * 60_000).toISOString(),
        })),
      )
      .returning({ id: schema.posts.id });
    const newest = ids.slice(-3).map((p) => p.id);

    const common = await reader.data(SEARCH, { q: 'covoiturage', filter: { kinds: ['post'] }, first: 5 });
    expect(common.search.totalCount).toBe(RANKED_PER_KIND + 1);
    expect(common.search.totalCountIsLowerBound).toBe(true);
    const found = common.search.edges.map((e: { node: { post: { id: string } } }) => e.node.post.id);
    expect(found).toEqual(expect.arrayContaining(newest.map((id) => gid('Post', id))));

    const rare = await reader.data(SEARCH, { q: 'numéro 229', filter: { kinds: ['post'] }, first: 5 });
    expect(rare.search.totalCountIsLowerBound).toBe(false);
  });
});
