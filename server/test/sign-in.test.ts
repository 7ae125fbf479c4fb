import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp, type TestClient } from './support/harness';

const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    __typename
    ... on MutationSignInSuccess { data { name email } }
    ... on Error { code message }
    ... on ValidationError { issues { field message } }
    ... on RateLimitedError { retryAfterSeconds }
  }
}`;
const ME = '{ me { name roles } }';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

describe('signing in with email and password', () => {
  it('opens a session that later requests recognise', async () => {
    const user = await app.createUser({ name: 'Ana Lopes' });
    const client = app.client();
    const result = await client.data(SIGN_IN, { email: user.email.toUpperCase(), password: TEST_PASSWORD });
    expect(result.signIn).toEqual({
      __typename: 'MutationSignInSuccess',
      data: { name: 'Ana Lopes', email: user.email },
    });
    expect(await client.data(ME)).toEqual({ me: { name: 'Ana Lopes', roles: ['member'] } });
  });

  it('refuses a wrong password with a message in the viewer’s language', async () => {
    const user = await app.createUser();
    const fr = app.client({ locale: 'fr' });
    const result = await fr.data(SIGN_IN, { email: user.email, password: 'wrong password!' });
    expect(result.signIn).toMatchObject({
      __typename: 'ValidationError',
      code: 'VALIDATION',
      message: 'Adresse e-mail ou mot de passe incorrect.',
    });
    expect(await fr.data(ME)).toEqual({ me: null });
  });

  it('throttles an account after repeated failures, even with the right password', async () => {
    const user = await app.createUser();
    const client = app.client();
    for (let i = 0; i < 5; i++) await client.data(SIGN_IN, { email: user.email, password: `wrong ${i}` });
    const result = await client.data(SIGN_IN, { email: user.email, password: TEST_PASSWORD });
    expect(result.signIn).toMatchObject({ __typename: 'RateLimitedError', code: 'RATE_LIMITED' });
    expect(result.signIn.message).toMatch(/Too many attempts\. Try again in 15 minute/);
  });

  it('signs out this session only, or every session', async () => {
    const user = await app.createUser();
    const laptop = app.client();
    const phone = app.client();
    await laptop.data(SIGN_IN, { email: user.email, password: TEST_PASSWORD });
    await phone.data(SIGN_IN, { email: user.email, password: TEST_PASSWORD });
    await laptop.data('mutation { signOut }');
    expect((await laptop.data(ME)).me).toBeNull();
    expect((await phone.data(ME)).me).not.toBeNull();

    const tablet = app.client();
    await tablet.data(SIGN_IN, { email: user.email, password: TEST_PASSWORD });
    await phone.data('mutation { signOutEverywhere }');
    expect((await phone.data(ME)).me).toBeNull();
    expect((await tablet.data(ME)).me).toBeNull();
  });

  it('rejects a forged session token', async () => {
    const user = await app.createUser();
    const client = app.client();
    await client.data(SIGN_IN, { email: user.email, password: TEST_PASSWORD });
    const [id] = client.cookies.get('levain_session')!.split('.');
    client.cookies.set('levain_session', `${id}.forgedsecretforgedsecretforg`);
    expect((await client.data(ME)).me).toBeNull();
  });
});

describe('input validation', () => {
  it('answers a typed ValidationError naming the field, in the viewer’s language', async () => {
    const result = await app.client({ locale: 'fr' }).data(SIGN_IN, { email: 'not-an-email', password: 'x' });
    expect(result.signIn).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'email', message: 'Saisissez une adresse e-mail valable.' }],
    });
  });
});

describe('throttling that strangers cannot turn against the owner', () => {
  const guess = (client: TestClient, email: string, n: number) =>
    client.data(SIGN_IN, { email, password: `wrong guess ${n}` });

  it('blocks an address from the guessing IP only: the owner signs in from elsewhere', async () => {
    const user = await app.createUser();
    const stranger = app.client({ ip: '198.51.100.7' });
    for (let i = 0; i < 5; i++) await guess(stranger, user.email, i);
    expect(
      (await stranger.data(SIGN_IN, { email: user.email, password: TEST_PASSWORD })).signIn,
    ).toMatchObject({
      __typename: 'RateLimitedError',
      retryAfterSeconds: 900,
    });

    const owner = app.client({ ip: '203.0.113.20' });
    expect(
      (await owner.data(SIGN_IN, { email: user.email, password: TEST_PASSWORD })).signIn.__typename,
    ).toBe('MutationSignInSuccess');
  });

  it('paces guesses from many IPs, still lets the owner in from a known device, and tells the owner', async () => {
    const user = await app.createUser();
    const laptop = app.client({ ip: '203.0.113.30' });
    await laptop.data(SIGN_IN, { email: user.email, password: TEST_PASSWORD });
    await laptop.data('mutation { signOut }');

    // Twenty strangers, one guess each: past twenty failures, one guess per 30 s for unknown devices.
    for (let i = 0; i < 20; i++) await guess(app.client({ ip: `198.51.100.${100 + i}` }), user.email, i);
    const paced = await app.client({ ip: '198.51.100.200' }).data(SIGN_IN, {
      email: user.email,
      password: TEST_PASSWORD,
    });
    expect(paced.signIn.__typename).toBe('RateLimitedError');
    expect(paced.signIn.retryAfterSeconds).toBeLessThanOrEqual(30);

    // The owner's laptop, where they signed in before, is not paced.
    const back = await laptop.data(SIGN_IN, { email: user.email, password: TEST_PASSWORD });
    expect(back.signIn.__typename).toBe('MutationSignInSuccess');
    const { notifications } = await laptop.data(
      '{ notifications(first: 5) { edges { node { kind message } } } }',
    );
    expect(notifications.edges.map((e: any) => e.node)).toEqual([
      {
        kind: 'sign_in_alert',
        message:
          'Several attempts to sign in to your account failed. If it was not you, change your password.',
      },
    ]);
  });

  it('blocks an IP that guesses many addresses', async () => {
    const scanner = app.client({ ip: '198.51.100.250' });
    for (let i = 0; i < 30; i++) await guess(scanner, `nobody${i}@example.com`, i);
    const user = await app.createUser();
    expect(
      (await scanner.data(SIGN_IN, { email: user.email, password: TEST_PASSWORD })).signIn.__typename,
    ).toBe('RateLimitedError');
  });
});

describe('changing the password', () => {
  const CHANGE = `mutation($current: String!) {
    changePassword(currentPassword: $current, newPassword: "a brand new passphrase") {
      __typename ... on Error { code } ... on RateLimitedError { retryAfterSeconds }
    }
  }`;

  it('signs out a session that keeps sending a wrong current password, then throttles the account', async () => {
    const user = await app.createUser();
    const thief = app.client();
    await thief.data(SIGN_IN, { email: user.email, password: TEST_PASSWORD });
    const answers = [];
    for (let i = 0; i < 5; i++)
      answers.push((await thief.data(CHANGE, { current: `guess ${i}` })).changePassword);
    expect(answers.slice(0, 4).map((a) => a.__typename)).toEqual(Array(4).fill('ValidationError'));
    expect(answers[4]).toEqual({
      __typename: 'RateLimitedError',
      code: 'RATE_LIMITED',
      retryAfterSeconds: 900,
    });
    expect((await thief.data(ME)).me).toBeNull();

    // Another session of the account may not guess on either, even with the right password.
    const other = app.client();
    await other.data(SIGN_IN, { email: user.email, password: TEST_PASSWORD });
    expect((await other.data(CHANGE, { current: TEST_PASSWORD })).changePassword.__typename).toBe(
      'RateLimitedError',
    );
  });
});
