import { schema as core, type Db } from '@levain/db';
import type { DemoSeed, PluginServices } from '@levain/server/plugin';
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { cmEditorialItems, cmWatchLists } from '../../db/schema';
import { raiseAlerts } from '../watch/alerts';

const day = (now: Date, n: number, hour = 9) => {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1, hour));
  return new Date(d.getTime() + (n - 1) * 86_400_000);
};

/** Items of the seed's month, one per state, in communities the owner animates or belongs to. */
const PLAN = [
  {
    title: 'Portes ouvertes de l’usine',
    day: 3,
    status: 'published',
    body: 'Samedi, portes ouvertes à l’usine : venez en famille !',
  },
  {
    title: 'Bilan du trimestre en 5 chiffres',
    day: 8,
    status: 'approved',
    body: 'Cinq chiffres pour résumer notre trimestre.',
  },
  {
    title: 'Nouveaux horaires de la cantine',
    day: 12,
    status: 'submitted',
    body: 'La cantine ouvre désormais à 11 h 30.',
  },
  {
    title: 'Témoignage : un an de télétravail',
    day: 17,
    status: 'returned',
    body: 'Un an de télétravail, ce que nous avons appris.',
  },
  { title: 'Quiz sécurité de fin de mois', day: 24, status: 'planned', body: null },
  { title: 'Webinaire marque employeur', day: 28, status: 'planned', body: null },
] as const;

/**
 * The editorial calendar of the seed's month (items in every state, the past ones published as
 * their owner's posts would be), the chief CM's watch lists and the alerts they raised on recent
 * posts — raised by the same code as live alerts, so only on content the CM may read.
 */
export async function seedEditorialAndWatch(
  db: Db,
  services: PluginServices,
  seed: DemoSeed,
  people: { chiefId: string; ownerId: string },
) {
  const directory = await services.communities.directory();
  const owned = directory.filter((c) => c.visibility === 'public' && c.animatorIds.length);
  if (!owned.length) return;
  await db.insert(cmEditorialItems).values(
    PLAN.map((p, i) => ({
      title: p.title,
      communityId: owned[i % owned.length]!.id,
      ownerId: people.ownerId,
      targetAt: day(seed.now, p.day),
      status: p.status,
      body: p.body,
      returnComment: p.status === 'returned' ? 'Ajoutez un témoignage d’une autre équipe.' : null,
      decidedBy: ['returned', 'approved', 'published'].includes(p.status) ? people.chiefId : null,
      decidedAt: ['returned', 'approved', 'published'].includes(p.status) ? day(seed.now, p.day - 2) : null,
      createdAt: day(seed.now, 1),
    })),
  );
  await db.insert(cmWatchLists).values([
    {
      name: 'Climat social',
      ownerId: people.chiefId,
      communityId: null,
      terms: ['télétravail', 'cantine', 'grève'],
    },
    { name: 'Services généraux', ownerId: people.chiefId, communityId: null, terms: ['parking', '#badbuzz'] },
  ]);
  const recent = await db
    .select({ id: core.posts.id, text: core.posts.body, communityId: core.posts.communityId })
    .from(core.posts)
    .where(and(eq(core.posts.status, 'published'), isNotNull(core.posts.communityId)))
    .orderBy(desc(core.posts.publishedAt))
    .limit(300);
  for (const post of recent) await raiseAlerts(services, { postId: post.id, commentId: null, ...post });
}
