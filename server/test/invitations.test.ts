import { schema } from '@levain/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from './support/harness';

const INVITE = `mutation($input: InviteUsersInput!) {
  inviteUsers(input: $input) {
    __typename
    ... on MutationInviteUsersSuccess { data { link invitation { id email role status orgUnit { code } invitedBy { name } } } }
    ... on Error { code message }
    ... on ValidationError { issues { field message } }
  }
}`;
const PREVIEW = 'query($token: String!) { invitation(token: $token) { email organisationName expiresAt } }';
const ACCEPT = `mutation($token: String!, $name: String!, $password: String!) {
  acceptInvitation(token: $token, name: $name, password: $password) {
    __typename
    ... on MutationAcceptInvitationSuccess { data { name email } }
    ... on Error { code message }
    ... on ValidationError { issues { field message } }
  }
}`;
const REVOKE = `mutation($id: ID!) {
  revokeInvitation(id: $id) {
    __typename
    ... on MutationRevokeInvitationSuccess { data { status revokedAt } }
    ... on Error { code message }
  }
}`;
const LIST = '{ invitations(first: 50) { edges { node { email status invitedBy { name } } } } }';
const ME = '{ me { name email roles orgUnit { code } } }';
const PASSWORD = 'a long enough password';

let app: TestApp;
let admin: TestClient & { user: { id: string } };
let orgUnitId: string;

const tokenOf = (link: string) => link.slice(link.lastIndexOf('/') + 1);
const countInvitations = async () => app.services.db.$count(schema.invitations);

async function invite(emails: string[], extra: Record<string, unknown> = {}, client: TestClient = admin) {
  return (await client.data(INVITE, { input: { emails, ...extra } })).inviteUsers;
}

beforeAll(async () => {
  app = await createTestApp();
  await app.services.db.insert(schema.organisationSettings).values({ name: 'Groupe Atlas' });
  await app.services.db
    .insert(schema.orgUnits)
    .values({ code: 'fr-marketing', name: 'Marketing France', kind: 'direction' });
  admin = await app.signedIn(['admin']);
  await admin.data('mutation { updateProfile(input: { name: "Camille Martin" }) { __typename } }');
  const { orgUnits } = await admin.data('{ orgUnits { id code } }');
  orgUnitId = orgUnits.find((u: { code: string }) => u.code === 'fr-marketing').id;
});
afterAll(() => app.close());

