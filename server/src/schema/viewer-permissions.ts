import { placePermissions } from '../permissions';
import { builder } from './builder';

builder.queryField('viewerPermissions', (t) =>
  t.withAuth({ signedIn: true }).stringList({
    description:
      'Actions the viewer holds that open a place in the app: admin sections ("audit:read") and every plugin action ("pulse:manage"), decided with the facts plugins state about the viewer ("cm-network:holds-position"). The web client builds its navigation and guards plugin pages with them; the server still checks each operation.',
    resolve: async (_root, _args, ctx) => {
      const facts = await ctx.services.host.viewerFacts(ctx.viewer, ctx);
      return placePermissions({ ...ctx.viewer, facts });
    },
  }),
);
