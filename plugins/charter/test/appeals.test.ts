import { schema as core } from '@levain/db';
import type { TestApp, TestClient } from '@levain/server/testing';
import { gid } from '@levain/server/testing';
import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charterAppeals } from '../db/schema';
import { ACKNOWLEDGE, article, discussion, newCharter, PUBLISH, startApp } from './fixtures';

const ERRORS = `... on Error { code message } ... on ValidationError { issues { field message } }`;
const REASONS = `query($c: ID) { reportReasons(communityId: $c) { id label description pluginId } }`;
const REPORT = `mutation($input: ReportContentInput!) { reportContent(input: $input) { __typename ${ERRORS} } }`;
const MODERATE = `mutation($input: ModerateInput!) { moderate(input: $input) {
  __typename ... on MutationModerateSuccess { data { id action rule citations { id label text } } } ${ERRORS} } }`;
const NOTICES = `{ myModerationNotices { edges { node { id action reason citations { label text } } } } }`;
const APPEAL = `mutation($input: AppealModerationInput!) { appealModeration(input: $input) {
  __typename ... on MutationAppealModerationSuccess { data { id status statement } } ${ERRORS} } }`;
const DECIDE = `mutation($input: DecideAppealInput!) { decideAppeal(input: $input) {
  __typename ... on MutationDecideAppealSuccess { data { status decision } } ${ERRORS} } }`;
const QUEUE = `{ charterAppeals { edges { node { id statement action reason excerpt mayDecide citations { label text } } } } }`;
const STATISTICS = `query($id: ID!) { charterArticleStatistics(charterId: $id) {
  ... on QueryCharterArticleStatisticsSuccess { data { number title reports violations appealsUpheld } } } }`;
const TRANSPARENCY = `query($c: ID) { charterTransparencyReport(year: 2026, quarter: 4, communityId: $c) {
  ... on QueryCharterTransparencyReportSuccess { data { reports hides removals warnings appeals appealsUpheld appealsRejected } } } }`;

let app: TestApp;
let admin: TestClient & { user: { id: string } };
let animator: TestClient & { user: { id: string } };
let author: TestClient & { user: { id: string } };
let reporter: TestClient & { user: { id: string } };
let behaviourId: string;
let place: Awaited<ReturnType<typeof discussion>>;
let article3: string;

beforeAll(async () => {
  app = await startApp();
  [admin, animator, author, reporter] = await Promise.all([
    app.signedIn(['admin']),
    app.signedIn([], { locale: 'fr' }),
    app.signedIn([], { locale: 'fr' }),
    app.signedIn(),
  ]);
  behaviourId = await newCharter(app.services.db, 'behaviour');
  await admin.data(PUBLISH, {
    input: {
      charterId: behaviourId,
      major: true,
      summaryFr: '',
      summaryEn: '',
      articles: [
        article(1, { fr: 'Cordialité', en: 'Courtesy' }),
        article(2, { fr: 'Confidentialité', en: 'Confidentiality' }),
        article(
          3,
          { fr: 'Respect des personnes', en: 'Respect for people' },
          {
            fr: 'Pas d’attaque personnelle ni de moquerie.',
            en: 'No personal attacks nor mockery.',
          },
        ),
      ],
    },
  });
  await author.data(ACKNOWLEDGE, { id: behaviourId, version: 1 });
  place = await discussion(
    app.services.db,
    [
      { userId: animator.user.id, role: 'animator' },
      { userId: author.user.id, role: 'member' },
      { userId: reporter.user.id, role: 'member' },
    ],
    author.user.id,
  );
});
afterAll(() => app?.close());

