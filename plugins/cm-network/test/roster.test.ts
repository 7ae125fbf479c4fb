import { fileURLToPath } from 'node:url';
import { schema } from '@levain/db';
import {
  createTestApp,
  pluginSourceFromPackage,
  type TestApp,
  type TestClient,
} from '@levain/server/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmAssignments } from '../db/schema';

const rootPackageJson = fileURLToPath(new URL('../../../package.json', import.meta.url));

const ROSTER = `{ cmNetwork { members { user { name } orgUnit { name } kind shareOfTimePercent } } }`;
const ASSIGN = `mutation($userId: ID!, $orgUnitId: ID!, $kind: CommunityManagerRoleKind!, $share: Int!) {
  assignCommunityManager(userId: $userId, orgUnitId: $orgUnitId, kind: $kind, shareOfTimePercent: $share) {
    __typename
    ... on MutationAssignCommunityManagerSuccess { data { user { name } kind shareOfTimePercent } }
    ... on Error { code message }
    ... on ValidationError { issues { field message } }
  }
}`;

let app: TestApp;
let chief: TestClient;
let france: { globalId: string };

const idOf = async (client: TestClient) => (await client.data('{ me { id } }')).me.id as string;
const person = async (name: string) => {
  const client = await app.signedIn();
  await client.data('mutation($name: String!) { updateProfile(input: { name: $name }) { __typename } }', {
    name,
  });
  return Object.assign(client, { globalId: await idOf(client) });
};

beforeAll(async () => {
  app = await createTestApp({
    plugins: [pluginSourceFromPackage('@levain/plugin-cm-network', rootPackageJson)],
  });
  chief = await app.signedIn(['chief_cm'], { locale: 'fr' });
  await app.services.db.insert(schema.orgUnits).values({ code: 'fr', name: 'France', kind: 'country' });
  const units = (await chief.data('{ orgUnits { id code } }')).orgUnits as Array<{
    id: string;
    code: string;
  }>;
  france = { globalId: units.find((u) => u.code === 'fr')!.id };
});
afterAll(() => app.close());

describe('the CM network roster', () => {
  it('lists the community managers the chief CM assigns, to every signed-in person', async () => {
    const lea = await person('Léa Dubois');
    const result = await chief.data(ASSIGN, {
      userId: lea.globalId,
      orgUnitId: france.globalId,
      kind: 'country',
      share: 20,
    });
    expect(result.assignCommunityManager).toEqual({
      __typename: 'MutationAssignCommunityManagerSuccess',
      data: { user: { name: 'Léa Dubois' }, kind: 'country', shareOfTimePercent: 20 },
    });
    // Assigning again changes the role rather than adding a second one.
    await chief.data(ASSIGN, {
      userId: lea.globalId,
      orgUnitId: france.globalId,
      kind: 'country',
      share: 50,
    });

    const colleague = await app.signedIn();
    expect((await colleague.data(ROSTER)).cmNetwork.members).toEqual([
      { user: { name: 'Léa Dubois' }, orgUnit: { name: 'France' }, kind: 'country', shareOfTimePercent: 50 },
    ]);
    const profile = await colleague.data(
      'query($id: ID!) { user(id: $id) { communityManagerRoles { orgUnit { code } kind } } }',
      { id: lea.globalId },
    );
    expect(profile.user.communityManagerRoles).toEqual([{ orgUnit: { code: 'fr' }, kind: 'country' }]);
  });

  it('lets only the chief CM or an admin change the roster', async () => {
    const member = await app.signedIn();
    const result = await member.data(ASSIGN, {
      userId: await idOf(member),
      orgUnitId: france.globalId,
      kind: 'chief',
      share: 100,
    });
    expect(result.assignCommunityManager).toMatchObject({
      __typename: 'NotAllowedError',
      code: 'NOT_ALLOWED',
    });
    const admin = await app.signedIn(['admin']);
    const byAdmin = await admin.data(ASSIGN, {
      userId: await idOf(member),
      orgUnitId: france.globalId,
      kind: 'manager_part_time',
      share: 10,
    });
    expect(byAdmin.assignCommunityManager.__typename).toBe('MutationAssignCommunityManagerSuccess');
  });

  it('names the field that is wrong, in the viewer’s language', async () => {
    const thomas = await person('Thomas Petit');
    const tooMuch = await chief.data(ASSIGN, {
      userId: thomas.globalId,
      orgUnitId: france.globalId,
      kind: 'manager_part_time',
      share: 120,
    });
    expect(tooMuch.assignCommunityManager).toMatchObject({
      __typename: 'ValidationError',
      issues: [
        { field: 'shareOfTimePercent', message: 'La part du temps doit être comprise entre 1 et 100 %.' },
      ],
    });
    const nobody = await chief.data(ASSIGN, {
      userId: Buffer.from('User:00000000-0000-4000-8000-000000000000').toString('base64'),
      orgUnitId: france.globalId,
      kind: 'country',
      share: 20,
    });
    expect(nobody.assignCommunityManager.issues).toEqual([
      { field: 'userId', message: "Cette personne n'existe pas ou son compte est désactivé." },
    ]);
  });

  it('drops a deactivated person from the roster', async () => {
    const hugo = await person('Hugo Leroy');
    await chief.data(ASSIGN, {
      userId: hugo.globalId,
      orgUnitId: france.globalId,
      kind: 'department',
      share: 30,
    });
    const before = (await chief.data(ROSTER)).cmNetwork.members.map((m: any) => m.user.name);
    expect(before).toContain('Hugo Leroy');
    const admin = await app.signedIn(['admin']);
    await admin.data('mutation($id: ID!) { deactivateUser(userId: $id) { __typename } }', {
      id: hugo.globalId,
    });
    await app.services.events.settled();
    const names = (await chief.data(ROSTER)).cmNetwork.members.map((m: any) => m.user.name);
    expect(names).not.toContain('Hugo Leroy');
  });

  it('exports a person’s roles with their data and erases them on request', async () => {
    const ines = await person('Inès Garcia');
    await chief.data(ASSIGN, {
      userId: ines.globalId,
      orgUnitId: france.globalId,
      kind: 'country',
      share: 40,
    });
    const exported = (await ines.data('{ myPersonalData }')).myPersonalData;
    expect(exported.plugins['cm-network'].roles).toEqual([
      { orgUnit: 'France', kind: 'country', shareOfTimePercent: 40, assignedAt: expect.any(String) },
    ]);

    const admin = await app.signedIn(['admin']);
    await admin.data('mutation($id: ID!) { erasePerson(userId: $id) { __typename } }', { id: ines.globalId });
    expect(await app.services.db.$count(cmAssignments, eq(cmAssignments.userId, ines.user.id))).toBe(0);
    const shares = (await chief.data(ROSTER)).cmNetwork.members.map((m: any) => m.shareOfTimePercent);
    expect(shares).not.toContain(40);
  });
});
