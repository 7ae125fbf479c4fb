/** The charter plugin's GraphQL documents and the shapes of their answers. */
export type CharterKind = 'SOCIAL_MEDIA' | 'BEHAVIOUR' | 'COMMUNITY' | 'EDITORIAL';
export type Article = {
  number: number;
  title: string;
  body: string;
  acceptable: string;
  unacceptable: string;
};
export type ArticleChange = {
  number: number;
  change: 'ADDED' | 'CHANGED' | 'REMOVED';
  before: { title: string } | null;
  after: { title: string } | null;
};
export type Version = {
  number: number;
  major: boolean;
  summary: string;
  publishedAt: string;
  articles: Article[];
  changes: ArticleChange[];
};
export type CharterSummary = {
  id: string;
  kind: CharterKind;
  title: string;
  acknowledgedByMe: boolean;
  currentVersion: { number: number; major: boolean; publishedAt: string } | null;
};
export type Charter = CharterSummary & {
  myAcknowledgement: { versionNumber: number; acknowledgedAt: string } | null;
  currentVersion: Version | null;
};

export const CHARTERS = `{ charters {
  id kind title acknowledgedByMe currentVersion { number major publishedAt }
} }`;

export const CHARTER = `query($id: ID!) { charter(id: $id) {
  __typename
  ... on QueryCharterSuccess { data {
    id kind title acknowledgedByMe
    myAcknowledgement { versionNumber acknowledgedAt }
    currentVersion {
      number major summary publishedAt
      articles { number title body acceptable unacceptable }
      changes { number change before { title } after { title } }
    }
  } }
  ... on Error { message }
} }`;

export const ACKNOWLEDGE = `mutation($id: ID!, $version: Int!) {
  acknowledgeCharter(charterId: $id, versionNumber: $version) {
    __typename
    ... on Error { message }
  }
}`;

export type UnitRate = {
  orgUnit: { id: string; name: string };
  depth: number;
  audience: number;
  acknowledged: number;
  rate: number | null;
};
export type Rates = { audience: number; acknowledged: number; rate: number | null; units: UnitRate[] };

export const RATES = `query($id: ID!) { charterAcknowledgementRates(charterId: $id) {
  __typename
  ... on QueryCharterAcknowledgementRatesSuccess { data {
    audience acknowledged rate
    units { orgUnit { id name } depth audience acknowledged rate }
  } }
  ... on Error { message }
} }`;

export const RATES_CSV = `query($id: ID!) { charterAcknowledgementRates(charterId: $id) {
  ... on QueryCharterAcknowledgementRatesSuccess { data { csv } }
  ... on Error { message }
} }`;

export type AppealStatus = 'PENDING' | 'UPHELD' | 'REJECTED';
export type Appeal = {
  id: string;
  noticeId: string;
  status: AppealStatus;
  statement: string;
  decision: string | null;
  action: string;
  reason: string;
  excerpt: string | null;
  citations: { label: string; text: string | null }[];
};
const APPEAL_FIELDS = 'id noticeId status statement decision action reason excerpt citations { label text }';
const ERRORS = '... on Error { message } ... on ValidationError { issues { field message } }';

export const MY_APPEALS = `{ myAppeals(first: 50) { edges { node { ${APPEAL_FIELDS} } } } }`;
export const APPEAL_QUEUE = `query($after: String) { charterAppeals(first: 20, after: $after) {
  edges { node { ${APPEAL_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
export const APPEAL = `mutation($input: AppealModerationInput!) { appealModeration(input: $input) {
  __typename ... on MutationAppealModerationSuccess { data { ${APPEAL_FIELDS} } } ${ERRORS} } }`;
export const DECIDE = `mutation($input: DecideAppealInput!) { decideAppeal(input: $input) {
  __typename ... on MutationDecideAppealSuccess { data { ${APPEAL_FIELDS} } } ${ERRORS} } }`;

/** A mutation's answer: the data, or the message to show (the first field's, else the error's). */
export type Outcome<T> = { data?: T; message?: string; __typename: string };
export const failureOf = (o: Outcome<unknown> & { issues?: { message: string }[] }) =>
  o.data ? null : (o.issues?.[0]?.message ?? o.message ?? null);
