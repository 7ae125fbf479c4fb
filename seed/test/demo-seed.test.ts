import { queryRows, schema } from '@levain/db';
import { createTestApp, type TestApp } from '@levain/server/testing';
import { eq, type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoSignIns, seedDemoIfEmpty } from '../src/demo';

const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { __typename ... on Error { message } }
}`;
const ME = `{ me {
  name roles locale timeZone title orgUnit { code } manager { name } reports { name }
  workingHours { days start end }
} }`;

let app: TestApp;
const countActive = async () =>
  (
    await app.services.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.users)
      .where(eq(schema.users.status, 'active'))
  )[0]!.n;

beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

describe('the demo organisation', () => {
  it('is skipped with LEVAIN_SEED=none', async () => {
    expect(await seedDemoIfEmpty(app.services, { LEVAIN_SEED: 'none' })).toBe(false);
    expect(await countActive()).toBe(0);
    expect((await app.client().data('{ authConfig { organisationName } }')).authConfig.organisationName).toBe(
      'Levain',
    );
  });

  it('creates Groupe Atlas in an empty database, once', async () => {
    // It runs at the first start of the app: people, communities and three months of conversations.
    expect(await seedDemoIfEmpty(app.services)).toBe(true);

    const people = await countActive();
    expect(people).toBeGreaterThanOrEqual(190);
    expect(people).toBeLessThanOrEqual(210);
    // atlas.example may sign up; the link is offered once the server can mail the proof (SMTP_URL).
    expect(await app.client().data('{ authConfig { organisationName selfSignUp } }')).toEqual({
      authConfig: { organisationName: 'Groupe Atlas', selfSignUp: false },
    });
    expect((await app.services.db.query.organisationSettings.findFirst())?.allowedEmailDomains).toEqual([
      'atlas.example',
    ]);

    expect(await seedDemoIfEmpty(app.services)).toBe(false);
    expect(await countActive()).toBe(people);
  });

  it('has four countries of four directions, each with a head reporting to the country director', async () => {
    const admin = app.client();
    await admin.data(SIGN_IN, { email: 'admin@atlas.example', password: DEMO_PASSWORD });
    const units = (await admin.data('{ orgUnits { code kind parent { code } } }')).orgUnits as Array<{
      code: string;
      kind: string;
      parent: { code: string } | null;
    }>;
    const codes = (kind: string) =>
      units
        .filter((u) => u.kind === kind)
        .map((u) => u.code)
        .sort();
    expect(codes('company')).toEqual(['atlas']);
    expect(codes('country')).toEqual(['be', 'ca', 'fr', 'uk']);
    expect(codes('direction')).toEqual(
      ['be', 'ca', 'fr', 'uk'].flatMap((c) =>
        ['communication', 'hr', 'marketing', 'sales'].map((d) => `${c}-${d}`),
      ),
    );
    expect(codes('team').length).toBeGreaterThanOrEqual(8);
    for (const team of units.filter((u) => u.kind === 'team'))
      expect(team.parent?.code).toMatch(/^(fr|be|ca|uk)-/);

    // Who manages whom, read from the database: heads → country director → chief executive.
    const rows = await app.services.db.execute(sql`
      select u.email, o.code as unit, o.kind, m.email as manager, mo.code as manager_unit
      from users u join org_units o on o.id = u.org_unit_id
      left join users m on m.id = u.manager_id left join org_units mo on mo.id = m.org_unit_id`);
    const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as Array<{
      email: string;
      unit: string;
      kind: string;
      manager: string | null;
      manager_unit: string | null;
    }>;
    expect(list.filter((p) => !p.manager).map((p) => p.unit)).toEqual(['atlas']);
    for (const country of ['fr', 'be', 'ca', 'uk']) {
      const director = list.filter((p) => p.unit === country);
      expect(director).toHaveLength(1);
      expect(director[0]!.manager_unit).toBe('atlas');
      for (const direction of ['communication', 'marketing', 'hr', 'sales']) {
        const heads = list.filter((p) => p.unit === `${country}-${direction}` && p.manager_unit === country);
        expect(heads).toHaveLength(1);
      }
    }
    expect(list.every((p) => /^[a-z0-9.-]+@atlas\.example$/.test(p.email))).toBe(true);
  });

  it('lets each named demo account sign in with the demo password, with its role', async () => {
    expect(demoSignIns.map((s) => s.email)).toEqual([
      'admin@atlas.example',
      'rh@atlas.example',
      'cm@atlas.example',
      'manager@atlas.example',
      'employe@atlas.example',
      'employee@atlas.example',
    ]);
    const expected = {
      'admin@atlas.example': { name: 'Camille Martin', roles: ['admin', 'member'], locale: 'fr' },
      'rh@atlas.example': { name: 'Sophie Bernard', roles: ['hr', 'member'], orgUnit: { code: 'fr-hr' } },
      'cm@atlas.example': { name: 'Julien Moreau', roles: ['chief_cm', 'member'] },
      'manager@atlas.example': { name: 'Thomas Petit', roles: ['member'], orgUnit: { code: 'fr-marketing' } },
      'employe@atlas.example': {
        name: 'Léa Dubois',
        roles: ['member'],
        orgUnit: { code: 'fr-marketing' },
        manager: { name: 'Thomas Petit' },
        timeZone: 'Europe/Paris',
      },
      'employee@atlas.example': {
        name: 'Olivia Smith',
        roles: ['member'],
        locale: 'en',
        timeZone: 'Europe/London',
        orgUnit: { code: 'uk-sales' },
      },
    };
    for (const [email, profile] of Object.entries(expected)) {
      const client = app.client();
      expect((await client.data(SIGN_IN, { email, password: DEMO_PASSWORD })).signIn.__typename).toBe(
        'MutationSignInSuccess',
      );
      const { me } = await client.data(ME);
      expect({ ...me, roles: [...me.roles].sort() }).toMatchObject(profile);
      expect(me.title).toBeTruthy();
    }
    const manager = app.client();
    await manager.data(SIGN_IN, { email: 'manager@atlas.example', password: DEMO_PASSWORD });
    expect((await manager.data(ME)).me.reports.map((r: { name: string }) => r.name)).toContain('Léa Dubois');
  });
});

const rows = <T = Record<string, any>>(query: SQL) => queryRows<T>(app.services.db, query);
const one = async <T = Record<string, any>>(query: SQL) => (await rows<T>(query))[0]!;

async function signedInAs(email: string) {
  const client = app.client();
  await client.data(SIGN_IN, { email, password: DEMO_PASSWORD });
  return client;
}

describe('the demo conversations', () => {
  it('fill ~40 communities of every visibility with thousands of posts and comments', async () => {
    const counts = await one(sql`select
      (select count(*)::int from communities) as communities,
      (select count(*)::int from posts) as posts,
      (select count(*)::int from comments) as comments,
      (select count(*)::int from comments where parent_id is not null) as replies,
      (select count(*)::int from posts where community_id is null) as profile_posts,
      (select count(*)::int from posts where shared_post_id is not null) as shares`);
    expect(counts.communities).toBeGreaterThanOrEqual(38);
    expect(counts.posts).toBeGreaterThan(1000);
    expect(counts.comments).toBeGreaterThan(2500);
    expect(counts.replies).toBeGreaterThan(300);
    expect(counts.profile_posts).toBeGreaterThan(10);
    expect(counts.shares).toBeGreaterThan(0);

    const quiet = await rows(sql`select c.slug from communities c
      where not exists (select 1 from posts p where p.community_id = c.id)`);
    expect(quiet).toEqual([]);
    const byVisibility = await rows<{ visibility: string; n: number }>(sql`
      select c.visibility, count(*)::int as n from posts p join communities c on c.id = p.community_id
      group by c.visibility`);
    expect(byVisibility.map((r) => r.visibility).sort()).toEqual(['private', 'public', 'secret']);

    // Spread over the last 90 days, never in the future, and every slot of the templates filled.
    const span = await one(sql`select count(distinct (published_at at time zone 'UTC')::date)::int as days,
      bool_and(published_at <= now() and published_at > now() - interval '91 days') as in_range
      from posts`);
    expect(span).toEqual({ days: expect.any(Number), in_range: true });
    expect(span.days).toBeGreaterThan(60);
    const unfilled = await rows(sql`select body from posts where body ~ '\{\w+\}'
      union all select body from comments where body ~ '\{\w+\}'`);
    expect(unfilled).toEqual([]);
  });

  it('never say the same thing twice on one profile', async () => {
    const repeated = await rows(sql`select profile_user_id, body, count(*)::int as n from posts
      where profile_user_id is not null group by profile_user_id, body having count(*) > 1`);
    expect(repeated).toEqual([]);
  });

  it('write in English in the UK communities and in French in the French ones', async () => {
    const bodies = async (slug: string) =>
      (
        await rows<{
          body: string;
        }>(sql`select p.body from posts p join communities c on c.id = p.community_id
          where c.slug = ${slug} and p.shared_post_id is null`)
      ).map((r) => r.body);
    const french = /(?<!\p{L})(le|la|les|des|du|un|une|pour|avec|est|vous|à)(?!\p{L})/iu;
    const london = await bodies('london-office');
    expect(london.length).toBeGreaterThan(10);
    expect(london.filter((body) => french.test(body))).toEqual([]);
    const paris = await bodies('vie-du-site-paris');
    expect(paris.length).toBeGreaterThan(10);
    expect(paris.filter((body) => !french.test(body))).toEqual([]);
  });

  it('keep every denormalised counter equal to its rows', async () => {
    const wrongPosts = await rows(sql`select p.id from posts p where
      p.reaction_count <> (select count(*) from post_reactions r where r.post_id = p.id)
      or p.comment_count <> (select count(*) from comments c where c.post_id = p.id)
      or p.impression_count <> (select count(*) from post_impressions i where i.post_id = p.id)`);
    expect(wrongPosts).toEqual([]);
    const wrongComments = await rows(sql`select c.id from comments c where
      c.reaction_count <> (select count(*) from comment_reactions r where r.comment_id = c.id)
      or c.reply_count <> (select count(*) from comments r where r.parent_id = c.id)`);
    expect(wrongComments).toEqual([]);
    const wrongOptions = await rows(sql`select o.id from poll_options o
      where o.vote_count <> (select count(*) from poll_votes v where v.option_id = o.id)`);
    expect(wrongOptions).toEqual([]);
    const wrongCommunities = await rows(sql`select c.slug from communities c where c.member_count <>
      (select count(*) from community_memberships m where m.community_id = c.id and m.status = 'active')`);
    expect(wrongCommunities).toEqual([]);

    // Replies answer a top-level comment of the same post, after it; comments come after their post.
    const misplaced = await rows(sql`select c.id from comments c join posts p on p.id = c.post_id
      left join comments parent on parent.id = c.parent_id
      where c.created_at < p.published_at
        or (c.parent_id is not null and (parent.parent_id is not null or parent.post_id <> c.post_id
          or c.created_at < parent.created_at))`);
    expect(misplaced).toEqual([]);
    // Only members react, comment, vote and acknowledge in communities.
    const outsiders = await rows(sql`
      select r.user_id from post_reactions r join posts p on p.id = r.post_id
        where p.community_id is not null and not exists (select 1 from community_memberships m
          where m.community_id = p.community_id and m.user_id = r.user_id and m.status = 'active')
      union all
      select c.author_id from comments c join posts p on p.id = c.post_id
        where p.community_id is not null and not exists (select 1 from community_memberships m
          where m.community_id = p.community_id and m.user_id = c.author_id and m.status = 'active')`);
    expect(outsiders).toEqual([]);
  });

  it('have reactions of every kind, polls, announcements, pinned posts, hashtags and mentions', async () => {
    const kinds = await rows<{ kind: string }>(sql`select distinct kind from post_reactions
      union select distinct kind from comment_reactions`);
    expect(kinds.map((k) => k.kind).sort()).toEqual(['bravo', 'curious', 'insightful', 'like', 'support']);

    const polls = await rows<{ voters: number; closed: boolean }>(sql`select
      (select count(distinct v.user_id)::int from poll_votes v where v.post_id = p.post_id) as voters,
      coalesce(p.closes_at < now(), false) as closed from polls p`);
    expect(polls.length).toBeGreaterThanOrEqual(10);
    expect(polls.every((p) => p.voters > 0)).toBe(true);
    expect(new Set(polls.map((p) => p.closed))).toEqual(new Set([true, false]));

    // Partly acknowledged: some of the audience (active members but the author), never all of it.
    const announcements = await rows<{ acknowledged: number; audience: number }>(sql`select
      (select count(*)::int from announcement_acknowledgements a where a.post_id = p.id) as acknowledged,
      (select count(*)::int from community_memberships m where m.community_id = p.community_id
        and m.status = 'active' and m.user_id <> p.author_id) as audience
      from posts p where p.is_announcement`);
    expect(announcements.length).toBeGreaterThanOrEqual(12);
    for (const a of announcements) {
      expect(a.acknowledged).toBeGreaterThan(0);
      expect(a.acknowledged).toBeLessThan(a.audience);
    }
    const official = await one(sql`select count(*)::int as n from posts p join communities c
      on c.id = p.community_id where c.kind = 'official' and p.is_announcement`);
    expect(official.n).toBeGreaterThanOrEqual(8);

    const pinned = await one(
      sql`select count(distinct community_id)::int as n from posts where pinned_at is not null`,
    );
    expect(pinned.n).toBeGreaterThanOrEqual(5);
    const pending = await one(sql`select count(*)::int as n from posts where status = 'pending_approval'`);
    expect(pending.n).toBeGreaterThan(0);

    const tags = (await rows<{ tag: string }>(sql`select distinct tag from post_hashtags`)).map((t) => t.tag);
    expect(tags).toEqual(
      expect.arrayContaining(['intranet2027', 'droitaladeconnexion', 'veille', 'qvt', 'barometre']),
    );
    const mentioned = await rows<{ body_html: string; name: string }>(sql`select p.body_html, u.name
      from mentions m join posts p on p.id = m.post_id join users u on u.id = m.user_id`);
    expect(mentioned.length).toBeGreaterThan(20);
    for (const { body_html, name } of mentioned) expect(body_html).toContain(`class="mention">@${name}</a>`);
  });

  it('give each demo account people to follow and bookmarks', async () => {
    const named = await rows<{ email: string; follows: number; bookmarks: number; posts: number }>(sql`
      select u.email,
        (select count(*)::int from follows f where f.follower_id = u.id) as follows,
        (select count(*)::int from bookmarks b where b.user_id = u.id) as bookmarks,
        (select count(*)::int from posts p where p.author_id = u.id) as posts
      from users u where u.email like '%@atlas.example' and u.email not like '%.%@%'`);
    expect(named.map((n) => n.email).sort()).toEqual(demoSignIns.map((s) => s.email).sort());
    for (const account of named) {
      expect(account.follows).toBeGreaterThan(0);
      expect(account.bookmarks).toBeGreaterThan(0);
    }
  });

  it('give Léa a lively home feed, rendered, without anything of a secret community', async () => {
    const lea = await signedInAs('employe@atlas.example');
    const FEED = `query($after: String) { feed(first: 20, after: $after) {
      edges { node { id bodyHtml reactionCount commentCount author { name } community { slug visibility } } }
      pageInfo { hasNextPage endCursor } } }`;
    const first = (await lea.data(FEED)).feed;
    expect(first.edges).toHaveLength(20);
    const posts = first.edges.map((e: any) => e.node);
    for (const post of posts) {
      expect(post.bodyHtml).toMatch(/^<(p|h2|ol|ul)>/);
      expect(post.bodyHtml).not.toMatch(/<script|\{\w+\}/);
    }
    expect(posts.some((p: any) => p.reactionCount > 0 && p.commentCount > 0)).toBe(true);

    const seen = [...posts];
    // Her whole feed, page after page.
    for (let page = first, n = 0; page.pageInfo.hasNextPage && n < 50; n++) {
      page = (await lea.data(FEED, { after: page.pageInfo.endCursor })).feed;
      seen.push(...page.edges.map((e: any) => e.node));
    }
    expect(seen.length).toBeGreaterThan(100);
    expect(seen.filter((p: any) => p.community?.visibility === 'secret')).toEqual([]);
    const { myBookmarks } = await lea.data('{ myBookmarks(first: 20) { edges { node { id } } } }');
    expect(myBookmarks.edges.length).toBeGreaterThan(0);
  });

  it('keep the secret crisis protocols’ posts out of her search, and show them to its members', async () => {
    const SEARCH = `query($q: String!) { search(query: $q, first: 20) { totalCount edges { node {
      __typename ... on PostSearchResult { post { community { slug } } } } } } }`;
    const secret =
      await one(sql`select count(*)::int as n from posts p join communities c on c.id = p.community_id
      where c.slug = 'protocoles-de-crise' and p.body ilike '%tramontane%'`);
    expect(secret.n).toBeGreaterThan(0);

    const lea = await signedInAs('employe@atlas.example');
    expect((await lea.data(SEARCH, { q: 'tramontane' })).search).toEqual({ totalCount: 0, edges: [] });
    const julien = await signedInAs('cm@atlas.example');
    const found = (await julien.data(SEARCH, { q: 'tramontane' })).search;
    expect(found.totalCount).toBeGreaterThan(0);
    expect(found.edges.map((e: any) => e.node.post?.community.slug)).toContain('protocoles-de-crise');

    // A public word is found by everyone.
    const hits = (await lea.data(SEARCH, { q: 'charte' })).search;
    expect(hits.totalCount).toBeGreaterThan(10);
  });
});

describe('the demo, alive for each persona', () => {
  const UNREAD = '{ unreadNotificationCount notifications(first: 50) { edges { node { kind message } } } }';
  const QUEUE = `query($id: ID) { moderationQueue(communityId: $id) { totalCount
    edges { node { kind post { author { name } } comment { author { name } } reports { details } } } } }`;

  it('tells every demo account what happened around them these last days, grouped', async () => {
    for (const { email } of demoSignIns) {
      const client = await signedInAs(email);
      const data = await client.data(UNREAD);
      expect({ email, unread: data.unreadNotificationCount > 0 }).toEqual({ email, unread: true });
      expect(data.notifications.edges.length).toBeGreaterThan(0);
    }
    const grouped = await one(
      sql`select count(*)::int as n from notifications where kind = 'reaction' and actor_count > 1`,
    );
    expect(grouped.n).toBeGreaterThan(10);
    // Nothing seeded waits to be emailed, and nobody is told about their own doing.
    const odd = await one(sql`select count(*)::int as n from notifications
      where email_due_at is not null or recipient_id = any(actor_ids)`);
    expect(odd.n).toBe(0);
  });

  it('has open reports in the queues of the chief CM, of the manager and of the admins', async () => {
    const communitiesOf = async (email: string) =>
      (
        await rows<{ id: string }>(sql`select distinct r.community_id as id from reports r
          join community_memberships m on m.community_id = r.community_id and m.role in ('owner', 'animator')
          join users u on u.id = m.user_id where u.email = ${email} and r.status = 'open'`)
      ).map((r) => r.id);
    for (const email of ['cm@atlas.example', 'manager@atlas.example']) {
      const client = await signedInAs(email);
      const me = (await client.data('{ me { name } }')).me.name;
      let waiting = 0;
      for (const id of await communitiesOf(email)) {
        const queue = (await client.data(QUEUE, { id: Buffer.from(`Community:${id}`).toString('base64') }))
          .moderationQueue;
        waiting += queue.totalCount;
        for (const { node } of queue.edges) expect((node.comment ?? node.post).author.name).not.toBe(me);
      }
      expect({ email, waiting: waiting > 0 }).toEqual({ email, waiting: true });
    }
    const admin = await signedInAs('admin@atlas.example');
    const all = (await admin.data(QUEUE, { id: null })).moderationQueue;
    expect(all.totalCount).toBeGreaterThanOrEqual(4);
    expect(all.edges.map((e: any) => e.node.kind)).toContain('comment');
    expect(all.edges.every((e: any) => e.node.reports[0].details)).toBe(true);
  });

  it('shows the admin an audit log of the seeded admin actions, and HR the invitations she sent', async () => {
    const admin = await signedInAs('admin@atlas.example');
    const log = (
      await admin.data('{ auditLog(first: 100) { edges { node { action sentence subject { label } } } } }')
    ).auditLog.edges.map((e: any) => e.node);
    const actions = new Set(log.map((e: any) => e.action));
    expect([...actions]).toEqual(expect.arrayContaining(['invitation.created', 'community.created']));
    const all = await rows<{ action: string }>(sql`select distinct action from audit_log`);
    expect(all.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'organisation.updated',
        'user.roles-changed',
        'community.created',
        'invitation.created',
      ]),
    );
    const hr = await signedInAs('rh@atlas.example');
    const invitations = (await hr.data('{ invitations(first: 20) { edges { node { email status } } } }'))
      .invitations;
    expect(invitations.edges.filter((e: any) => e.node.status === 'pending').length).toBeGreaterThanOrEqual(
      3,
    );
  });

  it('shows the admin a webhook turned off after failures, from the bell, and Olivia her personal token', async () => {
    const admin = await signedInAs('admin@atlas.example');
    const notices = (await admin.data(UNREAD)).notifications.edges
      .map((e: any) => e.node)
      .filter((n: any) => n.kind === 'webhook_disabled');
    expect(notices).toHaveLength(1);
    expect(notices[0].message).toContain('https://agenda.atlas.example/levain/events');
    const hooks = (
      await admin.data(
        '{ webhooks(first: 10) { edges { node { url status deliveries(first: 20) { edges { node { succeeded } } } } } } }',
      )
    ).webhooks.edges.map((e: any) => e.node);
    const failing = hooks.find((h: any) => h.status === 'failing');
    expect(failing.url).toBe('https://agenda.atlas.example/levain/events');
    expect(failing.deliveries.edges.every((e: any) => !e.node.succeeded)).toBe(true);
    expect(hooks.map((h: any) => h.status)).toContain('disabled');
    const olivia = await signedInAs('employee@atlas.example');
    expect((await olivia.data('{ mayCreateApiTokens }')).mayCreateApiTokens).toBe(true);
    const own = (
      await olivia.data('{ apiTokens(first: 10, mine: true) { edges { node { name owner { name } } } } }')
    ).apiTokens.edges;
    expect(own.map((e: any) => e.node.name)).toEqual(['Weekly accounts digest']);
    expect((await olivia.data(UNREAD)).notifications.edges.map((e: any) => e.node.kind)).not.toContain(
      'webhook_disabled',
    );
  });

  it('has the CM academy: Thomas resumes where he stopped, Léa holds a certificate, Olivia has started', async () => {
    const ENROLMENTS = `{ myEnrollments(first: 10) { edges { node { completedAt dueAt
      path { title quizCount community { slug } } progress { percent nextStep { kind title } } certificate { id } } } } }`;
    const enrolments = async (email: string) =>
      (await (await signedInAs(email)).data(ENROLMENTS)).myEnrollments.edges.map((e: any) => e.node);

    const thomas = await enrolments('manager@atlas.example');
    const academy = thomas.find((e: any) => e.path.title.startsWith('CM academy'));
    expect(academy).toMatchObject({
      completedAt: null,
      path: { quizCount: 3, community: { slug: 'apprentissage-social-animer-une-communaute' } },
      progress: { nextStep: { kind: 'lesson', title: 'Modérer avec la charte de comportement' } },
    });
    expect(new Date(academy.dueAt).getTime()).toBeGreaterThan(Date.now());
    expect(thomas.some((e: any) => e.certificate)).toBe(true);

    const lea = await enrolments('employe@atlas.example');
    expect(lea).toEqual([expect.objectContaining({ progress: expect.objectContaining({ percent: 100 }) })]);
    expect(lea[0].certificate).not.toBeNull();
    const olivia = await enrolments('employee@atlas.example');
    expect(olivia[0]).toMatchObject({
      path: { title: 'First steps at Atlas' },
      progress: { nextStep: { kind: 'lesson' } },
    });
    expect(new Date(olivia[0].dueAt).getTime()).toBeGreaterThan(Date.now());

    const paths = (
      await (
        await signedInAs('employe@atlas.example')
      ).data('{ learningPaths(first: 10) { edges { node { title } } } }')
    ).learningPaths.edges.map((e: any) => e.node.title);
    expect(paths).toEqual(
      expect.arrayContaining(['CM academy : le métier de manager CM', 'First steps at Atlas']),
    );
  });

  it('shows the chief CM who follows the academy: learners at every stage, two overdue', async () => {
    const chiefCm = await signedInAs('cm@atlas.example');
    const paths = (
      await chiefCm.data('{ learningPaths(first: 10) { edges { node { id title viewerCanManage } } } }')
    ).learningPaths.edges.map((e: any) => e.node);
    const academy = paths.find((p: any) => p.title.startsWith('CM academy'));
    expect(academy.viewerCanManage).toBe(true);
    const learners = (
      await chiefCm.data(
        `query($id: ID!) { learningPath(id: $id) { learners(first: 50) { edges { node {
          overdue completedAt assignedBy { email } quizScores { bestScore } } } } } }`,
        { id: academy.id },
      )
    ).learningPath.learners.edges.map((e: any) => e.node);
    expect(learners.filter((l: any) => l.overdue)).toHaveLength(2);
    expect(learners.some((l: any) => l.completedAt)).toBe(true);
    expect(learners.some((l: any) => l.quizScores.length > 0 && !l.completedAt)).toBe(true);
  });
});
