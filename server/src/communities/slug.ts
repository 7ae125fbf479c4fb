import { schema, type Tx } from '@levain/db';
import { like } from 'drizzle-orm';

const MAX_SLUG_LENGTH = 60;

/** "Réseau des CM – France" → "reseau-des-cm-france": readable in a URL, whatever the language. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
  // Paths of the web client under /communities/ cannot be community slugs.
  return RESERVED.has(slug) ? `${slug}-communaute` : slug || 'communaute';
}

const RESERVED = new Set(['new', 'discover', 'mine']);

type NewCommunity = Omit<typeof schema.communities.$inferInsert, 'slug'>;

/**
 * Inserts the community under the first free slug among "name", "name-2", "name-3"…; the unique
 * index decides, so two people creating "Marketing" at the same moment get two slugs.
 */
export async function insertWithUniqueSlug(tx: Tx, name: string, values: NewCommunity) {
  const base = slugify(name);
  const candidate = (n: number) =>
    n === 1 ? base : `${base.slice(0, MAX_SLUG_LENGTH - String(n).length - 1)}-${n}`;
  const taken = new Set(
    (
      await tx
        .select({ slug: schema.communities.slug })
        .from(schema.communities)
        .where(like(schema.communities.slug, `${base.slice(0, 50)}%`))
    ).map((row) => row.slug),
  );
  for (let n = 1; ; n++) {
    const slug = candidate(n);
    if (taken.has(slug)) continue;
    const [created] = await tx
      .insert(schema.communities)
      .values({ ...values, slug })
      .onConflictDoNothing({ target: schema.communities.slug })
      .returning();
    if (created) return created;
  }
}
