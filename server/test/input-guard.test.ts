import {
  type GraphQLInputType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../src/schema';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';

let app: TestApp;
let admin: SignedInClient;
beforeAll(async () => {
  app = await createTestApp();
  admin = await app.signedIn(['admin'], { locale: 'fr' });
});
afterAll(() => app.close());

const RESULT = `__typename ... on Error { code message } ... on ValidationError { issues { field message } }`;
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

describe('what people send reaches the resolvers clean, or comes back as a typed error', () => {
  it('strips control characters from any text, once, at the edge', async () => {
    const result = await admin.data(
      `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) {
        ${RESULT} ... on MutationUpdateProfileSuccess { data { title bio } } } }`,
      { input: { title: 'a\u0000b\u0007c', bio: 'ligne 1\nligne\t2\u001b[31m' } },
    );
    expect(result.updateProfile).toEqual({
      __typename: 'MutationUpdateProfileSuccess',
      data: { title: 'abc', bio: 'ligne 1\nligne\t2[31m' },
    });
    const post = await admin.data(
      `mutation { createPost(input: { body: "Bonjour\\u0000 à tous" }) { ${RESULT}
        ... on MutationCreatePostSuccess { data { body } } } }`,
    );
    expect(post.createPost.data.body).toBe('Bonjour à tous');
  });

  it('names a date that is not one, in the viewer’s language', async () => {
    for (const publishAt of ['not a date', '2026-13-45T99:00:00Z']) {
      const result = await admin.data(
        `mutation($input: CreatePostInput!) { createPost(input: $input) { ${RESULT} } }`,
        { input: { body: 'Bonjour', publishAt } },
      );
      expect(result.createPost).toMatchObject({
        __typename: 'ValidationError',
        issues: [
          {
            field: 'input.publishAt',
            message: 'Saisissez une date valable (format ISO 8601, par exemple 2026-03-02T09:00:00Z).',
          },
        ],
      });
    }
    const literal = await admin.data(
      `mutation { createPost(input: { body: "x", publishAt: "demain" }) { ${RESULT} } }`,
    );
    expect(literal.createPost.issues[0].field).toBe('input.publishAt');
  });

  it('names a global id whose inner part is not a record id', async () => {
    const moderate = await admin.data(
      `mutation($input: ModerateInput!) { moderate(input: $input) { ${RESULT} } }`,
      { input: { action: 'hide', postId: globalId('Post', 'not-a-uuid'), reason: 'test' } },
    );
    expect(moderate.moderate).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'input.postId', message: 'Cet identifiant ne désigne aucun élément.' }],
    });
    const notice = await admin.data(
      `mutation($id: ID!) { sendUrgentAnnouncementNotice(postId: $id) { ${RESULT} } }`,
      { id: globalId('Post', "1' or 1=1") },
    );
    expect(notice.sendUrgentAnnouncementNotice.issues).toEqual([
      { field: 'postId', message: 'Cet identifiant ne désigne aucun élément.' },
    ]);
  });

  it('names an unknown plugin and a value sent where a file belongs', async () => {
    const plugin = await admin.data(
      `mutation { setPluginEnabled(id: "nope", enabled: false) { ${RESULT} } }`,
    );
    expect(plugin.setPluginEnabled).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'id', message: 'Ce module n’est pas installé.' }],
    });
    const file = await admin.data(`mutation($file: File!) { importDirectory(file: $file) { ${RESULT} } }`, {
      file: { name: 'people.csv', content: 'email,name' },
    });
    expect(file.importDirectory).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'file', message: 'Joignez un fichier.' }],
    });
  });
});

/** A value of `type` made of the awkward inputs the outside test sent. */
function hostile(type: GraphQLInputType, depth = 0): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [hostile(inner.ofType, depth)];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner))
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => depth < 3 || isNonNullType(field.type))
        .map((field) => [field.name, hostile(field.type, depth + 1)]),
    );
  if (!isScalarType(inner)) return null;
  switch (inner.name) {
    case 'String':
      return 'a\u0000b';
    case 'ID':
      return globalId('Post', 'not-a-uuid');
    case 'Int':
      return -1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return true;
    case 'DateTime':
      return 'not a date';
    case 'File':
      return { not: 'a file' };
    default:
      return {};
  }
}

describe('every query and mutation, sent hostile input by an admin', () => {
  it('answers each with a result or a typed error, never "Unexpected error"', async () => {
    const unexpected: string[] = [];
    const schema = buildSchema(app.host);
    const operations = [
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ['query', field] as const),
      ...Object.values(schema.getMutationType()!.getFields()).map((field) => ['mutation', field] as const),
    ];
    for (const [operation, field] of operations) {
      if (!field.args.length) continue;
      const variables = Object.fromEntries(field.args.map((arg) => [arg.name, hostile(arg.type)]));
      const signature = field.args.map((arg) => `$${arg.name}: ${arg.type}`).join(', ');
      const call = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      const selection = isLeafType(getNamedType(field.type)) ? '' : '{ __typename }';
      const result = await admin.gql(
        `${operation}(${signature}) { ${field.name}(${call}) ${selection} }`,
        variables,
      );
      for (const error of result.errors ?? [])
        if (
          !['VALIDATION', 'NOT_FOUND', 'NOT_ALLOWED', 'RATE_LIMITED', 'PLUGIN_DISABLED'].includes(
            error.extensions?.code,
          )
        )
          unexpected.push(`${field.name}: ${error.extensions?.code} ${error.message}`);
    }
    expect(unexpected).toEqual([]);
  });
});
