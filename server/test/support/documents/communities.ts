import { schema } from '@levain/db';
import type { App } from '../../../src/app';

type Member = {
  userId: string;
  role?: 'owner' | 'animator' | 'member';
  status?: 'active' | 'requested' | 'invited';
};

let counter = 0;

/** Inserts a community with its members directly (tests of other domains than communities). */
export async function createCommunity(
  app: App,
  input: {
    name?: string;
    visibility?: 'public' | 'private' | 'secret';
    joinPolicy?: 'open' | 'request' | 'invitation';
    requiresApproval?: boolean;
    kind?: 'topic' | 'project' | 'learning' | 'official';
    members?: Member[];
  } = {},
) {
  counter += 1;
  const name = input.name ?? `Community ${counter}`;
  const members = input.members ?? [];
  return app.services.db.transaction(async (tx) => {
    const [community] = await tx
      .insert(schema.communities)
      .values({
        slug: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${counter}-${Math.random().toString(36).slice(2, 6)}`,
        name,
        visibility: input.visibility ?? 'public',
        joinPolicy: input.joinPolicy ?? 'open',
        requiresApproval: input.requiresApproval ?? false,
        kind: input.kind ?? 'topic',
        memberCount: members.filter((m) => (m.status ?? 'active') === 'active').length,
      })
      .returning();
    if (members.length) {
      await tx.insert(schema.communityMemberships).values(
        members.map((m) => ({
          communityId: community!.id,
          userId: m.userId,
          role: m.role ?? 'member',
          status: m.status ?? 'active',
        })),
      );
    }
    return community!;
  });
}
