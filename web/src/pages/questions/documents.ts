import { ErrorFields, graphql } from '../../lib/graphql/graphql';

export const QuestionList = graphql(`
  query QuestionList($communityId: ID, $unanswered: Boolean, $mine: Boolean) {
    questions(communityId: $communityId, unanswered: $unanswered, mine: $mine, first: 30) {
      edges { node { id answered askedAt skills askedBy { name } community { name slug }
        post { id body commentCount } } }
    }
  }
`);

export const QuestionPage = graphql(`
  query QuestionPage($id: ID!) {
    node(id: $id) {
      ... on Question { id answered askedAt skills viewerCanAccept
        askedBy { id name } community { name slug }
        post { id body viewerCanInteract }
        answers(first: 50) { edges { node { id bodyHtml createdAt accepted upvoteCount viewerHasUpvoted
          author { id name } } } } }
    }
  }
`);

export const AskQuestion = graphql(
  `
  mutation AskQuestion($input: AskQuestionInput!) {
    askQuestion(input: $input) { __typename ... on MutationAskQuestionSuccess { data { id } } ...ErrorFields }
  }
`,
  [ErrorFields],
);

export const AnswerQuestion = graphql(
  `
  mutation AnswerQuestion($postId: ID!, $body: String!) {
    addComment(postId: $postId, body: $body) { __typename ... on MutationAddCommentSuccess { data { id } } ...ErrorFields }
  }
`,
  [ErrorFields],
);

export const AcceptAnswer = graphql(
  `
  mutation AcceptAnswer($answerId: ID!) {
    acceptAnswer(answerId: $answerId) { __typename ... on MutationAcceptAnswerSuccess { data { id answered } } ...ErrorFields }
  }
`,
  [ErrorFields],
);

export const UpvoteAnswer = graphql(
  `
  mutation UpvoteAnswer($answerId: ID!, $upvoted: Boolean) {
    upvoteAnswer(answerId: $answerId, upvoted: $upvoted) { __typename
      ... on MutationUpvoteAnswerSuccess { data { id upvoteCount viewerHasUpvoted } } ...ErrorFields }
  }
`,
  [ErrorFields],
);

export const FindExperts = graphql(`
  query FindExperts($skill: String!) {
    experts(skill: $skill, first: 20) { person { id name title } skill { name viewerCanEndorse } endorsementCount acceptedAnswerCount }
  }
`);

export const PersonSkills = graphql(`
  query PersonSkills($id: ID!) {
    node(id: $id) { ... on User { id canEdit skills { name endorsementCount viewerHasEndorsed viewerCanEndorse } } }
  }
`);

export const EndorseSkill = graphql(
  `
  mutation EndorseSkill($userId: ID!, $skill: String!) {
    endorseSkill(userId: $userId, skill: $skill) { __typename
      ... on MutationEndorseSkillSuccess { data { name endorsementCount viewerHasEndorsed viewerCanEndorse } } ...ErrorFields }
  }
`,
  [ErrorFields],
);

export const SetMySkills = graphql(
  `
  mutation SetMySkills($skills: [String!]!) {
    setMySkills(skills: $skills) { __typename
      ... on MutationSetMySkillsSuccess { data { id skills { name endorsementCount viewerHasEndorsed viewerCanEndorse } } } ...ErrorFields }
  }
`,
  [ErrorFields],
);
