import { authorize, fields, message, type PluginSchema, type Viewer } from '@levain/server/plugin';
import { z } from 'zod';
import { acknowledge } from '../charters/acknowledge';
import { visibleCommunity } from '../charters/community';
import { publishVersion } from '../charters/publish';
import { requireCharter } from './queries';
import type { CharterTypes } from './types';

const MAX_ARTICLES = 60;

export function charterMutations({ builder, mutationField, services }: PluginSchema, types: CharterTypes) {
  const text = (t: Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0], max: number, min = 1) =>
    t.string({ required: true, validate: fields.text(max, min) });

  const ArticleInput = builder.inputType('CharterArticleInput', {
    fields: (t) => ({
      number: t.int({ required: true }),
      titleFr: text(t, 200),
      titleEn: text(t, 200),
      bodyFr: text(t, 10_000),
      bodyEn: text(t, 10_000),
      acceptableFr: text(t, 4_000, 0),
      acceptableEn: text(t, 4_000, 0),
      unacceptableFr: text(t, 4_000, 0),
      unacceptableEn: text(t, 4_000, 0),
    }),
  });

  /** Company charters: admins and the chief CM; a community's: its owners and animators. */
  async function authorizeWriting(viewer: Viewer, communityId: string | null) {
    if (communityId)
      authorize(viewer, 'charter:edit-community', await visibleCommunity(services, viewer, communityId));
    else authorize(viewer, 'charter:publish');
  }

  const PublishInput = builder.inputType('PublishCharterVersionInput', {
    fields: (t) => ({
      charterId: t.id({ required: true }),
      major: t.boolean({
        required: true,
        description: 'A major version asks everyone to acknowledge it again; a minor one only informs.',
      }),
      summaryFr: text(t, 2_000, 0),
      summaryEn: text(t, 2_000, 0),
      articles: t.field({
        type: [ArticleInput],
        required: true,
        validate: z
          .array(z.unknown())
          .min(1, message('validation.required'))
          .max(MAX_ARTICLES, message('validation.tooMany', { max: MAX_ARTICLES })),
      }),
    }),
  });

  mutationField('publishCharterVersion', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: types.Charter,
      errors: {},
      description:
        'Publishes a new version of a company charter (admins and the chief CM) or of a community’s charter (its owners and animators).',
      args: { input: t.arg({ type: PublishInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        const charter = await requireCharter(services, ctx.viewer, String(input.charterId));
        await authorizeWriting(ctx.viewer, charter.communityId);
        await publishVersion(
          services,
          charter,
          {
            major: input.major,
            summary: { fr: input.summaryFr, en: input.summaryEn },
            articles: input.articles.map((a) => ({
              number: a.number,
              title: { fr: a.titleFr, en: a.titleEn },
              body: { fr: a.bodyFr, en: a.bodyEn },
              acceptable: { fr: a.acceptableFr, en: a.acceptableEn },
              unacceptable: { fr: a.unacceptableFr, en: a.unacceptableEn },
            })),
          },
          ctx.viewer.id,
        );
        return requireCharter(services, ctx.viewer, charter.id);
      },
    }),
  );

  mutationField('acknowledgeCharter', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: types.Charter,
      errors: {},
      description: 'States that the viewer read this version of the charter ("j’ai pris connaissance").',
      args: {
        charterId: t.arg.id({ required: true }),
        versionNumber: t.arg.int({ required: true, description: 'The version the viewer read.' }),
      },
      resolve: async (_root, { charterId, versionNumber }, ctx) => {
        authorize(ctx.viewer, 'charter:read');
        const charter = await requireCharter(services, ctx.viewer, String(charterId));
        await acknowledge(
          ctx.db,
          { ...charter, currentNumber: charter.versions[0]?.number ?? null },
          versionNumber,
          ctx.viewer.id,
        );
        return requireCharter(services, ctx.viewer, charter.id);
      },
    }),
  );
}
