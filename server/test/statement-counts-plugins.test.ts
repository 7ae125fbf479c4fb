import { schema } from '@levain/db';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { installedPlugins } from '../src/plugins';
import { createTestApp, type SignedInClient, type TestApp } from './harness';
import { gid } from './posts-fixtures';
import { expectConstantStatements, LARGE, type ListCase, TITLE } from './statement-counts';

const ASSIGN = `mutation($userId: ID!, $orgUnitId: ID!) {
  assignCommunityManager(userId: $userId, orgUnitId: $orgUnitId, kind: country, shareOfTimePercent: 20) { __typename } }`;
const CREATE = `mutation($title: String!, $opensAt: DateTime!, $closesAt: DateTime!) {
  createPulseCampaign(title: $title, opensAt: $opensAt, closesAt: $closesAt) { __typename } }`;

let app: TestApp;
let chief: SignedInClient;
let hr: SignedInClient;

beforeAll(async () => {
  app = await createTestApp({ plugins: installedPlugins() });
  chief = await app.signedIn(['chief_cm']);
  hr = await app.signedIn(['hr']);
});
afterAll(() => app.close());

let managers = 0;
/** The chief CM names community managers, each for their own country, until there are `size`. */
async function rosterOf(size: number) {
  for (; managers < size; managers += 1) {
    const person = await app.createUser({ name: `CM ${managers}` });
    const [unit] = await app.services.db
      .insert(schema.orgUnits)
      .values({ code: `country-${managers}`, name: `Country ${managers}`, kind: 'country' })
      .returning();
    await chief.data(ASSIGN, { userId: gid('User', person.id), orgUnitId: gid('OrgUnit', unit!.id) });
  }
}

let campaigns = 0;
/** HR schedules pulse campaigns until there are `size`. */
async function campaignsOf(size: number) {
  const day = 86_400_000;
  for (; campaigns < size; campaigns += 1)
    await hr.data(CREATE, {
      title: `Pulse ${campaigns}`,
      opensAt: new Date(Date.now() + day).toISOString(),
      closesAt: new Date(Date.now() + 2 * day).toISOString(),
    });
}

const cases: ListCase[] = [
  {
    name: 'CM network roster',
    statements: 4,
    request: async (size) => {
      await rosterOf(size);
      return {
        client: await app.signedIn(),
        query: '{ cmNetwork { members { id user { name } orgUnit { name } kind shareOfTimePercent } } }',
      };
    },
    items: (data) => data.cmNetwork.members,
    complete: (role) => role.user.name.startsWith('CM') && role.orgUnit.name.startsWith('Country'),
  },
  {
    name: 'pulse campaigns',
    statements: 3,
    request: async (size) => {
      await campaignsOf(size);
      return {
        client: hr,
        query:
          '{ pulseCampaigns { id title status opensAt closesAt questions { id text } createdBy { name } } }',
      };
    },
    items: (data) => data.pulseCampaigns,
    complete: (campaign) => campaign.questions.length > 0 && !!campaign.createdBy.name,
  },
  {
    name: 'CM roles in the people directory',
    statements: 4,
    request: async (first) => {
      await rosterOf(LARGE + 1);
      return {
        client: await app.signedIn(),
        query: `query($first: Int) { users(search: "CM", first: $first) {
          edges { node { name communityManagerRoles { kind orgUnit { name } } } } } }`,
        variables: { first },
      };
    },
    items: (data) => data.users.edges,
    complete: (edge) => edge.node.communityManagerRoles.length === 1,
  },
];

describe('SQL statements per request, whatever the page size', () => {
  it.each(cases.map((c) => [c.name, c.statements, c] as const))(TITLE, async (_name, _count, list) => {
    await expectConstantStatements(app, list);
  });
});
