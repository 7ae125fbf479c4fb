import { graphql, type PluginGraphQL } from '@levain/web/plugin';

const BADGES = graphql(`
  query CharterAmbassadorBadges($ids: [ID!]!) { charterAmbassadorBadges(userIds: $ids) { id } }
`);

/** Whether each person asked so far is an ambassador: a page's names are asked once. */
const known = new Map<string, Promise<boolean>>();
let waiting: { ids: Map<string, (is: boolean) => void>; graphql: PluginGraphQL } | null = null;

/**
 * Whether a person carries the ambassador badge. Every name on a page asks in the same render: the
 * ids asked before the next macrotask go in one `charterAmbassadorBadges` query, never one per name.
 */
export function isAmbassador(userId: string, graphql: PluginGraphQL): Promise<boolean> {
  const cached = known.get(userId);
  if (cached) return cached;
  if (!waiting) {
    const batch = { ids: new Map<string, (is: boolean) => void>(), graphql };
    waiting = batch;
    setTimeout(() => flush(batch), 0);
  }
  const batch = waiting;
  const answer = new Promise<boolean>((resolve) => batch.ids.set(userId, resolve));
  known.set(userId, answer);
  return answer;
}

async function flush(batch: NonNullable<typeof waiting>) {
  waiting = null;
  const ids = [...batch.ids.keys()];
  try {
    const { charterAmbassadorBadges } = await batch.graphql(BADGES, { ids });
    const ambassadors = new Set(charterAmbassadorBadges.map((u) => u.id));
    for (const [id, resolve] of batch.ids) resolve(ambassadors.has(id));
  } catch {
    for (const [id, resolve] of batch.ids) {
      known.delete(id);
      resolve(false);
    }
  }
}
