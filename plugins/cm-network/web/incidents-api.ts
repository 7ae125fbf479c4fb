/** The crisis cell's GraphQL documents and the shapes of their answers. */
import type { Outcome } from './api';

export type IncidentStatus = 'open' | 'closed';
export type IncidentSummary = {
  id: string;
  title: string;
  severity: number;
  status: IncidentStatus;
  declaredAt: string;
  lead: { name: string } | null;
  pendingPostCount: number;
};
export type Incident = {
  id: string;
  title: string;
  severity: number;
  status: IncidentStatus;
  declaredAt: string;
  viewerIsLead: boolean;
  lead: { name: string } | null;
  cell: { role: string; user: { id: string; name: string } }[];
  communities: { id: string; name: string; slug: string; crisisMode: boolean }[];
  hiddenCommunityCount: number;
  playbook: {
    id: string;
    step: string;
    owner: { name: string } | null;
    dueAt: string;
    doneAt: string | null;
  }[];
  timeline: { kind: string; at: string; actor: { name: string } | null }[];
  pendingPosts: {
    id: string;
    body: string;
    heldAt: string;
    author: { id: string; name: string };
    communityName: string;
  }[];
  holdingStatement: string | null;
  postMortem: { whatHappened: string; whatWorked: string; whatToChange: string } | null;
};

const ERRORS = '... on Error { message } ... on ValidationError { issues { field message } }';
const INCIDENT = `id title severity status declaredAt viewerIsLead lead { name }
  cell { role user { id name } } communities { id name slug crisisMode } hiddenCommunityCount
  playbook { id step owner { name } dueAt doneAt } timeline { kind at actor { name } }
  pendingPosts { id body heldAt author { id name } communityName }
  holdingStatement postMortem { whatHappened whatWorked whatToChange }`;

export const INCIDENTS = `query($after: String) { incidents(first: 20, after: $after) {
  edges { node { id title severity status declaredAt lead { name } pendingPostCount } } pageInfo { hasNextPage endCursor } } }`;
export type IncidentPage = {
  edges: { node: IncidentSummary }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};
export const INCIDENT_QUERY = `query($id: ID!) { incident(id: $id) { __typename ... on QueryIncidentSuccess { data { ${INCIDENT} } } ${ERRORS} } }`;
export const MY_COMMUNITIES = '{ myCommunities { id name } }';
export const DECLARE = `mutation($title: String!, $severity: Int!, $communityIds: [ID!]!) {
  declareIncident(title: $title, severity: $severity, communityIds: $communityIds) {
    __typename ... on MutationDeclareIncidentSuccess { data { id } } ${ERRORS} } }`;

/** Each write answers the incident as it now is. */
const write = (name: string, args: string, params: string) =>
  `mutation(${args}) { ${name}(${params}) { __typename ... on Mutation${name[0]!.toUpperCase()}${name.slice(1)}Success { data { ${INCIDENT} } } ${ERRORS} } }`;
export const SET_CRISIS_MODE = write(
  'setCrisisMode',
  '$incidentId: ID!, $communityId: ID!, $on: Boolean!',
  'incidentId: $incidentId, communityId: $communityId, on: $on',
);
export const APPROVE = write(
  'approveCrisisPost',
  '$incidentId: ID!, $postId: ID!',
  'incidentId: $incidentId, postId: $postId',
);
export const STATEMENT = write(
  'publishHoldingStatement',
  '$incidentId: ID!, $body: String!',
  'incidentId: $incidentId, body: $body',
);
export const STEP = write(
  'completePlaybookStep',
  '$incidentId: ID!, $stepId: ID!',
  'incidentId: $incidentId, stepId: $stepId',
);
export const CLOSE = write(
  'closeIncident',
  '$incidentId: ID!, $postMortem: CmPostMortemInput!',
  'incidentId: $incidentId, postMortem: $postMortem',
);

export type IncidentOutcome = Outcome & { data?: Incident };
