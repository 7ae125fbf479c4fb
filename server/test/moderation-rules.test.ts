import { afterAll, beforeAll, expect, test } from 'vitest';
import { definePlugin, type PluginSource } from '../src/plugin-host/contract';
import { createCommunity } from './support/documents/communities';
import { moderate, notices, QUEUE, report } from './support/documents/moderation';
import { createComment, createPost } from './support/documents/posts';
import { gid } from './support/documents/search';
import { createTestApp, type TestApp, type TestClient } from './support/harness';

/** A plugin citing its own rules, like the charter plugin's articles; one rule only inside communities. */
const rulebook: PluginSource = {
  manifest: { id: 'rulebook', version: '1.0.0', core: '^1' },
  load: async () =>
    definePlugin({
      moderationRules: (scope) => [
        { id: 'rulebook:1', label: { fr: 'Article 1 — Respect', en: 'Article 1 — Respect' } },
        ...(scope.communityId
          ? [
              {
                id: 'rulebook:2',
                label: { fr: 'Article 2 — Rester dans le sujet', en: 'Article 2 — Stay on topic' },
                description: { fr: 'Le sujet de la communauté', en: 'The community’s topic' },
              },
            ]
          : []),
      ],
    }),
};

const REASONS = `query($communityId: ID) { reportReasons(communityId: $communityId) { id label description pluginId } }`;

type Client = TestClient & { user: { id: string } };
let app: TestApp;
let animator: Client;
let author: Client;
let reporter: Client;
let admin: Client;
let community: { id: string };

beforeAll(async () => {
  app = await createTestApp({ plugins: [rulebook] });
  [animator, author, reporter, admin] = await Promise.all([
    app.signedIn(),
    app.signedIn([], { locale: 'fr' }),
    app.signedIn(),
    app.signedIn(['admin']),
  ]);
  community = await createCommunity(app, {
    members: [
      { userId: animator.user.id, role: 'animator' },
      { userId: author.user.id },
      { userId: reporter.user.id },
    ],
  });
});
afterAll(async () => {
  await app?.close();
});

test('report reasons: the core reasons, then the rules the plugins add where the content is', async () => {
  const inCommunity = (await reporter.data(REASONS, { communityId: gid('Community', community.id) }))
    .reportReasons;
  expect(inCommunity.map((r: any) => r.id)).toEqual([
    'spam',
    'harassment',
    'off_topic',
    'confidential',
    'other',
    'rulebook:1',
    'rulebook:2',
  ]);
  expect(inCommunity.at(-1)).toEqual({
    id: 'rulebook:2',
    label: 'Article 2 — Stay on topic',
    description: 'The community’s topic',
    pluginId: 'rulebook',
  });
  const onProfiles = (await reporter.data(REASONS)).reportReasons.map((r: any) => r.id);
  expect(onProfiles.slice(5)).toEqual(['rulebook:1']);
});

test('a report and a removal cite a rule; the author reads it in their language', async () => {
  const p = await createPost(app, {
    authorId: author.user.id,
    communityId: community.id,
    body: 'Hors sujet',
  });
  const c = await createComment(app, { postId: p.id, authorId: author.user.id, body: 'Toujours hors sujet' });
  const filed = await report(reporter, {
    commentId: gid('Comment', c.id),
    reason: 'off_topic',
    rule: 'rulebook:2',
  });
  expect(filed.data).toMatchObject({ rule: 'rulebook:2', ruleLabel: 'Article 2 — Stay on topic' });

  const item = (await animator.data(QUEUE, { communityId: gid('Community', community.id) })).moderationQueue
    .edges[0].node;
  expect(item.reasons).toEqual([
    {
      reason: 'off_topic',
      reasonLabel: 'Off-topic',
      rule: 'rulebook:2',
      ruleLabel: 'Article 2 — Stay on topic',
      count: 1,
    },
  ]);

  // Hidden pending review: its moderators read why on the comment itself; other readers do not see it.
  await moderate(animator, {
    commentId: gid('Comment', c.id),
    action: 'hide',
    reason: 'À examiner',
    rule: 'rulebook:2',
  });
  const QUEUED = `query($communityId: ID) { moderationQueue(communityId: $communityId) { edges { node {
    moderation comment { moderationNotice { action ruleLabel reason } } } } } }`;
  const queued = (await animator.data(QUEUED, { communityId: gid('Community', community.id) }))
    .moderationQueue;
  expect(queued.edges.map((e: any) => e.node)).toEqual([
    {
      moderation: 'hidden',
      comment: {
        moderationNotice: { action: 'hide', ruleLabel: 'Article 2 — Stay on topic', reason: 'À examiner' },
      },
    },
  ]);
  const NODE = `query($id: ID!) { node(id: $id) { ... on Comment { moderationNotice { reason } } } }`;
  expect((await reporter.data(NODE, { id: gid('Comment', c.id) })).node).toBeNull();

  const done = await moderate(animator, {
    reportId: filed.data.id,
    action: 'remove',
    reason: 'Ce fil parle de cuisine',
    rule: 'rulebook:2',
  });
  expect(done.data).toMatchObject({ rule: 'rulebook:2', ruleLabel: 'Article 2 — Stay on topic' });
  expect((await notices(author))[0]).toMatchObject({
    action: 'remove',
    rule: 'rulebook:2',
    ruleLabel: 'Article 2 — Rester dans le sujet',
    reason: 'Ce fil parle de cuisine',
  });
});

test('a rule the plugins do not offer is refused; a disabled plugin’s rules leave the list', async () => {
  const p = await createPost(app, { authorId: author.user.id, body: 'Sur un profil' });
  const refused = await report(reporter, { postId: gid('Post', p.id), reason: 'other', rule: 'rulebook:2' });
  expect(refused.issues).toEqual([{ field: 'rule', message: 'This rule does not exist (any more) here.' }]);

  await app.services.host.setEnabled('rulebook', false, admin.user.id);
  const ids = (await reporter.data(REASONS)).reportReasons.map((r: any) => r.id);
  expect(ids).toEqual(['spam', 'harassment', 'off_topic', 'confidential', 'other']);
  // Decisions already taken keep the rule they cited.
  expect((await notices(author))[0]).toMatchObject({ rule: 'rulebook:2', ruleLabel: 'rulebook:2' });
});
