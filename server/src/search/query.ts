import { type Db, PLANNED_FOR_ITS_VALUES, queryRows, schema } from '@levain/db';
import { type SQL, sql } from 'drizzle-orm';
import { mentionsAsNamesSql } from '../markdown/mention-text';
import { normaliseTag } from '../markdown/tokens';
import {
  readableCommentsWhere,
  readableCommunityIds,
  readablePostsWhere,
  type Viewer,
  visibleCommunityIds,
} from '../permissions';
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

export type SearchPage = {
  hits: SearchHit[];
  /** Hits on all pages: every match, or (when `totalCountIsLowerBound`) the ranked most recent ones. */
  totalCount: number;
  totalCountIsLowerBound: boolean;
  hasNextPage: boolean;
};

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
  const parsed = await parseQuery(db, text);
  const branches = kindsFor(filter).map((kind) => branch[kind](viewer, filter, text, parsed));
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
    capped: boolean;
  }>(
    db,
    sql`${sql.raw(PLANNED_FOR_ITS_VALUES)}with q as materialized (select ${parsed} as tsq, ${term(text)} as term),
    hits as materialized (${sql.join(branches, sql` union all `)}),
    page as (
      select * from hits ${after} order by rank desc, at desc, kind desc, id desc limit ${page.first + 1}
    )
    select page.kind, page.id, page.rank::text as rank,
      to_char(page.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at,
      page.post_count, ${headline()} as headline, total.count as total, total.capped
    from (select count(*)::int as count, coalesce(max(n) > ${RANKED_PER_KIND}, false) as capped
      from (select count(*) over (partition by kind) as n from hits) k) total
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
  return {
    hits: hits.slice(0, page.first),
    totalCount,
    totalCountIsLowerBound: !!rows[0]?.capped,
    hasNextPage: hits.length > page.first,
  };
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
function postFilters(
  filter: SearchFilter,
  time: SQL,
  author: SQL,
  community: SQL = sql`${posts.communityId}`,
): SQL {
  return sql.join(
    [
      filter.communityId ? sql` and ${community} = ${filter.communityId}` : sql``,
      filter.authorId ? sql` and ${author} = ${filter.authorId}` : sql``,
      filter.from ? sql` and ${time} >= ${filter.from.toISOString()}::timestamptz` : sql``,
      filter.to ? sql` and ${time} < ${filter.to.toISOString()}::timestamptz` : sql``,
    ],
    sql``,
  );
}

/**
 * Each kind ranks its most recent matches only, at most this many (one more tells there were more):
 * ranking every post that says "équipe" (39,000 at benchmark scale) took longer than people wait,
 * and five pages of twenty are more than anyone reads.
 */
export const RANKED_PER_KIND = 100;

/** A hashtag's readable posts are counted up to this many. */
export const HASHTAG_COUNT_CAP = 1000;

/**
 * The query as the indexes see it: parsed once by its own statement, then sent as a constant.
 * Written as a call, PostgreSQL ran both stemmers again on every row a filter tested (a recent
 * comments scan tested thousands: 50 ms of a 70 ms search), while a constant is parsed when planned
 * and lets the planner weigh how common the words are.
 */
async function parseQuery(db: Db, text: string): Promise<SQL> {
  const [row] = await queryRows<{ tsq: string }>(
    db,
    sql`select (websearch_to_tsquery('levain_fr', ${text}) || websearch_to_tsquery('levain_en', ${text}))::text as tsq`,
  );
  return sql`${row?.tsq ?? ''}::tsquery`;
}
const term = (text: string) => sql`lower(${text})`;

/** (kind, id, rank, at, post_count) of a kind's latest matches: `latest` gives id, doc, name?, at. */
function ranked(kind: SearchKind, latest: SQL, rank: SQL = sql`ts_rank_cd(s.doc, q.tsq)`): SQL {
  return sql`select ${kind}::text as kind, s.id, (${rank})::real as rank, s.at, null::int as post_count
    from (${latest} order by at desc limit ${RANKED_PER_KIND + 1}) s, q`;
}

/** Each kind's matches as (kind, id, rank, at, post_count). */
const branch: Record<SearchKind, (viewer: Viewer, filter: SearchFilter, text: string, tsq: SQL) => SQL> = {
  post: (viewer, filter, _text, tsq) =>
    ranked(
      'post',
      sql`select ${posts.id}::text as id, ${posts.search} as doc, ${posts.publishedAt} as at
    from ${posts}
    where ${posts.search} @@ ${tsq} and ${readablePostsWhere(viewer, posts)}
      ${postFilters(filter, sql`${posts.publishedAt}`, sql`${posts.authorId}`)}`,
    ),

  comment: (viewer, filter, _text, tsq) =>
    ranked(
      'comment',
      sql`select ${comments.id}::text as id, ${comments.search} as doc, ${comments.createdAt} as at
    from ${comments}
    where ${comments.search} @@ ${tsq} and ${readableCommentsWhere(viewer, comments)}
      ${postFilters(
        filter,
        sql`${comments.createdAt}`,
        sql`${comments.authorId}`,
        sql`(select p.community_id from posts p where p.id = ${comments.postId})`,
      )}`,
    ),

  // Names also match by trigrams, so a prefix or a typo still finds them. (Two selects: with an
  // `or`, the planner reads every row rather than the two indexes.)
  community: (viewer, filter, text, tsq) => {
    const select = (
      match: SQL,
    ) => sql`select c.id::text as id, c.search as doc, lower(c.name) as name, c.created_at as at
    from communities c
    where c.deleted_at is null and c.id in ${visibleCommunityIds(viewer)} and ${match}
      ${filter.communityId ? sql`and (c.id = ${filter.communityId} or c.parent_id = ${filter.communityId})` : sql``}`;
    return ranked(
      'community',
      sql`${select(sql`c.search @@ ${tsq}`)} union ${select(sql`${term(text)} <% lower(c.name)`)}`,
      sql`ts_rank_cd(s.doc, q.tsq) + word_similarity(q.term, s.name)`,
    );
  },

  // Within a community: its members, when the viewer may read the community.
  person: (viewer, filter, text, tsq) => {
    const select = (
      match: SQL,
    ) => sql`select u.id::text as id, u.search as doc, lower(u.name) as name, u.created_at as at
    from users u
    where u.status = 'active' and ${match}
      ${
        filter.communityId
          ? sql`and ${filter.communityId}::uuid in ${readableCommunityIds(viewer)} and exists (
          select 1 from community_memberships m
          where m.community_id = ${filter.communityId} and m.user_id = u.id and m.status = 'active')`
          : sql``
      }`;
    return ranked(
      'person',
      sql`${select(sql`u.search @@ ${tsq}`)} union ${select(sql`${term(text)} <% lower(u.name)`)}`,
      sql`ts_rank_cd(s.doc, q.tsq) + word_similarity(q.term, s.name)`,
    );
  },

  // A hashtag counts only the posts the viewer may read (within the filters), up to HASHTAG_COUNT_CAP.
  hashtag: (viewer, filter, text) => {
    const words = hashtagWords(text);
    if (!words.length)
      return sql`select null::text as kind, null::text as id, null::real as rank, null::timestamptz as at, null::int as post_count where false`;
    const match = sql.join(
      words.map((w) => (w.length >= 3 ? sql`h.tag like ${`${escapeLike(w)}%`}` : sql`h.tag = ${w}`)),
      sql` or `,
    );
    return sql`select 'hashtag'::text as kind, tags.tag as id,
        (0.5 + similarity(tags.tag, ${words.join(' ')}))::real as rank, counted.at, counted.post_count
      from (select distinct h.tag from post_hashtags h where ${match} limit ${RANKED_PER_KIND + 1}) tags
      cross join lateral (select max(tagged.at) as at, count(*)::int as post_count from (
          select readable.at from post_hashtags h
          -- A lookup per tagged post (the limit keeps it one): joined, PostgreSQL read all posts.
          cross join lateral (select ${posts.publishedAt} as at from ${posts}
            where ${posts.id} = h.post_id and ${readablePostsWhere(viewer, posts)}
              ${postFilters(filter, sql`${posts.publishedAt}`, sql`${posts.authorId}`)}
            limit 1) readable
          where h.tag = tags.tag
          limit ${HASHTAG_COUNT_CAP}) tagged) counted
      where counted.post_count > 0`;
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
    when 'post' then (select ${marked(mentionsAsNamesSql(sql`p.body`))} from posts p where p.id = page.id::uuid)
    when 'comment' then (select ${marked(mentionsAsNamesSql(sql`c.body`))} from comments c where c.id = page.id::uuid)
    when 'community' then (select ${marked(sql`concat_ws(' — ', c.name, nullif(c.description, ''))`)} from communities c where c.id = page.id::uuid)
    when 'person' then (select ${marked(sql`concat_ws(' — ', u.name, nullif(u.title, ''))`)} from users u where u.id = page.id::uuid)
  end`;
}
