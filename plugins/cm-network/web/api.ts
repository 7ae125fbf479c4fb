/** The CM network's GraphQL documents and the shapes of their answers. */
export type Status = 'RED' | 'AMBER' | 'GREEN' | 'NONE';
export type Person = { id: string; name: string };
export type Kind = 'chief' | 'country' | 'department' | 'manager_part_time';
export type Assignment = { id: string; user: Person; startedAt: string; endedAt: string | null };
export type Position = {
  id: string;
  kind: Kind;
  timeBasis: 'FULL_TIME' | 'PART_TIME';
  shareOfTimePercent: number;
  orgUnit: { id: string; name: string };
  holder: Person | null;
  history: Assignment[];
};
export type MapCell = {
  country: { id: string };
  direction: { key: string };
  orgUnit: { id: string; name: string };
  health: Status;
  positions: Position[];
};
export type NetworkMap = {
  month: string;
  countries: { id: string; name: string }[];
  directions: { key: string; name: string }[];
  cells: MapCell[];
  positionsWithoutCm: Position[];
  communitiesWithoutAnimator: { id: string; slug: string; name: string }[];
  academyAvailable: boolean;
  cmsWithoutAcademy: Person[];
};
export type Metric = {
  key: string;
  value: number | null;
  previous: number | null;
  change: number | null;
  target: number | null;
  status: Status;
};
export type BoardScope = 'NETWORK' | 'ORG_UNIT' | 'POSITION' | 'COMMUNITY';
export type BoardRow = {
  scope: BoardScope;
  id: string | null;
  label: string | null;
  orgUnit: { id: string; name: string } | null;
  holder: Person | null;
  status: Status;
  metrics: Metric[];
};
export type Board = { month: string; scope: BoardScope; total: BoardRow; rows: BoardRow[] };
export type Target = { metric: string; value: number; orgUnit: { id: string; name: string } | null };
export type Issue = { field: string; message: string };
export type Outcome = { __typename: string; message?: string; issues?: Issue[] };

const POSITION = `id kind timeBasis shareOfTimePercent orgUnit { id name } holder { id name }
  history { id user { id name } startedAt endedAt }`;

export const MAP = `{ cmNetwork { map {
  month countries { id name } directions { key name }
  cells { country { id } direction { key } orgUnit { id name } health positions { ${POSITION} } }
  positionsWithoutCm { ${POSITION} }
  communitiesWithoutAnimator { id slug name }
  academyAvailable cmsWithoutAcademy { id name }
} } }`;

const ROW =
  'scope id label orgUnit { id name } holder { id name } status metrics { key value previous change target status }';
export const BOARD = `query($month: String!, $scope: CmBoardScope!, $scopeId: ID) {
  cmBoard(month: $month, scope: $scope, scopeId: $scopeId) { month scope total { ${ROW} } rows { ${ROW} } }
}`;

const OUTCOME = `__typename ... on Error { message } ... on ValidationError { issues { field message } }`;

export const CREATE_POSITION = `mutation($orgUnitId: ID!, $kind: CommunityManagerRoleKind!, $timeBasis: CmTimeBasis!, $share: Int) {
  createCmPosition(orgUnitId: $orgUnitId, kind: $kind, timeBasis: $timeBasis, shareOfTimePercent: $share) { ${OUTCOME} }
}`;
export const ASSIGN_POSITION = `mutation($positionId: ID!, $userId: ID) {
  assignCmPosition(positionId: $positionId, userId: $userId) { ${OUTCOME} }
}`;
export const PEOPLE = 'query($query: String!) { mentionSuggestions(query: $query, first: 6) { id name } }';

export const TARGETS = `{ cmTargets { metric value orgUnit { id name } } cmNetwork { map { countries { id name } } } }`;
export const SET_TARGET = `mutation($metric: String!, $value: Float!, $orgUnitId: ID) {
  setCmTarget(metric: $metric, value: $value, orgUnitId: $orgUnitId) { ${OUTCOME} }
}`;

/** The first thing to tell the person when a write did not go through. */
export const problemOf = (outcome: Outcome): string | null =>
  outcome.__typename.endsWith('Success') ? null : (outcome.issues?.[0]?.message ?? outcome.message ?? '');

export type ReportStatus = 'SUBMITTED' | 'VALIDATED' | 'RETURNED';
export type Report = {
  id: string;
  status: ReportStatus;
  highlights: string;
  requests: string;
  recommendations: string;
  reviewComment: string | null;
  reviewer: Person | null;
};
export type ReportLine = {
  positionId: string;
  orgUnit: { id: string; name: string };
  holder: Person | null;
  pending: boolean;
  late: boolean;
  report: Report | null;
};
export type ReportRollup = {
  country: { id: string; name: string } | null;
  expected: number;
  submitted: number;
  validated: number;
  returned: number;
  pending: number;
  late: number;
};
export type ReportCycle = {
  month: string;
  dueAt: string;
  lines: ReportLine[];
  mine: ReportLine[];
  late: ReportLine[];
  rollup: ReportRollup[];
};

const LINE = `positionId orgUnit { id name } holder { id name } pending late
  report { id status highlights requests recommendations reviewComment reviewer { id name } }`;
export const REPORTS = `query($month: String!) { cmReports(month: $month) {
  month dueAt lines { ${LINE} } mine { ${LINE} } late { ${LINE} }
  rollup { country { id name } expected submitted validated returned pending late }
} }`;
export const SUBMIT_REPORT = `mutation($month: String!, $positionId: ID, $highlights: String!, $requests: String!, $recommendations: String!) {
  submitCmReport(month: $month, positionId: $positionId, highlights: $highlights, requests: $requests, recommendations: $recommendations) { ${OUTCOME} }
}`;
export const VALIDATE_REPORT = `mutation($reportId: ID!, $comment: String) {
  validateCmReport(reportId: $reportId, comment: $comment) { ${OUTCOME} }
}`;
export const RETURN_REPORT = `mutation($reportId: ID!, $comment: String!) {
  returnCmReport(reportId: $reportId, comment: $comment) { ${OUTCOME} }
}`;

export type WorkloadLine = {
  person: Person;
  orgUnits: { id: string; name: string }[];
  declaredSharePercent: number;
  measuredSharePercent: number;
  moderationActions: number;
  answers: number;
  posts: number;
  validations: number;
  activities: number;
  estimatedMinutes: number;
  workingMinutes: number;
  outsideWorkingHours: number;
  outsideSharePercent: number | null;
  alerts: ('EXCEEDS_SHARE' | 'OUTSIDE_HOURS')[];
};
export const WORKLOAD = `query($month: String!) { cmWorkload(month: $month) {
  person { id name } orgUnits { id name } declaredSharePercent measuredSharePercent
  moderationActions answers posts validations activities estimatedMinutes workingMinutes
  outsideWorkingHours outsideSharePercent alerts
} }`;
