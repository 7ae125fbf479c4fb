import type { DimensionKey } from './dimensions';

type Localised = { fr: string; en: string };
/** likert: 1–5 (favourable 4–5); nps: 0–10; choice: one of `choices` (favourable when marked so). */
export type QuestionScale = 'likert' | 'nps' | 'choice';
export type Choice = { text: Localised; favourable: boolean };

/** One question of a pulse survey, worded in both languages of the UI. */
export type PulseQuestion = {
  id: string;
  dimension: DimensionKey;
  scale: QuestionScale;
  text: Localised;
  /** Agreeing is unfavourable ("I often work under time pressure"): favourable answers are 1–2. */
  reversed?: boolean;
  choices?: Choice[];
};

const likert = (
  id: string,
  dimension: DimensionKey,
  fr: string,
  en: string,
  reversed = false,
): PulseQuestion => ({
  id,
  dimension,
  scale: 'likert',
  text: { fr, en },
  ...(reversed ? { reversed } : {}),
});

/** The built-in library; HR may reword a question or add their own (pulse_questions). */
export const builtInQuestions: PulseQuestion[] = [
  {
    id: 'enps',
    dimension: 'enps',
    scale: 'nps',
    text: {
      fr: 'De 0 à 10, recommanderiez-vous notre entreprise comme employeur à un·e proche ?',
      en: 'From 0 to 10, how likely are you to recommend our organisation as a place to work to a friend?',
    },
  },
  likert(
    'engagement.satisfaction',
    'engagement',
    'Dans l’ensemble, je suis satisfait·e de mon travail ici.',
    'Overall, I am satisfied with my work here.',
  ),
  likert(
    'engagement.recommend',
    'engagement',
    'Je recommanderais notre entreprise comme un bon endroit où travailler.',
    'I would recommend our organisation as a great place to work.',
  ),
  likert(
    'engagement.pride',
    'engagement',
    'Je suis fier·ère de travailler pour notre entreprise.',
    'I am proud to work for our organisation.',
  ),
  likert(
    'engagement.stay',
    'engagement',
    'Je me vois encore travailler ici dans deux ans.',
    'I see myself still working here in two years’ time.',
  ),
  likert(
    'engagement.motivation',
    'engagement',
    'Mon travail me donne envie de donner le meilleur de moi-même.',
    'My work makes me want to give my best.',
  ),
  likert(
    'workIntensity.pressure',
    'workIntensity',
    'Je dois souvent travailler sous une forte pression de temps.',
    'I often have to work under strong time pressure.',
    true,
  ),
  likert(
    'workIntensity.workload',
    'workIntensity',
    'Ma charge de travail est soutenable.',
    'My workload is sustainable.',
  ),
  likert(
    'emotionalDemands.hide',
    'emotionalDemands',
    'Je dois souvent cacher mes émotions ou faire bonne figure au travail.',
    'I often have to hide my emotions or put on a brave face at work.',
    true,
  ),
  likert(
    'emotionalDemands.tension',
    'emotionalDemands',
    'Je vis des situations de tension avec des clients, des usagers ou des collègues.',
    'I face tense situations with customers, users or colleagues.',
    true,
  ),
  likert(
    'autonomy.decide',
    'autonomy',
    'Je peux décider de la façon de faire mon travail.',
    'I can decide how to do my work.',
  ),
  likert(
    'autonomy.learn',
    'autonomy',
    'Mon travail me permet d’apprendre et de développer mes compétences.',
    'My work lets me learn and develop my skills.',
  ),
  likert(
    'socialRelations.colleagues',
    'socialRelations',
    'Je peux compter sur mes collègues quand j’ai besoin d’aide.',
    'I can count on my colleagues when I need help.',
  ),
  likert(
    'socialRelations.manager',
    'socialRelations',
    'Mon ou ma responsable reconnaît mon travail et me soutient.',
    'My manager recognises my work and supports me.',
  ),
  likert(
    'valueConflicts.quality',
    'valueConflicts',
    'J’ai les moyens de faire un travail de qualité.',
    'I have what I need to do quality work.',
  ),
  likert(
    'valueConflicts.ethics',
    'valueConflicts',
    'On me demande de faire des choses que je désapprouve.',
    'I am asked to do things I disapprove of.',
    true,
  ),
  likert(
    'jobInsecurity.future',
    'jobInsecurity',
    'Je crains pour l’avenir de mon emploi.',
    'I worry about the future of my job.',
    true,
  ),
  likert(
    'jobInsecurity.change',
    'jobInsecurity',
    'Les changements qui touchent mon travail sont annoncés et expliqués à temps.',
    'Changes to my work are announced and explained in good time.',
  ),
  likert(
    'qualityOfWorkLife.balance',
    'qualityOfWorkLife',
    'J’arrive à concilier ma vie professionnelle et ma vie personnelle.',
    'I manage to balance my work and personal life.',
  ),
  likert(
    'qualityOfWorkLife.conditions',
    'qualityOfWorkLife',
    'Mes conditions de travail (espace, outils, télétravail) me conviennent.',
    'My working conditions (space, tools, remote work) suit me.',
  ),
  likert(
    'qualityOfWorkLife.recognition',
    'qualityOfWorkLife',
    'Je me sens reconnu·e pour ce que j’apporte.',
    'I feel recognised for what I contribute.',
  ),
  likert(
    'hyperconnection.disconnect',
    'hyperconnection',
    'Je peux me déconnecter du travail en dehors de mes horaires de travail.',
    'I can disconnect from work outside my working hours.',
  ),
  likert(
    'hyperconnection.afterHours',
    'hyperconnection',
    'Je reçois après mes horaires des messages auxquels on attend une réponse.',
    'I get messages after my working hours that expect an answer.',
    true,
  ),
  {
    id: 'hyperconnection.weekend',
    dimension: 'hyperconnection',
    scale: 'choice',
    text: {
      fr: 'Ces deux dernières semaines, avez-vous travaillé le week-end ?',
      en: 'In the last two weeks, did you work at the weekend?',
    },
    choices: [
      { text: { fr: 'Jamais', en: 'Never' }, favourable: true },
      { text: { fr: 'Une fois', en: 'Once' }, favourable: true },
      { text: { fr: 'Plusieurs fois', en: 'Several times' }, favourable: false },
      { text: { fr: 'Presque chaque week-end', en: 'Almost every weekend' }, favourable: false },
    ],
  },
  likert(
    'followUp.improved',
    'followUp',
    'Depuis la dernière enquête, les choses se sont améliorées dans mon équipe.',
    'Since the last survey, things have improved in my team.',
  ),
];

/** The questions a new campaign asks when HR does not choose: the whole library but the follow-up. */
export const standardQuestions: PulseQuestion[] = builtInQuestions.filter((q) => q.dimension !== 'followUp');

/** Answer values a question accepts, inclusive. */
export function valueRange(question: PulseQuestion): [number, number] {
  if (question.scale === 'likert') return [1, 5];
  if (question.scale === 'nps') return [0, 10];
  return [0, (question.choices?.length ?? 1) - 1];
}

/** Number of buckets of a question's answer histogram (index = value − min). */
export function bucketCount(question: PulseQuestion): number {
  const [min, max] = valueRange(question);
  return max - min + 1;
}

/** Whether an answer value is favourable: 4–5 on a 1–5 scale (1–2 when reversed), 9–10 on 0–10. */
export function isFavourable(question: PulseQuestion, value: number): boolean {
  if (question.scale === 'nps') return value >= 9;
  if (question.scale === 'choice') return question.choices?.[value]?.favourable ?? false;
  return question.reversed ? value <= 2 : value >= 4;
}
