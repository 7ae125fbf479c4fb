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

export const MAP = `{ viewerPermissions cmNetwork { map {
  month countries { id name } directions { key name }
  cells { country { id } direction { key } orgUnit { id name } health positions { ${POSITION} } }
  positionsWithoutCm { ${POSITION} }
  communitiesWithoutAnimator { id slug name }
  academyAvailable
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
