import { schema as core, type Db, queryRows } from '@levain/db';
import { sql } from 'drizzle-orm';
import { charterAppeals, charterVersions } from '../../db/schema';

const ARTICLE_RULE = `'^charter:[0-9a-f-]{36}:[0-9]{1,4}$'`;

export type ArticleCounts = { number: number; reports: number; violations: number; appealsUpheld: number };

/**
 * Per article number of one charter, over all its versions: reports citing it, decisions citing it
 * that stand (not reversed on appeal) and appeals upheld; one statement, counts only.
 */
export async function articleStatistics(db: Db, charterId: string): Promise<ArticleCounts[]> {
  const rows = await queryRows<{ number: number; reports: number; violations: number; upheld: number }>(
    db,
    sql`with versions as (select id::text as id from ${charterVersions} where charter_id = ${charterId}),
    reported as (
      select split_part(r.rule, ':', 3)::int as number from ${core.reports} r
      where r.rule ~ ${sql.raw(ARTICLE_RULE)} and split_part(r.rule, ':', 2) in (select id from versions)),
    cited as (
      select split_part(c.value->>'id', ':', 3)::int as number, ap.status
      from ${core.moderationActions} m cross join jsonb_array_elements(m.citations) c
      left join ${charterAppeals} ap on ap.moderation_action_id = m.id
      where m.action in ('hide', 'remove', 'warn') and c.value->>'id' ~ ${sql.raw(ARTICLE_RULE)}
        and split_part(c.value->>'id', ':', 2) in (select id from versions)),
    numbers as (select number from reported union select number from cited)
    select n.number,
      (select count(*) from reported r where r.number = n.number)::int as reports,
      (select count(*) from cited c where c.number = n.number and c.status is distinct from 'upheld')::int as violations,
      (select count(*) from cited c where c.number = n.number and c.status = 'upheld')::int as upheld
    from numbers n order by n.number`,
  );
  return rows.map((r) => ({
    number: Number(r.number),
    reports: Number(r.reports),
    violations: Number(r.violations),
    appealsUpheld: Number(r.upheld),
  }));
}

export type TransparencyCounts = {
  reports: number;
  hides: number;
  removals: number;
  warnings: number;
  appeals: number;
  appealsUpheld: number;
  appealsRejected: number;
};

/** The first day of a quarter and of the next one, in UTC. */
export const quarterBounds = (year: number, quarter: number) => ({
  from: new Date(Date.UTC(year, (quarter - 1) * 3, 1)),
  to: new Date(Date.UTC(year, quarter * 3, 1)),
});

/**
 * What moderation did in a quarter, for one community or the whole organisation: counts only, no
 * names, no content; one statement.
 */
export async function transparencyCounts(
  db: Db,
  period: { from: Date; to: Date },
  communityId: string | null,
): Promise<TransparencyCounts> {
  const from = period.from.toISOString();
  const to = period.to.toISOString();
  const where = (alias: string) =>
    communityId ? sql`and ${sql.raw(alias)}.community_id = ${communityId}` : sql``;
  const [row] = await queryRows<Record<keyof TransparencyCounts, number>>(
    db,
    sql`select
      (select count(*) from ${core.reports} r where r.created_at >= ${from} and r.created_at < ${to} ${where('r')})::int as reports,
      count(*) filter (where m.action = 'hide')::int as hides,
      count(*) filter (where m.action = 'remove')::int as removals,
      count(*) filter (where m.action = 'warn')::int as warnings,
      (select count(*) from ${charterAppeals} a where a.created_at >= ${from} and a.created_at < ${to} ${where('a')})::int as appeals,
      (select count(*) from ${charterAppeals} a where a.status = 'upheld' and a.decided_at >= ${from} and a.decided_at < ${to} ${where('a')})::int as "appealsUpheld",
      (select count(*) from ${charterAppeals} a where a.status = 'rejected' and a.decided_at >= ${from} and a.decided_at < ${to} ${where('a')})::int as "appealsRejected"
    from ${core.moderationActions} m where m.created_at >= ${from} and m.created_at < ${to} ${where('m')}`,
  );
  return Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, Number(v)])) as TransparencyCounts;
}