describe('moderation that cites the charter', () => {
  it('offers reporters the behaviour charter’s articles and records the one they pick', async () => {
    const reasons = (await reporter.data(REASONS, { c: gid('Community', place.communityId) })).reportReasons;
    const articles = reasons.filter((r: { pluginId: string | null }) => r.pluginId === 'charter');
    expect(articles.map((r: { label: string }) => r.label)).toEqual([
      'Article 1 — Courtesy',
      'Article 2 — Confidentiality',
      'Article 3 — Respect for people',
    ]);
    article3 = articles[2].id;
    const filed = await reporter.data(REPORT, {
      input: { commentId: gid('Comment', place.commentId), reason: 'harassment', rule: article3 },
    });
    expect(filed.reportContent.__typename).toBe('MutationReportContentSuccess');
  });

  it('refuses a removal without an article, in the moderator’s language, and writes nothing', async () => {
    const refused = await animator.data(MODERATE, {
      input: { commentId: gid('Comment', place.commentId), action: 'remove', reason: 'Moquerie' },
    });
    expect(refused.moderate.issues).toEqual([
      { field: 'rules', message: 'Citez au moins un article de la charte qui s’applique.' },
    ]);
    expect(await app.services.db.$count(core.moderationActions)).toBe(0);
    const [comment] = await app.services.db
      .select({ moderation: core.comments.moderation })
      .from(core.comments)
      .where(eq(core.comments.id, place.commentId));
    expect(comment!.moderation).toBe('visible');
  });

  it('removes citing article 3; the author’s notice quotes its number, title and text', async () => {
    const removed = await animator.data(MODERATE, {
      input: {
        commentId: gid('Comment', place.commentId),
        action: 'remove',
        reason: 'Moquerie',
        rules: [article3],
      },
    });
    expect(removed.moderate.data.citations).toEqual([
      {
        id: article3,
        label: 'Article 3 — Respect des personnes',
        text: 'Pas d’attaque personnelle ni de moquerie.',
      },
    ]);
    const notices = (await author.data(NOTICES)).myModerationNotices.edges;
    expect(notices.map((e: { node: unknown }) => e.node)).toEqual([
      {
        id: removed.moderate.data.id,
        action: 'remove',
        reason: 'Moquerie',
        citations: [
          { label: 'Article 3 — Respect des personnes', text: 'Pas d’attaque personnelle ni de moquerie.' },
        ],
      },
    ]);
  });

  it('lets the author appeal once, only their own case; another moderator or an admin decides', async () => {
    const noticeId = (await author.data(NOTICES)).myModerationNotices.edges[0].node.id;
    const notMine = await reporter.data(APPEAL, { input: { noticeId, statement: 'Injuste' } });
    expect(notMine.appealModeration.issues[0].field).toBe('noticeId');
    const filed = await author.data(APPEAL, {
      input: { noticeId, statement: 'C’était de l’humour entre collègues.' },
    });
    expect(filed.appealModeration.data).toMatchObject({ status: 'PENDING' });
    const twice = await author.data(APPEAL, { input: { noticeId, statement: 'Encore' } });
    const toAdmin = await app.services.db
      .select({ data: core.notifications.data })
      .from(core.notifications)
      .where(eq(core.notifications.recipientId, admin.user.id));
    expect(JSON.stringify(toAdmin)).toContain('notification.appeal.filed');
    expect(twice.appealModeration.issues).toEqual([
      {
        field: 'noticeId',
        message: 'Vous avez déjà fait appel de cette décision : un seul appel par décision.',
      },
    ]);
    expect(await app.services.db.$count(charterAppeals)).toBe(1);

    const appealId = filed.appealModeration.data.id;
    expect((await animator.data(QUEUE)).charterAppeals.edges).toEqual([]);
    const own = await animator.data(DECIDE, { input: { appealId, upheld: true, decision: 'Soit' } });
    expect(own.decideAppeal.issues[0].field).toBe('appealId');

    const queue = (await admin.data(QUEUE)).charterAppeals.edges.map((e: { node: unknown }) => e.node);
    expect(queue).toEqual([
      {
        id: appealId,
        statement: 'C’était de l’humour entre collègues.',
        action: 'remove',
        reason: 'Moquerie',
        excerpt: 'Quelle bande de nuls',
        mayDecide: true,
        citations: [{ label: 'Article 3 — Respect for people', text: 'No personal attacks nor mockery.' }],
      },
    ]);
    const decided = await admin.data(DECIDE, {
      input: { appealId, upheld: true, decision: 'Humour assumé, pas d’attaque.' },
    });
    expect(decided.decideAppeal.data).toEqual({
      status: 'UPHELD',
      decision: 'Humour assumé, pas d’attaque.',
    });
    const [comment] = await app.services.db
      .select({ moderation: core.comments.moderation })
      .from(core.comments)
      .where(eq(core.comments.id, place.commentId));
    expect(comment!.moderation).toBe('visible');
    const logged = await app.services.db
      .select({ action: core.auditLog.action })
      .from(core.auditLog)
      .where(like(core.auditLog.action, '%.%'));
    expect(logged.map((l) => l.action)).toEqual(
      expect.arrayContaining([
        'moderation.remove',
        'charter.appeal.filed',
        'moderation.restore',
        'charter.appeal.upheld',
      ]),
    );
    const again = await admin.data(DECIDE, { input: { appealId, upheld: false, decision: 'Non' } });
    expect(again.decideAppeal.issues[0].field).toBe('appealId');
    const notified = await app.services.db
      .select({ data: core.notifications.data })
      .from(core.notifications)
      .where(eq(core.notifications.recipientId, author.user.id));
    expect(JSON.stringify(notified)).toContain('notification.appeal.upheld');
  });

  it('counts per article and per quarter, without names', async () => {
    const stats = (await admin.data(STATISTICS, { id: behaviourId })).charterArticleStatistics.data;
    expect(stats).toEqual([
      { number: 1, title: 'Courtesy', reports: 0, violations: 0, appealsUpheld: 0 },
      { number: 2, title: 'Confidentiality', reports: 0, violations: 0, appealsUpheld: 0 },
      { number: 3, title: 'Respect for people', reports: 1, violations: 0, appealsUpheld: 1 },
    ]);
    const organisation = (await reporter.data(TRANSPARENCY, {})).charterTransparencyReport.data;
    const community = (await reporter.data(TRANSPARENCY, { c: gid('Community', place.communityId) }))
      .charterTransparencyReport.data;
    for (const report of [organisation, community])
      expect(report).toEqual({
        reports: 1,
        hides: 0,
        removals: 1,
        warnings: 0,
        appeals: 1,
        appealsUpheld: 1,
        appealsRejected: 0,
      });
  });

  it('lets the core moderate without articles while the plugin is disabled', async () => {
    await admin.data(`mutation { setPluginEnabled(id: "charter", enabled: false) { __typename } }`);
    const hidden = await animator.data(MODERATE, {
      input: { commentId: gid('Comment', place.commentId), action: 'hide', reason: 'À revoir' },
    });
    expect(hidden.moderate.data).toMatchObject({ action: 'hide', citations: [] });
    await admin.data(`mutation { setPluginEnabled(id: "charter", enabled: true) { __typename } }`);
  });
});
