import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from './harness';

const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    __typename
    ... on MutationSignInSuccess { data { name email } }
    ... on Error { code message }
    ... on ValidationError { issues { field message } }
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
