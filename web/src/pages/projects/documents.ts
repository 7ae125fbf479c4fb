import { ErrorFields, graphql, type ResultOf } from '../../lib/graphql/graphql';

/** One line of the directory, the portfolio and "my tasks". */
export const ProjectLineFields = graphql(`
  fragment ProjectLineFields on Project @_unmask {
    id
    weather
    weatherReason
    weatherChangedAt
    endsOn
    overdueMilestoneCount
    owner { id name }
    community { id slug name }
  }
`);

export const Projects = graphql(
  `
  query Projects($filter: ProjectFilter, $after: String) {
    projects(filter: $filter, first: 20, after: $after) {
      edges { node { ...ProjectLineFields } }
      pageInfo { hasNextPage endCursor }
    }
  }
`,
  [ProjectLineFields],
);

export const Portfolio = graphql(
  `
  query Portfolio($orgUnitId: ID!, $after: String) {
    projects(filter: { orgUnitId: $orgUnitId }, first: 20, after: $after) {
      edges { node { ...ProjectLineFields milestones { id title dueOn overdue } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`,
  [ProjectLineFields],
);

export const ViewerOrgUnit = graphql(`
  query ViewerOrgUnit { me { id orgUnit { id name } } }
`);

export const TaskFields = graphql(`
  fragment TaskFields on Task @_unmask {
    id
    title
    description
    status
    dueOn
    overdue
    assignee { id name avatarUrl }
  }
`);

export const MyTasks = graphql(
  `
  query MyTasks($after: String) {
    myTasks(first: 30, after: $after) {
      edges { node { ...TaskFields project { id community { slug name } } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`,
  [TaskFields],
);

const StatusUpdateFields = graphql(`
  fragment StatusUpdateFields on StatusUpdate @_unmask {
    id
    weather
    reason
    done
    next
    helpNeeded
    createdAt
    author { id name }
  }
`);

export const ProjectOverview = graphql(
  `
  query ProjectOverview($slug: String!) {
    community(slug: $slug) {
      id
      project {
        ...ProjectLineFields
        goal
        startsOn
        sponsor { id name }
        viewerCan { work report }
        milestones { id title dueOn doneAt overdue }
        statusUpdates(first: 20) { edges { node { ...StatusUpdateFields } } }
      }
    }
  }
`,
  [ProjectLineFields, StatusUpdateFields],
);

export const ProjectBoard = graphql(
  `
  query ProjectBoard($slug: String!) {
    community(slug: $slug) {
      id
      project {
        id
        viewerCan { work }
        tasks(first: 100) { edges { node { ...TaskFields } } }
      }
    }
  }
`,
  [TaskFields],
);

export const PostStatusUpdate = graphql(
  `
  mutation PostStatusUpdate($input: StatusUpdateInput!) {
    postStatusUpdate(input: $input) {
      __typename
      ... on MutationPostStatusUpdateSuccess { data { ...StatusUpdateFields } }
      ...ErrorFields
    }
  }
`,
  [StatusUpdateFields, ErrorFields],
);

export const MoveTask = graphql(
  `
  mutation MoveTask($id: ID!, $status: TaskStatus!, $index: Int) {
    moveTask(id: $id, status: $status, index: $index) {
      __typename
      ... on MutationMoveTaskSuccess { data { ...TaskFields } }
      ...ErrorFields
    }
  }
`,
  [TaskFields, ErrorFields],
);

export const CreateTask = graphql(
  `
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      __typename
      ... on MutationCreateTaskSuccess { data { ...TaskFields } }
      ...ErrorFields
    }
  }
`,
  [TaskFields, ErrorFields],
);

export type ProjectLine = ResultOf<typeof ProjectLineFields>;
export type TaskData = ResultOf<typeof TaskFields>;
export type ProjectWeather = ProjectLine['weather'];
export type TaskStatus = TaskData['status'];
export type ProjectOverviewData = NonNullable<
  NonNullable<ResultOf<typeof ProjectOverview>['community']>['project']
>;
export type StatusUpdateData = ProjectOverviewData['statusUpdates']['edges'][number]['node'];
export const weathers = ['on_track', 'at_risk', 'late', 'done'] as const satisfies readonly ProjectWeather[];
export const taskStatuses = ['todo', 'doing', 'done'] as const satisfies readonly TaskStatus[];

const MilestoneFields = graphql(`
  fragment MilestoneFields on Milestone @_unmask { id title dueOn doneAt overdue }
`);

export const CreateMilestone = graphql(
  `
  mutation CreateMilestone($input: CreateMilestoneInput!) {
    createMilestone(input: $input) {
      __typename
      ... on MutationCreateMilestoneSuccess { data { ...MilestoneFields } }
      ...ErrorFields
    }
  }
`,
  [MilestoneFields, ErrorFields],
);

export const CompleteMilestone = graphql(
  `
  mutation CompleteMilestone($id: ID!, $done: Boolean) {
    completeMilestone(id: $id, done: $done) {
      __typename
      ... on MutationCompleteMilestoneSuccess { data { ...MilestoneFields } }
      ...ErrorFields
    }
  }
`,
  [MilestoneFields, ErrorFields],
);

export type MilestoneData = ResultOf<typeof MilestoneFields>;
