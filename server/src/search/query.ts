import { type Db, queryRows, schema } from '@levain/db';
import { type SQL, sql } from 'drizzle-orm';
import { normaliseTag } from '../markdown/tokens';
import { readableCommunityIds, readablePostsWhere, type Viewer, visibleCommunityIds } from '../permissions';
import type { SearchCursor, SearchKind } from './cursor';
import { HEADLINE_LONG, HEADLINE_SHORT, LONG_TEXT, MARK_START, MARK_STOP } from './snippet';

export type SearchFilter = {
  kinds?: SearchKind[] | null;
  communityId?: string | null;
  authorId?: string | null;
  from?: Date | null;
  to?: Date | null;
};

export type SearchHit = {
  kind: SearchKind;
  /** The row's uuid, or the tag of a hashtag. */
  id: string;
  rank: string;
  at: string;
  /** Readable posts carrying the hashtag (hashtags only). */
  postCount: number | null;
  /** ts_headline output, matches between MARK_START and MARK_STOP (see snippet.ts). */
  headline: string | null;
};

export type SearchPage = { hits: SearchHit[]; totalCount: number; hasNextPage: boolean };

const { posts, comments } = schema;

/**
 * One statement: every kind's matches, filtered by what the viewer may read (the permission
 * module's SQL), ranked, cut at the cursor, with the total and the snippets of the page only.
 */
export async function searchAll(
  db: Db,
  viewer: Viewer,
  text: string,
  filter: SearchFilter,
  page: { first: number; after: SearchCursor | null },
): Promise<SearchPage> {
  const branches = kindsFor(filter).map((kind) => branch[kind](viewer, filter, text));
  const after = page.after
    ? sql`where (rank, at, kind, id) < (${page.after.rank}::real, ${page.after.at}::timestamptz, ${page.after.kind}::text, ${page.after.id}::text)`
    : sql``;
  const rows = await queryRows<{
    kind: SearchKind | null;
    id: string | null;
    rank: string | null;
    at: string | null;
    post_count: number | null;
    headline: string | null;
    total: number;
  }>(
    db,
    sql`with q as materialized (
      select websearch_to_tsquery('levain_fr', ${text}) || websearch_to_tsquery('levain_en', ${text}) as tsq,
        lower(${text}) as term
    ),
    hits as materialized (${sql.join(branches, sql` union all `)}),
    page as (
      select * from hits ${after} order by rank desc, at desc, kind desc, id desc limit ${page.first + 1}
    )
    select page.kind, page.id, page.rank::text as rank,
      to_char(page.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at,
      page.post_count, ${headline()} as headline, total.count as total
    from (select count(*)::int as count from hits) total
      left join page on true
      cross join q
    order by page.rank desc, page.at desc, page.kind desc, page.id desc`,
  );
  const totalCount = Number(rows[0]?.total ?? 0);
  const hits = rows
    .filter((row) => row.kind !== null)
    .map((row) => ({
      kind: row.kind!,
      id: row.id!,
      rank: row.rank!,
      at: row.at!,
      postCount: row.post_count === null ? null : Number(row.post_count),
      headline: row.headline,
    }));
  return { hits: hits.slice(0, page.first), totalCount, hasNextPage: hits.length > page.first };
}

/** Author and date filters are about content: they leave out communities and people. */
function kindsFor(filter: SearchFilter): SearchKind[] {
  const contentOnly = !!(filter.authorId || filter.from || filter.to);
  const kinds: SearchKind[] = filter.kinds?.length
    ? [...new Set(filter.kinds)]
    : ['post', 'comment', 'community', 'person', 'hashtag'];
  return contentOnly ? kinds.filter((k) => k !== 'community' && k !== 'person') : kinds;
}

/** Conditions on posts shared by the post, comment (through their post) and hashtag branches. */
function postFilters(filter: SearchFilter, time: SQL, author: SQL): SQL {
  return sql.join(
    [
      filter.communityId ? sql` and ${posts.communityId} = ${filter.communityId}` : sql``,
      filter.authorId ? sql` and ${author} = ${filter.authorId}` : sql``,
      filter.from ? sql` and ${time} >= ${filter.from.toISOString()}::timestamptz` : sql``,
      filter.to ? sql` and ${time} < ${filter.to.toISOString()}::timestamptz` : sql``,
    ],
    sql``,
  );
}