describe('inviting people', () => {
  it('gives a link that previews, creates the account with its role and org unit, and signs in', async () => {
    const result = await invite(['Lea.Dubois@Atlas.example', 'hugo@atlas.example'], {
      role: 'chief_cm',
      orgUnitId,
    });
    expect(result.__typename).toBe('MutationInviteUsersSuccess');
    expect(result.data).toHaveLength(2);
    const [lea] = result.data;
    expect(lea.invitation).toMatchObject({
      email: 'lea.dubois@atlas.example',
      role: 'chief_cm',
      status: 'pending',
      orgUnit: { code: 'fr-marketing' },
      invitedBy: { name: 'Camille Martin' },
    });
    expect(lea.link).toMatch(/^http:\/\/localhost:3000\/invitation\/[a-z2-7]{24,}$/);
    const token = tokenOf(lea.link);
    // Only the hash of the token is stored: the link cannot be rebuilt from the database.
    const stored = await app.services.db.select().from(schema.invitations);
    expect(JSON.stringify(stored)).not.toContain(token);

    const visitor = app.client();
    const { invitation } = await visitor.data(PREVIEW, { token });
    expect(invitation.email).toBe('lea.dubois@atlas.example');
    expect(invitation.organisationName).toBe('Groupe Atlas');
    const days = (new Date(invitation.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);

    const accepted = await visitor.data(ACCEPT, { token, name: 'Léa Dubois', password: PASSWORD });
    expect(accepted.acceptInvitation).toEqual({
      __typename: 'MutationAcceptInvitationSuccess',
      data: { name: 'Léa Dubois', email: 'lea.dubois@atlas.example' },
    });
    const { me } = await visitor.data(ME);
    expect(me.name).toBe('Léa Dubois');
    expect([...me.roles].sort()).toEqual(['chief_cm', 'member']);
    expect(me.orgUnit).toEqual({ code: 'fr-marketing' });

    const { invitations } = await admin.data(LIST);
    const statuses = Object.fromEntries(invitations.edges.map((e: any) => [e.node.email, e.node.status]));
    expect(statuses).toMatchObject({
      'lea.dubois@atlas.example': 'accepted',
      'hugo@atlas.example': 'pending',
    });
  });

  it('refuses a link a second time, in the visitor’s language', async () => {
    const [{ link }] = (await invite(['once@atlas.example'])).data;
    const token = tokenOf(link);
    const first = await app.client().data(ACCEPT, { token, name: 'Once', password: PASSWORD });
    expect(first.acceptInvitation.__typename).toBe('MutationAcceptInvitationSuccess');

    const again = app.client({ locale: 'fr' });
    expect((await again.data(PREVIEW, { token })).invitation).toBeNull();
    const second = await again.data(ACCEPT, { token, name: 'Twice', password: PASSWORD });
    expect(second.acceptInvitation).toMatchObject({
      __typename: 'ValidationError',
      issues: [
        {
          field: 'token',
          message: "Ce lien d'invitation n'est plus valable. Demandez une nouvelle invitation.",
        },
      ],
    });
    expect((await again.data(ME)).me).toBeNull();
  });

  it('refuses an expired link', async () => {
    const [{ link, invitation }] = (await invite(['late@atlas.example'])).data;
    const [, rawId] = Buffer.from(invitation.id, 'base64').toString().split(':');
    await app.services.db
      .update(schema.invitations)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(schema.invitations.id, rawId!));
    const visitor = app.client();
    expect((await visitor.data(PREVIEW, { token: tokenOf(link) })).invitation).toBeNull();
    const result = await visitor.data(ACCEPT, { token: tokenOf(link), name: 'Late', password: PASSWORD });
    expect(result.acceptInvitation.issues).toEqual([
      { field: 'token', message: 'This invitation link is no longer valid. Ask for a new invitation.' },
    ]);
    const { invitations } = await admin.data(LIST);
    expect(invitations.edges.find((e: any) => e.node.email === 'late@atlas.example').node.status).toBe(
      'expired',
    );
  });

  it('lets HR revoke a link, which then stops working', async () => {
    const hr = await app.signedIn(['hr']);
    const [{ link, invitation }] = (await invite(['revoked@atlas.example'], {}, hr)).data;
    const revoked = await hr.data(REVOKE, { id: invitation.id });
    expect(revoked.revokeInvitation.data.status).toBe('revoked');
    expect(revoked.revokeInvitation.data.revokedAt).not.toBeNull();

    const visitor = app.client();
    expect((await visitor.data(PREVIEW, { token: tokenOf(link) })).invitation).toBeNull();
    const result = await visitor.data(ACCEPT, { token: tokenOf(link), name: 'Revoked', password: PASSWORD });
    expect(result.acceptInvitation.__typename).toBe('ValidationError');

    const again = await hr.data(REVOKE, { id: invitation.id });
    expect(again.revokeInvitation).toMatchObject({
      __typename: 'ValidationError',
      message: 'Some information is not valid.',
    });
  });

  it('keeps only the newest link working when someone is invited twice', async () => {
    const [{ link: oldLink }] = (await invite(['twice@atlas.example'])).data;
    const [{ link: newLink }] = (await invite(['twice@atlas.example'])).data;
    const visitor = app.client();
    expect((await visitor.data(PREVIEW, { token: tokenOf(oldLink) })).invitation).toBeNull();
    expect((await visitor.data(PREVIEW, { token: tokenOf(newLink) })).invitation.email).toBe(
      'twice@atlas.example',
    );
  });
});

describe('who may invite, and what', () => {
  it('refuses a member', async () => {
    const member = await app.signedIn([], { locale: 'fr' });
    const result = await invite(['someone@atlas.example'], {}, member);
    expect(result).toEqual({
      __typename: 'NotAllowedError',
      code: 'NOT_ALLOWED',
      message: "Vous n'avez pas l'autorisation de faire cela.",
    });
    expect((await member.gql(LIST)).errors?.[0]?.extensions?.code).toBe('NOT_ALLOWED');
  });

  it('lets HR invite members but not hand out the admin role', async () => {
    const hr = await app.signedIn(['hr']);
    const before = await countInvitations();
    expect((await invite(['boss@atlas.example'], { role: 'admin' }, hr)).__typename).toBe('NotAllowedError');
    expect(await countInvitations()).toBe(before);
    expect((await invite(['staff@atlas.example'], {}, hr)).data[0].invitation.role).toBe('member');
  });

  it('reports each bad address by its index and writes nothing', async () => {
    const existing = await app.createUser({ email: 'taken@atlas.example' });
    const before = await countInvitations();
    const result = await invite([
      'ok@atlas.example',
      'not-an-email',
      existing.email.toUpperCase(),
      'ok@atlas.example',
    ]);
    expect(result.__typename).toBe('ValidationError');
    expect(result.issues).toEqual([{ field: 'emails.1', message: 'Enter a valid email address.' }]);

    const second = await invite(['ok@atlas.example', 'OK@atlas.example', existing.email]);
    expect(second.issues).toEqual([
      { field: 'emails.1', message: 'This email address is already higher up in the list.' },
      { field: 'emails.2', message: 'An account already exists with this email address.' },
    ]);
    expect(await countInvitations()).toBe(before);
  });

  it('refuses more than 500 addresses at once, and an empty list', async () => {
    const emails = Array.from({ length: 501 }, (_, i) => `p${i}@atlas.example`);
    expect((await invite(emails)).issues).toEqual([
      { field: 'emails', message: 'At most 500 items at a time.' },
    ]);
    expect((await invite([])).issues).toEqual([{ field: 'emails', message: 'This field is required.' }]);
  });
});
