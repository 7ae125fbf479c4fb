/** GraphQL documents and answers of the ambassadors directory and the advocacy kit. */
export type Ambassador = { id: string; name: string; certified: boolean; orgUnit: { name: string } | null };
export type Network = 'LINKEDIN' | 'X' | 'FACEBOOK' | 'MASTODON';
export type Share = { id: string; network: Network; link: string; shareUrl: string; clicks: number };
export type KitItem = {
  id: string;
  title: string;
  text: string;
  disclosure: string;
  hashtags: string[];
  link: string;
  shareCount: number;
  clickCount: number;
  myShares: Share[];
};
export type Issue = { field: string; message: string };

const ERRORS = '... on Error { message } ... on ValidationError { issues { field message } }';

export const AMBASSADORS = `query($forMe: Boolean, $nominated: Boolean) {
  ambassadors(forMe: $forMe, nominated: $nominated, first: 100) {
    edges { node { id name certified orgUnit { name } } } } }`;
export const NOMINATE = `mutation($user: ID!) { nominateAmbassador(userId: $user) { __typename ${ERRORS} } }`;
export const ASK = `mutation($q: String!) { askAmbassador(question: $q) {
  __typename ... on MutationAskAmbassadorSuccess { data { recipients } } ${ERRORS} } }`;

const SHARE_FIELDS = 'id network link shareUrl clicks';
export const KIT = `{ advocacyKit(first: 50) { edges { node {
  id title text disclosure hashtags link shareCount clickCount myShares { ${SHARE_FIELDS} } } } } }`;
export const SHARE = `mutation($item: ID!, $network: AdvocacyNetwork!, $text: String!) {
  shareAdvocacyItem(itemId: $item, network: $network, text: $text) {
    __typename ... on MutationShareAdvocacyItemSuccess { data { ${SHARE_FIELDS} } } ${ERRORS} } }`;

/** The first message of a typed error answer (a validation issue or an error), or null on success. */
export const errorOf = (answer: { __typename: string; message?: string; issues?: Issue[] }) =>
  answer.__typename.endsWith('Success') ? null : (answer.issues?.[0]?.message ?? answer.message ?? '');
