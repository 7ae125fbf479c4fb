import { schema as core } from '@levain/db';
import { audit, type PluginServices, ValidationError } from '@levain/server/plugin';
import { sql } from 'drizzle-orm';
import { charterArticles, charterVersions } from '../../db/schema';
import { audienceWhere } from './audience';
import type { CharterRow, Localised } from './model';

export type ArticleDraft = {
  number: number;
  title: Localised;
  body: Localised;
  acceptable: Localised;
  unacceptable: Localised;
};
export type VersionDraft = { major: boolean; summary: Localised; articles: ArticleDraft[] };

/** Articles are numbered 1 to 999, each number once per version: a number used twice names the second. */
function assertNumbersUnique(articles: readonly ArticleDraft[]) {
  const seen = new Set<number>();
  for (const [index, article] of articles.entries()) {
    if (!Number.isInteger(article.number) || article.number < 1 || article.number > 999)
      throw ValidationError.field(`input.articles.${index}.number`, 'charter:validation.articleNumber');
    if (seen.has(article.number))
      throw ValidationError.field(`input.articles.${index}.number`, 'charter:validation.numberReused', {
        number: article.number,
      });
    seen.add(article.number);
  }
}

/**
 * Publishes a new version of a charter in one transaction and tells its audience: a major version
 * asks everyone to acknowledge it again, a minor one only informs. Returns the new version's id.
 */
export async function publishVersion(
  services: PluginServices,
  charter: CharterRow,
  draft: VersionDraft,
  actorId: string,
): Promise<string> {
  assertNumbersUnique(draft.articles);
  if (!charter.currentVersionId && !draft.major)
    throw ValidationError.field('input.major', 'charter:validation.firstIsMajor');
  const { db } = services;
  const published = await db.transaction(async (tx) => {
    const [version] = await tx
      .insert(charterVersions)
      .values({
        charterId: charter.id,
        major: draft.major,
        summary: draft.summary,
        publishedBy: actorId,
        number: sql`(select coalesce(max(${charterVersions.number}), 0) + 1 from ${charterVersions}
          where ${charterVersions.charterId} = ${charter.id})`,
      })
      .returning({ id: charterVersions.id, number: charterVersions.number });
    await tx.insert(charterArticles).values(draft.articles.map((a) => ({ ...a, versionId: version!.id })));
    await audit(tx, actorId, 'charter.published', 'charter', charter.id, {
      version: version!.number,
      major: draft.major,
    });
    return version!;
  });
  const audience = await db.select({ id: core.users.id }).from(core.users).where(audienceWhere(charter));
  await services.notifications.send({
    userIds: audience.map((u) => u.id).filter((id) => id !== actorId),
    message: `notification.${draft.major ? 'major' : 'minor'}.${charter.kind}`,
    params: { version: published.number },
    link: `/charter/read?id=${charter.id}`,
    groupKey: `version:${charter.id}`,
  });
  return published.id;
}