/** Each kind's matches as (kind, id, rank, at, post_count). */
const branch: Record<SearchKind, (viewer: Viewer, filter: SearchFilter, text: string) => SQL> = {
  post: (viewer, filter) => sql`select 'post'::text as kind, ${posts.id}::text as id,
      ts_rank_cd(${posts.search}, q.tsq)::real as rank, ${posts.publishedAt} as at, null::int as post_count
    from ${posts}, q
    where ${posts.search} @@ q.tsq and ${readablePostsWhere(viewer, posts)}
      ${postFilters(filter, sql`${posts.publishedAt}`, sql`${posts.authorId}`)}`,

  // A reply goes with its comment when that one is removed, as under the post.
  comment: (viewer, filter) => sql`select 'comment'::text as kind, ${comments.id}::text as id,
      ts_rank_cd(${comments.search}, q.tsq)::real as rank, ${comments.createdAt} as at, null::int as post_count
    from ${comments} join ${posts} on ${posts.id} = ${comments.postId}, q
    where ${comments.search} @@ q.tsq and ${comments.moderation} = 'visible' and ${comments.deletedAt} is null
      and (${comments.parentId} is null or exists (select 1 from comments parent where parent.id = ${comments.parentId}
        and parent.moderation = 'visible' and parent.deleted_at is null))
      and ${readablePostsWhere(viewer, posts)}
      ${postFilters(filter, sql`${comments.createdAt}`, sql`${comments.authorId}`)}`,

  // Names also match by trigrams, so a prefix or a typo still finds them.
  community: (viewer, filter) => sql`select 'community'::text as kind, c.id::text as id,
      (ts_rank_cd(c.search, q.tsq) + word_similarity(q.term, lower(c.name)))::real as rank, c.created_at as at,
      null::int as post_count
    from communities c, q
    where c.deleted_at is null and c.id in ${visibleCommunityIds(viewer)}
      and (c.search @@ q.tsq or q.term <% lower(c.name))
      ${filter.communityId ? sql`and (c.id = ${filter.communityId} or c.parent_id = ${filter.communityId})` : sql``}`,

  // Within a community: its members, when the viewer may read the community.
  person: (viewer, filter) => sql`select 'person'::text as kind, u.id::text as id,
      (ts_rank_cd(u.search, q.tsq) + word_similarity(q.term, lower(u.name)))::real as rank, u.created_at as at,
      null::int as post_count
    from users u, q
    where u.status = 'active' and (u.search @@ q.tsq or q.term <% lower(u.name))
      ${
        filter.communityId
          ? sql`and ${filter.communityId}::uuid in ${readableCommunityIds(viewer)} and exists (
          select 1 from community_memberships m
          where m.community_id = ${filter.communityId} and m.user_id = u.id and m.status = 'active')`
          : sql``
      }`,

  // A hashtag counts only the posts the viewer may read (within the filters).
  hashtag: (viewer, filter, text) => {
    const words = hashtagWords(text);
    if (!words.length)
      return sql`select null::text as kind, null::text as id, null::real as rank, null::timestamptz as at, null::int as post_count where false`;
    const match = sql.join(
      words.map((w) => (w.length >= 3 ? sql`h.tag like ${`${escapeLike(w)}%`}` : sql`h.tag = ${w}`)),
      sql` or `,
    );
    return sql`select 'hashtag'::text as kind, h.tag as id,
        (0.5 + similarity(h.tag, ${words.join(' ')}))::real as rank, max(${posts.publishedAt}) as at,
        count(*)::int as post_count
      from post_hashtags h join ${posts} on ${posts.id} = h.post_id
      where (${match}) and ${readablePostsWhere(viewer, posts)}
        ${postFilters(filter, sql`${posts.publishedAt}`, sql`${posts.authorId}`)}
      group by h.tag`;
  },
};

/** The query's words in the stored form of tags ("#Été" → "ete"), at most five. */
function hashtagWords(text: string): string[] {
  const words = text
    .split(/[^\p{L}\p{N}_]+/u)
    .map((w) => normaliseTag(w))
    .filter((w): w is string => !!w);
  return [...new Set(words)].slice(0, 5);
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The snippet of a page row: the French or the English headline, whichever marks more words
 * (each stemmer recognises its own language's forms). Control characters that mark matches are
 * removed from the text first.
 */
function headline(): SQL {
  const clean = (text: SQL) => sql`translate(${text}, ${MARK_START + MARK_STOP}, '')`;
  const options = (text: SQL) =>
    sql`(case when length(${text}) > ${LONG_TEXT} then ${HEADLINE_LONG} else ${HEADLINE_SHORT} end)`;
  const marks = (h: SQL) => sql`(length(${h}) - length(replace(${h}, ${MARK_START}, '')))`;
  const marked = (
    text: SQL,
  ) => sql`(select case when ${marks(sql`h.en`)} > ${marks(sql`h.fr`)} then h.en else h.fr end
    from (select ts_headline('levain_fr', ${clean(text)}, q.tsq, ${options(text)}) as fr,
      ts_headline('levain_en', ${clean(text)}, q.tsq, ${options(text)}) as en) h)`;
  return sql`case page.kind
    when 'post' then (select ${marked(sql`p.body`)} from posts p where p.id = page.id::uuid)
    when 'comment' then (select ${marked(sql`c.body`)} from comments c where c.id = page.id::uuid)
    when 'community' then (select ${marked(sql`concat_ws(' — ', c.name, nullif(c.description, ''))`)} from communities c where c.id = page.id::uuid)
    when 'person' then (select ${marked(sql`concat_ws(' — ', u.name, nullif(u.title, ''))`)} from users u where u.id = page.id::uuid)
  end`;
}
