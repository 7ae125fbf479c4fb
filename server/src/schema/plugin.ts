import { ValidationError } from '../errors';
import { authorize } from '../permissions';
import type { PluginInfo } from '../plugin-host/installed';
import { viewerStream } from '../realtime/viewer-stream';
import { builder } from './builder';

const Plugin = builder.objectRef<PluginInfo>('Plugin').implement({
  description: 'An installed plugin. Disabling it hides its features and keeps its data.',
  fields: (t) => ({
    id: t.exposeString('id'),
    version: t.exposeString('version'),
    core: t.exposeString('core', { description: 'Range of core versions it supports.' }),
    dependsOn: t.exposeStringList('dependsOn', { nullable: { list: true, items: false } }),
    enabled: t.exposeBoolean('enabled'),
  }),
});

builder.queryField('plugins', (t) =>
  t.withAuth({ signedIn: true }).field({
    type: [Plugin],
    description: 'Installed plugins and whether they are enabled (the client hides disabled ones).',
    resolve: (_root, _args, ctx) => ctx.services.host.list(),
  }),
);

builder.mutationField('setPluginEnabled', (t) =>
  t.field({
    type: Plugin,
    errors: {},
    args: { id: t.arg.string({ required: true }), enabled: t.arg.boolean({ required: true }) },
    resolve: async (_root, args, ctx) => {
      authorize(ctx.viewer, 'plugin:manage');
      if (!(await ctx.services.host.list()).some((p) => p.id === args.id))
        throw ValidationError.field('id', 'validation.unknownPlugin');
      const result = await ctx.services.host.setEnabled(args.id, args.enabled, ctx.viewer.id);
      ctx.services.pubsub.publish('plugin.toggled', { pluginId: args.id, enabled: args.enabled });
      return result;
    },
  }),
);

builder.subscriptionField('pluginToggled', (t) =>
  t.withAuth({ signedIn: true }).field({
    type: Plugin,
    description: 'Tells open clients when an admin enables or disables a plugin.',
    subscribe: (_root, _args, ctx) =>
      viewerStream(ctx, () => ctx.services.pubsub.subscribe('plugin.toggled')),
    // The flag comes from the event: this replica's copy of the flags may be seconds older than it.
    resolve: async (event, _args, ctx) => ({
      ...(await ctx.services.host.list()).find((p) => p.id === event.pluginId)!,
      enabled: event.enabled,
    }),
  }),
);
