import { authorize, NotFoundError, type PluginSchema, ValidationError } from '@levain/server/plugin';
import { loadVersions } from '../charters/model';
import {
  articleStatistics,
  quarterBounds,
  type TransparencyCounts,
  transparencyCounts,
} from '../moderation/statistics';
import { isUuid } from './queries';
import type { CharterTypes } from './types';

type ArticleStatistic = {
  number: number;
  title: { fr: string; en: string } | null;
  reports: number;
  violations: number;
  appealsUpheld: number;
};

/** Moderation by article and the quarterly transparency report: counts, never names. */
export function statisticsSchema({ builder, queryField, services }: PluginSchema, _types: CharterTypes) {
  const Statistic = builder.objectRef<ArticleStatistic>('CharterArticleStatistic').implement({
    description: 'How often an article (by number, over all versions) was cited.',
    fields: (t) => ({
      number: t.exposeInt('number'),
      title: t.string({
        nullable: true,
        description: 'In the current version; null when the article no longer exists.',
        resolve: (s, _args, ctx) => s.title?.[ctx.locale] ?? null,
      }),
      reports: t.exposeInt('reports', { description: 'Reports citing it.' }),
      violations: t.exposeInt('violations', {
        description: 'Hides, removals and warnings citing it that stand (not reversed on appeal).',
      }),
      appealsUpheld: t.exposeInt('appealsUpheld'),
    }),
  });

  queryField('charterArticleStatistics', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: [Statistic],
      errors: {},
      description:
        'Per article of a charter: reports, confirmed violations, appeals upheld (admins, HR, the chief CM).',
      args: { charterId: t.arg.id({ required: true }) },
      resolve: async (_root, { charterId }, ctx) => {
        authorize(ctx.viewer, 'charter:read-rates');
        const id = String(charterId);
        if (!isUuid(id)) throw new NotFoundError();
        const [counts, [current]] = await Promise.all([
          articleStatistics(ctx.db, id),
          loadVersions(ctx.db, { charterIds: [id] }),
        ]);
        if (!current) throw new NotFoundError();
        const numbers = [
          ...new Set([...current.articles.map((a) => a.number), ...counts.map((c) => c.number)]),
        ];
        return numbers
          .sort((a, b) => a - b)
          .map((number) => ({
            number,
            title: current.articles.find((a) => a.number === number)?.title ?? null,
            reports: 0,
            violations: 0,
            appealsUpheld: 0,
            ...counts.find((c) => c.number === number),
          }));
      },
    }),
  );

  const Report = builder
    .objectRef<TransparencyCounts & { year: number; quarter: number }>('CharterTransparencyReport')
    .implement({
      description: 'What moderation did in a quarter, for a community or the organisation: counts only.',
      fields: (t) => ({
        year: t.exposeInt('year'),
        quarter: t.exposeInt('quarter'),
        reports: t.exposeInt('reports'),
        hides: t.exposeInt('hides'),
        removals: t.exposeInt('removals'),
        warnings: t.exposeInt('warnings'),
        appeals: t.exposeInt('appeals'),
        appealsUpheld: t.exposeInt('appealsUpheld'),
        appealsRejected: t.exposeInt('appealsRejected'),
      }),
    });

  queryField('charterTransparencyReport', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: Report,
      errors: {},
      description:
        'The quarterly transparency report of the organisation, or of a community the viewer may see: counts only, no names.',
      args: {
        year: t.arg.int({ required: true }),
        quarter: t.arg.int({ required: true }),
        communityId: t.arg.globalID({ description: 'The community; none for the organisation.' }),
      },
      resolve: async (_root, { year, quarter, communityId }, ctx) => {
        authorize(ctx.viewer, 'charter:read');
        if (year < 2000 || year > 2100) throw ValidationError.field('year', 'charter:validation.year');
        if (quarter < 1 || quarter > 4) throw ValidationError.field('quarter', 'charter:validation.quarter');
        const community = communityId?.typename === 'Community' ? communityId.id : communityId ? '' : null;
        if (community) {
          const known = await services.communities.directory(ctx.viewer);
          if (!known.some((c) => c.id === community)) throw new NotFoundError();
        }
        const counts = await transparencyCounts(ctx.db, quarterBounds(year, quarter), community);
        return { ...counts, year, quarter };
      },
    }),
  );
}
