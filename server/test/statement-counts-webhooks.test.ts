import { randomUUID } from 'node:crypto';
import { schema } from '@levain/db';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';
import { expectConstantStatements, LARGE, type ListCase, once, TITLE } from './support/statement-counts';

/** The web client's webhooks page (web/src/pages/admin/webhooks.ts): each with its latest deliveries. */
const WEBHOOKS = `query($first: Int!) { webhooks(first: $first) {
  edges { node { id url events status consecutiveFailures owner { name }
    deliveries(first: 10) { edges { node { id event attempt succeeded responseStatus error createdAt } } } } }
  pageInfo { hasNextPage endCursor } } }`;

/** One webhook's delivery log, page by page. */
const DELIVERIES = `query($id: ID!, $first: Int!) { node(id: $id) { ... on Webhook {
  deliveries(first: $first) { edges { node { id event attempt succeeded responseStatus durationMs createdAt } }
    pageInfo { hasNextPage endCursor } } } } }`;

let app: TestApp;
let admin: SignedInClient;

beforeAll(async () => {
  app = await createTestApp();
  admin = await app.signedIn(['admin']);
});
afterAll(() => app.close());

const delivery = (webhookId: string, minutesAgo: number) => ({
  webhookId,
  eventId: randomUUID(),
  event: 'post.published',
  attempt: 1,
  status: 'succeeded',
  responseStatus: 200,
  durationMs: 120,
  createdAt: new Date(Date.UTC(2026, 5, 1) - minutesAgo * 60_000).toISOString(),
});

/** LARGE + 1 webhooks with two deliveries each, the newest with LARGE + 1 deliveries. */
const arranged = once(async () => {
  const hooks = await app.services.db
    .insert(schema.webhooks)
    .values(
      Array.from({ length: LARGE + 1 }, (_, i) => ({
        ownerId: admin.user.id,
        url: `https://hooks.example/${i}`,
        events: ['post.published'],
        signingSecret: `whsec_${i}`,
        createdAt: new Date(Date.UTC(2026, 4, 1) + i * 60_000),
      })),
    )
    .returning({ id: schema.webhooks.id });
  const newest = hooks.at(-1)!.id;
  await app.services.db
    .insert(schema.webhookDeliveries)
    .values([
      ...hooks.slice(0, -1).flatMap((h) => [delivery(h.id, 1), delivery(h.id, 2)]),
      ...Array.from({ length: LARGE + 1 }, (_, i) => delivery(newest, i)),
    ]);
  return Buffer.from(`Webhook:${newest}`).toString('base64');
});

const cases: ListCase[] = [
  {
    // The session, then the webhooks with their owners and latest deliveries.
    name: 'webhooks with their deliveries (admin)',
    statements: 2,
    request: async (size) => {
      await arranged();
      return { client: admin, query: WEBHOOKS, variables: { first: size } };
    },
    items: (data) => data.webhooks.edges,
    complete: (edge) => typeof edge.node.owner.name === 'string' && edge.node.deliveries.edges.length >= 2,
  },
  {
    // The session, then the webhook with a page of its deliveries.
    name: 'one webhook’s delivery log (admin)',
    statements: 2,
    request: async (size) => {
      const id = await arranged();
      return { client: admin, query: DELIVERIES, variables: { id, first: size } };
    },
    items: (data) => data.node.deliveries.edges,
    complete: (edge) => typeof edge.node.event === 'string',
  },
];

describe('statements per list: webhooks', () => {
  it.each(cases.map((c) => [c.name, c.statements, c] as const))(TITLE, async (_name, _count, list) => {
    await expectConstantStatements(app, list);
  });
});
