/** GraphQL documents of the learning tests, as the web client asks them. */
export const PATH = `query($id: ID!) { learningPath(id: $id) {
  id title version lessonCount quizCount estimatedMinutes community { id name }
  modules { id title lessons { id title position viewerCompleted } quizzes { id title position } }
  viewerEnrollment { id completedAt progress { completedSteps totalSteps percent nextStep { kind id title } }
    certificate { id verificationUrl } } } }`;

export const QUIZ = `query($id: ID!) { node(id: $id) { ... on Quiz { id title passMark attemptsAllowed
  viewerAttemptsLeft viewerPassed questions { id prompt multipleChoice choices { id label } } } } }`;

const ERRORS = `... on Error { __typename code message } ... on ValidationError { issues { field message } }`;

export const ENROLL = `mutation($id: ID!) { enroll(pathId: $id) { __typename
  ... on MutationEnrollSuccess { data { id progress { completedSteps totalSteps } } } ${ERRORS} } }`;

export const COMPLETE = `mutation($id: ID!) { completeLesson(lessonId: $id) { __typename
  ... on MutationCompleteLessonSuccess { data { id completedAt progress { completedSteps totalSteps nextStep { kind title } } } }
  ${ERRORS} } }`;

export const SUBMIT = `mutation($id: ID!, $answers: [QuizAnswerInput!]!) { submitQuiz(quizId: $id, answers: $answers) {
  __typename ... on MutationSubmitQuizSuccess { data { id score passed
    results { questionId correct choices { id label chosen correct explanation } } } }
  ${ERRORS} } }`;

export const MY_ENROLLMENTS = `query($first: Int, $completed: Boolean) { myEnrollments(first: $first, completed: $completed) {
  edges { node { id completedAt dueAt path { id title community { name } }
    progress { percent nextStep { kind id title } } certificate { id } } }
  pageInfo { hasNextPage endCursor } } }`;

export const PATHS = `query($first: Int, $after: String, $communityId: ID) {
  learningPaths(first: $first, after: $after, communityId: $communityId) {
    edges { node { id title summary lessonCount quizCount estimatedMinutes community { id name slug }
      viewerEnrollment { id completedAt progress { percent nextStep { kind id title } } } } }
    pageInfo { hasNextPage endCursor } } }`;

export const CERTIFICATE = `query($id: ID!) { certificate(id: $id) {
  id holderName pathTitle pathVersion issuedAt verificationUrl path { id } } }`;

export const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
