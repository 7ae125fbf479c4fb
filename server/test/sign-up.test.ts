import { schema } from '@levain/db';
import { sql } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/auth/password';
import { createAccount } from '../src/people/accounts';
import { type HttpApp, startHttpApp } from './support/real-http';
import { type Inbox, startInbox } from './support/smtp-inbox';

let smtp: Inbox;
let inbox: ParsedMail[];
let app: HttpApp;

beforeAll(async () => {
  smtp = await startInbox();
  inbox = smtp.mails;
  app = await startHttpApp({ env: () => ({ SMTP_URL: smtp.smtpUrl }) });
  await app.services.db
    .insert(schema.organisationSettings)
    .values({ name: 'Groupe Atlas', allowedEmailDomains: ['atlas.example'] })
    .onConflictDoUpdate({
      target: schema.organisationSettings.id,
      set: { allowedEmailDomains: ['atlas.example'] },
    });
});
afterAll(async () => {
  await app?.close();
  await smtp?.close();
});
beforeEach(() => {
  inbox.length = 0;
});

const SIGN_UP = `mutation($email: String!, $password: String!) {
  signUp(email: $email, name: "Maya Roux", password: $password) {
    __typename ... on MutationSignUpSuccess { data } ... on Error { code message }
    ... on ValidationError { issues { field message } } ... on RateLimitedError { retryAfterSeconds }
  }
}`;
const CONFIRM = `mutation($token: String!) { confirmSignUp(token: $token) {
  __typename ... on MutationConfirmSignUpSuccess { data { name email } } ... on Error { code message } } }`;
const SIGN_IN = `mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) {
  __typename } }`;

async function post(query: string, variables: Record<string, unknown>, cookie = '') {
  const response = await fetch(`${app.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.origin, 'accept-language': 'en', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith('levain_session='));
  return { body: (await response.json()) as { data: any }, cookie: session?.split(';')[0] ?? '' };
}

/** Sends the mails the sign-up queued, as the job worker would. */
async function deliver(): Promise<ParsedMail[]> {
  await app.services.jobs.runDue();
  return inbox.splice(0);
}

const tokenIn = (mail: ParsedMail) => /\/sign-up\/confirm\/([\w-]+)/.exec(mail.text ?? '')?.[1];

describe('self sign-up proves the address', () => {
  it('creates the account only once the mailed link is followed, and the link works once', async () => {
    const signUp = await post(SIGN_UP, {
      email: 'maya.roux@atlas.example',
      password: 'un levain bien vivant',
    });
    expect(signUp.body.data.signUp).toEqual({ __typename: 'MutationSignUpSuccess', data: true });
    expect(signUp.cookie).toBe('');
    const before = await post(SIGN_IN, {
      email: 'maya.roux@atlas.example',
      password: 'un levain bien vivant',
    });
    expect(before.body.data.signIn.__typename).toBe('ValidationError');

    const [mail] = await deliver();
    expect(mail!.to).toMatchObject({ text: 'maya.roux@atlas.example' });
    expect(mail!.subject).toBe('Confirm your address to join Groupe Atlas');
    const token = tokenIn(mail!)!;
    expect(mail!.text).toContain(`${app.origin}/sign-up/confirm/${token}`);

    const confirmed = await post(CONFIRM, { token });
    expect(confirmed.body.data.confirmSignUp).toEqual({
      __typename: 'MutationConfirmSignUpSuccess',
      data: { name: 'Maya Roux', email: 'maya.roux@atlas.example' },
    });
    expect((await post('{ me { name } }', {}, confirmed.cookie)).body.data.me).toEqual({ name: 'Maya Roux' });

    const again = await post(CONFIRM, { token });
    expect(again.body.data.confirmSignUp).toMatchObject({
      __typename: 'ValidationError',
      message: 'This sign-up link no longer works (already used or expired). Sign up again to get a new one.',
    });
  });

  it('answers the same for an address that has an account, and mails it a reminder instead', async () => {
    const passwordHash = await hashPassword('the owner’s own password');
    await app.services.db.transaction((tx) =>
      createAccount(tx, { email: 'lea.dubois@atlas.example', name: 'Léa Dubois', passwordHash }),
    );
    const taken = await post(SIGN_UP, {
      email: 'lea.dubois@atlas.example',
      password: 'an attacker password',
    });
    expect(taken.body.data.signUp).toEqual({ __typename: 'MutationSignUpSuccess', data: true });

    const [mail] = await deliver();
    expect(mail!.subject).toBe('Vous avez déjà un compte Groupe Atlas');
    expect(tokenIn(mail!)).toBeUndefined();
    expect(mail!.text).toContain(`${app.origin}/sign-in`);
    const owner = await post(SIGN_IN, {
      email: 'lea.dubois@atlas.example',
      password: 'an attacker password',
    });
    expect(owner.body.data.signIn.__typename).toBe('ValidationError');
  });

  it('refuses an expired link', async () => {
    await post(SIGN_UP, { email: 'late.reader@atlas.example', password: 'un levain bien vivant' });
    const token = tokenIn((await deliver())[0]!)!;
    await app.services.db.execute(
      sql`update sign_up_requests set expires_at = now() - interval '1 minute' where email = 'late.reader@atlas.example'`,
    );
    expect((await post(CONFIRM, { token })).body.data.confirmSignUp.__typename).toBe('ValidationError');
  });

  it('keeps other domains out', async () => {
    const result = await post(SIGN_UP, {
      email: 'someone@elsewhere.example',
      password: 'un levain bien vivant',
    });
    expect(result.body.data.signUp.__typename).toBe('ValidationError');
    expect(await deliver()).toEqual([]);
  });

  it('limits requests per address, then per IP', async () => {
    const answers = [];
    for (let i = 0; i < 4; i++)
      answers.push(
        (await post(SIGN_UP, { email: 'same@atlas.example', password: 'un levain bien vivant' })).body,
      );
    expect(answers.map((a) => a.data.signUp.__typename)).toEqual([
      'MutationSignUpSuccess',
      'MutationSignUpSuccess',
      'MutationSignUpSuccess',
      'RateLimitedError',
    ]);
    // Ten requests an hour from one IP, this file's earlier ones included.
    const more = [];
    for (let i = 0; i < 10; i++)
      more.push(
        (await post(SIGN_UP, { email: `n${i}@atlas.example`, password: 'un levain bien vivant' })).body,
      );
    expect(more.at(-1)!.data.signUp.__typename).toBe('RateLimitedError');
  });
});
