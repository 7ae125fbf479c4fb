/** GraphQL documents of the questions and skills tests, as the web client asks them. */
const ERRORS = `... on Error { __typename code message } ... on ValidationError { issues { field message } }`;

export const ASK = `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { __typename
  ... on MutationAskQuestionSuccess { data { id answered skills post { id body } askedBy { name } } } ${ERRORS} } }`;

export const ANSWER = `mutation($postId: ID!, $body: String!) { addComment(postId: $postId, body: $body) {
  __typename ... on MutationAddCommentSuccess { data { id } } } }`;

export const QUESTION = `query($id: ID!) { node(id: $id) { ... on Question { id answered secondsToFirstAnswer
  secondsToAcceptedAnswer firstAnswerAt acceptedAt viewerCanAccept skills
  acceptedAnswer { id author { name } }
  answers(first: 20) { edges { node { id body accepted upvoteCount viewerHasUpvoted author { name } } } } } } }`;

export const ACCEPT = `mutation($id: ID!) { acceptAnswer(answerId: $id) { __typename
  ... on MutationAcceptAnswerSuccess { data { id answered acceptedAnswer { id } } } ${ERRORS} } }`;

export const UPVOTE = `mutation($id: ID!, $upvoted: Boolean) { upvoteAnswer(answerId: $id, upvoted: $upvoted) { __typename
  ... on MutationUpvoteAnswerSuccess { data { id upvoteCount viewerHasUpvoted } } ${ERRORS} } }`;

export const QUESTIONS = `query($communityId: ID, $unanswered: Boolean, $mine: Boolean, $first: Int, $after: String) {
  questions(communityId: $communityId, unanswered: $unanswered, mine: $mine, first: $first, after: $after) {
    edges { node { id answered skills askedBy { name } community { name } post { body commentCount }
      answers(first: 1) { edges { node { id upvoteCount } } } } }
    pageInfo { hasNextPage endCursor } } }`;

export const SET_SKILLS = `mutation($skills: [String!]!) { setMySkills(skills: $skills) { __typename
  ... on MutationSetMySkillsSuccess { data { id skills { name slug endorsementCount } } } ${ERRORS} } }`;

export const ENDORSE = `mutation($userId: ID!, $skill: String!) { endorseSkill(userId: $userId, skill: $skill) {
  __typename ... on MutationEndorseSkillSuccess { data { name endorsementCount viewerHasEndorsed viewerCanEndorse
    endorsements { endorser { name } } } } ${ERRORS} } }`;

export const PROFILE_SKILLS = `query($id: ID!) { node(id: $id) { ... on User { name
  skills { name slug endorsementCount viewerHasEndorsed viewerCanEndorse endorsements { endorser { name } } } } } }`;

export const EXPERTS = `query($skill: String!, $first: Int) { experts(skill: $skill, first: $first) {
  person { id name } skill { name } endorsementCount acceptedAnswerCount } }`;

export { gid } from './learning-fixtures';
