import { schema } from '@levain/db';
import type { SignedInClient, TestApp } from '@levain/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmNetworkApp, gid, seedDataset } from './dataset';

const CREATE = `mutation($orgUnitId: ID!) {
  createCmPosition(orgUnitId: $orgUnitId, kind: manager_part_time, timeBasis: PART_TIME, shareOfTimePercent: 20) {
    ... on MutationCreateCmPositionSuccess { data { id } }
  }
}`;
const ASSIGN = `mutation($positionId: ID!, $userId: ID) {
  assignCmPosition(positionId: $positionId, userId: $userId) { __typename }
}`;
const SET = `mutation($id: ID) { setCmAcademy(learningPathId: $id) { __typename
  ... on MutationSetCmAcademySuccess { data { title } }
  ... on ValidationError { issues { field message } } ... on Error { code } } }`;
const MAP = '{ cmNetwork { map { academyAvailable cmsWithoutAcademy { name } } } }';

let app: TestApp;
let chief: SignedInClient;
let employee: SignedInClient;
let academyId: string;

/**
 * Three CMs: "Started" did a lesson of the academy, "Enrolled" enrolled without doing anything,
 * "Absent" never enrolled. A second path ("Other") has nothing to do with the academy.
 */
beforeAll(async () => {
  app = await cmNetworkApp();
  const data = await seedDataset(app);
  const { db } = app.services;
  chief = await app.signedIn(['chief_cm'], { name: 'Chief' });
  employee = await app.signedIn();
  const cms: Record<string, string> = {};
  for (const [name, unit] of [
    ['Started', data.units.frMarketing],
    ['Enrolled', data.units.frSales],
    ['Absent', data.units.ukMarketing],
  ] as const) {
    const cm = await app.signedIn([], { name });
    cms[name] = cm.user.id;
    const created = await chief.data(CREATE, { orgUnitId: gid('OrgUnit', unit) });
    await chief.data(ASSIGN, {
      positionId: created.createCmPosition.data.id,
      userId: gid('User', cm.user.id),
    });
  }
  const path = async (title: string) =>
    (
      await db
        .insert(schema.learningPaths)
        .values({ communityId: data.communities.marketing, title })
        .returning({ id: schema.learningPaths.id })
    )[0]!.id;
  academyId = await path('CM academy');
  await path('Other');
  const [module] = await db
    .insert(schema.learningModules)
    .values({ pathId: academyId, position: 1, title: 'Basics' })
    .returning();
  const [lesson] = await db
    .insert(schema.lessons)
    .values({ moduleId: module!.id, position: 1, title: 'Hello', body: 'x', bodyHtml: '<p>x</p>' })
    .returning();
  await db.insert(schema.enrollments).values([
    { pathId: academyId, userId: cms.Started! },
    { pathId: academyId, userId: cms.Enrolled! },
  ]);
  await db.insert(schema.lessonCompletions).values({ lessonId: lesson!.id, userId: cms.Started! });
}, 120_000);
afterAll(() => app.close());

describe('the CM academy on the map', () => {
  it('says no academy is named until the chief CM names one, then lists the CMs who have not started it', async () => {
    expect((await chief.data(MAP)).cmNetwork.map).toEqual({ academyAvailable: false, cmsWithoutAcademy: [] });
    const named = await chief.data(SET, { id: gid('LearningPath', academyId) });
    expect(named.setCmAcademy).toEqual({
      __typename: 'MutationSetCmAcademySuccess',
      data: { title: 'CM academy' },
    });
    expect((await chief.data(MAP)).cmNetwork.map).toEqual({
      academyAvailable: true,
      cmsWithoutAcademy: [{ name: 'Absent' }, { name: 'Enrolled' }],
    });
  });

  it('refuses a path that does not exist and anyone but the chief CM, writing nothing', async () => {
    const unknown = await chief.data(SET, {
      id: gid('LearningPath', '00000000-0000-4000-8000-000000000000'),
    });
    expect(unknown.setCmAcademy.issues).toEqual([
      { field: 'learningPathId', message: 'Choose a learning path you can read.' },
    ]);
    const refused = await employee.data(SET, { id: null });
    expect(refused.setCmAcademy.code).toBe('NOT_ALLOWED');
    expect((await chief.data(MAP)).cmNetwork.map.academyAvailable).toBe(true);
  });
});
