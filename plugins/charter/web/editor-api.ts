/** The charter editor's GraphQL documents: a charter's articles in both languages, and publishing. */
import { graphql, type ResultOf } from '@levain/web/plugin';

const Text = graphql(
  `fragment CharterEditorText on CharterArticleText @_unmask { title body acceptable unacceptable }`,
);

export const CHARTER_SOURCE = graphql(
  `query CharterEditorSource($id: ID!) {
    charter(id: $id) {
      __typename
      ... on QueryCharterSuccess {
        data {
          id title
          versions { id number major summary publishedAt articles { number title } }
          currentVersion { number articles { number fr { ...CharterEditorText } en { ...CharterEditorText } } }
        }
      }
      ... on Error { message }
    }
  }`,
  [Text],
);
type SourceAnswer = NonNullable<ResultOf<typeof CHARTER_SOURCE>['charter']>;
export type CharterSource = Extract<SourceAnswer, { data: unknown }>['data'];
export type VersionSummary = CharterSource['versions'][number];

export const PUBLISH = graphql(`
  mutation PublishCharterVersion($input: PublishCharterVersionInput!) {
    publishCharterVersion(input: $input) {
      __typename
      ... on MutationPublishCharterVersionSuccess { data { id currentVersion { number } } }
      ... on Error { message }
      ... on ValidationError { issues { field message } }
    }
  }
`);

type Localised = { fr: string; en: string };

/** An article as the form edits it: both languages side by side. */
export type ArticleDraft = {
  key: number;
  number: number;
  title: Localised;
  body: Localised;
  acceptable: Localised;
  unacceptable: Localised;
};

const both = (fr: string, en: string): Localised => ({ fr, en });
let keys = 0;

export const draftOf = (
  a: NonNullable<CharterSource['currentVersion']>['articles'][number],
): ArticleDraft => ({
  key: keys++,
  number: a.number,
  title: both(a.fr.title, a.en.title),
  body: both(a.fr.body, a.en.body),
  acceptable: both(a.fr.acceptable, a.en.acceptable),
  unacceptable: both(a.fr.unacceptable, a.en.unacceptable),
});

export const emptyArticle = (number: number): ArticleDraft => ({
  key: keys++,
  number,
  title: both('', ''),
  body: both('', ''),
  acceptable: both('', ''),
  unacceptable: both('', ''),
});

export const articleInput = (a: ArticleDraft) => ({
  number: a.number,
  titleFr: a.title.fr,
  titleEn: a.title.en,
  bodyFr: a.body.fr,
  bodyEn: a.body.en,
  acceptableFr: a.acceptable.fr,
  acceptableEn: a.acceptable.en,
  unacceptableFr: a.unacceptable.fr,
  unacceptableEn: a.unacceptable.en,
});
