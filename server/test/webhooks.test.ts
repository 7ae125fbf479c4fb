import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FAILURES_BEFORE_DISABLE, MAX_ATTEMPTS } from '../src/webhooks/delivery';
import { signatureOf } from '../src/webhooks/signature';
import { tokenClient } from './support/fixtures/api-token';
import { CREATE, mutate } from './support/fixtures/communities';
import { inbox } from './support/fixtures/notifications';
import { outcome, post } from './support/fixtures/posts';
import {
  CREATE_WEBHOOK,
  createWebhook,
  DELETE_WEBHOOK,
  deliverQueued,
  pendingAttempts,
  SET_ENABLED,
  WEBHOOKS,
} from './support/fixtures/webhooks';
import { createTestApp, type SignedInClient, type TestApp, type TestClient } from './support/harness';
import { WebhookReceiver } from './support/webhook-receiver';

let app: TestApp;
let admin: SignedInClient;
let author: SignedInClient;
let receiver: WebhookReceiver;
let publicId: string;

beforeAll(async () => {
  // The receiver listens on loopback, an internal address: this server is configured to allow it.
  app = await createTestApp({ config: { webhooksAllowPrivateAddresses: true } });
  admin = await app.signedIn(['admin'], { name: 'Camille Admin' });
  author = await app.signedIn([], { name: 'Léa Autrice' });
  publicId = (await mutate(author, CREATE, { input: { name: 'Cuisine', visibility: 'public' } })).data.id;
  receiver = await WebhookReceiver.start();
});
afterAll(async () => {
  await receiver?.close();
  await app?.close();
});
const ADD_COMMENT = `mutation($postId: ID!, $body: String!) { addComment(postId: $postId, body: $body) { __typename } }`;

beforeEach(async () => {
  receiver.received.length = 0;
  receiver.status = 200;
  const { webhooks } = await admin.data(WEBHOOKS);
  for (const { node } of webhooks.edges) await admin.data(DELETE_WEBHOOK, { id: node.id });
});

describe('delivering events', () => {
  it('signs each payload with HMAC-SHA256 over the timestamp and body, with the secret shown once', async () => {
    const { secret, webhook } = await createWebhook(admin, receiver.url, ['post.published']);
    expect(secret).toMatch(/^whsec_[a-z2-7]{20,}$/);
    const { id: postId } = await post(author, { communityId: publicId, body: 'Recette du levain' });
    await deliverQueued(app);

    expect(receiver.received).toHaveLength(1);
    const [delivery] = receiver.received;
    const { t, v1 } = Object.fromEntries(
      String(delivery!.headers['levain-signature'])
        .split(',')
        .map((part) => part.split('=')),
    );
    expect(v1).toBe(signatureOf(secret, Number(t), delivery!.body));
    expect(v1).not.toBe(signatureOf('whsec_wrong', Number(t), delivery!.body));
    expect(Math.abs(Date.now() / 1000 - Number(t))).toBeLessThan(60);
    const payload = JSON.parse(delivery!.body);
    expect(payload).toMatchObject({
      type: 'post.published',
      data: { post: { id: postId, communityId: publicId, body: 'Recette du levain' } },
    });
    expect(payload.id).toBe(delivery!.headers['levain-delivery']);
    expect(new Date(payload.createdAt).getTime()).not.toBeNaN();

    const { webhooks } = await admin.data(WEBHOOKS);
    const listed = webhooks.edges.find((e: any) => e.node.id === webhook.id).node;
    expect(JSON.stringify(webhooks)).not.toContain(secret);
    expect(listed.deliveries.edges.map((e: any) => e.node)).toEqual([
      { event: 'post.published', attempt: 1, succeeded: true, responseStatus: 200, error: null },
    ]);
  });

  it('never sends a secret community’s post or comment, even to a webhook whose owner is a member', async () => {
    const insider = await app.signedIn(['admin'], { name: 'Sam Insider' });
    const hidden = (await mutate(insider, CREATE, { input: { name: 'Rachat', visibility: 'secret' } })).data
      .id;
    await createWebhook(insider, receiver.url, ['post.published', 'comment.created']);
    const secretPost = await post(insider, { communityId: hidden, body: 'Projet confidentiel' });
    await insider.data(ADD_COMMENT, { postId: secretPost.id, body: 'Commentaire confidentiel' });
    await post(insider, { communityId: publicId, body: 'Ouvert à tous' });
    await deliverQueued(app);
    const bodies = receiver.received.map((r) => r.body).join('\n');
    expect(bodies).toContain('Ouvert à tous');
    expect(bodies).not.toContain('confidentiel');
    expect(bodies).not.toContain(hidden);
  });

  it('sends only the events subscribed to', async () => {
    await createWebhook(admin, receiver.url, ['membership.joined']);
    await post(author, { communityId: publicId, body: 'Pas pour ce webhook' });
    await deliverQueued(app);
    expect(receiver.received).toHaveLength(0);
  });
});

