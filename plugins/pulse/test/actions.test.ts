import { schema } from '@levain/db';
import type { SignedInClient, TestApp } from '@levain/server/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE, DAY, gid, orgUnits, pulseApp } from './fixtures';

let app: TestApp;
let hr: SignedInClient;
let manager: SignedInClient;
let teamMember: SignedInClient;
let outsider: SignedInClient;
let units: Record<string, string>;
const inDays = (days: number) => new Date(Date.now() + days * DAY);

const CREATE_PLAN = `mutation($input: ActionPlanInput!) { createActionPlan(input: $input) {
  __typename
  ... on MutationCreateActionPlanSuccess { data { id title finding status dueOn orgUnit { name } owner { name } steps { text done } dimension { key } } }
  ... on Error { code message }
  ... on ValidationError { issues { field message } }
} }`;
const TEAM = '{ pulseTeamActions { title finding status steps { text done } } }';

beforeAll(async () => {
  app = await pulseApp();
  units = await orgUnits(app, [
    { code: 'co', name: 'Company', kind: 'company' },
    { code: 'sales', name: 'Sales', kind: 'direction', parent: 'co' },
    { code: 'support', name: 'Support', kind: 'direction', parent: 'co' },
  ]);
  hr = await app.signedIn(['hr'], { orgUnitId: units.co, locale: 'fr' });
  manager = await app.signedIn([], { name: 'Thomas Petit', orgUnitId: units.sales });
  teamMember = await app.signedIn([], { orgUnitId: units.sales });
  outsider = await app.signedIn([], { orgUnitId: units.support });
  await app.services.db
    .update(schema.users)
    .set({ managerId: manager.user.id })
    .where(eq(schema.users.id, teamMember.user.id));
});
afterAll(() => app.close());

const plan = (unit: string) => ({
  orgUnitId: gid('OrgUnit', unit),
  dimension: 'workIntensity',
  title: 'Alléger les fins de trimestre',
  finding: 'La charge de travail est jugée insoutenable en fin de trimestre.',
  steps: ['Lisser les objectifs sur le trimestre', 'Renfort ponctuel en décembre'],
  dueOn: inDays(60).toISOString().slice(0, 10),
});

describe('action plans: you said, we did', () => {
  it('lets a manager commit to actions for their team, which the team sees', async () => {
    const created = await manager.data(CREATE_PLAN, { input: plan(units.sales!) });
    expect(created.createActionPlan).toMatchObject({
      __typename: 'MutationCreateActionPlanSuccess',
      data: {
        title: 'Alléger les fins de trimestre',
        status: 'planned',
        orgUnit: { name: 'Sales' },
        owner: { name: 'Thomas Petit' },
        dimension: { key: 'workIntensity' },
        steps: [
          { text: 'Lisser les objectifs sur le trimestre', done: false },
          { text: 'Renfort ponctuel en décembre', done: false },
        ],
      },
    });
    const id = created.createActionPlan.data.id;
    const updated = await manager.data(
      'mutation($id: ID!) { updateActionPlan(id: $id, stepsDone: [true, false]) { ... on MutationUpdateActionPlanSuccess { data { status } } } }',
      { id },
    );
    expect(updated.updateActionPlan.data.status).toBe('in_progress');
    expect((await teamMember.data(TEAM)).pulseTeamActions).toEqual([
      {
        title: 'Alléger les fins de trimestre',
        finding: 'La charge de travail est jugée insoutenable en fin de trimestre.',
        status: 'in_progress',
        steps: [
          { text: 'Lisser les objectifs sur le trimestre', done: true },
          { text: 'Renfort ponctuel en décembre', done: false },
        ],
      },
    ]);
    expect((await outsider.data(TEAM)).pulseTeamActions).toEqual([]);
  });

  it('refuses plans for other teams, and bad input field by field', async () => {
    const elsewhere = await manager.data(CREATE_PLAN, { input: plan(units.support!) });
    expect(elsewhere.createActionPlan).toMatchObject({ __typename: 'NotAllowedError' });
    const byEmployee = await teamMember.data(CREATE_PLAN, { input: plan(units.sales!) });
    expect(byEmployee.createActionPlan).toMatchObject({ __typename: 'NotAllowedError' });
    const late = await hr.data(CREATE_PLAN, {
      input: { ...plan(units.support!), dueOn: '2020-01-01', steps: [] },
    });
    expect(late.createActionPlan.issues).toEqual([
      { field: 'steps', message: 'Indiquez de 1 à 20 étapes (300 caractères au plus chacune).' },
    ]);
    const past = await hr.data(CREATE_PLAN, { input: { ...plan(units.support!), dueOn: '2020-01-01' } });
    expect(past.createActionPlan.issues).toEqual([
      { field: 'dueOn', message: 'L’échéance est déjà passée.' },
    ]);
  });
});

describe('the anonymity threshold', () => {
  const SETTINGS = `mutation($i: PulseSettingsInput!) { updatePulseSettings(input: $i) {
    __typename ... on MutationUpdatePulseSettingsSuccess { data { minGroupSize commentMinGroupSize } }
    ... on ValidationError { issues { field message } } } }`;

  it('is configurable from 3 to 10, and frozen in a campaign once it opens', async () => {
    const open = await hr.data(CREATE, {
      title: 'Ouvert',
      opensAt: inDays(-1).toISOString(),
      closesAt: inDays(10).toISOString(),
    });
    const later = await hr.data(CREATE, {
      title: 'Plus tard',
      opensAt: inDays(5).toISOString(),
      closesAt: inDays(10).toISOString(),
    });
    expect(open.createPulseCampaign.data.minGroupSize).toBe(5);
    const tooLow = await hr.data(SETTINGS, { i: { minGroupSize: 2 } });
    expect(tooLow.updatePulseSettings.issues).toEqual([
      { field: 'minGroupSize', message: 'Le seuil d’anonymat va de 3 à 10 personnes.' },
    ]);
    const saved = await hr.data(SETTINGS, { i: { minGroupSize: 7 } });
    expect(saved.updatePulseSettings.data).toEqual({ minGroupSize: 7, commentMinGroupSize: 10 });
    const { pulseCampaigns } = await hr.data('{ pulseCampaigns { title minGroupSize } }');
    expect(pulseCampaigns).toEqual(
      expect.arrayContaining([
        { title: 'Ouvert', minGroupSize: 5 },
        { title: 'Plus tard', minGroupSize: 7 },
      ]),
    );
    expect(later.createPulseCampaign.data.minGroupSize).toBe(5);
    const refused = await manager.data(SETTINGS, { i: { minGroupSize: 3 } });
    expect(refused.updatePulseSettings.__typename).toBe('NotAllowedError');
  });
});
