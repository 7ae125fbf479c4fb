import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { createPath } from './support/documents/learning';
import { deactivate } from './support/fixtures/communities';
import {
  ASSIGN,
  CERTIFICATE,
  COMPLETE,
  EDITABLE,
  ENROLL,
  gid,
  PATH,
  PATHS,
  UPDATE_PATH,
} from './support/fixtures/learning';
import { createTestApp, type GraphQLResponse, type TestApp, type TestClient } from './support/harness';

/**
 * The permission matrix of learning paths, beside the communities' one: every role × every
 * visibility × every path that reaches a learning path. ok = answered; hidden = as if it did not
 * exist (null, absent from the list, not found); refused = NOT_ALLOWED; signed-out = NOT_SIGNED_IN.
 * The certificate column reads a member's certificate: everyone signed in sees the name, path and
 * date ("ok"), and its path only where they may read it ("path"). `edit` rewrites the path with its
 * own content (updateLearningPath); `assign` assigns it to the community's owner (learning-path:assign).
 */
type Outcome = 'ok' | 'hidden' | 'refused' | 'signed-out' | 'path';
const paths = [
  'list',
  'path',
  'node',
  'lesson',
  'enroll',
  'complete',
  'certificate',
  'edit',
  'assign',
] as const;
type Role = 'non-member' | 'member' | 'animator' | 'admin' | 'deactivated';
type Visibility = 'public' | 'private' | 'secret';

//                     list   path   node   lesson enroll complete certificate
const reads = 'ok     ok     ok     ok     ok     ok       path';
//                         edit    assign
const learns = `${reads}    refused refused`;
const animates = `${reads}    ok      ok`;
const signedOut = Array(paths.length).fill('signed-out').join(' ');
const expected: Record<Role, Record<Visibility, string>> = {
  'non-member': {
    public: learns,
    private: 'hidden hidden hidden hidden hidden hidden   ok     hidden hidden',
    secret: 'hidden hidden hidden hidden hidden hidden   ok     hidden hidden',
  },
  member: { public: learns, private: learns, secret: learns },
  animator: { public: animates, private: animates, secret: animates },
  admin: { public: animates, private: animates, secret: animates },
  deactivated: { public: signedOut, private: signedOut, secret: signedOut },
};

function outcomeOf(result: GraphQLResponse, present: (data: any) => boolean): Outcome {
  const code = result.errors?.[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED') return 'signed-out';
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

/** Far ahead of any day the test runs on. */
const DUE = '2099-06-30T17:00:00.000Z';

let app: TestApp;
let holder: TestClient & { user: { id: string } };
const clients = {} as Record<Role, TestClient & { user: { id: string } }>;

beforeAll(async () => {
  app = await createTestApp();
  holder = await app.signedIn([], { name: 'Holder' });
  for (const role of ['non-member', 'member', 'animator', 'deactivated'] as const)
    clients[role] = await app.signedIn();
  clients.admin = await app.signedIn(['admin']);
  await deactivate(app, clients.deactivated.user.id);
});
afterAll(() => app.close());

const membershipFor = (role: Role, userId: string) => {
  if (role === 'member' || role === 'deactivated') return [{ userId, role: 'member' as const }];
  if (role === 'animator') return [{ userId, role: 'animator' as const }];
  return [];
};

describe('permission matrix of learning paths', () => {
  for (const role of Object.keys(expected) as Role[]) {
    for (const visibility of ['public', 'private', 'secret'] as const) {
      it(`${role} × ${visibility}`, async () => {
        const client = clients[role];
        const community = await createCommunity(app, {
          kind: 'learning',
          visibility,
          members: [{ userId: holder.user.id, role: 'owner' }, ...membershipFor(role, client.user.id)],
        });
        const title = `Matrix ${role} ${visibility}`;
        const { id } = await createPath(app, community.id, { title, quiz: null });
        const pathId = gid('LearningPath', id);
        const lessonId = (await holder.data(PATH, { id: pathId })).learningPath.modules[0].lessons[0].id;
        await holder.data(ENROLL, { id: pathId });
        await holder.data(COMPLETE, { id: lessonId });
        const certificateId = (await holder.data(PATH, { id: pathId })).learningPath.viewerEnrollment
          .certificate.id;
        const content = (await holder.data(EDITABLE, { id: pathId })).learningPath.editableContent;

        const seen: Record<(typeof paths)[number], Outcome> = {
          list: outcomeOf(
            await client.gql(PATHS, { first: 50, communityId: gid('Community', community.id) }),
            (d) => d.learningPaths.edges.some((e: any) => e.node.id === pathId),
          ),
          path: outcomeOf(await client.gql(PATH, { id: pathId }), (d) => !!d.learningPath),
          node: outcomeOf(
            await client.gql('query($id: ID!) { node(id: $id) { id } }', { id: pathId }),
            (d) => !!d.node,
          ),
          lesson: outcomeOf(
            await client.gql('query($id: ID!) { node(id: $id) { ... on Lesson { bodyHtml } } }', {
              id: lessonId,
            }),
            (d) => !!d.node,
          ),
          enroll: mutationOutcome(await client.gql(ENROLL, { id: pathId })),
          complete: mutationOutcome(await client.gql(COMPLETE, { id: lessonId })),
          certificate: (() => 'pending')() as Outcome,
          edit: mutationOutcome(await client.gql(UPDATE_PATH, { id: pathId, input: content })),
          assign: mutationOutcome(
            await client.gql(ASSIGN, { pathId, userIds: [gid('User', holder.user.id)], dueAt: DUE }),
          ),
        };
        const certificate = await client.gql(CERTIFICATE, { id: certificateId });
        seen.certificate = outcomeOf(certificate, (d) => d.certificate?.holderName === 'Holder');
        if (seen.certificate === 'ok' && certificate.data?.certificate.path) seen.certificate = 'path';
        const row = expected[role][visibility].split(/\s+/);
        expect(seen).toEqual(Object.fromEntries(paths.map((path, i) => [path, row[i]])));
      });
    }
  }
});
