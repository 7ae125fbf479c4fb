import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_STREAMS_PER_SESSION } from '../src/realtime/open-streams';
import { EventStream } from './support/event-stream';
import { createTestApp, type TestApp, type TestClient } from './support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const SUBSCRIPTIONS = [
  'subscription { notificationAdded { id } }',
  'subscription { feedUpdated { post { id } } }',
  'subscription { pluginToggled { id enabled } }',
];

async function open(client: TestClient, query: string): Promise<EventStream> {
  const response = await client.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query }),
  });
  expect(response.status).toBe(200);
  return new EventStream(response);
}

/** Waits for the server to end the stream; false if it is still open after `ms`. */
async function ends(stream: EventStream, ms = 5_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!stream.finished && Date.now() < deadline) await stream.next(deadline - Date.now());
  return stream.finished;
}

describe('subscriptions', () => {
  for (const query of SUBSCRIPTIONS) {
    it(`answers signed-out people at once and closes: ${query}`, async () => {
      const stream = await open(app.client({ locale: 'fr' }), query);
      const first = await stream.next(5_000);
      expect(first?.errors).toEqual([
        expect.objectContaining({
          message: 'Connectez-vous pour continuer.',
          extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
        }),
      ]);
      expect(await ends(stream)).toBe(true);
    });
  }

  it(`caps the streams one session holds at ${MAX_STREAMS_PER_SESSION}`, async () => {
    const client = await app.signedIn();
    const streams = [];
    for (let i = 0; i < MAX_STREAMS_PER_SESSION; i++) {
      const stream = await open(client, SUBSCRIPTIONS[0]!);
      // Read, as a browser does: the stream is live.
      expect(await stream.next(50)).toBeNull();
      streams.push(stream);
    }
    const refused = await open(client, SUBSCRIPTIONS[0]!);
    expect((await refused.next(5_000))?.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'RATE_LIMITED' }) }),
    ]);
    await Promise.all(streams.map((s) => s.close()));
    // Closed streams are given back.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const again = await open(client, SUBSCRIPTIONS[0]!);
    expect(await again.next(300)).toBeNull();
    expect(again.finished).toBe(false);
    await again.close();
  });

  it('ends the streams of a session when it signs out, and of every session when signing out everywhere', async () => {
    const laptop = await app.signedIn();
    const phone = app.client();
    phone.cookies = new Map(laptop.cookies);
    const onLaptop = await open(laptop, SUBSCRIPTIONS[0]!);
    await laptop.data('mutation { signOut }');
    expect(await ends(onLaptop)).toBe(true);

    const desk = await app.signedIn();
    const feed = await open(desk, SUBSCRIPTIONS[1]!);
    const other = app.client();
    const signIn = await other.data(
      `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { __typename } }`,
      { email: desk.user.email, password: 'correct horse battery staple' },
    );
    expect(signIn.signIn.__typename).toBe('MutationSignInSuccess');
    await other.data('mutation { signOutEverywhere }');
    expect(await ends(feed)).toBe(true);
  });

  it('ends the streams of a person an admin deactivates', async () => {
    const admin = await app.signedIn(['admin']);
    const person = await app.signedIn();
    const stream = await open(person, SUBSCRIPTIONS[2]!);
    const id = Buffer.from(`User:${person.user.id}`).toString('base64');
    const result = await admin.data(`mutation($id: ID!) { deactivateUser(userId: $id) { __typename } }`, {
      id,
    });
    expect(result.deactivateUser.__typename).toBe('MutationDeactivateUserSuccess');
    expect(await ends(stream)).toBe(true);
  });
});
