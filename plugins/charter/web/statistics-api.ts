/** The charter statistics page's documents: moderation by article and the quarterly transparency report. */
import { graphql, type ResultOf } from '@levain/web/plugin';

export const ARTICLE_STATISTICS = graphql(`
  query CharterArticleStatistics($id: ID!) {
    charterArticleStatistics(charterId: $id) {
      __typename
      ... on QueryCharterArticleStatisticsSuccess { data { number title reports violations appealsUpheld } }
      ... on Error { message }
    }
  }
`);
type StatisticsAnswer = ResultOf<typeof ARTICLE_STATISTICS>['charterArticleStatistics'];
export type ArticleStatistic = Extract<StatisticsAnswer, { data: unknown }>['data'][number];

export const TRANSPARENCY = graphql(`
  query CharterTransparency($year: Int!, $quarter: Int!) {
    charterTransparencyReport(year: $year, quarter: $quarter) {
      __typename
      ... on QueryCharterTransparencyReportSuccess {
        data { year quarter reports hides removals warnings appeals appealsUpheld appealsRejected }
      }
      ... on Error { message }
    }
  }
`);
type TransparencyAnswer = ResultOf<typeof TRANSPARENCY>['charterTransparencyReport'];
export type Transparency = Extract<TransparencyAnswer, { data: unknown }>['data'];