describe('failures', () => {
  it('retries after a 500 with the same payload id, and logs both attempts', async () => {
    const { webhook } = await createWebhook(admin, receiver.url, ['post.published']);
    receiver.status = 500;
    await post(author, { communityId: publicId, body: 'Deuxième essai' });
    await deliverQueued(app);
    expect(await pendingAttempts(app)).toBe(1);
    receiver.status = 204;
    await deliverQueued(app);

    expect(receiver.received).toHaveLength(2);
    const [first, second] = receiver.received.map((r) => JSON.parse(r.body).id);
    expect(second).toBe(first);
    const { webhooks } = await admin.data(WEBHOOKS);
    const listed = webhooks.edges.find((e: any) => e.node.id === webhook.id).node;
    expect(listed.deliveries.edges.map((e: any) => [e.node.attempt, e.node.responseStatus])).toEqual([
      [2, 204],
      [1, 500],
    ]);
    expect(listed).toMatchObject({ status: 'active', consecutiveFailures: 0 });
  });

  it(`stops after ${MAX_ATTEMPTS} attempts and disables the webhook after ${FAILURES_BEFORE_DISABLE} failures in a row`, async () => {
    const { webhook } = await createWebhook(admin, receiver.url, ['post.published']);
    receiver.status = 503;
    await post(author, { communityId: publicId, body: 'Un' });
    await post(author, { communityId: publicId, body: 'Deux' });
    for (let round = 0; round < MAX_ATTEMPTS + 1; round += 1) await deliverQueued(app);
    expect(receiver.received).toHaveLength(FAILURES_BEFORE_DISABLE);
    expect(await pendingAttempts(app)).toBe(0);
    const { webhooks } = await admin.data(WEBHOOKS);
    expect(webhooks.edges.find((e: any) => e.node.id === webhook.id).node).toMatchObject({
      status: 'failing',
      consecutiveFailures: FAILURES_BEFORE_DISABLE,
    });
    // The admins are told, with the address and where to turn it on again; members are not.
    const notices = (await inbox(admin)).items.filter((n) => n.kind === 'webhook_disabled');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.link).toBe('/admin/webhooks');
    expect(notices[0]!.message).toContain(receiver.url);
    expect(notices[0]!.message).toContain(String(FAILURES_BEFORE_DISABLE));
    expect((await inbox(author)).items.map((n) => n.kind)).not.toContain('webhook_disabled');

    receiver.status = 200;
    await post(author, { communityId: publicId, body: 'Trois' });
    await deliverQueued(app);
    expect(receiver.received).toHaveLength(FAILURES_BEFORE_DISABLE);
    const { setWebhookEnabled } = await admin.data(SET_ENABLED, { id: webhook.id, enabled: true });
    expect(setWebhookEnabled.data).toEqual({ status: 'active', consecutiveFailures: 0 });
  });
});

