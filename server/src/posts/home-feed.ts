import { schema } from '@levain/db';
import { decodeBase64, decodeCursorChunk } from '@pothos/core';
import { type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { readablePostsWhere, type Viewer } from '../permissions';
import { inReadLanguages } from './read-languages';

/** Where the next page starts: the (publishedAt, id) of the last post shown, from a feed cursor. */
export function feedPosition(cursor: string | null | undefined): [string, string] | null {
  if (!cursor) return null;
  try {
    const decoded = decodeBase64(cursor);
    const position = decoded.startsWith('DC:') ? decodeCursorChunk(decoded.slice(3)) : null;
    return Array.isArray(position) && position.length === 2 ? (position as [string, string]) : null;
  } catch {
    return null;
  }
}

/**
 * The home feed's reach: the viewer's own posts, posts of their active communities and of the
 * people they follow, in the languages they read, and announcements of the organisation's official
 * channels in any language. What the viewer may read is decided separately, by `readablePostsWhere`.
 */
export function homeFeedScope(viewer: Viewer, p: typeof schema.posts): SQL {
  return sql`(((${p.authorId} = ${viewer.id}
      or ${p.communityId} in (select m.community_id from community_memberships m
        where m.user_id = ${viewer.id} and m.status = 'active')
      or ${p.authorId} in (select f.followee_id from follows f where f.follower_id = ${viewer.id}))
      and ${inReadLanguages(viewer, p)})
    or (${p.isAnnouncement} and ${p.communityId} in (select c.id from communities c where c.kind = 'official')))`;
}

/**
 * The ids a home-feed page can be made of (an array), found the fast way. The feed merges many sources (each
 * of the viewer's communities, each person they follow, their own posts, official announcements);
 * scanning all posts newest first for the few that belong to them costs as many rows as the
 * organisation writes between two of the viewer's posts. Instead each source gives its own next
 * `limit` posts through its index (posts by community, posts by author), and the newest `limit` of
 * those are the candidates (a post reached by two sources counts once): a few hundred index rows whatever the size of the organisation.
 * Each source applies the same `readablePostsWhere` as the page, so an unreadable post never takes
 * a readable one's place; the page query still applies every predicate itself. Posts in languages
 * the viewer does not read are left out here (see read-languages.ts), in the same statement.
 */
export function homeFeedCandidates(viewer: Viewer, after: [string, string] | null, limit: number): SQL {
  const p = alias(schema.posts, 'candidate');
  // Official announcements reach everyone whatever their language; other posts, those they read.
  const next = (source: SQL, anyLanguage = false) => sql`(select ${p.id}, ${p.publishedAt} from posts ${p}
      where ${source} and ${readablePostsWhere(viewer, p)}
        ${anyLanguage ? sql`` : sql`and ${inReadLanguages(viewer, p)}`}
        ${after ? sql`and (${p.publishedAt}, ${p.id}) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : sql``}
      order by ${p.publishedAt} desc, ${p.id} desc limit ${limit})`;
  // `= any(array(…))`: the ids are computed once, then read by primary key.
  return sql`array(select merged.id from (
      select mine.id, mine.published_at from community_memberships m
        cross join lateral ${next(sql`${p.communityId} = m.community_id`)} mine
        where m.user_id = ${viewer.id} and m.status = 'active'
      union
      select theirs.id, theirs.published_at from
        (select f.followee_id as author_id from follows f where f.follower_id = ${viewer.id}
          union select ${viewer.id}::uuid) authors
        cross join lateral ${next(sql`${p.authorId} = authors.author_id`)} theirs
      union
      select official.id, official.published_at from communities c
        cross join lateral ${next(sql`${p.communityId} = c.id and ${p.isAnnouncement}`, true)} official
        where c.kind = 'official'
    ) merged order by merged.published_at desc, merged.id desc limit ${limit})`;
}
