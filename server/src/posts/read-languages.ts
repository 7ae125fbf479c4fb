import { type Db, schema } from '@levain/db';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { Viewer } from '../permissions';

/**
 * The languages whose posts a person's home feed shows, as one SQL array evaluated once per
 * query: their own choice, or by default their UI language and the languages of the communities
 * they belong to (a community "in French" they joined means they read French).
 */
export function readLanguagesSql(viewer: Viewer): SQL {
  return sql`(select coalesce(u.read_languages, array[u.locale]::text[] || array(
      select distinct c.language from community_memberships m join communities c on c.id = m.community_id
      where m.user_id = u.id and m.status = 'active' and c.language is not null))
    from users u where u.id = ${viewer.id})`;
}

/** A post the viewer reads: in one of their languages, of unknown language, or their own. */
export function inReadLanguages(
  viewer: Viewer,
  post: { language: SQL | unknown; authorId: SQL | unknown },
): SQL {
  return sql`(${post.language} is null or ${post.authorId} = ${viewer.id}
    or ${post.language} = any(${readLanguagesSql(viewer)}::text[]))`;
}

/** Sets the languages a person reads; null reads every language. */
export async function setReadLanguages(db: Db, userId: string, languages: string[] | null): Promise<void> {
  await db.update(schema.users).set({ readLanguages: languages }).where(eq(schema.users.id, userId));
}
