import { rmSync } from 'node:fs';
import { type DbHandle, queryRows } from '@levain/db';
import { createTestDb } from '@levain/db/test-db';
import { buildApp, installedPlugins, loadConfig } from '@levain/server';
import { hashPassword, renderBody } from '@levain/server/seeding';
import { TestClient } from '@levain/server/testing';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BENCH_PASSWORD,
  type SeedSummary,
  scales,
  searchWords,
  seedBench,
  seededTables,
} from '../src/seed/index';

const small = scales.small;
const dataDir = `/tmp/levain-bench-test-${process.pid}`;
let handle: DbHandle;
let app: Awaited<ReturnType<typeof buildApp>>;
let summary: SeedSummary;
let schemaBefore: string[];

const rows = <T>(query: SQL) => queryRows<T>(handle.db, query);
const count = async (query: SQL) => (await rows<{ n: number }>(query))[0]!.n;

/** Every constraint and index of the app's schema, as the catalogue describes it. */
const schemaShape = async () =>
  (
    await rows<{ d: string }>(sql`
      select conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) as d
      from pg_constraint where connamespace = 'public'::regnamespace
      union all
      select pg_get_indexdef(indexrelid) from pg_index i join pg_class c on c.oid = i.indexrelid
      where c.relnamespace = 'public'::regnamespace
      order by 1`)
  ).map((r) => r.d);

// The seed at 1/100 into a fresh database (PGlite, or PostgreSQL when DATABASE_URL is set),
// migrated the way the server migrates it: building the app with the installed plugins.
beforeAll(async () => {
  handle = await createTestDb();
  const config = { ...loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir }), env: 'test' as const };
  app = await buildApp({ config, plugins: installedPlugins(), handle });
  schemaBefore = await schemaShape();
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  summary = await seedBench(handle, { scale: 'small', passwordHash, log: () => {} });
}, 600_000);

