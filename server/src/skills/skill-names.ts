import { schema, type Tx } from '@levain/db';
import { inArray } from 'drizzle-orm';
import { ValidationError } from '../errors';

const MAX_LABEL = 60;

/** "Gestion de projet", "gestion-de-projet" and "Gestion de Projét" meet under one slug. */
export function skillSlug(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Checks labels typed by people; `field` names the input in the error. */
export function checkedLabels(labels: string[], field: string): { slug: string; label: string }[] {
  const bySlug = new Map<string, string>();
  for (const raw of labels) {
    const label = raw.trim().replace(/\s+/g, ' ');
    const slug = skillSlug(label);
    if (!slug || label.length > MAX_LABEL) throw ValidationError.field(field, 'skills.invalid');
    if (!bySlug.has(slug)) bySlug.set(slug, label);
  }
  return [...bySlug].map(([slug, label]) => ({ slug, label }));
}

/** The ids of these skills, creating the ones nobody named yet (the first label given is kept). */
export async function skillIds(tx: Tx, skills: { slug: string; label: string }[]): Promise<string[]> {
  if (!skills.length) return [];
  await tx.insert(schema.skills).values(skills).onConflictDoNothing({ target: schema.skills.slug });
  const rows = await tx
    .select({ id: schema.skills.id })
    .from(schema.skills)
    .where(
      inArray(
        schema.skills.slug,
        skills.map((s) => s.slug),
      ),
    );
  return rows.map((r) => r.id);
}