describe('creating webhooks', () => {
  it('refuses internal addresses and plain HTTP unless the server allows them, with a message to act on', async () => {
    const strict = await createTestApp();
    try {
      const strictAdmin = await strict.signedIn(['admin'], { locale: 'fr' });
      const cases = [
        ['http://127.0.0.1:8080/hook', 'HTTPS'],
        ['https://127.0.0.1/hook', 'interne'],
        ['https://169.254.169.254/latest/meta-data', 'interne'],
        ['https://[::1]/hook', 'interne'],
        ['https://[::ffff:10.0.0.1]/hook', 'interne'],
        ['https://localhost/hook', 'interne'],
        ['https://user:pw@example.com/hook', 'adresse web'],
        ['pas une adresse', 'adresse web'],
      ];
      for (const [url, words] of cases) {
        const { createWebhook } = await strictAdmin.data(CREATE_WEBHOOK, { url, events: ['post.published'] });
        expect(createWebhook.__typename, url).toBe('ValidationError');
        expect(createWebhook.issues[0].field).toBe('url');
        expect(createWebhook.issues[0].message).toContain(words);
      }
      const accepted = await strictAdmin.data(CREATE_WEBHOOK, {
        url: 'https://hooks.example.com/levain',
        events: ['post.published'],
      });
      expect(accepted.createWebhook.__typename).toBe('MutationCreateWebhookSuccess');
    } finally {
      await strict.close();
    }
  });

  it('refuses unknown events and is for admins in a browser session only', async () => {
    const unknown = await admin.data(CREATE_WEBHOOK, { url: receiver.url, events: ['salary.changed'] });
    expect(unknown.createWebhook.issues[0].field).toBe('events');
    const member = await admin.data(CREATE_WEBHOOK, { url: receiver.url, events: [] });
    expect(member.createWebhook.__typename).toBe('ValidationError');
    const refused = await author.data(CREATE_WEBHOOK, { url: receiver.url, events: ['post.published'] });
    expect(refused.createWebhook.__typename).toBe('NotAllowedError');
    const listing = await author.gql(WEBHOOKS);
    expect(listing.errors?.[0]?.extensions?.code).toBe('NOT_ALLOWED');
  });
});

describe('permission matrix', () => {
  it('delivers what the owner reads as a member: public, their private communities, never secret ones', async () => {
    const watcher = await app.signedIn(['admin'], { name: 'Alex Veille' });
    const community = async (creator: SignedInClient, name: string, visibility: string) =>
      (await mutate(creator, CREATE, { input: { name, visibility } })).data.id as string;
    const places = {
      'public, not a member': await community(author, 'Place publique', 'public'),
      'private, not a member': await community(author, 'Comité privé', 'private'),
      'private, member': await community(watcher, 'Cercle privé', 'private'),
      'secret, member': await community(watcher, 'Cercle secret', 'secret'),
    };
    await createWebhook(watcher, receiver.url, ['post.published']);
    for (const [place, communityId] of Object.entries(places)) {
      const writer = place.endsWith('not a member') ? author : watcher;
      await post(writer, { communityId, body: `Message · ${place}` });
    }
    await deliverQueued(app);
    const delivered = Object.keys(places).filter((place) =>
      receiver.received.some((r) => r.body.includes(`Message · ${place}`)),
    );
    expect(delivered).toEqual(['public, not a member', 'private, member']);
  });

  it('lets admins manage webhooks in a session; tokens, even with the admin scope, only read them', async () => {
    const adminToken = await tokenClient(app, admin, ['read', 'write', 'admin']);
    const memberToken = await tokenClient(app, admin, ['read', 'write']);
    const anonymous = app.client();
    const outcomes = {
      'admin session': await outcome(admin, CREATE_WEBHOOK, { url: receiver.url, events: ['user.created'] }),
      'admin token (read, write, admin)': await outcome(adminToken, CREATE_WEBHOOK, {
        url: receiver.url,
        events: ['user.created'],
      }),
      'admin token (read, write)': await outcome(memberToken, CREATE_WEBHOOK, {
        url: receiver.url,
        events: ['user.created'],
      }),
      member: await outcome(author, CREATE_WEBHOOK, { url: receiver.url, events: ['user.created'] }),
      anonymous: await outcome(anonymous, CREATE_WEBHOOK, { url: receiver.url, events: ['user.created'] }),
    };
    expect(outcomes).toEqual({
      'admin session': 'MutationCreateWebhookSuccess',
      'admin token (read, write, admin)': 'NotAllowedError',
      'admin token (read, write)': 'NotAllowedError',
      member: 'NotAllowedError',
      anonymous: 'NotSignedInError',
    });
    const listed = async (client: TestClient) => {
      const result = await client.gql(WEBHOOKS);
      return result.errors?.[0]?.extensions?.code ?? result.data!.webhooks.edges.length;
    };
    expect(await listed(adminToken)).toBe(1);
    expect(await listed(memberToken)).toBe('NOT_ALLOWED');
  });
});
