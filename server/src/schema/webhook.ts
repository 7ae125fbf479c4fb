import { encodeGlobalID } from '@pothos/plugin-relay';
import { sql } from 'drizzle-orm';
import { can } from '../permissions';
import { webhookEvents } from '../webhooks/payloads';
import { forgetSubscribedEvents } from '../webhooks/subscribed-events';
import { createWebhook, deleteWebhook, setWebhookEnabled, type WebhookRow } from '../webhooks/subscriptions';
import { builder } from './builder';
import { User } from './user';

const WebhookStatus = builder.enumType('WebhookStatus', {
  description: 'Active, turned off by an admin, or turned off after repeated failed deliveries.',
  values: ['active', 'disabled', 'failing'] as const,
});

const WebhookDelivery = builder.drizzleNode('webhookDeliveries', {
  name: 'WebhookDelivery',
  description: 'One attempt to deliver one event: what the receiver answered and when.',
  authScopes: (_delivery, ctx) => can(ctx.viewer, 'webhook:manage'),
  id: { column: (delivery) => delivery.id },
  fields: (t) => ({
    eventId: t.exposeString('eventId', { description: 'The payload’s `id`, the same for every attempt.' }),
    event: t.exposeString('event'),
    attempt: t.exposeInt('attempt'),
    succeeded: t.boolean({ select: { columns: { status: true } }, resolve: (d) => d.status === 'succeeded' }),
    responseStatus: t.exposeInt('responseStatus', { nullable: true }),
    error: t.exposeString('error', { nullable: true, description: 'Why no answer came (refused, timeout).' }),
    durationMs: t.exposeInt('durationMs'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const Webhook = builder.drizzleNode('webhooks', {
  name: 'Webhook',
  description:
    'An HTTPS endpoint that receives signed JSON payloads of domain events (header `Levain-Signature: t=…,v1=…`, HMAC-SHA256 of "t.body"). It reads as its owner without the administrator role and never sends a secret community’s content.',
  authScopes: (_webhook, ctx) => can(ctx.viewer, 'webhook:manage'),
  id: { column: (webhook) => webhook.id },
  fields: (t) => ({
    url: t.exposeString('url'),
    events: t.exposeStringList('events'),
    owner: t.relation('owner', { type: User }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    disabledAt: t.expose('disabledAt', { type: 'DateTime', nullable: true }),
    consecutiveFailures: t.exposeInt('consecutiveFailures'),
    status: t.field({
      type: WebhookStatus,
      select: { columns: { disabledAt: true, disabledReason: true } },
      resolve: (w) => (!w.disabledAt ? 'active' : w.disabledReason === 'failures' ? 'failing' : 'disabled'),
    }),
    deliveries: t.relatedConnection('deliveries', {
      type: WebhookDelivery,
      description: 'The delivery log, newest attempt first.',
      query: { orderBy: { createdAt: 'desc', id: 'desc' } },
    }),
  }),
});

const WebhookCreated = builder
  .objectRef<{ webhook: WebhookRow; secret: string }>('WebhookCreated')
  .implement({
    fields: (t) => ({
      webhook: t.field({ type: Webhook, resolve: (created) => created.webhook }),
      secret: t.exposeString('secret', {
        description: 'The key to check signatures with. Shown only now: it is never returned again.',
      }),
    }),
  });

builder.queryFields((t) => ({
  webhooks: t.drizzleConnection({
    type: Webhook,
    description: 'The organisation’s webhooks, newest first (admins).',
    authScopes: (_root, _args, ctx) => can(ctx.viewer, 'webhook:manage'),
    resolve: async (query, _root, _args, ctx) => {
      const rows = await ctx.db.query.webhooks.findMany(
        query({
          // The cursor holds the exact microsecond text: a millisecond Date would skip rows.
          extras: {
            createdAtExact: (w) =>
              sql<string>`to_char(${w.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
          },
          orderBy: { createdAtExact: 'desc', id: 'desc' },
        }),
      );
      // Pothos selects the columns at run time; its type for a query with extras lists only the extras.
      return rows as unknown as WebhookRow[];
    },
  }),
  webhookEvents: t.stringList({
    description: 'The events a webhook may subscribe to.',
    authScopes: (_root, _args, ctx) => can(ctx.viewer, 'webhook:manage'),
    resolve: () => [...webhookEvents],
  }),
}));

builder.mutationFields((t) => ({
  createWebhook: t.withAuth({ signedIn: true }).field({
    type: WebhookCreated,
    description:
      'Subscribes an HTTPS URL to events (admins, in a browser session). Internal addresses are refused unless the server allows them (WEBHOOKS_ALLOW_PRIVATE_ADDRESSES).',
    errors: {},
    args: { url: t.arg.string({ required: true }), events: t.arg.stringList({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const created = await createWebhook(
        ctx.db,
        ctx.viewer,
        args,
        ctx.services.config.webhooksAllowPrivateAddresses,
      );
      forgetSubscribedEvents(ctx.services);
      return created;
    },
  }),
  setWebhookEnabled: t.withAuth({ signedIn: true }).drizzleField({
    type: Webhook,
    description: 'Turns a webhook off, or on again (its count of failures starts over).',
    errors: {},
    args: {
      id: t.arg.globalID({ required: true, for: Webhook }),
      enabled: t.arg.boolean({ required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      const changed = await setWebhookEnabled(ctx.db, ctx.viewer, args.id.id, args.enabled);
      forgetSubscribedEvents(ctx.services);
      return (await ctx.db.query.webhooks.findFirst(query({ where: { id: changed.id } })))!;
    },
  }),
  deleteWebhook: t.withAuth({ signedIn: true }).field({
    type: 'ID',
    description: 'Deletes a webhook and its delivery log; answers its id.',
    errors: {},
    args: { id: t.arg.globalID({ required: true, for: Webhook }) },
    resolve: async (_root, args, ctx) => {
      await deleteWebhook(ctx.db, ctx.viewer, args.id.id);
      forgetSubscribedEvents(ctx.services);
      return encodeGlobalID('Webhook', args.id.id);
    },
  }),
}));
