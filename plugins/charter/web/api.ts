/** The charter plugin's GraphQL documents, typed against the printed schema, and the shapes they give. */
import { graphql, type ResultOf } from '@levain/web/plugin';

export const CHARTERS = graphql(`
  query Charters { charters { id kind title acknowledgedByMe currentVersion { number major publishedAt } } }
`);
export type CharterSummary = ResultOf<typeof CHARTERS>['charters'][number];

export const CHARTER = graphql(`
  query Charter($id: ID!) {
    charter(id: $id) {
      __typename
      ... on QueryCharterSuccess {
        data {
          id kind title acknowledgedByMe
          myAcknowledgement { versionNumber acknowledgedAt }
          currentVersion {
            number major summary publishedAt
            articles { number title body acceptable unacceptable }
            changes { number change before { title } after { title } }
          }
        }
      }
      ... on Error { message }
    }
  }
`);
type CharterAnswer = NonNullable<ResultOf<typeof CHARTER>['charter']>;
export type Charter = Extract<CharterAnswer, { data: unknown }>['data'];
export type Article = NonNullable<Charter['currentVersion']>['articles'][number];

export const ACKNOWLEDGE = graphql(`
  mutation AcknowledgeCharter($id: ID!, $version: Int!) {
    acknowledgeCharter(charterId: $id, versionNumber: $version) { __typename ... on Error { message } }
  }
`);

export const RATES = graphql(`
  query CharterRates($id: ID!) {
    charterAcknowledgementRates(charterId: $id) {
      __typename
      ... on QueryCharterAcknowledgementRatesSuccess {
        data { audience acknowledged rate units { orgUnit { id name } depth audience acknowledged rate } }
      }
      ... on Error { message }
    }
  }
`);
type RatesAnswer = ResultOf<typeof RATES>['charterAcknowledgementRates'];
export type Rates = Extract<RatesAnswer, { data: unknown }>['data'];

export const RATES_CSV = graphql(`
  query CharterRatesCsv($id: ID!) {
    charterAcknowledgementRates(charterId: $id) {
      __typename
      ... on QueryCharterAcknowledgementRatesSuccess { data { csv } }
      ... on Error { message }
    }
  }
`);

const AppealFields = graphql(`
  fragment CharterAppealFields on Appeal @_unmask {
    id noticeId status statement decision action reason excerpt citations { label text }
  }
`);
export type Appeal = ResultOf<typeof AppealFields>;
const AppealErrors = graphql(`
  fragment CharterAppealErrors on Error @_unmask { message ... on ValidationError { issues { field message } } }
`);

export const MY_APPEALS = graphql(
  `query MyAppeals { myAppeals(first: 50) { edges { node { ...CharterAppealFields } } } }`,
  [AppealFields],
);
export const APPEAL_QUEUE = graphql(
  `query CharterAppeals($after: String) {
    charterAppeals(first: 20, after: $after) {
      edges { node { ...CharterAppealFields } }
      pageInfo { hasNextPage endCursor }
    }
  }`,
  [AppealFields],
);
export const APPEAL = graphql(
  `mutation AppealModeration($input: AppealModerationInput!) {
    appealModeration(input: $input) {
      __typename
      ... on MutationAppealModerationSuccess { data { ...CharterAppealFields } }
      ...CharterAppealErrors
    }
  }`,
  [AppealFields, AppealErrors],
);
export const DECIDE = graphql(
  `mutation DecideAppeal($input: DecideAppealInput!) {
    decideAppeal(input: $input) {
      __typename
      ... on MutationDecideAppealSuccess { data { ...CharterAppealFields } }
      ...CharterAppealErrors
    }
  }`,
  [AppealFields, AppealErrors],
);

/** A mutation's answer: the message to show (the first field's, else the error's), or null. */
export const failureOf = (o: { data?: unknown; message?: string; issues?: { message: string }[] }) =>
  o.data ? null : (o.issues?.[0]?.message ?? o.message ?? null);

export const COMMUNITY_CHARTERS = graphql(`
  query CommunityCharters {
    communityCharters {
      communityId communityName communitySlug canEdit
      charter { id title acknowledgedByMe currentVersion { number major publishedAt } }
    }
  }
`);
export type CommunityCharter = ResultOf<typeof COMMUNITY_CHARTERS>['communityCharters'][number];

export const ADOPT = graphql(`
  mutation AdoptCommunityCharter($community: ID!, $titleFr: String!, $titleEn: String!) {
    adoptCommunityCharter(communityId: $community, titleFr: $titleFr, titleEn: $titleEn) {
      __typename
      ... on MutationAdoptCommunityCharterSuccess { data { id } }
      ... on Error { message }
      ... on ValidationError { issues { field message } }
    }
  }
`);
