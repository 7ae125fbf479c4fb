import { schema as core, queryRows } from '@levain/db';
import type { DemoSeed, PluginServices } from '@levain/server/plugin';
import { eq, sql } from 'drizzle-orm';
import { cmSettings, cmTargets } from '../../db/schema';
import { measure } from '../board/board';
import { monthOf, previousMonth } from '../board/month';
import { loadTargets } from '../board/targets';
import { assignPosition, createPosition } from '../network/assign';
import { loadOrgChart } from '../network/org-chart';
import { seedEditorialAndWatch } from './editorial-watch';
import { seedIncidents } from './incidents';
import { seedReports } from './reports';

const CM_COMMUNITY = 'reseau-des-cm-groupe-atlas';
/** The core demo's CM academy (a learning path), which the map checks CMs have started. */
const ACADEMY_TITLE = 'CM academy';
/** Direction positions left vacant: gaps the chief CM sees on the map. */
const VACANT = new Set(['be-sales', 'ca-hr']);
/** Metrics whose network targets the demo sets just above the typical direction, so some lines are red or amber. */
const STRETCHED = ['posts', 'activeMembers', 'engagementRate', 'reach'] as const;

/**
 * The demo network: the chief CM on the group, a full-time CM per country (the head of its
 * communication), each direction's head as a part-time CM (the marketing head of France is the
 * demo's "Manager (CM)"), two vacant positions, targets that leave some lines red or amber, and
 * the core's CM academy named as the network's.
 */
export async function seedCmNetworkDemo(seed: DemoSeed, services: PluginServices) {
  const { db } = services;
  const chart = await loadOrgChart(db);
  const byCode = new Map([...chart.byId.values()].map((u) => [u.code, u]));
  const [chief] = await db
    .select({ id: core.users.id })
    .from(core.users)
    .where(eq(core.users.email, 'cm@atlas.example'));
  if (!chief || !byCode.get('atlas')) return;
  const heads = await queryRows<{ unitId: string; userId: string }>(
    db,
    sql`select distinct on (u.org_unit_id) u.org_unit_id as "unitId", u.id as "userId" from users u
      left join users m on m.id = u.manager_id
      where u.status = 'active' and (m.id is null or m.org_unit_id is distinct from u.org_unit_id)
      order by u.org_unit_id, u.name`,
  );
  const headOf = new Map(heads.map((h) => [h.unitId, h.userId]));

  const network = (await services.communities.directory()).find((c) => c.slug === CM_COMMUNITY);
  const academy = (await services.learning.paths()).find((p) => p.title.startsWith(ACADEMY_TITLE));
  await db
    .insert(cmSettings)
    .values({ communityId: network?.id ?? null, academyPathId: academy?.id ?? null });

  const open = async (
    code: string,
    kind: 'chief' | 'country' | 'department' | 'manager_part_time',
    share: number,
    holder: string | null,
  ) => {
    const unit = byCode.get(code);
    if (!unit) return;
    const id = await createPosition(db, chief.id, {
      orgUnitId: unit.id,
      kind,
      timeBasis: share === 100 ? 'full_time' : 'part_time',
      shareOfTimePercent: share,
    });
    if (holder) await assignPosition(db, services, chief.id, id, holder);
  };
  await open('atlas', 'chief', 100, chief.id);
  for (const country of chart.ofKind('country')) {
    await open(
      country.code,
      'country',
      100,
      headOf.get(byCode.get(`${country.code}-communication`)?.id ?? '') ?? null,
    );
    for (const direction of chart.ofKind('direction').filter((d) => d.parentId === country.id))
      await open(
        direction.code,
        'manager_part_time',
        20,
        VACANT.has(direction.code) ? null : (headOf.get(direction.id) ?? null),
      );
  }

  // Targets: a little above the median direction of the last complete month, so about half the
  // directions miss them, some narrowly (amber), some widely (red).
  const month = previousMonth(monthOf(seed.now));
  const directions = chart.ofKind('direction');
  const directory = await services.communities.directory();
  const lines = await measure(
    services,
    await loadTargets(db),
    month,
    directions.map((d) => {
      const units = chart.subtree(d.id);
      return {
        scope: 'ORG_UNIT' as const,
        id: d.id,
        orgUnitId: d.id,
        positionId: null,
        communityId: null,
        communityName: null,
        orgUnit: d,
        holder: null,
        countryId: null,
        communityIds: directory.filter((c) => c.orgUnitIds.some((u) => units.has(u))).map((c) => c.id),
      };
    }),
  );
  const targets: Array<typeof cmTargets.$inferInsert> = STRETCHED.flatMap((metric) => {
    const values = lines
      .map((l) => l.metrics.find((m) => m.key === metric)!.value)
      .filter((v): v is number => v !== null)
      .sort((a, b) => a - b);
    if (!values.length) return [];
    const median = values[Math.floor(values.length / 2)]!;
    return [{ metric, value: Math.max(1, Math.round(median * 1.1)), orgUnitId: null, setBy: chief.id }];
  });
  targets.push({ metric: 'medianMinutesToFirstAction', value: 240, orgUnitId: null, setBy: chief.id });
  await db.insert(cmTargets).values(targets);
  await seedIncidents(db, seed);
  await seedReports(db, seed, chief.id);
  const countryCm = chart
    .ofKind('country')
    .map((c) => headOf.get(byCode.get(`${c.code}-communication`)?.id ?? ''))
    .find(Boolean);
  await seedEditorialAndWatch(db, services, seed, { chiefId: chief.id, ownerId: countryCm ?? chief.id });
}
