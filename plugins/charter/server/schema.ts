import {
  audit,
  authorize,
  fields,
  NotFoundError,
  type PluginSchema,
  ValidationError,
} from '@levain/server/plugin';
import { sql } from 'drizzle-orm';
import { charterAcknowledgements, charterCharters } from '../db/schema';
import { type Charter, charterById, currentCharter } from './charters';

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

export function charterSchema({ builder, queryField, mutationField }: PluginSchema) {
  const CharterRef = builder.objectRef<Charter>('Charter').implement({
    description: 'The company’s charter of conduct on Levain; each publication is a new version.',
    fields: (t) => ({
      id: t.exposeID('id'),
      title: t.exposeString('title'),
      body: t.exposeString('body', { description: 'Markdown.' }),
      version: t.exposeInt('version'),
      publishedAt: t.field({ type: 'DateTime', resolve: (c) => c.publishedAt }),
      acknowledgedByMe: t.exposeBoolean('acknowledgedByMe', {
        description: 'Whether the viewer stated they have read this version.',
      }),
    }),
  });

  queryField('currentCharter', (t) =>
    t.field({
      type: CharterRef,
      nullable: true,
      description: 'The latest published charter, or null before the first publication.',
      authScopes: { signedIn: true },
      resolve: (_root, _args, ctx) => currentCharter(ctx.db, ctx.viewer!.id),
    }),
  );

  mutationField('acknowledgeCharter', (t) =>
    t.field({
      type: CharterRef,
      errors: {},
      description: 'States that the viewer has read the current charter ("j’ai pris connaissance").',
      authScopes: { signedIn: true },
      args: { charterId: t.arg.id({ required: true }) },
      resolve: async (_root, { charterId }, ctx) => {
        const viewerId = ctx.viewer!.id;
        const id = String(charterId);
        const charter = isUuid(id) ? await charterById(ctx.db, viewerId, id) : null;
        if (!charter) throw new NotFoundError();
        const current = await currentCharter(ctx.db, viewerId);
        if (current?.id !== charter.id)
          throw ValidationError.field('charterId', 'charter:validation.notCurrent');
        await ctx.db
          .insert(charterAcknowledgements)
          .values({ charterId: charter.id, userId: viewerId })
          .onConflictDoNothing();
        return { ...charter, acknowledgedByMe: true };
      },
    }),
  );

  mutationField('publishCharter', (t) =>
    t.field({
      type: CharterRef,
      errors: {},
      description: 'Publishes a new version of the charter; everyone is asked to acknowledge it again.',
      args: {
        title: t.arg.string({ required: true, validate: fields.text(200) }),
        body: t.arg.string({ required: true, validate: fields.text(20_000) }),
      },
      resolve: async (_root, { title, body }, ctx) => {
        authorize(ctx.viewer, 'charter:publish');
        const actorId = ctx.viewer.id;
        const id = await ctx.db.transaction(async (tx) => {
          const [published] = await tx
            .insert(charterCharters)
            .values({
              title,
              body,
              publishedBy: actorId,
              version: sql`(select coalesce(max(${charterCharters.version}), 0) + 1 from ${charterCharters})`,
            })
            .returning({ id: charterCharters.id, version: charterCharters.version });
          await audit(tx, actorId, 'charter.published', 'charter', published!.id, {
            version: published!.version,
          });
          return published!.id;
        });
        return (await charterById(ctx.db, actorId, id))!;
      },
    }),
  );
}
