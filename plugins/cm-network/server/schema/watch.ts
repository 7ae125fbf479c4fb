import type { PluginSchema } from '@levain/server/plugin';
import { connectionOf } from '@levain/server/plugin';
import { cmAlertStatus } from '../../db/schema';
import { type AlertRow, acknowledgeAlert, listAlerts } from '../watch/alerts';
import { createWatchList, listWatchLists } from '../watch/lists';
import { localId } from './ids';
import { decodeKeyset, pageSize } from './page';

type ListRow = Awaited<ReturnType<typeof listWatchLists>>[number];

/** Watch lists and the alerts they raise, each only for its recipient and only on content they may read. */
export function watchSchema({ builder, queryField, mutationField, services }: PluginSchema) {
  const Status = builder.enumType('CmAlertStatus', { values: cmAlertStatus.enumValues });
  const WatchList = builder.objectRef<ListRow>('CmWatchList').implement({
    fields: (t) => ({
      id: t.id({ resolve: (r) => r.list.id }),
      name: t.string({ resolve: (r) => r.list.name }),
      terms: t.stringList({ resolve: (r) => r.list.terms }),
      communityName: t.string({ nullable: true, resolve: (r) => r.communityName }),
    }),
  });
  const Alert = builder.objectRef<AlertRow>('CmAlert').implement({
    description: 'A watched term in content the recipient may read now; nothing of content they may not.',
    fields: (t) => ({
      id: t.id({ resolve: (r) => r.alert.id }),
      term: t.string({ resolve: (r) => r.alert.term }),
      status: t.field({ type: Status, resolve: (r) => r.alert.status }),
      createdAt: t.field({ type: 'DateTime', resolve: (r) => r.alert.createdAt }),
      watchListName: t.string({ resolve: (r) => r.watchListName }),
      communityName: t.string({ nullable: true, resolve: (r) => r.communityName }),
      excerpt: t.exposeString('excerpt'),
      postId: t.id({ resolve: (r) => r.alert.postId }),
      commentId: t.id({ nullable: true, resolve: (r) => r.alert.commentId }),
    }),
  });

  queryField('watchLists', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: [WatchList],
      description: 'The viewer’s own watch lists.',
      resolve: (_root, _args, ctx) => listWatchLists(ctx.db, ctx.viewer),
    }),
  );
  queryField('cmAlerts', (t) =>
    t.withAuth({ signedIn: true }).connection(
      {
        type: Alert,
        description:
          'The viewer’s alerts, newest first, a page at a time (at most 50), on content they may read now.',
        args: { status: t.arg({ type: Status }) },
        resolve: async (_root, args, ctx) => {
          const first = pageSize(args.first);
          const rows = await listAlerts(
            ctx.db,
            ctx.viewer,
            { status: args.status ?? null },
            { first, after: decodeKeyset(args.after) },
          );
          return connectionOf(rows, first, (r) => [r.at, r.alert.id], args.after);
        },
      },
      { name: 'CmAlertConnection' },
      { name: 'CmAlertEdge' },
    ),
  );
  mutationField('createWatchList', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: WatchList,
      errors: {},
      args: {
        name: t.arg.string({ required: true }),
        terms: t.arg.stringList({ required: true }),
        communityId: t.arg.id(),
      },
      resolve: async (_root, args, ctx) => {
        const list = await createWatchList(ctx.db, services, ctx.viewer, {
          name: args.name,
          terms: args.terms,
          communityId: args.communityId ? localId(args.communityId) : null,
        });
        const [row] = (await listWatchLists(ctx.db, ctx.viewer)).filter((r) => r.list.id === list.id);
        return row!;
      },
    }),
  );
  mutationField('acknowledgeCmAlert', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: Alert,
      errors: {},
      args: { id: t.arg.id({ required: true }) },
      resolve: (_root, args, ctx) => acknowledgeAlert(ctx.db, ctx.viewer, localId(args.id)),
    }),
  );
}
