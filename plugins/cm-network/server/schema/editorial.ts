import type { PluginSchema, SignedInContext } from '@levain/server/plugin';
import { eq } from 'drizzle-orm';
import { cmEditorialItems, editorialStatus } from '../../db/schema';
import { type CalendarItem, editorialCalendar, viewItems } from '../editorial/calendar';
import { approveItem, type EditorialItem, planItem, returnItem, submitItem } from '../editorial/items';
import { localId } from './ids';

/** The editorial calendar and its validation chain: plan, submit, return or approve. */
export function editorialSchema({ builder, queryField, mutationField, core: refs, services }: PluginSchema) {
  const Status = builder.enumType('CmEditorialStatus', { values: editorialStatus.enumValues });
  const Item = builder.objectRef<CalendarItem>('CmEditorialItem').implement({
    description:
      'A planned post of the network: its owner, date, community and where it stands in validation.',
    fields: (t) => ({
      id: t.exposeID('id'),
      title: t.exposeString('title'),
      targetAt: t.field({ type: 'DateTime', resolve: (i) => i.targetAt }),
      status: t.expose('status', { type: Status }),
      body: t.exposeString('body', { nullable: true }),
      returnComment: t.exposeString('returnComment', { nullable: true }),
      owner: t.field({ type: refs.User, resolve: (i) => i.owner }),
      communityId: t.id({ resolve: (i) => i.community.id }),
      communityName: t.string({ resolve: (i) => i.community.name }),
      postId: t.id({ nullable: true, resolve: (i) => i.postId }),
      viewerMayValidate: t.exposeBoolean('viewerMayValidate'),
    }),
  });
  const Scope = builder.inputType('CmEditorialScope', {
    fields: (t) => ({ communityId: t.id(), orgUnitId: t.id() }),
  });

  queryField('editorialCalendar', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: [Item],
      errors: {},
      description:
        'Planned items in [from, to) (at most 62 days), in communities the viewer may see, narrowed by scope.',
      args: {
        from: t.arg({ type: 'DateTime', required: true }),
        to: t.arg({ type: 'DateTime', required: true }),
        scope: t.arg({ type: Scope }),
      },
      resolve: (_root, args, ctx) =>
        editorialCalendar(
          ctx.db,
          services,
          ctx.viewer,
          { from: args.from, to: args.to },
          {
            communityId: args.scope?.communityId ? localId(args.scope.communityId) : null,
            orgUnitId: args.scope?.orgUnitId ? localId(args.scope.orgUnitId) : null,
          },
        ),
    }),
  );

  /** Answers the item as the calendar shows it, after telling who the change concerns. */
  const answer = async (
    ctx: SignedInContext,
    change: { item: EditorialItem; notify: string[] },
    message: string,
  ) => {
    if (change.notify.length)
      await services.notifications.send({
        userIds: change.notify,
        message,
        params: { title: change.item.title },
        link: `/cm-network/editorial?month=${change.item.targetAt.toISOString().slice(0, 7)}`,
        groupKey: `editorial:${change.item.id}`,
      });
    const communities = await services.communities.directory(ctx.viewer);
    const items = await viewItems(
      ctx.db,
      ctx.viewer,
      communities.filter((c) => c.id === change.item.communityId),
      eq(cmEditorialItems.id, change.item.id),
    );
    return items.find((i) => i.id === change.item.id)!;
  };

  mutationField('planEditorialItem', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: Item,
      errors: {},
      args: {
        title: t.arg.string({ required: true }),
        communityId: t.arg.id({ required: true }),
        targetAt: t.arg({ type: 'DateTime', required: true }),
      },
      resolve: async (_root, args, ctx) => {
        const item = await planItem(ctx.db, services, ctx.viewer, {
          title: args.title,
          communityId: localId(args.communityId),
          targetAt: args.targetAt,
        });
        return answer(ctx, { item, notify: [] }, '');
      },
    }),
  );
  mutationField('submitEditorialItem', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: Item,
      errors: {},
      args: { id: t.arg.id({ required: true }), body: t.arg.string({ required: true }) },
      resolve: async (_root, args, ctx) =>
        answer(
          ctx,
          await submitItem(ctx.db, services, ctx.viewer, localId(args.id), args.body),
          'notification.editorialSubmitted',
        ),
    }),
  );
  mutationField('returnEditorialItem', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: Item,
      errors: {},
      args: { id: t.arg.id({ required: true }), comment: t.arg.string({ required: true }) },
      resolve: async (_root, args, ctx) =>
        answer(
          ctx,
          await returnItem(ctx.db, services, ctx.viewer, localId(args.id), args.comment),
          'notification.editorialReturned',
        ),
    }),
  );
  mutationField('approveEditorialItem', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: Item,
      errors: {},
      args: { id: t.arg.id({ required: true }) },
      resolve: async (_root, args, ctx) =>
        answer(
          ctx,
          await approveItem(ctx.db, services, ctx.viewer, localId(args.id)),
          'notification.editorialApproved',
        ),
    }),
  );
}
