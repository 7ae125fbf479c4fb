import { mutate } from '../../lib/graphql/api';
import { ErrorFields, graphql, type VariablesOf } from '../../lib/graphql/graphql';
import { type Failure, outcome } from '../../lib/graphql/outcome';
import { type UploadEvents, uploadOperation } from '../../lib/graphql/upload';
import { type CommunityPageData, CommunityPageFields } from './community-page';

const UpdateCommunity = graphql(
  `
  mutation UpdateCommunity($id: ID!, $input: UpdateCommunityInput!) {
    updateCommunity(id: $id, input: $input) {
      __typename
      ... on MutationUpdateCommunitySuccess { data { ...CommunityPageFields } }
      ...ErrorFields
    }
  }
`,
  [CommunityPageFields, ErrorFields],
);

const UploadCover = graphql(
  `
  mutation UploadCommunityCover($id: ID!, $cover: File!) {
    updateCommunity(id: $id, input: { cover: $cover }) {
      __typename
      ... on MutationUpdateCommunitySuccess { data { ...CommunityPageFields } }
      ...ErrorFields
    }
  }
`,
  [CommunityPageFields, ErrorFields],
);

const AttachOrgUnits = graphql(
  `
  mutation AttachOrgUnits($communityId: ID!, $orgUnitIds: [ID!]!) {
    attachOrgUnits(communityId: $communityId, orgUnitIds: $orgUnitIds) {
      __typename
      ... on MutationAttachOrgUnitsSuccess { data { ...CommunityPageFields } }
      ...ErrorFields
    }
  }
`,
  [CommunityPageFields, ErrorFields],
);

const Archive = graphql(
  `
  mutation ArchiveCommunity($id: ID!) {
    archiveCommunity(id: $id) {
      __typename
      ... on MutationArchiveCommunitySuccess { data { ...CommunityPageFields } }
      ...ErrorFields
    }
  }
`,
  [CommunityPageFields, ErrorFields],
);

const Unarchive = graphql(
  `
  mutation UnarchiveCommunity($id: ID!) {
    unarchiveCommunity(id: $id) {
      __typename
      ... on MutationUnarchiveCommunitySuccess { data { ...CommunityPageFields } }
      ...ErrorFields
    }
  }
`,
  [CommunityPageFields, ErrorFields],
);

const Delete = graphql(
  `
  mutation DeleteCommunity($id: ID!) {
    deleteCommunity(id: $id) {
      __typename
      ... on MutationDeleteCommunitySuccess { data }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

type Saved = { ok: true; community: CommunityPageData } | { ok: false; failure: Failure };
export type CommunityChanges = VariablesOf<typeof UpdateCommunity>['input'];

const saved = (result: { ok: true; data: CommunityPageData } | { ok: false; failure: Failure }): Saved =>
  result.ok ? { ok: true, community: result.data } : result;

export async function updateCommunity(id: string, input: CommunityChanges): Promise<Saved> {
  return saved(outcome((await mutate(UpdateCommunity, { id, input })).updateCommunity));
}

/** The cover goes as a GraphQL multipart request, with upload progress. */
export async function uploadCover(id: string, cover: File, events: UploadEvents): Promise<Saved> {
  return saved(outcome((await uploadOperation(UploadCover, { id, cover }, events)).updateCommunity));
}

export async function attachOrgUnits(communityId: string, orgUnitIds: string[]): Promise<Saved> {
  return saved(outcome((await mutate(AttachOrgUnits, { communityId, orgUnitIds })).attachOrgUnits));
}

export async function setArchived(id: string, archived: boolean): Promise<Saved> {
  return archived
    ? saved(outcome((await mutate(Archive, { id })).archiveCommunity))
    : saved(outcome((await mutate(Unarchive, { id })).unarchiveCommunity));
}

export async function deleteCommunity(id: string): Promise<Failure | null> {
  const result = outcome((await mutate(Delete, { id })).deleteCommunity);
  return result.ok ? null : result.failure;
}
