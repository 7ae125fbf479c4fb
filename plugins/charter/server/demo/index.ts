import { schema as core, type Db } from '@levain/db';
import { type DemoSeed, insertMany, type PluginServices } from '@levain/server/plugin';
import { eq } from 'drizzle-orm';
import { charterArticles, charterDocuments, charterVersions } from '../../db/schema';
import { audienceWhere } from '../charters/audience';
import type { ArticleDraft } from '../charters/publish';
import { seedAdvocacy } from './advocacy';
import { seedAmbassadors } from './ambassadors';
import { behaviourCharter } from './behaviour';
import { marketingCommunityCharter } from './community';
import { editorialCharter } from './editorial';
import { seedModerationDemo } from './moderation';
import { socialMediaCharter } from './social-media';
import type { DemoCharter, DemoVersion } from './types';

const DAY_MS = 86_400_000;

/** The articles of each version: the first as written, the next ones as changes to the one before. */
function articlesOf(versions: readonly DemoVersion[]): ArticleDraft[][] {
  const out: ArticleDraft[][] = [];
  for (const version of versions) {
    const before = out.at(-1) ?? [];
    const changed = version.articles ?? before.map((a) => ({ ...a, ...version.changes?.[a.number] }));
    out.push([...changed, ...(version.added ?? [])]);
  }
  return out;
}

/** Each active person's country (the org unit under the group), by code. */
async function countries(db: Db, audience: Parameters<typeof audienceWhere>[0]) {
  const units = await db
    .select({
      id: core.orgUnits.id,
      parentId: core.orgUnits.parentId,
      code: core.orgUnits.code,
      kind: core.orgUnits.kind,
    })
    .from(core.orgUnits);
  const byId = new Map(units.map((u) => [u.id, u]));
  const countryOf = (unitId: string | null) => {
    for (
      let unit = unitId ? byId.get(unitId) : undefined;
      unit;
      unit = unit.parentId ? byId.get(unit.parentId) : undefined
    )
      if (unit.kind === 'country') return unit.code;
    return null;
  };
  const people = await db
    .select({ id: core.users.id, email: core.users.email, orgUnitId: core.users.orgUnitId })
    .from(core.users)
    .where(audienceWhere(audience))
    .orderBy(core.users.email);
  return people.map((p) => ({ ...p, country: countryOf(p.orgUnitId) }));
}

/** Those who run the network accepted every charter, whatever the draw. */
const organisers = ['admin@atlas.example', 'rh@atlas.example', 'cm@atlas.example', 'manager@atlas.example'];

async function seedCharter(
  db: Db,
  seed: DemoSeed,
  charter: DemoCharter,
  publisherId: string | null,
  communityId: string | null = null,
) {
  const [document] = await db
    .insert(charterDocuments)
    .values({
      kind: charter.kind,
      communityId,
      title: charter.title,
      createdAt: new Date(seed.now.getTime() - charter.versions[0]!.daysAgo * DAY_MS),
    })
    .returning({ id: charterDocuments.id });
  const articles = articlesOf(charter.versions);
  const versions: Array<{ id: string; number: number; major: boolean; at: Date }> = [];
  for (const [index, version] of charter.versions.entries()) {
    const at = new Date(seed.now.getTime() - version.daysAgo * DAY_MS);
    const [row] = await db
      .insert(charterVersions)
      .values({
        charterId: document!.id,
        number: index + 1,
        major: version.major,
        summary: version.summary,
        publishedAt: at,
        publishedBy: publisherId,
      })
      .returning({ id: charterVersions.id });
    await db.insert(charterArticles).values(articles[index]!.map((a) => ({ ...a, versionId: row!.id })));
    versions.push({ id: row!.id, number: index + 1, major: version.major, at });
  }
  const lastMajor = versions.filter((v) => v.major).at(-1)!;
  const current = versions.at(-1)!;
  const earlier = versions.filter((v) => v.number < lastMajor.number).at(-1);
  const rows: Array<Record<string, unknown>> = [];
  for (const person of await countries(db, { kind: charter.kind, communityId })) {
    const draw = seed.random.next();
    const accepted =
      organisers.includes(person.email) ||
      charter.accepted?.includes(person.email) ||
      (!charter.declined?.includes(person.email) &&
        draw < (charter.rates[person.country ?? ''] ?? charter.rate ?? 0.5));
    // Those who did not accept the latest major version often accepted the one before it.
    const version = accepted
      ? seed.random.next() < 0.5
        ? current
        : lastMajor
      : earlier && (charter.declined?.includes(person.email) || draw < 0.9)
        ? earlier
        : null;
    if (!version) continue;
    const after =
      version.at.getTime() +
      seed.random.next() * Math.min(20 * DAY_MS, seed.now.getTime() - version.at.getTime());
    rows.push({
      version_id: version.id,
      charter_id: document!.id,
      user_id: person.id,
      acknowledged_at: new Date(after).toISOString(),
    });
  }
  await db.transaction((tx) =>
    insertMany(
      tx,
      'charter_version_acknowledgements',
      { version_id: 'uuid', charter_id: 'uuid', user_id: 'uuid', acknowledged_at: 'timestamptz' },
      rows,
    ),
  );
}

/** A community's own charter, published by its owner, accepted by part of its members. */
async function seedCommunityCharter(seed: DemoSeed, services: PluginServices, charter: DemoCharter) {
  const community = (await services.communities.directory()).find((c) => c.name === charter.community);
  if (!community) return;
  await seedCharter(services.db, seed, charter, community.animatorIds[0] ?? null, community.id);
}

/**
 * The demo's charters, written from the ORSYS guide and its Kookai and Transavia cases (and the
 * marketing watch community's own charter), with
 * acknowledgements at rates that differ by country (France ahead, the United Kingdom behind), and
 * a removal citing the behaviour charter's article 3 with its appeal pending; ambassadors per
 * country, and the advocacy kit shared by them with clicks.
 */
export async function seedCharterDemo(seed: DemoSeed, services: PluginServices): Promise<void> {
  const { db } = services;
  const [chief] = await db
    .select({ id: core.users.id })
    .from(core.users)
    .where(eq(core.users.email, 'cm@atlas.example'));
  for (const charter of [socialMediaCharter, behaviourCharter, editorialCharter])
    await seedCharter(db, seed, charter, chief?.id ?? null);
  await seedModerationDemo(seed, services);
  await seedAdvocacy(seed, services, await seedAmbassadors(seed, services));
  await seedCommunityCharter(seed, services, marketingCommunityCharter);
}
