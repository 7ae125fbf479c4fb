import { randomUUID } from 'node:crypto';
import { queryRows } from '@levain/db';
import type { SignedInClient, TestApp } from '@levain/server/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ANSWER,
  alwaysReachable,
  CREATE,
  DAY,
  HOUR,
  MY_PULSE,
  orgUnits,
  pulseApp,
  scheduler,
} from './fixtures';

let app: TestApp;
let hr: SignedInClient;
let lea: SignedInClient;
let marc: SignedInClient;
let campaignId: string;
let schedule: ReturnType<typeof scheduler>;
const now = new Date();

const count = async (table: string) =>
  (await queryRows<{ n: number }>(app.services.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;

beforeAll(async () => {
  app = await pulseApp();
  schedule = scheduler(app);
  const units = await orgUnits(app, [
    { code: 'atlas', name: 'Atlas', kind: 'company' },
    { code: 'marketing', name: 'Marketing', kind: 'direction', parent: 'atlas' },
    { code: 'sales', name: 'Sales', kind: 'direction', parent: 'atlas' },
  ]);
  hr = await app.signedIn(['hr'], { orgUnitId: units.atlas });
  lea = await app.signedIn([], { locale: 'fr', orgUnitId: units.marketing });
  marc = await app.signedIn([], { orgUnitId: units.sales });
  await alwaysReachable(app, [lea.user.id, marc.user.id, hr.user.id]);
  const created = await hr.data(CREATE, {
    title: 'Baromètre marketing',
    opensAt: new Date(now.getTime() - HOUR).toISOString(),
    closesAt: new Date(now.getTime() + 7 * DAY).toISOString(),
    questionIds: ['enps', 'workIntensity.workload', 'hyperconnection.weekend'],
    audience: { everyone: false, orgUnitIds: [units.marketing] },
  });
  campaignId = created.createPulseCampaign.data.id;
  await schedule(now);
});
afterAll(() => app.close());

const answersTo = (questions: { id: string; min: number }[]) =>
  questions.map((q) => ({ questionId: q.id, value: q.min + 1 }));

describe('answering a pulse', () => {
  it('shows the open pulse to the people of its audience only, in their language', async () => {
    const { myPulse } = await lea.data(MY_PULSE);
    expect(myPulse).toMatchObject({ campaignId, title: 'Baromètre marketing', period: 0, askComment: true });
    expect(myPulse.questions.map((q: { id: string }) => q.id)).toEqual([
      'enps',
      'workIntensity.workload',
      'hyperconnection.weekend',
    ]);
    expect(myPulse.questions[2]).toMatchObject({
      scale: 'choice',
      text: 'Ces deux dernières semaines, avez-vous travaillé le week-end ?',
      choices: ['Jamais', 'Une fois', 'Plusieurs fois', 'Presque chaque week-end'],
    });
    expect((await marc.data(MY_PULSE)).myPulse).toBeNull();
  });

  it('refuses an answer out of range, naming the field, and writes nothing', async () => {
    const { myPulse } = await lea.data(MY_PULSE);
    const answers = answersTo(myPulse.questions);
    answers[1] = { questionId: 'workIntensity.workload', value: 6 };
    const result = await lea.data(ANSWER, { campaignId, answers });
    expect(result.answerPulse).toEqual({
      __typename: 'ValidationError',
      code: 'VALIDATION',
      message: 'Certaines informations ne sont pas valables.',
      issues: [{ field: 'answers.1.value', message: 'Choisissez une valeur entre 1 et 5.' }],
    });
    const missing = await lea.data(ANSWER, { campaignId, answers: answers.slice(0, 1) });
    expect(missing.answerPulse.issues).toEqual([
      { field: 'answers', message: 'Répondez à chacune des 3 questions.' },
    ]);
    const stranger = await lea.data(ANSWER, {
      campaignId,
      answers: [...answersTo(myPulse.questions).slice(0, 2), { questionId: 'autonomy.decide', value: 3 }],
    });
    expect(stranger.answerPulse.issues).toEqual([
      { field: 'answers.2.questionId', message: 'Cette question ne fait pas partie de votre baromètre.' },
    ]);
    expect(await count('pulse_pending_answers')).toBe(0);
    expect((await lea.data(MY_PULSE)).myPulse).not.toBeNull();
  });

  it('refuses an unknown campaign, and a person outside the audience, writing nothing', async () => {
    const answers = [{ questionId: 'enps', value: 9 }];
    const unknown = await marc.data(ANSWER, { campaignId: randomUUID(), answers });
    expect(unknown.answerPulse).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    const malformed = await marc.data(ANSWER, { campaignId: 'not-an-id', answers });
    expect(malformed.answerPulse).toMatchObject({ __typename: 'NotFoundError' });
    const outside = await marc.data(ANSWER, { campaignId, answers });
    expect(outside.answerPulse).toMatchObject({
      __typename: 'NotAllowedError',
      message: 'This pulse is not addressed to you.',
    });
    expect(await count('pulse_pending_answers')).toBe(0);
  });

  it('takes the answer once, keeps it apart from the person, and says only "took part" in their data', async () => {
    const { myPulse } = await lea.data(MY_PULSE);
    const answers = answersTo(myPulse.questions);
    const first = await lea.data(ANSWER, {
      campaignId,
      answers,
      comment: '  Plus de visibilité sur les priorités.  ',
    });
    expect(first.answerPulse).toEqual({ __typename: 'MutationAnswerPulseSuccess', data: { id: campaignId } });
    expect((await lea.data(MY_PULSE)).myPulse).toBeNull();
    const again = await lea.data(ANSWER, { campaignId, answers });
    expect(again.answerPulse.issues).toEqual([
      { field: 'campaignId', message: 'Vous avez déjà répondu à ce baromètre. Merci !' },
    ]);

    const [pending] = await queryRows<{ submission: Record<string, unknown> }>(
      app.services.db,
      sql`select submission from pulse_pending_answers`,
    );
    expect(Object.keys(pending!.submission).sort()).toEqual([
      'answers',
      'comment',
      'manager',
      'path',
      'tenure',
    ]);
    expect(JSON.stringify(pending)).not.toContain(lea.user.id);

    const exported = (await lea.data('{ myPersonalData }')).myPersonalData.plugins.pulse;
    expect(exported.tookPartIn).toEqual(['took part in campaign “Baromètre marketing”']);
    expect(JSON.stringify(exported)).not.toContain('visibilité');
  });

  it('stores answers without person, address, browser or time, and closes the pulse to answers', async () => {
    const columns = await queryRows<{ table_name: string; column_name: string }>(
      app.services.db,
      sql`select table_name, column_name from information_schema.columns
        where table_name in ('pulse_responses', 'pulse_comments', 'pulse_pending_answers') order by table_name, ordinal_position`,
    );
    const names = columns.map((c) => c.column_name);
    for (const linking of ['user_id', 'ip', 'user_agent', 'created_at', 'answered_at'])
      expect(names).not.toContain(linking);

    await schedule(new Date(now.getTime() + 8 * DAY));
    expect(await count('pulse_pending_answers')).toBe(0);
    expect(await count('pulse_responses')).toBe(3);
    expect(await count('pulse_comments')).toBe(1);
    const closed = await lea.data(ANSWER, { campaignId, answers: [{ questionId: 'enps', value: 9 }] });
    expect(closed.answerPulse.issues).toEqual([
      {
        field: 'campaignId',
        message: 'Ce baromètre n’est pas ouvert : il est terminé ou pas encore commencé.',
      },
    ]);
  });
});
