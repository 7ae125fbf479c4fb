/** The editorial calendar's and the watch's GraphQL documents and answer shapes. */
import type { Outcome } from './api';

export type EditorialItem = {
  id: string;
  title: string;
  targetAt: string;
  status: 'planned' | 'submitted' | 'returned' | 'approved' | 'published';
  body: string | null;
  returnComment: string | null;
  viewerMayValidate: boolean;
  owner: { id: string; name: string };
  communityId: string;
  communityName: string;
};
export type CmAlert = {
  id: string;
  term: string;
  excerpt: string;
  communityName: string | null;
  watchListName: string;
  postId: string;
  createdAt: string;
};
export type WatchList = { id: string; name: string; terms: string[]; communityName: string | null };

const ERRORS = '... on Error { message } ... on ValidationError { issues { field message } }';
const ITEM =
  'id title targetAt status body returnComment viewerMayValidate owner { id name } communityId communityName';
export const CALENDAR = `query($from: DateTime!, $to: DateTime!) { editorialCalendar(from: $from, to: $to) {
  __typename ... on QueryEditorialCalendarSuccess { data { ${ITEM} } } ${ERRORS} } }`;
const write = (name: string, args: string, params: string) =>
  `mutation(${args}) { ${name}(${params}) { __typename ... on Mutation${name[0]!.toUpperCase()}${name.slice(1)}Success { data { ${ITEM} } } ${ERRORS} } }`;
export const SUBMIT = write('submitEditorialItem', '$id: ID!, $body: String!', 'id: $id, body: $body');
export const RETURN = write(
  'returnEditorialItem',
  '$id: ID!, $comment: String!',
  'id: $id, comment: $comment',
);
export const PLAN = write(
  'planEditorialItem',
  '$title: String!, $communityId: ID!, $targetAt: DateTime!',
  'title: $title, communityId: $communityId, targetAt: $targetAt',
);
export const APPROVE_ITEM = write('approveEditorialItem', '$id: ID!', 'id: $id');
/** A page of alerts: what the page shows and where the next page starts. */
export type AlertPage = {
  edges: { node: CmAlert }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};
const OPEN_ALERTS = `cmAlerts(status: open, first: 20, after: $after) {
  edges { node { id term excerpt communityName watchListName postId createdAt } } pageInfo { hasNextPage endCursor } }`;
export const WATCH = `query($after: String) { watchLists { id name terms communityName } ${OPEN_ALERTS} }`;
export const MORE_ALERTS = `query($after: String) { ${OPEN_ALERTS} }`;
export const CREATE_WATCH_LIST = `mutation($name: String!, $terms: [String!]!) { createWatchList(name: $name, terms: $terms) {
  __typename ... on MutationCreateWatchListSuccess { data { id } } ${ERRORS} } }`;
export const ACKNOWLEDGE = `mutation($id: ID!) { acknowledgeCmAlert(id: $id) {
  __typename ... on MutationAcknowledgeCmAlertSuccess { data { id } } ${ERRORS} } }`;

export type ItemOutcome = Outcome & { data?: EditorialItem };
