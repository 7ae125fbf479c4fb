import { schema, type Tx } from '@levain/db';
import { createTestDb } from '@levain/db/test-db';
import { type App, buildApp } from '../../src/app';
import { hashPassword } from '../../src/auth/password';
import { type Config, loadConfig } from '../../src/config';
import { createAccount } from '../../src/people/accounts';
import type { Role } from '../../src/permissions';
import type { PluginSource } from '../../src/plugin-host/contract';

/** How a plugin's tests load it into a test app: its package's manifest, then its code. */
export { pluginSourceFromPackage } from '../../src/plugin-host/manifest';

export type TestApp = App & {
  /** SQL statements sent since the last reset (to assert constant statement counts). */
  queries: string[];
  /** `ip` is the address the server sees, as behind a trusted proxy. */
  client(options?: { locale?: string; ip?: string; bearer?: string }): TestClient;
  createUser(
    input?: Partial<{
      name: string;
      email: string;
      roles: Role[];
      password: string;
      orgUnitId: string;
      locale: string;
    }>,
  ): Promise<{ id: string; email: string; password: string }>;
  /** Signs a new person in and returns a client holding their session. */
  signedIn(
    roles?: Role[],
    extra?: { name?: string; locale?: string; orgUnitId?: string },
  ): Promise<SignedInClient>;
};

/** A client holding the session of the person it signed in. */
export type SignedInClient = TestClient & { user: { id: string; email: string } };

export type GraphQLResponse<T = Record<string, any>> = {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, any>; path?: string[] }>;
};

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | null = null;

/** A GraphQL client over the app's in-process fetch, holding cookies like a browser. */
export class TestClient {
  cookies = new Map<string, string>();
  constructor(
    private readonly app: App,
    private readonly locale = 'en',
    private readonly ip?: string,
    /** `Authorization` header sent with every request (an API token), instead of cookies. */
    private readonly authorization?: string,
  ) {}

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('accept-language', this.locale);
    headers.set('origin', 'http://localhost:3000');
    if (this.authorization) headers.set('authorization', this.authorization);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await this.app.yoga.fetch(
      `http://localhost:3000${path}`,
      { ...init, headers },
      ...(this.ip ? [{ req: { ip: this.ip } }] : []),
    );
    for (const cookie of response.headers.getSetCookie()) {
      const [pair, ...attributes] = cookie.split(';');
      const [name, value] = pair!.split('=');
      const expired = attributes.some((a) => a.trim().toLowerCase() === 'max-age=0');
      if (expired || !value) this.cookies.delete(name!);
      else this.cookies.set(name!, value);
    }
    return response;
  }

  async gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await this.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** Like gql, but fails the test on any GraphQL error. */
  async data<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    return result.data as T;
  }
}

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { __typename ... on MutationSignInSuccess { data { id } } ... on Error { message } }
}`;

export async function createTestApp(
  options: { plugins?: PluginSource[]; config?: Partial<Config> } = {},
): Promise<TestApp> {
  const queries: string[] = [];
  const handle = await createTestDb({ onQuery: (q) => queries.push(q) });
  const config = {
    ...loadConfig({ NODE_ENV: 'test', DATA_DIR: `/tmp/levain-test-${process.pid}` }),
    env: 'test' as const,
    ...options.config,
  };
  const app = await buildApp({ config, plugins: options.plugins ?? [], handle });
  let counter = 0;
  const createUser: TestApp['createUser'] = async (input = {}) => {
    counter += 1;
    passwordHash ??= hashPassword(TEST_PASSWORD);
    const email = input.email ?? `person${counter}-${Math.random().toString(36).slice(2, 8)}@example.com`;
    const password = input.password ?? TEST_PASSWORD;
    const hash = input.password ? await hashPassword(input.password) : await passwordHash;
    const user = await app.services.db.transaction(async (tx: Tx) => {
      const created = await createAccount(tx, {
        email,
        name: input.name ?? `Person ${counter}`,
        passwordHash: hash,
        orgUnitId: input.orgUnitId ?? null,
        locale: input.locale ?? 'en',
      });
      const extra = (input.roles ?? []).filter((r) => r !== 'member');
      if (extra.length)
        await tx.insert(schema.userRoles).values(extra.map((role) => ({ userId: created.id, role })));
      return created;
    });
    return { id: user.id, email, password };
  };
  const testApp: TestApp = {
    ...app,
    queries,
    client: (opts = {}) => new TestClient(app, opts.locale, opts.ip, opts.bearer && `Bearer ${opts.bearer}`),
    createUser,
    signedIn: async (roles = [], extra = {}) => {
      const user = await createUser({ roles, ...extra });
      const client = new TestClient(app, extra.locale ?? 'en');
      const result = await client.data(SIGN_IN, { email: user.email, password: user.password });
      if (result.signIn.__typename !== 'MutationSignInSuccess')
        throw new Error(`sign-in failed: ${JSON.stringify(result)}`);
      return Object.assign(client, { user });
    },
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
  return testApp;
}

/** The core's parts behind `PluginServices`, for plugin tests that build those services themselves. */
export { sendDueEmails } from '../../src/mail/delivery';
export { isoWeekday, localParts, zonedInstant } from '../../src/notifications/working-hours';
export { animatorWork } from '../../src/plugin-host/animator-work';
export { pluginNotifier } from '../../src/plugin-host/notifications';
export { communityDirectory } from '../../src/plugin-host/plugin-communities';
export { gid } from './gid';
/** A free port on localhost, for a process a test starts. */
export { listenOnRandomPort } from './real-http';
/** A real SMTP server in the test's process (plugins' tests of emails use it too). */
export { type Inbox, startInbox } from './smtp-inbox';
export { fewestStatements } from './statement-counts';
