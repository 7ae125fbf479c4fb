/**
 * A learning path as its editor holds it: the shape of `LearningPath.editableContent` and of
 * `LearningPathInput`, with a key per item so lists keep focus and state when reordered.
 */
export type ChoiceDraft = { key: string; label: string; correct: boolean; explanation: string };
export type QuestionDraft = { key: string; prompt: string; multipleChoice: boolean; choices: ChoiceDraft[] };
export type StepDraft = {
  key: string;
  id: string | null;
  kind: 'lesson' | 'quiz';
  title: string;
  body: string;
  estimatedMinutes: number;
  passMark: number;
  attemptsAllowed: number;
  questions: QuestionDraft[];
};
export type ModuleDraft = { key: string; title: string; steps: StepDraft[] };
export type PathDraft = { title: string; summary: string; modules: ModuleDraft[] };

let counter = 0;
const key = () => `item-${++counter}`;

export const newChoice = (): ChoiceDraft => ({ key: key(), label: '', correct: false, explanation: '' });
export const newQuestion = (): QuestionDraft => ({
  key: key(),
  prompt: '',
  multipleChoice: false,
  choices: [newChoice(), newChoice()],
});
export const newStep = (kind: StepDraft['kind']): StepDraft => ({
  key: key(),
  id: null,
  kind,
  title: '',
  body: '',
  estimatedMinutes: 5,
  passMark: 80,
  attemptsAllowed: 3,
  questions: kind === 'quiz' ? [newQuestion()] : [],
});
export const newModule = (): ModuleDraft => ({ key: key(), title: '', steps: [newStep('lesson')] });
export const newPath = (): PathDraft => ({ title: '', summary: '', modules: [newModule()] });

type Editable = {
  title: string;
  summary: string;
  modules: {
    title: string;
    steps: (Partial<Omit<StepDraft, 'key' | 'questions'>> & {
      kind: StepDraft['kind'];
      questions?: (Omit<QuestionDraft, 'key' | 'choices'> & { choices: Omit<ChoiceDraft, 'key'>[] })[];
    })[];
  }[];
};

/** The draft of a path from its `editableContent`. */
export function draftOf(content: unknown): PathDraft {
  const path = content as Editable;
  return {
    title: path.title,
    summary: path.summary,
    modules: path.modules.map((m) => ({
      key: key(),
      title: m.title,
      steps: m.steps.map((s) => ({
        ...newStep(s.kind),
        id: s.id ?? null,
        title: s.title ?? '',
        body: s.body ?? '',
        estimatedMinutes: s.estimatedMinutes ?? 5,
        passMark: s.passMark ?? 80,
        attemptsAllowed: s.attemptsAllowed ?? 3,
        questions: (s.questions ?? []).map((q) => ({
          key: key(),
          prompt: q.prompt,
          multipleChoice: q.multipleChoice,
          choices: q.choices.map((c) => ({ key: key(), ...c })),
        })),
      })),
    })),
  };
}

/** What `createLearningPath` and `updateLearningPath` take: a lesson's fields or a quiz's, by kind. */
export function inputOf(draft: PathDraft) {
  return {
    title: draft.title,
    summary: draft.summary,
    modules: draft.modules.map((m) => ({
      title: m.title,
      steps: m.steps.map((s) =>
        s.kind === 'lesson'
          ? { kind: s.kind, id: s.id, title: s.title, body: s.body, estimatedMinutes: s.estimatedMinutes }
          : {
              kind: s.kind,
              id: s.id,
              title: s.title,
              passMark: s.passMark,
              attemptsAllowed: s.attemptsAllowed,
              questions: s.questions.map(({ prompt, multipleChoice, choices }) => ({
                prompt,
                multipleChoice,
                choices: choices.map(({ label, correct, explanation }) => ({ label, correct, explanation })),
              })),
            },
      ),
    })),
  };
}

/** The list with its item at `from` moved by `by` places (a step up is -1); unchanged at either end. */
export function moved<T>(list: T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}
