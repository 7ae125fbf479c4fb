import type { ModerationRule, ModerationRuleScope, PluginServices } from '@levain/server/plugin';
import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import { charterArticles, charterDocuments, charterVersions } from '../../db/schema';

/** The rule id of an article of one version: what a report or a moderator's decision cites. */
export const articleRuleId = (versionId: string, number: number) => `charter:${versionId}:${number}`;

/** The version id and article number of a rule id; null for anything else. */
export function parseArticleRuleId(id: string): { versionId: string; number: number } | null {
  const match = /^charter:([0-9a-f-]{36}):(\d{1,4})$/.exec(id);
  return match ? { versionId: match[1]!, number: Number(match[2]) } : null;
}

/**
 * The articles a report or a decision may cite where the content is: the community's own charter
 * first, then the behaviour charter (current versions), in one statement.
 */
export async function charterRules(
  { communityId }: ModerationRuleScope,
  { db }: PluginServices,
): Promise<ModerationRule[]> {
  const current = sql`${charterVersions.number} = (select max(v.number) from ${charterVersions} v
    where v.charter_id = ${charterDocuments.id})`;
  const rows = await db
    .select({ versionId: charterArticles.versionId, kind: charterDocuments.kind, article: charterArticles })
    .from(charterArticles)
    .innerJoin(charterVersions, eq(charterVersions.id, charterArticles.versionId))
    .innerJoin(charterDocuments, eq(charterDocuments.id, charterVersions.charterId))
    .where(
      and(
        current,
        or(
          and(eq(charterDocuments.kind, 'behaviour'), isNull(charterDocuments.communityId)),
          communityId ? eq(charterDocuments.communityId, communityId) : sql`false`,
        ),
      ),
    )
    .orderBy(sql`${charterDocuments.communityId} is null`, asc(charterArticles.number));
  return rows.map(({ versionId, kind, article }) => {
    const where =
      kind === 'community' ? { fr: 'Charte de la communauté, a', en: 'Community charter, a' } : null;
    return {
      id: articleRuleId(versionId, article.number),
      label: {
        fr: `${where?.fr ?? 'A'}rticle ${article.number} — ${article.title.fr || article.title.en}`,
        en: `${where?.en ?? 'A'}rticle ${article.number} — ${article.title.en || article.title.fr}`,
      },
      description: { fr: article.body.fr || article.body.en, en: article.body.en || article.body.fr },
    };
  });
}
