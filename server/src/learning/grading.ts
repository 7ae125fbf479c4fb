import { type FieldIssue, ValidationError } from '../errors';
import type { MessageKey } from '../i18n/messages';

export type GradedQuestion = {
  id: string;
  multipleChoice: boolean;
  choices: { id: string; correct: boolean }[];
};
export type SubmittedAnswer = { questionId: string; choiceIds: string[] };

/**
 * Checks a submission against the quiz and scores it: every question answered once, with choices
 * of that question, one only on a single-choice question. A question counts as right when the
 * chosen choices are exactly the correct ones. Throws a ValidationError naming each wrong field.
 */
export function grade(
  questions: GradedQuestion[],
  answers: SubmittedAnswer[],
  passMark: number,
): { answers: Record<string, string[]>; score: number; passed: boolean } {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const issues: FieldIssue[] = [];
  const chosen: Record<string, string[]> = {};
  for (const [i, answer] of answers.entries()) {
    const question = byId.get(answer.questionId);
    const choiceIds = [...new Set(answer.choiceIds)];
    const problem = answerIssue(question, choiceIds, chosen);
    if (problem) issues.push({ field: `answers.${i}.${problem.field}`, message: { key: problem.key } });
    else chosen[question!.id] = choiceIds;
  }
  if (!issues.length && questions.some((q) => !chosen[q.id]))
    issues.push({ field: 'answers', message: { key: 'learning.answerEveryQuestion' } });
  if (issues.length) throw new ValidationError(issues);
  const right = questions.filter((q) => isRight(q, chosen[q.id]!)).length;
  const score = questions.length ? Math.round((100 * right) / questions.length) : 100;
  return { answers: chosen, score, passed: score >= passMark };
}

export function isRight(question: GradedQuestion, chosen: string[]): boolean {
  const correct = question.choices.filter((c) => c.correct).map((c) => c.id);
  return correct.length === chosen.length && correct.every((id) => chosen.includes(id));
}

function answerIssue(
  question: GradedQuestion | undefined,
  choiceIds: string[],
  chosen: Record<string, string[]>,
): { field: 'questionId' | 'choiceIds'; key: MessageKey } | null {
  if (!question) return { field: 'questionId', key: 'learning.unknownQuestion' };
  if (chosen[question.id]) return { field: 'questionId', key: 'learning.answeredTwice' };
  const known = new Set(question.choices.map((c) => c.id));
  if (choiceIds.some((id) => !known.has(id))) return { field: 'choiceIds', key: 'learning.unknownChoice' };
  if (!choiceIds.length) return { field: 'choiceIds', key: 'learning.chooseAnswer' };
  if (!question.multipleChoice && choiceIds.length > 1)
    return { field: 'choiceIds', key: 'learning.oneChoiceOnly' };
  return null;
}
