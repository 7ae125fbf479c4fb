import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { tokenClient } from './support/fixtures/api-token';
import {
  COMMUNITIES,
  COMMUNITY,
  communityGid,
  DISCOVER,
  deactivate,
  JOIN,
  MEMBERS,
  NODE,
  REQUEST,
} from './support/fixtures/communities';
import { createTestApp, type GraphQLResponse, type TestApp, type TestClient } from './support/harness';

/**
 * The permission matrix of the communities domain: every role × every visibility × every path the
 * domain owns. ok = answered; hidden = indistinguishable from a community that does not exist
 * (null, absent from a list, not found); refused = NOT_ALLOWED; signed-out = NOT_SIGNED_IN.
 */
type Outcome = 'ok' | 'hidden' | 'refused' | 'signed-out';
const paths = ['slug', 'list', 'node', 'members', 'requests', 'discover', 'join', 'request'] as const;
type Role =
  | 'non-member'
  | 'member'
  | 'animator'
  | 'owner'
  | 'admin'
  | 'deactivated'
  | 'member token (read)'
  | 'member token (read, write)'
  | 'admin token (read, write)'
  | 'admin token (read, write, admin)'
  | 'non-member token (read)';
type Visibility = 'public' | 'private' | 'secret';

//                        slug   list   node   members requests discover join    request
const insider = 'ok     ok     ok     ok      refused  hidden   refused refused';
const animates = 'ok     ok     ok     ok      ok       hidden   refused refused';
const signedOut = Array(paths.length).fill('signed-out').join(' ');
const expected: Record<Role, Record<Visibility, string>> = {
  'non-member': {
    public: 'ok     ok     ok     ok      refused  ok       ok      ok',
    private: 'ok     ok     ok     refused refused  ok       ok      ok',
    secret: 'hidden hidden hidden hidden  hidden   hidden   hidden  hidden',
  },
  member: { public: insider, private: insider, secret: insider },
  animator: { public: animates, private: animates, secret: animates },
  owner: { public: animates, private: animates, secret: animates },
  admin: {
    public: 'ok     ok     ok     ok      ok       ok       ok      ok',
    private: 'ok     ok     ok     ok      ok       ok       ok      ok',
    secret: 'ok     ok     ok     ok      ok       hidden   ok      refused',
  },
  deactivated: { public: signedOut, private: signedOut, secret: signedOut },
  // A token acts as its owner and never more: the owner's row, less what its scopes leave out.
  'member token (read)': {
    public: 'ok     ok     ok     ok      refused  hidden   refused refused',
    private: 'ok     ok     ok     ok      refused  hidden   refused refused',
    secret: 'ok     ok     ok     ok      refused  hidden   refused refused',
  },
  'member token (read, write)': { public: insider, private: insider, secret: insider },
  'non-member token (read)': {
    public: 'ok     ok     ok     ok      refused  ok       refused refused',
    private: 'ok     ok     ok     refused refused  ok       refused refused',
    secret: 'hidden hidden hidden hidden  hidden   hidden   refused refused',
  },
  // Without the admin scope, an admin's token reads like any non-member.
  'admin token (read, write)': {
    public: 'ok     ok     ok     ok      refused  ok       ok      ok',
    private: 'ok     ok     ok     refused refused  ok       ok      ok',
    secret: 'hidden hidden hidden hidden  hidden   hidden   hidden  hidden',
  },
  'admin token (read, write, admin)': {
    public: 'ok     ok     ok     ok      ok       ok       ok      ok',
    private: 'ok     ok     ok     ok      ok       ok       ok      ok',
    secret: 'ok     ok     ok     ok      ok       hidden   ok      refused',
  },
};

function outcomeOf(result: GraphQLResponse, present: (data: any) => boolean): Outcome {
  const code = result.errors?.[0]?.extensions?.code;
  if (code === 'NOT_SIGNED_IN' || code === 'UNAUTHENTICATED') return 'signed-out';
  if (code === 'NOT_ALLOWED') return 'refused';
  if (code) throw new Error(`unexpected error: ${JSON.stringify(result.errors)}`);
  return present(result.data) ? 'ok' : 'hidden';
}

