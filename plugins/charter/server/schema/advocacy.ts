import {
  authorize,
  connectionOf,
  decodeKeyset,
  fields,
  NotFoundError,
  type PluginSchema,
} from '@levain/server/plugin';
import { type KitItemView, kitPage, type ShareView } from '../advocacy/kit';
import { type Network, networkShareUrl } from '../advocacy/links';
import { shareAdvocacyItem } from '../advocacy/share';
import { isUuid } from './queries';

const MAX_PAGE = 50;
const networks = ['LINKEDIN', 'X', 'FACEBOOK', 'MASTODON'] as const;

/** Employee advocacy: the kit of approved content and people's shares with their clicks. */
export function advocacySchema({ builder, queryField, mutationField, services }: PluginSchema) {
  const AdvocacyNetwork = builder.enumType('AdvocacyNetwork', { values: networks });
  const shareLink = (code: string) => `${services.config.publicUrl}/s/${code}`;

  const AdvocacyShare = builder.objectRef<ShareView>('AdvocacyShare').implement({
    description: 'The viewer’s share of a kit item on one network, and how many clicked its link.',
    fields: (t) => ({
      id: t.exposeID('id'),
      network: t.field({ type: AdvocacyNetwork, resolve: (s) => s.network.toUpperCase() as 'X' }),
      text: t.exposeString('text'),
      link: t.string({
        description: 'Levain’s own link, `/s/<code>`, which counts clicks.',
        resolve: (s) => shareLink(s.code),
      }),
      shareUrl: t.string({
        description: 'The network’s share page with the text prefilled (opened by the person’s browser).',
        resolve: (s) => networkShareUrl(s.network, s.text, shareLink(s.code)),
      }),
      clicks: t.exposeInt('clicks'),
      createdAt: t.field({ type: 'DateTime', resolve: (s) => s.createdAt }),
    }),
  });

  const AdvocacyItem = builder.objectRef<KitItemView>('AdvocacyItem').implement({
    description:
      'Approved content to share outside, with the disclosure line the social-media charter requires.',
    fields: (t) => ({
      id: t.exposeID('id'),
      title: t.string({ resolve: (i, _a, ctx) => i.title[ctx.locale] || i.title.fr }),
      text: t.string({
        description: 'The suggested text, in the viewer’s language.',
        resolve: (i, _a, ctx) => i.text[ctx.locale] || i.text.fr,
      }),
      disclosure: t.string({ resolve: (i, _a, ctx) => i.disclosure[ctx.locale] || i.disclosure.fr }),
      hashtags: t.stringList({ resolve: (i) => i.hashtags }),
      link: t.exposeString('link'),
      imageUrl: t.exposeString('imageUrl', { nullable: true }),
      expiresAt: t.field({ type: 'DateTime', nullable: true, resolve: (i) => i.expiresAt }),
      shareCount: t.exposeInt('shareCount', { description: 'Everyone’s shares.' }),
      clickCount: t.exposeInt('clickCount', { description: 'Clicks on everyone’s share links.' }),
      myShares: t.field({ type: [AdvocacyShare], resolve: (i) => i.myShares }),
    }),
  });

  queryField('advocacyKit', (t) =>
    t.withAuth({ signedIn: true }).connection({
      type: AdvocacyItem,
      description: 'The kit items not expired, newest first.',
      resolve: async (_root, args, ctx) => {
        authorize(ctx.viewer, 'charter:advocacy');
        const first = Math.min(Math.max(args.first ?? 20, 1), MAX_PAGE);
        const rows = await kitPage(ctx.db, ctx.viewer.id, {
          first,
          after: decodeKeyset(args.after),
          now: new Date(),
        });
        return connectionOf(rows, first, (i) => [i.at, i.id], args.after);
      },
    }),
  );

  mutationField('shareAdvocacyItem', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: AdvocacyShare,
      errors: {},
      description:
        'Shares a kit item after the charter pre-check (forbidden words, disclosure line, hashtags); the answer’s `shareUrl` opens the network.',
      args: {
        itemId: t.arg.id({ required: true }),
        network: t.arg({ type: AdvocacyNetwork, required: true }),
        text: t.arg.string({ required: true, validate: fields.text(3_000) }),
      },
      resolve: async (_root, { itemId, network, text }, ctx) => {
        authorize(ctx.viewer, 'charter:advocacy');
        if (!isUuid(String(itemId))) throw new NotFoundError();
        const { share } = await shareAdvocacyItem(ctx.db, ctx.viewer, {
          itemId: String(itemId),
          network: network.toLowerCase() as Network,
          text,
          locale: ctx.locale,
        });
        return share;
      },
    }),
  );
}
