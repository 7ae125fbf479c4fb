import type { Db } from '@levain/db';
import { asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import {
  charterArticles,
  charterDocuments,
  charterVersionAcknowledgements,
  charterVersions,
} from '../../db/schema';

export type Localised = { fr: string; en: string };
export type CharterKindValue = (typeof charterDocuments.$inferSelect)['kind'];
export type ArticleRow = typeof charterArticles.$inferSelect;
export type VersionRow = typeof charterVersions.$inferSelect;
export type VersionWithArticles = VersionRow & { articles: ArticleRow[] };

/** A charter as the API shows it: its current version and where the viewer stands. */
export type CharterRow = typeof charterDocuments.$inferSelect & {
  currentVersionId: string | null;
  /** The number of the last major version: acknowledging it or a later one counts. */
  lastMajorNumber: number | null;
  /** The viewer's latest acknowledgement of this charter. */
  myAcknowledgement: { versionNumber: number; acknowledgedAt: Date } | null;
};

/** Charters with their current version and the viewer's latest acknowledgement, in one statement. */
export async function loadCharters(db: Db, viewerId: string, where?: SQL): Promise<CharterRow[]> {
  const rows = await db
    .select({
      document: charterDocuments,
      currentVersionId: sql<string | null>`(
        select v.id from ${charterVersions} v where v.charter_id = charter_documents.id
        order by v.number desc limit 1)`,
      lastMajorNumber: sql<number | null>`(
        select max(v.number) from ${charterVersions} v
        where v.charter_id = charter_documents.id and v.major)`,
      myAcknowledgement: sql<{ versionNumber: number; acknowledgedAt: string } | null>`(
        select json_build_object('versionNumber', v.number, 'acknowledgedAt', a.acknowledged_at)
        from ${charterVersionAcknowledgements} a join ${charterVersions} v on v.id = a.version_id
        where a.charter_id = charter_documents.id and a.user_id = ${viewerId}
        order by v.number desc limit 1)`,
    })
    .from(charterDocuments)
    .where(where)
    .orderBy(asc(charterDocuments.kind), asc(charterDocuments.createdAt));
  return rows.map(({ document, currentVersionId, lastMajorNumber, myAcknowledgement }) => ({
    ...document,
    currentVersionId,
    lastMajorNumber: lastMajorNumber === null ? null : Number(lastMajorNumber),
    myAcknowledgement: myAcknowledgement && {
      versionNumber: myAcknowledgement.versionNumber,
      acknowledgedAt: new Date(myAcknowledgement.acknowledgedAt),
    },
  }));
}

export const companyCharters = isNull(charterDocuments.communityId);

export async function charterById(db: Db, viewerId: string, id: string): Promise<CharterRow | null> {
  return (await loadCharters(db, viewerId, eq(charterDocuments.id, id)))[0] ?? null;
}

/** Whether the viewer's acknowledgement covers the current version (a minor one only informs). */
export const isAcknowledged = (charter: CharterRow) =>
  !!charter.myAcknowledgement &&
  charter.lastMajorNumber !== null &&
  charter.myAcknowledgement.versionNumber >= charter.lastMajorNumber;

/** Versions (with their articles) of these charters, or only these versions: two statements. */
export async function loadVersions(
  db: Db,
  by: { charterIds?: string[]; versionIds?: string[] },
): Promise<VersionWithArticles[]> {
  const where = by.versionIds
    ? inArray(charterVersions.id, by.versionIds)
    : inArray(charterVersions.charterId, by.charterIds ?? []);
  const versions = await db.select().from(charterVersions).where(where).orderBy(desc(charterVersions.number));
  if (!versions.length) return [];
  const articles = await db
    .select()
    .from(charterArticles)
    .where(
      inArray(
        charterArticles.versionId,
        versions.map((v) => v.id),
      ),
    )
    .orderBy(asc(charterArticles.number));
  return versions.map((v) => ({ ...v, articles: articles.filter((a) => a.versionId === v.id) }));
}

/** A version as the API shows it, with the articles of the version before it ("what changed"). */
export type VersionView = VersionWithArticles & { previousArticles: ArticleRow[] };
export type CharterView = CharterRow & { versions: VersionView[] };

/** Charters with every version and article: three statements however many charters. */
export async function loadCharterViews(db: Db, viewerId: string, where?: SQL): Promise<CharterView[]> {
  const charters = await loadCharters(db, viewerId, where);
  const versions = charters.length ? await loadVersions(db, { charterIds: charters.map((c) => c.id) }) : [];
  return charters.map((charter) => {
    const own = versions.filter((v) => v.charterId === charter.id);
    return {
      ...charter,
      versions: own.map((v, i) => ({ ...v, previousArticles: own[i + 1]?.articles ?? [] })),
    };
  });
}
