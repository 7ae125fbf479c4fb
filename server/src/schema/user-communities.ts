import { sql } from 'drizzle-orm';
import { visibleCommunityIds } from '../permissions';
import { builder } from './builder';
import { CommunityMembership } from './community';
import { User } from './user';

/** A profile lists at most this many communities; the person's page of communities has them all. */
const LISTED = 30;

builder.drizzleObjectFields(User, (t) => ({
  memberships: t.relation('memberships', {
    type: CommunityMembership,
    description: `The communities the person takes part in, that the viewer may know of (at most ${LISTED}, by name).`,
    query: (_args, ctx) => ({
      where: {
        status: 'active',
        RAW: (m) => sql`${m.communityId} in ${visibleCommunityIds(ctx.viewer)}
          and ${m.communityId} in (select c.id from communities c where c.deleted_at is null)`,
      },
      orderBy: { joinedAt: 'desc' },
      limit: LISTED,
    }),
  }),
}));
