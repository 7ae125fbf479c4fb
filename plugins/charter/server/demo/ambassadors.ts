import { schema as core } from '@levain/db';
import type { DemoSeed, PluginServices } from '@levain/server/plugin';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { charterAmbassadors, charterAmbassadorTrainings } from '../../db/schema';

const DAY_MS = 86_400_000;

/** The demo accounts who serve their country as ambassadors, whatever the draw. */
const named = ['employe@atlas.example'];

/**
 * The "Ambassadeurs de la charte" community's members become the ambassadors of their country:
 * two per country, approved by the chief CM, most certified by the CM academy path (the charter's
 * moderation module), one self-nomination waiting for approval. Returns the ambassadors' ids.
 */
export async function seedAmbassadors(seed: DemoSeed, { db }: PluginServices): Promise<string[]> {
  const [chief] = await db
    .select({ id: core.users.id })
    .from(core.users)
    .where(eq(core.users.email, 'cm@atlas.example'));
  const [community] = await db
    .select({ id: core.communities.id })
    .from(core.communities)
    .where(eq(core.communities.name, 'Ambassadeurs de la charte'));
  const countries = await db
    .select({ id: core.orgUnits.id, code: core.orgUnits.code })
    .from(core.orgUnits)
    .where(eq(core.orgUnits.kind, 'country'))
    .orderBy(asc(core.orgUnits.code));
  const members = community
    ? await db
        .select({ id: core.users.id, email: core.users.email, orgUnitId: core.users.orgUnitId })
        .from(core.communityMemberships)
        .innerJoin(core.users, eq(core.users.id, core.communityMemberships.userId))
        .where(and(eq(core.communityMemberships.communityId, community.id), eq(core.users.status, 'active')))
        .orderBy(asc(core.users.email))
    : [];
  const volunteers = await db
    .select({ id: core.users.id, email: core.users.email, orgUnitId: core.users.orgUnitId })
    .from(core.users)
    .where(inArray(core.users.email, named));
  const countryOf = await countryByUnit(db);
  const perCountry = new Map<string, typeof members>();
  for (const person of [...volunteers, ...members]) {
    const country = countryOf.get(person.orgUnitId ?? '');
    if (!country) continue;
    const chosen = perCountry.get(country) ?? [];
    if (chosen.length < 3 && !chosen.some((p) => p.id === person.id))
      perCountry.set(country, [...chosen, person]);
  }
  const rows = countries.flatMap((country) =>
    (perCountry.get(country.id) ?? []).map((person, index) => {
      const nominatedAt = new Date(seed.now.getTime() - (60 + Math.floor(seed.random.next() * 60)) * DAY_MS);
      const waiting = index === 2;
      return {
        userId: person.id,
        orgUnitId: country.id,
        status: waiting ? ('nominated' as const) : ('approved' as const),
        nominatedBy: index === 1 || waiting ? person.id : (chief?.id ?? null),
        approvedBy: waiting ? null : (chief?.id ?? null),
        nominatedAt,
        approvedAt: waiting ? null : new Date(nominatedAt.getTime() + 2 * DAY_MS),
        certifiedAt: waiting || seed.random.chance(0.25) ? null : new Date(seed.now.getTime() - 10 * DAY_MS),
      };
    }),
  );
  if (rows.length) await db.insert(charterAmbassadors).values(rows);
  const [academy] = await db
    .select({ id: core.learningPaths.id })
    .from(core.learningPaths)
    .where(eq(core.learningPaths.title, 'CM academy : le métier de manager CM'));
  if (academy) await db.insert(charterAmbassadorTrainings).values({ pathId: academy.id });
  return rows.filter((r) => r.status === 'approved').map((r) => r.userId);
}

/** Each org unit's country (itself or the unit above it of kind country). */
async function countryByUnit(db: PluginServices['db']) {
  const units = await db
    .select({ id: core.orgUnits.id, parentId: core.orgUnits.parentId, kind: core.orgUnits.kind })
    .from(core.orgUnits);
  const byId = new Map(units.map((u) => [u.id, u]));
  const out = new Map<string, string>();
  for (const unit of units) {
    let up: (typeof units)[number] | undefined = unit;
    while (up && up.kind !== 'country') up = up.parentId ? byId.get(up.parentId) : undefined;
    if (up) out.set(unit.id, up.id);
  }
  return out;
}