function mutationOutcome(result: GraphQLResponse): Outcome {
  const payload = result.data && (Object.values(result.data)[0] as { __typename: string } | null);
  if (!payload) return outcomeOf(result, () => false);
  if (payload.__typename.endsWith('Success')) return 'ok';
  return ({ NotFoundError: 'hidden', NotAllowedError: 'refused', NotSignedInError: 'signed-out' } as const)[
    payload.__typename as 'NotFoundError'
  ]!;
}

let app: TestApp;
let founderId: string;
const clients = {} as Record<Role, TestClient & { user: { id: string } }>;

/** Token roles: a client sending a new token of a new person of the given kind. */
const tokenRoles: Partial<Record<Role, { admin: boolean; scopes: string[] }>> = {
  'member token (read)': { admin: false, scopes: ['read'] },
  'member token (read, write)': { admin: false, scopes: ['read', 'write'] },
  'non-member token (read)': { admin: false, scopes: ['read'] },
  'admin token (read, write)': { admin: true, scopes: ['read', 'write'] },
  'admin token (read, write, admin)': { admin: true, scopes: ['read', 'write', 'admin'] },
};

beforeAll(async () => {
  app = await createTestApp();
  founderId = (await app.createUser({ name: 'Founder' })).id;
  for (const role of ['non-member', 'member', 'animator', 'owner', 'deactivated'] as const)
    clients[role] = await app.signedIn();
  clients.admin = await app.signedIn(['admin']);
  await deactivate(app, clients.deactivated.user.id);
  await clients.admin.data(
    `mutation { updateOrganisationSettings(input: { personalApiTokens: true }) { __typename } }`,
  );
  for (const [role, { admin, scopes }] of Object.entries(tokenRoles)) {
    const owner = await app.signedIn(admin ? ['admin'] : []);
    clients[role as Role] = Object.assign(await tokenClient(app, owner, scopes), { user: owner.user });
  }
});
afterAll(() => app.close());

const membershipFor = (role: Role, userId: string) => {
  if (role === 'member' || role === 'deactivated' || role.startsWith('member token'))
    return [{ userId, role: 'member' as const }];
  if (role === 'animator' || role === 'owner') return [{ userId, role: role }];
  return [];
};

describe('permission matrix of communities', () => {
  for (const role of Object.keys(expected) as Role[]) {
    for (const visibility of ['public', 'private', 'secret'] as const) {
      it(`${role} × ${visibility}`, async () => {
        const client = clients[role];
        const members = [
          { userId: founderId, role: 'owner' as const },
          ...membershipFor(role, client.user.id),
        ];
        const name = `Matrix ${role} ${visibility}`;
        const open = await createCommunity(app, {
          name: `${name} open`,
          visibility,
          joinPolicy: 'open',
          members,
        });
        const onRequest = await createCommunity(app, {
          name: `${name} request`,
          visibility,
          joinPolicy: 'request',
          members,
        });

        const seen: Record<(typeof paths)[number], Outcome> = {
          slug: outcomeOf(await client.gql(COMMUNITY, { slug: open.slug }), (d) => !!d.community),
          list: outcomeOf(
            await client.gql(COMMUNITIES, { first: 10, filter: { search: `${name} open` } }),
            (d) => d.communities.edges.some((e: any) => e.node.slug === open.slug),
          ),
          node: outcomeOf(await client.gql(NODE, { id: communityGid(open.id) }), (d) => !!d.node),
          members: outcomeOf(await client.gql(MEMBERS, { slug: open.slug }), (d) => !!d.community?.members),
          requests: outcomeOf(
            await client.gql(MEMBERS, { slug: open.slug, status: 'requested' }),
            (d) => !!d.community?.members,
          ),
          discover: outcomeOf(await client.gql(DISCOVER, { first: 50 }), (d) =>
            d.discoverCommunities.some((c: any) => c.slug === open.slug),
          ),
          join: mutationOutcome(await client.gql(JOIN, { id: communityGid(open.id) })),
          request: mutationOutcome(await client.gql(REQUEST, { id: communityGid(onRequest.id) })),
        };
        const row = expected[role][visibility].split(/\s+/);
        expect(seen).toEqual(Object.fromEntries(paths.map((path, i) => [path, row[i]])));
      });
    }
  }
});
