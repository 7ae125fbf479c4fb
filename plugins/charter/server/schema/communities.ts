import { authorize, fields, type PluginSchema } from '@levain/server/plugin';
import {
  adoptCommunityCharter,
  type CommunityCharterEntry,
  myCommunityCharters,
} from '../charters/community';
import { requireCharter } from './queries';
import type { CharterTypes } from './types';

/** Community charters: the viewer's communities with theirs, and adopting one. */
export function communityCharterSchema(
  { builder, queryField, mutationField, services }: PluginSchema,
  types: CharterTypes,
) {
  const Entry = builder.objectRef<CommunityCharterEntry>('CommunityCharter').implement({
    description: 'One of the viewer’s communities and its own charter, if it adopted one.',
    fields: (t) => ({
      communityId: t.globalID({ resolve: (e) => ({ type: 'Community', id: e.community.id }) }),
      communityName: t.string({ resolve: (e) => e.community.name }),
      communitySlug: t.string({ resolve: (e) => e.community.slug }),
      charter: t.field({ type: types.Charter, nullable: true, resolve: (e) => e.charter }),
      canEdit: t.boolean({
        description: 'Whether the viewer adopts and writes it (owners, animators, admins).',
        resolve: (e) => e.canEdit,
      }),
    }),
  });

  queryField('communityCharters', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: [Entry],
      description:
        'The communities the viewer belongs to, with the charter each adopted on top of the behaviour charter.',
      resolve: (_root, _args, ctx) => {
        authorize(ctx.viewer, 'charter:read');
        return myCommunityCharters(services, ctx.viewer);
      },
    }),
  );

  mutationField('adoptCommunityCharter', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: types.Charter,
      errors: {},
      description:
        'A community adopts its own charter (no version yet: publish its first with `publishCharterVersion`).',
      args: {
        communityId: t.arg.globalID({ required: true }),
        titleFr: t.arg.string({ required: true, validate: fields.text(200) }),
        titleEn: t.arg.string({ required: true, validate: fields.text(200) }),
      },
      resolve: async (_root, args, ctx) => {
        const id = await adoptCommunityCharter(services, ctx.viewer, args.communityId.id, {
          fr: args.titleFr,
          en: args.titleEn,
        });
        return requireCharter(services, ctx.viewer, id);
      },
    }),
  );
}
