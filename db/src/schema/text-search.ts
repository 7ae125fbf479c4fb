import { type SQL, sql } from 'drizzle-orm';
import { customType } from 'drizzle-orm/pg-core';

export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * French and English, accent-insensitive: the `levain_fr` and `levain_en` text search
 * configurations (unaccent + snowball stemmers) are created by the core migration "text_search".
 */
export const searchDocument = (text: SQL) =>
  sql`to_tsvector('levain_fr', ${text}) || to_tsvector('levain_en', ${text})`;

/** Like `searchDocument`, each part weighted (A ranks above B) for ts_rank_cd. */
export const searchDocumentWeighted = (parts: Array<[SQL, 'A' | 'B' | 'C' | 'D']>) =>
  sql.join(
    parts.map(
      ([text, weight]) =>
        sql`setweight(to_tsvector('levain_fr', ${text}), '${sql.raw(weight)}') || setweight(to_tsvector('levain_en', ${text}), '${sql.raw(weight)}')`,
    ),
    sql` || `,
  );
