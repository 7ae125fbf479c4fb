import { type Db, queryRows, schema } from '@levain/db';
import { sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type CommunityAccess, can, readablePostsWhere, type Viewer } from '../permissions';

/** A person about to be notified, loaded as the Viewer the permission module judges. */
export type Recipient = {
  viewer: Viewer;
  workingHours: schema.WorkingHours;
  membership: CommunityAccess['membership'];
};

/** Active people among `userIds`, with their place in the community the notification is about. */
export async function loadRecipients(
  db: Db,
  userIds: string[],
  communityId: string | null,
): Promise<Recipient[]> {
  const ids = [...new Set(userIds)];
  if (!ids.length) return [];
  const users = await db.query.users.findMany({
    where: { id: { in: ids }, status: 'active' },
    with: {
      roles: { columns: { role: true } },
      memberships: {
        where: { RAW: (m) => (communityId ? sql`${m.communityId} = ${communityId}` : sql`false`) },
      },
    },
  });
  return users.map((user) => ({
    viewer: {
      id: user.id,
      name: user.name,
      email: user.email,
      roles: new Set(user.roles.map((r) => r.role)),
      orgUnitId: user.orgUnitId,
      locale: user.locale,
      timeZone: user.timeZone,
    },
    workingHours: user.workingHours,
    membership: user.memberships[0] ?? null,
  }));
}

export type CommunityFacts = Omit<CommunityAccess, 'membership'> & { id: string };

export async function loadCommunity(db: Db, communityId: string | null): Promise<CommunityFacts | null> {
  if (!communityId) return null;
  return (
    (await db.query.communities.findFirst({
      where: { id: communityId },
      columns: { id: true, visibility: true, joinPolicy: true, archivedAt: true, deletedAt: true },
    })) ?? null
  );
}

/** Recipients who may know the community exists (invitations, membership requests and decisions). */
export function whoCanSee(community: CommunityFacts, recipients: Recipient[]): Recipient[] {
  return recipients.filter((r) => can(r.viewer, 'community:see', { ...community, membership: r.membership }));
}

/** Recipients who may moderate the community (approval requests). */
export function whoCanModerate(community: CommunityFacts, recipients: Recipient[]): Recipient[] {
  return recipients.filter((r) =>
    can(r.viewer, 'community:moderate', { ...community, membership: r.membership }),
  );
}

const CHUNK = 300;

/**
 * Recipients who may read a post, decided by the permission module's own SQL predicate for each
 * of them — in one statement per few hundred people.
 */
export async function whoCanReadPost(db: Db, postId: string, recipients: Recipient[]): Promise<Recipient[]> {
  const p = alias(schema.posts, 'p');
  const readable = new Set<string>();
  for (let i = 0; i < recipients.length; i += CHUNK) {
    const checks = recipients
      .slice(i, i + CHUNK)
      .map(
        ({ viewer }) =>
          sql`select ${viewer.id}::uuid as id from posts ${p} where ${p.id} = ${postId} and ${readablePostsWhere(viewer, p)}`,
      );
    const rows = await queryRows<{ id: string }>(db, sql.join(checks, sql` union all `));
    for (const row of rows) readable.add(row.id);
  }
  return recipients.filter((r) => readable.has(r.viewer.id));
}

/** Active owners and animators of a community. */
export async function communityAnimatorIds(db: Db, communityId: string): Promise<string[]> {
  const rows = await db.query.communityMemberships.findMany({
    where: { communityId, status: 'active', role: { in: ['owner', 'animator'] } },
    columns: { userId: true },
  });
  return rows.map((r) => r.userId);
}

export async function activeMemberIds(db: Db, communityId: string): Promise<string[]> {
  const rows = await db.query.communityMemberships.findMany({
    where: { communityId, status: 'active' },
    columns: { userId: true },
  });
  return rows.map((r) => r.userId);
}
