import { fileURLToPath } from 'node:url';
import {
  createTestApp,
  pluginSourceFromPackage,
  type TestApp,
  type TestClient,
} from '@levain/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const rootPackageJson = fileURLToPath(new URL('../../../package.json', import.meta.url));

const CREATE = `mutation($title: String!, $opensAt: DateTime!, $closesAt: DateTime!) {
  createPulseCampaign(title: $title, opensAt: $opensAt, closesAt: $closesAt) {
    __typename
    ... on MutationCreatePulseCampaignSuccess { data { title status questions { id text } createdBy { name } } }
    ... on Error { code message }
    ... on ValidationError { issues { field message } }
  }
}`;
const LIST = '{ pulseCampaigns { title status opensAt closesAt createdBy { name } } }';
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

let app: TestApp;
let hr: TestClient & { user: { id: string } };

beforeAll(async () => {
  app = await createTestApp({ plugins: [pluginSourceFromPackage('@levain/plugin-pulse', rootPackageJson)] });
  hr = await app.signedIn(['hr'], { locale: 'fr' });
  await hr.data('mutation { updateProfile(input: { name: "Sophie Bernard" }) { __typename } }');
});
afterAll(() => app.close());

describe('pulse campaigns', () => {
  it('HR schedules a campaign with the library’s questions in their language, one dimension after another', async () => {
    const result = await hr.data(CREATE, {
      title: 'Baromètre de printemps',
      opensAt: inDays(1),
      closesAt: inDays(15),
    });
    expect(result.createPulseCampaign).toMatchObject({
      __typename: 'MutationCreatePulseCampaignSuccess',
      data: { title: 'Baromètre de printemps', status: 'scheduled', createdBy: { name: 'Sophie Bernard' } },
    });
    const { questions } = result.createPulseCampaign.data;
    expect(questions[0]).toEqual({
      id: 'enps',
      text: 'De 0 à 10, recommanderiez-vous notre entreprise comme employeur à un·e proche ?',
    });
    expect(questions.map((q: { id: string }) => q.id)).toEqual(
      expect.arrayContaining([
        'workIntensity.workload',
        'emotionalDemands.hide',
        'autonomy.decide',
        'socialRelations.colleagues',
        'valueConflicts.quality',
        'jobInsecurity.future',
        'qualityOfWorkLife.balance',
        'hyperconnection.disconnect',
      ]),
    );
    expect(questions.find((q: { id: string }) => q.id === 'hyperconnection.disconnect').text).toBe(
      'Je peux me déconnecter du travail en dehors de mes horaires de travail.',
    );
    await hr.data(CREATE, { title: 'Baromètre en cours', opensAt: inDays(-2), closesAt: inDays(5) });
    const { pulseCampaigns } = await hr.data(LIST);
    expect(pulseCampaigns.map((c: any) => [c.title, c.status])).toEqual([
      ['Baromètre de printemps', 'scheduled'],
      ['Baromètre en cours', 'open'],
    ]);
  });

  it('is for HR only: other people can neither list nor create campaigns', async () => {
    const manager = await app.signedIn(['chief_cm']);
    const listed = await manager.gql(LIST);
    expect(listed.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_ALLOWED']);
    const created = await manager.data(CREATE, { title: 'Mine', opensAt: inDays(1), closesAt: inDays(2) });
    expect(created.createPulseCampaign).toMatchObject({ __typename: 'NotAllowedError', code: 'NOT_ALLOWED' });
    expect((await hr.data(LIST)).pulseCampaigns.map((c: any) => c.title)).not.toContain('Mine');
  });

  it('refuses dates in the wrong order or already past, and an empty title, naming the field', async () => {
    const reversed = await hr.data(CREATE, { title: 'Automne', opensAt: inDays(10), closesAt: inDays(3) });
    expect(reversed.createPulseCampaign).toMatchObject({
      __typename: 'ValidationError',
      issues: [
        { field: 'closesAt', message: "La date de clôture doit être postérieure à la date d'ouverture." },
      ],
    });
    const past = await hr.data(CREATE, { title: 'Hier', opensAt: inDays(-10), closesAt: inDays(-1) });
    expect(past.createPulseCampaign.issues).toEqual([
      { field: 'closesAt', message: 'La date de clôture est déjà passée.' },
    ]);
    const untitled = await hr.data(CREATE, { title: '  ', opensAt: inDays(1), closesAt: inDays(3) });
    expect(untitled.createPulseCampaign.issues).toEqual([
      { field: 'title', message: 'Ce champ est obligatoire.' },
    ]);
  });

  it('exports the campaigns a person created, and keeps them without their name once erased', async () => {
    const exported = (await hr.data('{ myPersonalData }')).myPersonalData.plugins.pulse;
    expect(exported.campaignsCreated.map((c: any) => c.title).sort()).toEqual([
      'Baromètre de printemps',
      'Baromètre en cours',
    ]);

    const colleague = await app.signedIn(['hr']);
    const admin = await app.signedIn(['admin']);
    const { me } = await hr.data('{ me { id } }');
    await admin.data('mutation($id: ID!) { erasePerson(userId: $id) { __typename } }', { id: me.id });
    const { pulseCampaigns } = await colleague.data(LIST);
    expect(pulseCampaigns.map((c: any) => [c.title, c.createdBy])).toEqual([
      ['Baromètre de printemps', null],
      ['Baromètre en cours', null],
    ]);
  });

  it('words its entries of the audit log in the admin’s language', async () => {
    const admin = await app.signedIn(['admin'], { locale: 'fr' });
    const { auditLog } = await admin.data(
      '{ auditLog(first: 5, filter: { action: "pulse.campaign-created" }) { edges { node { sentence } } } }',
    );
    expect(auditLog.edges.at(-1).node.sentence).toBe(
      'a programmé la campagne de baromètre « Baromètre de printemps »',
    );
  });
});
