import { type Db, queryRows } from '@levain/db';
import { sql } from 'drizzle-orm';
import { charterAdvocacyItems, charterAdvocacyShares } from '../../db/schema';
import type { Network } from './links';

type Localised = { fr: string; en: string };

export type ShareView = {
  id: string;
  itemId: string;
  network: Network;
  code: string;
  text: string;
  clicks: number;
  createdAt: Date;
};

export type KitItemView = {
  id: string;
  title: Localised;
  text: Localised;
  link: string;
  imageUrl: string | null;
  hashtags: string[];
  disclosure: Localised;
  createdAt: Date;
  expiresAt: Date | null;
  shareCount: number;
  clickCount: number;
  myShares: ShareView[];
};

type Row = Omit<KitItemView, 'createdAt' | 'expiresAt' | 'myShares'> & {
  createdAt: string;
  expiresAt: string | null;
  myShares: unknown;
  at: string;
};

const parse = <T>(value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/**
 * One page of the kit (and one more item), newest first: the items not expired at `now`, each with everyone's share
 * and click counts and the viewer's own shares, in one statement.
 */
export async function kitPage(
  db: Db,
  viewerId: string,
  page: { first: number; after?: [string, string] | null; now: Date },
) {
  const keyset = page.after
    ? sql`and (i.created_at, i.id) < (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`
    : sql``;
  const rows = await queryRows<Row>(
    db,
    sql`select i.id, i.title, i.text, i.link, i.image_url as "imageUrl", to_json(i.hashtags) as hashtags, i.disclosure,
      i.created_at as "createdAt", i.expires_at as "expiresAt",
      to_char(i.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at,
      (select count(*)::int from ${charterAdvocacyShares} s where s.item_id = i.id) as "shareCount",
      (select coalesce(sum(s.clicks), 0)::int from ${charterAdvocacyShares} s where s.item_id = i.id) as "clickCount",
      (select coalesce(json_agg(json_build_object('id', s.id, 'itemId', s.item_id, 'network', s.network,
          'code', s.code, 'text', s.text, 'clicks', s.clicks, 'createdAt', s.created_at) order by s.created_at desc), '[]')
        from ${charterAdvocacyShares} s where s.item_id = i.id and s.user_id = ${viewerId}) as "myShares"
      from ${charterAdvocacyItems} i
      where (i.expires_at is null or i.expires_at > ${page.now.toISOString()}::timestamptz) ${keyset}
      order by i.created_at desc, i.id desc limit ${page.first + 1}`,
  );
  return rows.map((r): KitItemView & { at: string } => ({
    ...r,
    title: parse(r.title),
    text: parse(r.text),
    disclosure: parse(r.disclosure),
    hashtags: parse(r.hashtags),
    createdAt: new Date(r.createdAt),
    expiresAt: r.expiresAt ? new Date(r.expiresAt) : null,
    myShares: parse<(Omit<ShareView, 'createdAt'> & { createdAt: string })[]>(r.myShares).map((s) => ({
      ...s,
      createdAt: new Date(s.createdAt),
    })),
  }));
}
