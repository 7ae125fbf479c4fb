import { randomUUID } from 'node:crypto';
import { fillsFor, namedAccounts } from '@levain/seed';
import { seededRandom, slugify } from '@levain/server/seeding';
import type { Company, OrgUnit, Person } from './company';
import type { SeedContext } from './context';
import { archetypes } from './texts';

const DAY_MS = 86_400_000;

export type PlannedCommunity = {
  n: number;
  id: string;
  slug: string;
  name: string;
  description: string;
  kind: string;
  visibility: string;
  join_policy: string;
  requires_approval: boolean;
  archetype: number;
  owner_n: number;
  unit_id: string | null;
  /** How often people come across it when they look beyond their own units. */
  weight: number;
  created_at: string;
};

/**
 * The demo's communities first (the company-wide official channel, the CM network, the crisis
 * cell…), then copies of them for other places: "Ventes régions – Lyon" in a sales team, an official
 * channel per country, direction and team. Each copy keeps its archetype's kind, visibility, join
 * policy and subjects.
 */
export function planCommunities(company: Company, count: number, now: Date): PlannedCommunity[] {
  const random = seededRandom(count);
  const byCode = new Map(company.units.map((u) => [u.code, u]));
  const inside = (code: string) =>
    company.units.filter((u) => u.code !== code && (code === 'atlas' || u.code.startsWith(`${code}-`)));
  const officialPlaces = ['country', 'direction', 'team'].flatMap((kind) =>
    company.units.filter((u) => u.kind === kind),
  );
  const head = (unit: OrgUnit | undefined): Person => {
    const people = company.people;
    if (!unit || unit.kind === 'company') return people[0]!;
    if (unit.kind === 'team') return people.find((p) => p.rank === 3 && p.teamCode === unit.code)!;
    if (unit.kind === 'direction') return people.find((p) => p.rank === 2 && p.directionCode === unit.code)!;
    return people.find((p) => p.rank === 1 && p.countryCode === unit.code)!;
  };
  /** The demo gives some communities to its admin, HR or chief CM; the others go to the head of their place. */
  const owner = (selector: string, unit: OrgUnit | undefined) => {
    const account = namedAccounts.find((a) => a.email === selector && a.role !== 'member');
    return account ? company.people.find((p) => p.roles.includes(account.role))! : head(unit);
  };
  const names = new Set<string>();
  const slugs = new Set<string>();

  return Array.from({ length: count }, (_, i) => {
    const archetype = i % archetypes.length;
    const variant = Math.floor(i / archetypes.length);
    const { seed } = archetypes[archetype]!;
    const home = seed.orgUnits?.[0];
    let unit: OrgUnit | undefined;
    if (variant === 0) unit = home ? byCode.get(home) : undefined;
    else if (seed.kind === 'official') unit = officialPlaces[(variant - 1) % officialPlaces.length];
    else {
      const around = inside(home ?? 'atlas').filter((u) => u.kind !== 'country');
      unit = around.length ? random.pick(around) : byCode.get(home!);
    }
    const place = unit?.code.slice(0, 2) as 'fr' | 'be' | 'ca' | 'uk' | undefined;
    const city = () =>
      fillsFor(place === 'uk' ? 'en' : 'fr', place ?? 'fr', now, random.pick, random.next).city;
    const base =
      variant === 0
        ? seed.name
        : seed.kind === 'official'
          ? `Annonces – ${unit!.name}`
          : `${seed.name} – ${city()}`;
    let name = base;
    for (let k = 2; names.has(name); k++) name = `${base} ${k}`;
    names.add(name);
    let slug = slugify(name);
    for (let k = 2; slugs.has(slug); k++) slug = `${slugify(name)}-${k}`;
    slugs.add(slug);
    return {
      n: i + 1,
      id: randomUUID(),
      slug,
      name,
      description: seed.description,
      kind: seed.kind,
      visibility: seed.visibility,
      join_policy: seed.joinPolicy,
      requires_approval: !!seed.requiresApproval,
      archetype,
      owner_n: (variant === 0 ? owner(seed.owner, unit) : head(unit)).n,
      unit_id: unit?.id ?? null,
      weight:
        ((seed.reach ?? 0) + (seed.audience ? 0.04 : 0) + 0.01) *
        (variant === 0 ? 4 : 1) *
        (0.3 + random.next() * 1.4),
      created_at: new Date(now.getTime() - (400 + random.next() * 700) * DAY_MS).toISOString(),
    };
  });
}

/** Communities, their org units, and bench_seed.communities for the steps that fill them. */
export async function insertCommunities(
  ctx: SeedContext,
  company: Company,
  planned: PlannedCommunity[],
): Promise<number> {
  const ownerId = new Map(company.people.map((p) => [p.n, p.id]));
  await ctx.insertJson(
    'communities',
    {
      id: 'uuid',
      slug: 'text',
      name: 'text',
      description: 'text',
      kind: 'text',
      visibility: 'community_visibility',
      join_policy: 'community_join_policy',
      requires_approval: 'boolean',
      created_by_id: 'uuid',
      created_at: 'timestamptz',
      updated_at: 'timestamptz',
    },
    planned.map((c) => ({ ...c, created_by_id: ownerId.get(c.owner_n), updated_at: c.created_at })),
  );
  await ctx.insertJson(
    'community_org_units',
    { community_id: 'uuid', org_unit_id: 'uuid' },
    planned.filter((c) => c.unit_id).map((c) => ({ community_id: c.id, org_unit_id: c.unit_id })),
  );
  await ctx.exec(`
    create unlogged table bench_seed.communities (n int primary key, id uuid not null, archetype int not null,
      kind text not null, visibility text not null, join_policy text not null, requires_approval boolean not null,
      owner_n int not null, unit_id uuid, weight float8 not null, created_at timestamptz not null);`);
  await ctx.insertJson(
    'bench_seed.communities',
    {
      n: 'int',
      id: 'uuid',
      archetype: 'int',
      kind: 'text',
      visibility: 'text',
      join_policy: 'text',
      requires_approval: 'boolean',
      owner_n: 'int',
      unit_id: 'uuid',
      weight: 'float8',
      created_at: 'timestamptz',
    },
    planned,
  );
  return planned.length;
}
