import { schema as core, queryRows } from '@levain/db';
import type { DemoSeed, PluginServices } from '@levain/server/plugin';
import { sql } from 'drizzle-orm';
import { charterAppeals } from '../../db/schema';
import { charterRules } from '../moderation/rules';

const HOUR_MS = 3_600_000;

/**
 * A decision that cites the charter, with its appeal waiting: Olivia's mocking comment in a
 * community Thomas animates, reported and removed under the behaviour charter's article 3; Olivia
 * appealed it and an admin (Camille) has it in the appeals queue.
 */
export async function seedModerationDemo(seed: DemoSeed, services: PluginServices): Promise<void> {
  const { db } = services;
  const at = (hoursAgo: number) => new Date(seed.now.getTime() - hoursAgo * HOUR_MS);
  const [place] = await queryRows<{
    communityId: string;
    postId: string;
    authorId: string;
    moderatorId: string;
    reporterId: string;
  }>(
    db,
    sql`select c.id as "communityId", p.id as "postId", author.id as "authorId", moderator.user_id as "moderatorId",
        (select m.user_id from ${core.communityMemberships} m where m.community_id = c.id and m.status = 'active'
          and m.user_id not in (author.id, moderator.user_id) order by m.user_id limit 1) as "reporterId"
      from ${core.users} author
      join ${core.communityMemberships} mine on mine.user_id = author.id and mine.status = 'active'
      join ${core.communities} c on c.id = mine.community_id and c.deleted_at is null
      join ${core.communityMemberships} moderator on moderator.community_id = c.id and moderator.status = 'active'
        and moderator.role in ('owner', 'animator')
      join ${core.users} mu on mu.id = moderator.user_id
      join lateral (select p.id from ${core.posts} p where p.community_id = c.id and p.status = 'published'
        and p.moderation = 'visible' and p.deleted_at is null
        and p.published_at < ${at(96).toISOString()}::timestamptz order by p.published_at desc, p.id limit 1) p on true
      where author.email = 'employee@atlas.example' and mu.email <> 'admin@atlas.example' and mu.id <> author.id
      order by (mu.email = 'manager@atlas.example') desc, c.slug, mu.email limit 1`,
  );
  if (!place?.reporterId) return;
  const article3 = (await charterRules({ communityId: place.communityId }, services)).find((r) =>
    r.id.endsWith(':3'),
  );
  if (!article3) return;
  await db.transaction(async (tx) => {
    const [comment] = await tx
      .insert(core.comments)
      .values({
        postId: place.postId,
        authorId: place.authorId,
        body: 'Another botched demo from this team, as usual. Maybe they should stick to spreadsheets?',
        bodyHtml:
          '<p>Another botched demo from this team, as usual. Maybe they should stick to spreadsheets?</p>',
        moderation: 'removed',
        createdAt: at(75).toISOString(),
      })
      .returning({ id: core.comments.id });
    const [report] = await tx
      .insert(core.reports)
      .values({
        reporterId: place.reporterId,
        communityId: place.communityId,
        postId: place.postId,
        commentId: comment!.id,
        reason: 'harassment',
        rule: article3.id,
        details: 'Moquerie envers une équipe, en public.',
        status: 'actioned',
        createdAt: at(74).toISOString(),
        firstActionAt: at(72),
        resolvedAt: at(72),
      })
      .returning({ id: core.reports.id });
    const [decision] = await tx
      .insert(core.moderationActions)
      .values({
        reportId: report!.id,
        actorId: place.moderatorId,
        action: 'remove',
        communityId: place.communityId,
        postId: place.postId,
        commentId: comment!.id,
        subjectUserId: place.authorId,
        rule: article3.id,
        citations: [article3],
        reason: 'Mocking a team in public is not criticism of the work.',
        createdAt: at(72),
      })
      .returning({ id: core.moderationActions.id });
    await tx.insert(charterAppeals).values({
      moderationActionId: decision!.id,
      appellantId: place.authorId,
      communityId: place.communityId,
      statement: 'It was a joke between colleagues who know each other well; nobody was named.',
      createdAt: at(50),
    });
  });
}
