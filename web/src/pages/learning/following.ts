import { ErrorFields, graphql, type ResultOf } from '../../lib/graphql/graphql';

export const PathLearners = graphql(`
  query PathLearners($id: ID!, $first: Int!, $after: String, $overdueOnly: Boolean) {
    learningPath(id: $id) {
      id
      learners(first: $first, after: $after, overdueOnly: $overdueOnly) {
        edges { node { id enrolledAt dueAt completedAt overdue
          learner { id name } assignedBy { id name }
          progress { percent completedSteps totalSteps }
          quizScores { quizTitle bestScore attempts passed } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`);
export type Learner = NonNullable<
  ResultOf<typeof PathLearners>['learningPath']
>['learners']['edges'][number]['node'];

export const AssignPath = graphql(
  `
  mutation AssignPath($pathId: ID!, $userIds: [ID!], $orgUnitIds: [ID!], $dueAt: DateTime!) {
    assignLearningPath(pathId: $pathId, userIds: $userIds, orgUnitIds: $orgUnitIds, dueAt: $dueAt) {
      __typename
      ... on MutationAssignLearningPathSuccess { data }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

/** A manager assigns paths to their direct reports only: the dialog lists them. */
export const MyDirectReports = graphql(`
  query MyDirectReports {
    myDirectReports { id name }
  }
`);
