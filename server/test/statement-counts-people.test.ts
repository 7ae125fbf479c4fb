import { schema } from '@levain/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { gid } from './support/fixtures/posts';
import { createTestApp, type SignedInClient, type TestApp } from './support/harness';
import { expectConstantStatements, LARGE, type ListCase, once, TITLE } from './support/statement-counts';

/** The web client's profile page (web/src/pages/people/person.ts). */
const PERSON = `query($id: ID!) { user(id: $id) {
  id name email title bio locale timeZone avatarUrl canEdit status workingHours { days start end }
  orgUnit { id name } manager { id name title avatarUrl } reports { id name title avatarUrl } } }`;

let app: TestApp;
let reader: SignedInClient;
let admin: SignedInClient;

beforeAll(async () => {
  app = await createTestApp();
  reader = await app.signedIn();
  admin = await app.signedIn(['admin']);
});
afterAll(() => app.close());

/**
 * Tops the organisation chart up to `size` units: a company and its teams. The chart lists every
 * unit, so its case runs before those that add units of their own.
 */
async function chartOf(size: number) {
  const { db } = app.services;
  const company = await db.query.orgUnits.findFirst({ where: { kind: 'company' } });
  const root =
    company ??
    (await db.insert(schema.orgUnits).values({ code: 'co', name: 'Atlas', kind: 'company' }).returning())[0]!;
  const missing = size - (await db.$count(schema.orgUnits));
  for (let i = 0; i < missing; i += 1)
    await db
      .insert(schema.orgUnits)
      .values({ code: `team-${size}-${i}`, name: `Team ${i}`, kind: 'team', parentId: root.id });
}

/** More people than a large page, named "Directory …", each in their own unit and an HR person. */
const directory = once(async () => {
  const units = [];
  for (let i = 0; i <= LARGE; i += 1) {
    const [unit] = await app.services.db
      .insert(schema.orgUnits)
      .values({ code: `directory-${i}`, name: `Directory unit ${i}`, kind: 'team' })
      .returning();
    await app.createUser({ name: `Directory person ${i}`, orgUnitId: unit!.id, roles: ['hr'] });
    units.push(unit!);
  }
  return units;
});

/** A manager with `size` reports. */
async function managerOf(size: number) {
  const manager = await app.createUser({ name: 'Manager' });
  for (let i = 0; i < size; i += 1) {
    const report = await app.createUser({ name: `Report ${i}` });
    await app.services.db
      .update(schema.users)
      .set({ managerId: manager.id })
      .where(eq(schema.users.id, report.id));
  }
  return gid('User', manager.id);
}

/** More invitations than a large page, sent by the admin into an org unit. */
const invitations = once(async () => {
  const orgUnitId = gid('OrgUnit', (await directory())[0]!.id);
  const emails = Array.from({ length: LARGE + 1 }, (_, i) => `invitee${i}@example.com`);
  await admin.data(`mutation($input: InviteUsersInput!) { inviteUsers(input: $input) { __typename } }`, {
    input: { emails, orgUnitId },
  });
});

/** More audit entries than a large page, each by someone. */
const auditTrail = once(async () => {
  const actor = await app.createUser();
  await app.services.db.insert(schema.auditLog).values(
    Array.from({ length: LARGE + 1 }, (_, i) => ({
      actorId: actor.id,
      action: 'user.profile-updated',
      subjectType: 'user',
      subjectId: actor.id,
      details: { i },
    })),
  );
});

/** `size` people who do not work today (their one working day is tomorrow). */
async function offToday(size: number) {
  const tomorrow = (new Date().getUTCDay() + 1) % 7 || 7;
  const ids = [];
  for (let i = 0; i < size; i += 1) {
    const person = await app.createUser({ name: `Off ${i}` });
    await app.services.db
      .update(schema.users)
      .set({ timeZone: 'UTC', workingHours: { days: [tomorrow], start: '09:00', end: '17:00' } })
      .where(eq(schema.users.id, person.id));
    ids.push(gid('User', person.id));
  }
  return ids;
}

const cases: ListCase[] = [
  {
    name: 'organisation chart',
    statements: 2,
    request: async (size) => {
      await chartOf(size);
      return { client: reader, query: '{ orgUnits { id name kind parent { id } } }' };
    },
    items: (data) => data.orgUnits,
    complete: (unit) => unit.kind === 'company' || !!unit.parent,
  },
  {
    name: 'people directory',
    statements: 2,
    request: async (first) => {
      await directory();
      return {
        client: reader,
        query: `query($first: Int) { users(search: "Directory", first: $first) {
          edges { node { id name title avatarUrl orgUnit { name } } } pageInfo { hasNextPage endCursor } } }`,
        variables: { first },
      };
    },
    items: (data) => data.users.edges,
    complete: (edge) => !!edge.node.orgUnit?.name,
  },
  {
    name: 'people administration',
    statements: 2,
    request: async (first) => {
      await directory();
      return {
        client: admin,
        query: `query($first: Int) { users(search: "Directory", includeDeactivated: true, first: $first) {
          edges { node { id name email title status roles avatarUrl } } pageInfo { hasNextPage endCursor } } }`,
        variables: { first },
      };
    },
    items: (data) => data.users.edges,
    complete: (edge) => edge.node.roles.includes('hr'),
  },
  {
    name: 'reports of a manager',
    statements: 2,
    request: async (size) => ({ client: reader, query: PERSON, variables: { id: await managerOf(size) } }),
    items: (data) => data.user.reports,
    complete: (report) => report.name.startsWith('Report'),
  },
  {
    name: 'invitations',
    statements: 2,
    request: async (first) => {
      await invitations();
      return {
        client: admin,
        query: `query($first: Int) { invitations(first: $first) {
          edges { node { id email role status createdAt expiresAt orgUnit { name } invitedBy { name } } }
          pageInfo { hasNextPage endCursor } } }`,
        variables: { first },
      };
    },
    items: (data) => data.invitations.edges,
    complete: (edge) => !!edge.node.orgUnit?.name && !!edge.node.invitedBy?.name,
  },
  {
    name: 'audit log',
    statements: 2,
    request: async (first) => {
      await auditTrail();
      return {
        client: admin,
        query: `query($first: Int) { auditLog(first: $first) {
          edges { node { action subjectType subjectId details createdAt actor { id name } } }
          pageInfo { hasNextPage endCursor } } }`,
        variables: { first },
      };
    },
    items: (data) => data.auditLog.edges,
    complete: (edge) => !!edge.node.actor?.name,
  },
  {
    name: 'colleagues outside their working hours',
    statements: 3,
    request: async (size) => ({
      client: reader,
      query: 'query($ids: [ID!]!) { workingHoursNotice(userIds: $ids) { message user { id name } } }',
      variables: { ids: await offToday(size) },
    }),
    items: (data) => data.workingHoursNotice,
    complete: (notice) => notice.user.name.startsWith('Off'),
  },
];

describe('SQL statements per request, whatever the page size', () => {
  it.each(cases.map((c) => [c.name, c.statements, c] as const))(TITLE, async (_name, _count, list) => {
    await expectConstantStatements(app, list);
  });
});
