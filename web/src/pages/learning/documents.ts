import { ErrorFields, graphql, type ResultOf } from '../../lib/graphql/graphql';

const Progress = graphql(`
  fragment LearningProgressFields on LearningProgress @_unmask {
    completedSteps
    totalSteps
    percent
    nextStep { kind id title }
  }
`);

export const LearningHome = graphql(
  `
  query LearningHome {
    myEnrollments(first: 20) {
      edges { node { id completedAt dueAt overdue path { id title } progress { ...LearningProgressFields } certificate { id } } }
    }
    learningPaths(first: 30) {
      edges { node { id title summary lessonCount quizCount estimatedMinutes community { name slug }
        viewerEnrollment { id } } }
    }
  }
`,
  [Progress],
);

export const PathPage = graphql(
  `
  query PathPage($id: ID!) {
    learningPath(id: $id) {
      id title summary estimatedMinutes viewerCanManage viewerCanAssign community { name slug }
      modules { id title
        lessons { id title position estimatedMinutes viewerCompleted }
        quizzes { id title position viewerPassed }
      }
      viewerEnrollment { id completedAt dueAt overdue progress { ...LearningProgressFields } certificate { id } }
    }
  }
`,
  [Progress],
);
export type PathData = NonNullable<ResultOf<typeof PathPage>['learningPath']>;

export const Enroll = graphql(
  `
  mutation Enroll($pathId: ID!) {
    enroll(pathId: $pathId) {
      __typename
      ... on MutationEnrollSuccess { data { id } }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

export const LessonPage = graphql(`
  query LessonPage($id: ID!) {
    node(id: $id) {
      ... on Lesson { id title bodyHtml estimatedMinutes viewerCompleted
        module { title path { id title viewerEnrollment { id } } } }
    }
  }
`);

export const CompleteLesson = graphql(
  `
  mutation CompleteLesson($lessonId: ID!) {
    completeLesson(lessonId: $lessonId) {
      __typename
      ... on MutationCompleteLessonSuccess { data { id completedAt progress { ...LearningProgressFields } certificate { id } } }
      ...ErrorFields
    }
  }
`,
  [Progress, ErrorFields],
);

export const QuizPage = graphql(`
  query QuizPage($id: ID!) {
    node(id: $id) {
      ... on Quiz { id title passMark attemptsAllowed viewerAttemptsLeft viewerPassed
        module { title path { id title viewerEnrollment { id } } }
        questions { id prompt multipleChoice choices { id label } } }
    }
  }
`);
export type QuizData = ResultOf<typeof QuizPage>['node'] & { __typename?: string };

export const SubmitQuiz = graphql(
  `
  mutation SubmitQuiz($quizId: ID!, $answers: [QuizAnswerInput!]!) {
    submitQuiz(quizId: $quizId, answers: $answers) {
      __typename
      ... on MutationSubmitQuizSuccess { data { id score passed
        results { questionId prompt correct choices { id label chosen correct explanation } } } }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

export const CertificatePage = graphql(`
  query CertificatePage($id: ID!) {
    certificate(id: $id) { id holderName pathTitle pathVersion issuedAt verificationUrl path { id } }
  }
`);
