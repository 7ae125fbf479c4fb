import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommunity } from './support/documents/communities';
import { SEARCH } from './support/documents/search';
import { deactivate } from './support/fixtures/communities';
import { ACCEPT, ANSWER, ASK, gid, QUESTIONS, UPVOTE } from './support/fixtures/questions';
import { createTestApp, type GraphQLResponse, type TestApp, type TestClient } from './support/harness';

/**
 * The permission matrix of questions and answers, beside the communities' and learning paths'
 * ones: every role × every visibility × every path that reaches a question. ok = answered;
 * hidden = as if it did not exist (absent from lists and search, null, not found); refused =
 * NOT_ALLOWED; signed-out = NOT_SIGNED_IN.
 */
type Outcome = 'ok' | 'hidden' | 'refused' | 'signed-out';
const paths = ['list', 'node', 'answerNode', 'search', 'answer', 'upvote', 'accept'] as const;
type Role = 'non-member' | 'member' | 'animator' | 'admin' | 'deactivated';
type Visibility = 'public' | 'private' | 'secret';

//                list node answerNode search answer  upvote  accept
const hidden = 'hidden hidden hidden hidden hidden hidden hidden';
// node(id) answers null to the signed out: nothing is found, so there is nothing to refuse.
const signedOut = 'signed-out hidden hidden signed-out signed-out signed-out signed-out';
const expected: Record<Role, Record<Visibility, string>> = {
  'non-member': {
    public: 'ok ok ok ok ok ok refused',
    private: hidden,
    secret: hidden,
  },
  member: {
    public: 'ok ok ok ok ok ok refused',
    private: 'ok ok ok ok ok ok refused',
    secret: 'ok ok ok ok ok ok refused',
  },
  animator: {
    public: 'ok ok ok ok ok ok ok',
    private: 'ok ok ok ok ok ok ok',
    secret: 'ok ok ok ok ok ok ok',
  },
  // Admins read everything and moderate (accept), but take part only where they are members.
  admin: {
    public: 'ok ok ok ok ok ok ok',
    private: 'ok ok ok ok refused refused ok',
    secret: 'ok ok ok ok refused refused ok',
  },
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

let app: TestApp;
let asker: TestClient & { user: { id: string } };
let answerer: TestClient & { user: { id: string } };
const clients = {} as Record<Role, TestClient & { user: { id: string } }>;

beforeAll(async () => {
  app = await createTestApp();
  asker = await app.signedIn([], { name: 'Asker' });
  answerer = await app.signedIn([], { name: 'Answerer' });
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

const NODE = 'query($id: ID!) { node(id: $id) { id } }';

describe('permission matrix of questions and answers', () => {
  for (const role of Object.keys(expected) as Role[]) {
    for (const visibility of ['public', 'private', 'secret'] as const) {
      it(`${role} × ${visibility}`, async () => {
        const client = clients[role];
        const community = await createCommunity(app, {
          visibility,
          members: [
            { userId: asker.user.id, role: 'owner' },
            { userId: answerer.user.id },
            ...membershipFor(role, client.user.id),
          ],
        });
        const communityId = gid('Community', community.id);
        const word = `zebulon${role.replace('-', '')}${visibility}`;
        const asked = (await asker.data(ASK, { input: { communityId, body: `Question ${word}?` } }))
          .askQuestion.data;
        const answered = await answerer.data(ANSWER, { postId: asked.post.id, body: 'An answer' });
        const answerId = gid(
          'Answer',
          Buffer.from(answered.addComment.data.id, 'base64').toString().split(':')[1]!,
        );

        const seen: Record<(typeof paths)[number], Outcome> = {
          list: outcomeOf(await client.gql(QUESTIONS, { communityId, first: 50 }), (d) =>
            d.questions.edges.some((e: any) => e.node.id === asked.id),
          ),
          node: outcomeOf(await client.gql(NODE, { id: asked.id }), (d) => !!d.node),
          answerNode: outcomeOf(await client.gql(NODE, { id: answerId }), (d) => !!d.node),
          search: outcomeOf(await client.gql(SEARCH, { q: word, first: 10 }), (d) => d.search.totalCount > 0),
          answer: mutationOutcome(await client.gql(ANSWER, { postId: asked.post.id, body: 'Me too' })),
          upvote: mutationOutcome(await client.gql(UPVOTE, { id: answerId })),
          accept: mutationOutcome(await client.gql(ACCEPT, { id: answerId })),
        };
        const row = expected[role][visibility].split(/\s+/);
        expect(seen).toEqual(Object.fromEntries(paths.map((path, i) => [path, row[i]])));
      });
    }
  }
});
