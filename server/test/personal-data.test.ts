import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { createPost } from './support/documents/posts';
import { gid } from './support/gid';
import { createTestApp, TEST_PASSWORD, type TestApp, type TestClient } from './support/harness';
import { testNotes } from './support/test-plugin/db/schema';
import { testPluginSource } from './support/test-plugin/source';

const EXPORT = '{ myPersonalData }';
const ERASE = `mutation($id: ID!) {
  erasePerson(userId: $id) {
    __typename
    ... on MutationErasePersonSuccess { data { name email title status } }
    ... on Error { code message }
  }
}`;
const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { __typename ... on Error { code message } }
}`;
const DIRECTORY = `query($search: String!, $all: Boolean) {
  users(search: $search, includeDeactivated: $all, first: 10) { edges { node { name } } }
}`;
const ME = '{ me { name } }';

let app: TestApp;
let admin: TestClient & { user: { id: string } };
const userGid = (id: string) => gid('User', id);

/** Signs up a person through an invitation from the admin, as in real life. */
async function invitedPerson(email: string, name: string) {
  const invited = await admin.data(
    `mutation($emails: [String!]!) { inviteUsers(input: { emails: $emails, role: chief_cm }) {
      ... on MutationInviteUsersSuccess { data { link } } } }`,
    { emails: [email] },
  );
  const token = invited.inviteUsers.data[0].link.split('/').pop();
  const client = app.client();
  const accepted = await client.data(
    `mutation($token: String!, $name: String!) { acceptInvitation(token: $token, name: $name, password: "${TEST_PASSWORD}") {
      ... on MutationAcceptInvitationSuccess { data { id } } } }`,
    { token, name },
  );
  const id = Buffer.from(accepted.acceptInvitation.data.id, 'base64').toString().split(':')[1]!;
  return Object.assign(client, { user: { id, email } });
}

beforeAll(async () => {
  app = await createTestApp({ plugins: [testPluginSource] });
  admin = await app.signedIn(['admin']);
  await admin.data('mutation { updateProfile(input: { name: "Camille Martin" }) { __typename } }');
});
afterAll(() => app.close());

describe('the export of a person’s data', () => {
  it('holds their profile, roles, sessions, invitations and plugin data, and no secret', async () => {
    const person = await invitedPerson('ines.garcia@atlas.example', 'Inès Garcia');
    const laptop = app.client();
    await laptop.data(SIGN_IN, { email: 'ines.garcia@atlas.example', password: TEST_PASSWORD });
    await person.data('mutation { addTestNote(body: "Bonjour") { __typename } }');

    const { myPersonalData: data } = await person.data(EXPORT);
    expect(data.core.profile).toMatchObject({
      email: 'ines.garcia@atlas.example',
      name: 'Inès Garcia',
      status: 'active',
      signsInWithPassword: true,
      signsInWithSso: false,
    });
    expect(data.core.roles.map((r: { role: string }) => r.role).sort()).toEqual(['chief_cm', 'member']);
    expect(data.core.sessions).toHaveLength(2);
    expect(data.core.sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(data.core.invitationsReceived).toEqual([
      expect.objectContaining({ invitedBy: 'Camille Martin', role: 'chief_cm', status: 'accepted' }),
    ]);
    expect(data.core.actions.map((a: { action: string }) => a.action)).toContain('invitation.accepted');
    expect(data.plugins.test.notes).toEqual([
      expect.objectContaining({ body: 'Bonjour', source: 'mutation' }),
    ]);

    const text = JSON.stringify(data);
    const [row] = await app.services.db
      .select()
      .from(schema.users)
      .where(eq(schema.users.id, person.user.id));
    const sessions = await app.services.db
      .select()
      .from(schema.sessions)
      .where(eq(schema.sessions.userId, person.user.id));
    expect(row!.passwordHash).toBeTruthy();
    expect(text).not.toContain(row!.passwordHash!);
    for (const session of sessions) {
      expect(text).not.toContain(session.id);
      expect(text).not.toContain(session.secretHash);
    }
    const [, cookieSecret] = person.cookies.get('levain_session')!.split('.');
    expect(text).not.toContain(cookieSecret);

    const { myPersonalData: adminData } = await admin.data(EXPORT);
    expect(adminData.core.invitationsSent).toContainEqual(
      expect.objectContaining({ email: 'ines.garcia@atlas.example', status: 'accepted' }),
    );
  });

  it('is only for a signed-in person', async () => {
    expect((await app.client().gql(EXPORT)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('erasing a person', () => {
  it('anonymises them, ends their sessions, removes them from the directory and erases plugin data', async () => {
    const person = await invitedPerson('noah.lefevre@atlas.example', 'Noah Lefèvre');
    await person.data('mutation { addTestNote(body: "Mes notes") { __typename } }');
    const colleague = await app.signedIn();
    expect((await colleague.data(DIRECTORY, { search: 'Lefèvre' })).users.edges).toHaveLength(1);

    const result = await admin.data(ERASE, { id: userGid(person.user.id) });
    expect(result.erasePerson).toEqual({
      __typename: 'MutationErasePersonSuccess',
      data: {
        name: 'Ancien·ne collaborateur·rice',
        email: `erased-${person.user.id}@invalid`,
        title: null,
        status: 'deactivated',
      },
    });
    await app.services.events.settled();

    expect((await person.data(ME)).me).toBeNull();
    const signIn = await app
      .client()
      .data(SIGN_IN, { email: 'noah.lefevre@atlas.example', password: TEST_PASSWORD });
    expect(signIn.signIn.code).toBe('VALIDATION');
    expect((await colleague.data(DIRECTORY, { search: 'Lefèvre' })).users.edges).toEqual([]);
    expect((await admin.data(DIRECTORY, { search: 'Lefèvre', all: true })).users.edges).toEqual([]);
    expect(await app.services.db.$count(testNotes, eq(testNotes.userId, person.user.id))).toBe(0);
    const { invitations } = await admin.data('{ invitations(first: 50) { edges { node { email } } } }');
    expect(invitations.edges.map((e: any) => e.node.email)).not.toContain('noah.lefevre@atlas.example');

    const log = await admin.data('{ auditLog(first: 1) { edges { node { action subjectId details } } } }');
    expect(log.auditLog.edges[0].node).toEqual({
      action: 'user.erased',
      subjectId: person.user.id,
      details: {},
    });

    const reactivated = await admin.data(
      `mutation($id: ID!) { reactivateUser(userId: $id) { __typename ... on Error { message } } }`,
      { id: userGid(person.user.id) },
    );
    expect(reactivated.reactivateUser).toEqual({
      __typename: 'NotAllowedError',
      message: "This person's data has been erased: their account can no longer be reactivated.",
    });
  });

  it('names erased people in the organisation’s default language', async () => {
    await admin.data(
      'mutation { updateOrganisationSettings(input: { defaultLocale: "en" }) { __typename } }',
    );
    const person = await app.createUser({ name: 'Emma Brown' });
    const result = await admin.data(ERASE, { id: userGid(person.id) });
    expect(result.erasePerson.data.name).toBe('Former employee');
  });

  it('refuses an admin erasing themselves, and a member erasing anyone', async () => {
    const frAdmin = await app.signedIn(['admin'], { locale: 'fr' });
    const self = await frAdmin.data(ERASE, { id: userGid(frAdmin.user.id) });
    expect(self.erasePerson).toEqual({
      __typename: 'NotAllowedError',
      code: 'NOT_ALLOWED',
      message:
        'Vous ne pouvez pas effacer vos propres données : demandez-le à un·e autre administrateur·rice.',
    });
    const member = await app.signedIn();
    const other = await app.createUser({ name: 'Still Here' });
    expect((await member.data(ERASE, { id: userGid(other.id) })).erasePerson.code).toBe('NOT_ALLOWED');
    expect((await member.data(DIRECTORY, { search: 'Still Here' })).users.edges).toHaveLength(1);
  });

  it('exports the person’s posts and memberships, and erases what they were told and followed', async () => {
    const person = await app.signedIn();
    const community = await createCommunity(app, {
      name: 'Club photo',
      members: [{ userId: person.user.id }],
    });
    await createPost(app, {
      authorId: person.user.id,
      communityId: community.id,
      body: 'Sortie photo samedi',
    });
    await app.services.db
      .insert(schema.follows)
      .values({ followerId: person.user.id, followeeId: admin.user.id });

    const { myPersonalData: data } = await person.data(EXPORT);
    expect(data.social.posts).toEqual([expect.objectContaining({ body: 'Sortie photo samedi' })]);
    expect(data.social.memberships).toEqual([
      expect.objectContaining({ community: { slug: community.slug, name: 'Club photo' } }),
    ]);
    expect(data.social.follows).toEqual([expect.objectContaining({ followeeId: admin.user.id })]);

    await admin.data(ERASE, { id: userGid(person.user.id) });
    const follows = await app.services.db.query.follows.findMany({ where: { followerId: person.user.id } });
    expect(follows).toEqual([]);
    const posts = await app.services.db.query.posts.findMany({ where: { authorId: person.user.id } });
    expect(posts.map((p) => p.body)).toEqual(['Sortie photo samedi']);
  });
});