afterAll(async () => {
  await app?.close();
  await handle?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('pnpm bench:seed --scale small', () => {
  it('writes 1/100 of the large company, and every table it promises', async () => {
    expect(await count(sql`select count(*)::int as n from users`)).toBe(small.people);
    expect(await count(sql`select count(*)::int as n from communities`)).toBe(small.communities);
    expect(await count(sql`select count(*)::int as n from posts`)).toBe(small.posts);
    expect(await count(sql`select count(*)::int as n from comments`)).toBe(small.comments);
    expect(
      await count(
        sql`select ((select count(*) from post_reactions) + (select count(*) from comment_reactions))::int as n`,
      ),
    ).toBe(small.reactions);
    expect(
      await count(sql`select count(*)::int as n from comments where parent_id is not null`),
    ).toBeGreaterThan(0);
    for (const table of seededTables) expect(summary.counts[table], table).toBeGreaterThan(0);
    expect(summary.counts.posts).toBe(small.posts);
  });

  it('puts everyone in a few communities, each with an owner, animators and a consistent member count', async () => {
    const perPerson = await rows<{ least: number; most: number }>(sql`
      select min(n)::int as least, max(n)::int as most from (select u.id, count(m.user_id) as n from users u
        left join community_memberships m on m.user_id = u.id and m.status = 'active' group by u.id) x`);
    expect(perPerson[0]!.least).toBeGreaterThanOrEqual(1);
    expect(perPerson[0]!.most).toBeLessThanOrEqual(40);
    expect(
      await count(sql`select count(*)::int as n from communities c where not exists (select 1 from community_memberships m
        where m.community_id = c.id and m.role = 'owner' and m.status = 'active')`),
    ).toBe(0);
    expect(
      await count(sql`select count(*)::int as n from community_memberships where role = 'animator'`),
    ).toBeGreaterThan(0);
    expect(
      await count(sql`select count(*)::int as n from communities c where member_count <> (select count(*)
        from community_memberships m join users u on u.id = m.user_id
        where m.community_id = c.id and m.status = 'active' and u.status = 'active')`),
    ).toBe(0);
  });

  it('mixes every visibility, join policy and kind of community', async () => {
    const distinct = (column: string) =>
      count(sql`select count(distinct ${sql.raw(column)})::int as n from communities`);
    expect(await distinct('visibility')).toBe(3);
    expect(await distinct('join_policy')).toBe(3);
    expect(await distinct('kind')).toBe(4);
  });

  it('keeps every counter equal to what it counts', async () => {
    const wrong = {
      postComments: sql`select count(*)::int as n from posts p
        where comment_count <> (select count(*) from comments c where c.post_id = p.id)`,
      postReactions: sql`select count(*)::int as n from posts p
        where reaction_count <> (select count(*) from post_reactions r where r.post_id = p.id)`,
      replies: sql`select count(*)::int as n from comments c
        where reply_count <> (select count(*) from comments r where r.parent_id = c.id)`,
      commentReactions: sql`select count(*)::int as n from comments c
        where reaction_count <> (select count(*) from comment_reactions r where r.comment_id = c.id)`,
      votes: sql`select count(*)::int as n from poll_options o
        where vote_count <> (select count(*) from poll_votes v where v.option_id = o.id)`,
      reachless: sql`select count(*)::int as n from posts where impression_count <> 0`,
    };
    for (const [counter, query] of Object.entries(wrong)) expect(await count(query), counter).toBe(0);
  });

  it('lets only members post in a community, and only readers comment, react, vote or acknowledge', async () => {
    const readers = (table: string, person: string, post: string) => sql`
      select count(*)::int as n from ${sql.raw(table)} x join posts p on p.id = ${sql.raw(post)}
      left join communities c on c.id = p.community_id
      where p.status <> 'published' or p.moderation <> 'visible' or (c.visibility <> 'public' and not exists (
        select 1 from community_memberships m where m.community_id = c.id and m.user_id = ${sql.raw(person)}
          and m.status = 'active'))`;
    expect(
      await count(sql`select count(*)::int as n from posts p where p.community_id is not null and not exists (
        select 1 from community_memberships m where m.community_id = p.community_id and m.user_id = p.author_id
          and m.status = 'active')`),
    ).toBe(0);
    expect(await count(readers('comments', 'x.author_id', 'x.post_id'))).toBe(0);
    expect(await count(readers('post_reactions', 'x.user_id', 'x.post_id'))).toBe(0);
    expect(
      await count(
        readers(
          '(select r.user_id, c.post_id from comment_reactions r join comments c on c.id = r.comment_id)',
          'x.user_id',
          'x.post_id',
        ),
      ),
    ).toBe(0);
    expect(await count(readers('poll_votes', 'x.user_id', 'x.post_id'))).toBe(0);
    expect(await count(readers('announcement_acknowledgements', 'x.user_id', 'x.post_id'))).toBe(0);
    expect(await count(readers('bookmarks', 'x.user_id', 'x.post_id'))).toBe(0);
    expect(
      await count(sql`select count(*)::int as n from post_reactions r join posts p on p.id = r.post_id
        where r.user_id = p.author_id`),
    ).toBe(0);
  });

  it('spreads posts over the last twelve months, answers after them, nothing in the future', async () => {
    const [span] = await rows<{ months: number; future: number; early: number }>(sql`
      select (select count(distinct date_trunc('month', published_at))::int from posts) as months,
        (select count(*)::int from posts where published_at > now()) as future,
        (select count(*)::int from comments c join posts p on p.id = c.post_id where c.created_at < p.published_at)
          as early`);
    expect(span!.months).toBeGreaterThanOrEqual(12);
    expect(span!.future).toBe(0);
    expect(span!.early).toBe(0);
    expect(
      await count(sql`select count(*)::int as n from posts where published_at < now() - interval '366 days'`),
    ).toBe(0);
  });

  it('stores the HTML the app renders from each body, in French and English', async () => {
    const sample = await rows<{ body: string; html: string; id: string; name: string; email: string }>(sql`
      (select p.body, p.body_html as html, u.id, u.name, u.email from posts p join users u on u.id = p.author_id
        order by p.body like '%!%' desc, random() limit 60)
      union all
      (select c.body, c.body_html, u.id, u.name, u.email from comments c join users u on u.id = c.author_id
        order by random() limit 40)`);
    for (const row of sample) {
      const author = {
        ...row,
        roles: new Set(['member' as const]),
        orgUnitId: null,
        locale: 'fr',
        timeZone: 'Europe/Paris',
      };
      expect((await renderBody({ db: handle.db, services: app.services }, author, row.body)).html).toBe(
        row.html,
      );
    }
    for (const word of [...searchWords.fr.common, ...searchWords.en.common])
      expect(summary.searchWords[word], word).toBeGreaterThan(0);
  });

  it('ends with exactly the schema the migrations made, and without its work tables', async () => {
    expect(await schemaShape()).toEqual(schemaBefore);
    expect(await count(sql`select count(*)::int as n from pg_namespace where nspname = 'bench_seed'`)).toBe(
      0,
    );
  });

  it('lets a seeded person sign in and read their home feed through the GraphQL API', async () => {
    const client = new TestClient(app, 'fr');
    const signIn = await client.data<{ signIn: { __typename: string } }>(
      `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { __typename } }`,
      { email: summary.signIns.employeeFr, password: BENCH_PASSWORD },
    );
    expect(signIn.signIn.__typename).toBe('MutationSignInSuccess');
    const { feed } = await client.data<{ feed: { edges: Array<{ node: { id: string; body: string } }> } }>(
      '{ feed(first: 10) { edges { node { id body } } } }',
    );
    expect(feed.edges.length).toBe(10);
    expect(
      await count(sql`select count(*)::int as n from notifications where read_at is null`),
    ).toBeGreaterThan(0);
  });

  it('gives HR a year of closed bi-weekly pulses whose heatmap the API serves', async () => {
    const client = new TestClient(app, 'fr');
    await client.data(
      `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { __typename } }`,
      { email: summary.signIns.hr, password: BENCH_PASSWORD },
    );
    const { pulseCampaigns } = await client.data<{
      pulseCampaigns: Array<{ id: string; closedPeriods: unknown[] }>;
    }>('{ pulseCampaigns { id closedPeriods { index } } }');
    expect(pulseCampaigns).toHaveLength(1);
    expect(pulseCampaigns[0]!.closedPeriods).toHaveLength(26);
    const { pulseHeatmap } = await client.data<{
      pulseHeatmap: { rows: Array<{ depth: number; responseCount: number | null }> };
    }>('query($c: ID!) { pulseHeatmap(campaignId: $c) { rows { depth responseCount } } }', {
      c: pulseCampaigns[0]!.id,
    });
    expect(pulseHeatmap.rows[0]!.responseCount).toBeGreaterThan(small.people / 2);
  });
});
