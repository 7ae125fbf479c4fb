import { type SQL, sql } from 'drizzle-orm';

/**
 * A body's Markdown source keeps the composer's mention links, `@[Name](user:<uuid>)`. Wherever the
 * source itself is quoted (moderation notices, search snippets, audit entries), people read "@Name".
 */
const MENTION_LINK = /\[([^\]]*)\]\(user:[0-9a-f-]{36}\)/gi;

export const mentionsAsNames = (markdown: string): string => markdown.replace(MENTION_LINK, '$1');

/** The same in SQL (PostgreSQL regular expressions), for text quoted by a query. */
export const mentionsAsNamesSql = (text: SQL): SQL =>
  sql`regexp_replace(${text}, '\\[([^]]*)\\]\\(user:[0-9a-fA-F-]{36}\\)', '\\1', 'g')`;
