/** The chief CM's documents (kit items, forbidden words) and the ambassadors' questions. */
import { graphql, type ResultOf } from '@levain/web/plugin';

const Errors = graphql(`
  fragment CharterAuthoringErrors on Error @_unmask { message ... on ValidationError { issues { field message } } }
`);

export const KIT_ITEMS = graphql(`
  query CharterKitItems { advocacyKit(first: 50) { edges { node { id title link expiresAt shareCount clickCount } } } }
`);
export type KitItemRow = ResultOf<typeof KIT_ITEMS>['advocacyKit']['edges'][number]['node'];

export const CREATE_ITEM = graphql(
  `mutation CreateAdvocacyItem($input: CreateAdvocacyItemInput!) {
    createAdvocacyItem(input: $input) { __typename ... on MutationCreateAdvocacyItemSuccess { data } ...CharterAuthoringErrors }
  }`,
  [Errors],
);
export const EXPIRE_ITEM = graphql(
  `mutation ExpireAdvocacyItem($id: ID!) {
    expireAdvocacyItem(itemId: $id) { __typename ...CharterAuthoringErrors }
  }`,
  [Errors],
);
export const FORBIDDEN_WORDS = graphql(`
  query CharterForbiddenWords {
    charterForbiddenWords { __typename ... on QueryCharterForbiddenWordsSuccess { data } ... on Error { message } }
  }
`);
export const SET_FORBIDDEN_WORDS = graphql(
  `mutation SetCharterForbiddenWords($words: [String!]!) {
    setCharterForbiddenWords(words: $words) {
      __typename ... on MutationSetCharterForbiddenWordsSuccess { data } ...CharterAuthoringErrors
    }
  }`,
  [Errors],
);

const QuestionFields = graphql(`
  fragment CharterQuestionFields on AmbassadorQuestion @_unmask {
    id question askerName answer answererName createdAt answeredAt
  }
`);
export type Question = ResultOf<typeof QuestionFields>;
export const QUESTIONS = graphql(
  `query AmbassadorQuestions($mine: Boolean) {
    ambassadorQuestions(mine: $mine, first: 50) { edges { node { ...CharterQuestionFields } } }
  }`,
  [QuestionFields],
);
export const ANSWER = graphql(
  `mutation AnswerAmbassadorQuestion($id: ID!, $answer: String!) {
    answerAmbassadorQuestion(questionId: $id, answer: $answer) {
      __typename ... on MutationAnswerAmbassadorQuestionSuccess { data { ...CharterQuestionFields } }
      ...CharterAuthoringErrors
    }
  }`,
  [QuestionFields, Errors],
);

/** A typed answer's problems by field, and the first message to announce; empty on success. */
export function problemsOf(answer: object) {
  const issues = 'issues' in answer ? (answer.issues as { field: string; message: string }[]) : [];
  return {
    byField: Object.fromEntries(issues.map((i) => [i.field, i.message])) as Record<string, string>,
    first: issues[0]?.message ?? ('message' in answer ? String(answer.message) : null),
  };
}
