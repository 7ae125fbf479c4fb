import { randomUUID } from 'node:crypto';
import { schema, type Tx } from '@levain/db';
import type { Random } from '@levain/server/seeding';
import { slugify } from '@levain/server/seeding';
import { type CommunitySeed, groupWide } from './community-catalogue';
import { perCountry } from './community-catalogue-local';
import { voices } from './content/voices';
import { COMPANY_CODE } from './countries';
import type { DemoPerson } from './people';
import { projectCommunities } from './project-catalogue';

type Membership = typeof schema.communityMemberships.$inferInsert;
type Role = 'owner' | 'animator' | 'member';

/** What the seeds of posts, reactions and polls need to know about a demo community. */
export type SeededCommunity = {
  id: string;
  slug: string;
  name: string;
  kind: CommunitySeed['kind'];
  visibility: CommunitySeed['visibility'];
  /** Active members, owners and animators first. */
  memberIds: string[];
  animatorIds: string[];
};

const DAY_MS = 86_400_000;
const communityCatalogue: CommunitySeed[] = [...groupWide, ...perCountry(), ...projectCommunities];
const BATCH = 1000;

/** The people of Groupe Atlas, found by email or as "head:<org unit code>". */
export function directory(people: DemoPerson[]) {
  const byEmail = new Map(people.map((p) => [p.email, p]));
  const byId = new Map(people.map((p) => [p.id, p]));
  // Demo codes nest by prefix: "fr" ⊃ "fr-marketing" ⊃ "fr-marketing-digital".
  const inUnit = (person: DemoPerson, unit: string) =>
    unit === COMPANY_CODE || person.orgUnitCode === unit || person.orgUnitCode.startsWith(`${unit}-`);
  const headOf = (unit: string) =>
    people.find(
      (p) => p.orgUnitCode === unit && (!p.managerId || byId.get(p.managerId)?.orgUnitCode !== unit),
    );
  const find = (selector: string): DemoPerson => {
    const person = selector.startsWith('head:') ? headOf(selector.slice(5)) : byEmail.get(selector);
    if (!person) throw new Error(`No demo person for "${selector}"`);
    return person;
  };
  return { find, inUnit };
}

/** Who is in one community, and how: the same seed always gives the same people. */
function membershipsOf(
  seed: CommunitySeed,
  people: DemoPerson[],
  random: Random,
  find: (s: string) => DemoPerson,
  inUnit: (p: DemoPerson, unit: string) => boolean,
) {
  const places = new Map<string, { role: Role; status: Membership['status'] }>();
  const add = (id: string, role: Role, status: Membership['status'] = 'active') => {
    if (!places.has(id)) places.set(id, { role, status });
  };
  add(find(seed.owner).id, 'owner');
  for (const s of seed.animators ?? []) add(find(s).id, 'animator');
  for (const s of seed.members ?? []) add(find(s).id, 'member');
  for (const person of people) {
    const inAudience = seed.audience?.units.some((unit) => inUnit(person, unit));
    const chance = inAudience ? seed.audience!.share : (seed.reach ?? 0);
    if (chance > 0 && random.chance(chance)) add(person.id, 'member');
  }
  for (const s of seed.requested ?? []) add(find(s).id, 'member', 'requested');
  for (const s of seed.invited ?? []) add(find(s).id, 'member', 'invited');
  return places;
}

/**
 * Inserts the ~40 demo communities of Groupe Atlas with their org units, sub-communities and
 * members (a few requests and invitations left pending), in a few batched statements. Call it in
 * the demo seed's transaction, after the people, with the seed's generator.
 */
export async function seedCommunities(
  tx: Tx,
  people: DemoPerson[],
  orgUnitIds: ReadonlyMap<string, string>,
  random: Random,
  now = new Date(),
): Promise<SeededCommunity[]> {
  const { find, inUnit } = directory(people);
  const ids = new Map(communityCatalogue.map((seed) => [seed.name, randomUUID()]));
  const slugs = new Set<string>();
  const rows: Array<typeof schema.communities.$inferInsert> = [];
  const links: Array<typeof schema.communityOrgUnits.$inferInsert> = [];
  const memberships: Membership[] = [];
  const seeded: SeededCommunity[] = [];

  communityCatalogue.forEach((seed, index) => {
    const id = ids.get(seed.name)!;
    let slug = slugify(seed.name);
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(seed.name)}-${n}`;
    slugs.add(slug);
    // Older communities first, so the demo has history: the first one opened about a year ago.
    const createdAt = new Date(now.getTime() - (360 - index * 5) * DAY_MS);
    const places = membershipsOf(seed, people, random, find, inUnit);
    const active = [...places].filter(([, place]) => place.status === 'active');
    rows.push({
      id,
      slug,
      name: seed.name,
      description: seed.description,
      kind: seed.kind,
      visibility: seed.visibility,
      joinPolicy: seed.joinPolicy,
      requiresApproval: seed.requiresApproval ?? false,
      // What its members write in; a group-wide or bilingual community has no single language.
      language: voices[slug]?.lang === 'mixed' ? null : (voices[slug]?.lang ?? null),
      parentId: seed.parent ? ids.get(seed.parent)! : null,
      createdById: find(seed.owner).id,
      memberCount: active.length,
      createdAt,
      updatedAt: createdAt,
    });
    for (const code of seed.orgUnits ?? []) {
      const orgUnitId = orgUnitIds.get(code);
      if (!orgUnitId) throw new Error(`No demo org unit "${code}" for "${seed.name}"`);
      links.push({ communityId: id, orgUnitId });
    }
    const age = now.getTime() - createdAt.getTime();
    for (const [userId, place] of places)
      memberships.push({
        communityId: id,
        userId,
        ...place,
        joinedAt: new Date(createdAt.getTime() + random.next() * age),
      });
    seeded.push({
      id,
      slug,
      name: seed.name,
      kind: seed.kind,
      visibility: seed.visibility,
      memberIds: active.map(([userId]) => userId),
      animatorIds: active.filter(([, place]) => place.role !== 'member').map(([userId]) => userId),
    });
  });

  // One statement each: PostgreSQL checks the parent foreign keys when the statement ends.
  await tx.insert(schema.communities).values(rows);
  if (links.length) await tx.insert(schema.communityOrgUnits).values(links);
  for (let i = 0; i < memberships.length; i += BATCH)
    await tx.insert(schema.communityMemberships).values(memberships.slice(i, i + BATCH));
  return seeded;
}
