import type { SignedInClient, TestApp } from '@levain/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE, DAY, pulseApp } from './fixtures';

let app: TestApp;
let hr: SignedInClient;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

const SAVE = `mutation($input: PulseQuestionInput!) { savePulseQuestion(input: $input) {
  __typename
  ... on MutationSavePulseQuestionSuccess { data { id text scale choices builtIn archived dimension { key } } }
  ... on ValidationError { issues { field message } }
} }`;
const QUESTIONS = `query($id: ID!) { pulseCampaign(id: $id) { questions { id text } } }`;

beforeAll(async () => {
  app = await pulseApp();
  hr = await app.signedIn(['hr'], { locale: 'fr' });
});
afterAll(() => app.close());

describe('the question library', () => {
  it('lets HR reword a question for new campaigns, while campaigns already created keep theirs', async () => {
    const before = (
      await hr.data(CREATE, {
        title: 'Avant',
        opensAt: inDays(1),
        closesAt: inDays(5),
        questionIds: ['autonomy.decide'],
      })
    ).createPulseCampaign.data.id;
    const saved = await hr.data(SAVE, {
      input: {
        id: 'autonomy.decide',
        dimension: 'autonomy',
        scale: 'likert',
        textFr: 'Je choisis comment organiser mon travail.',
        textEn: 'I choose how to organise my work.',
      },
    });
    expect(saved.savePulseQuestion.data).toMatchObject({
      id: 'autonomy.decide',
      builtIn: true,
      text: 'Je choisis comment organiser mon travail.',
    });
    const after = (
      await hr.data(CREATE, {
        title: 'Après',
        opensAt: inDays(1),
        closesAt: inDays(5),
        questionIds: ['autonomy.decide'],
      })
    ).createPulseCampaign.data.id;
    expect((await hr.data(QUESTIONS, { id: before })).pulseCampaign.questions[0].text).toBe(
      'Je peux décider de la façon de faire mon travail.',
    );
    expect((await hr.data(QUESTIONS, { id: after })).pulseCampaign.questions[0].text).toBe(
      'Je choisis comment organiser mon travail.',
    );
  });

  it('adds the organisation’s own questions, and archived ones are no longer asked', async () => {
    const own = await hr.data(SAVE, {
      input: {
        dimension: 'qualityOfWorkLife',
        scale: 'choice',
        textFr: 'Combien de jours télétravaillez-vous par semaine ?',
        textEn: 'How many days a week do you work from home?',
        choices: [
          { textFr: 'Aucun', textEn: 'None', favourable: false },
          { textFr: 'Un ou deux', textEn: 'One or two', favourable: true },
          { textFr: 'Trois ou plus', textEn: 'Three or more', favourable: true },
        ],
      },
    });
    const question = own.savePulseQuestion.data;
    expect(question).toMatchObject({
      builtIn: false,
      scale: 'choice',
      choices: ['Aucun', 'Un ou deux', 'Trois ou plus'],
    });
    await hr.data(SAVE, {
      input: {
        id: question.id,
        dimension: 'qualityOfWorkLife',
        scale: 'choice',
        textFr: 'x',
        textEn: 'x',
        archived: true,
        choices: [
          { textFr: 'a', textEn: 'a', favourable: true },
          { textFr: 'b', textEn: 'b', favourable: false },
        ],
      },
    });
    const refused = await hr.data(CREATE, {
      title: 'Archivée',
      opensAt: inDays(1),
      closesAt: inDays(5),
      questionIds: [question.id],
    });
    expect(refused.createPulseCampaign.issues).toEqual([
      { field: 'questionIds', message: `Question inconnue ou archivée : ${question.id}.` },
    ]);
    const badChoices = await hr.data(SAVE, {
      input: {
        dimension: 'autonomy',
        scale: 'choice',
        textFr: 'Une seule ?',
        textEn: 'Just one?',
        choices: [{ textFr: 'a', textEn: 'a', favourable: true }],
      },
    });
    expect(badChoices.savePulseQuestion.issues).toEqual([
      {
        field: 'choices',
        message: 'Une question à choix propose de 2 à 8 réponses, chacune en français et en anglais.',
      },
    ]);
  });
});
