import { authorize, type PluginSchema, ValidationError } from '@levain/server/plugin';
import { setAcademy } from '../network/academy';
import { isUuid, localId } from './ids';

/** `setCmAcademy`: the chief CM names the learning path that is the CM academy (the map's gap list). */
export function academySchema({ builder, mutationField, services }: PluginSchema) {
  const Academy = builder.objectRef<{ id: string; title: string }>('CmAcademy').implement({
    description: 'The learning path the network calls its CM academy.',
    fields: (t) => ({ title: t.exposeString('title') }),
  });
  mutationField('setCmAcademy', (t) =>
    t.field({
      type: Academy,
      nullable: true,
      errors: {},
      description:
        'Names the CM academy (a learning path the viewer may read), or none; the map then lists the CMs who have not started it.',
      args: { learningPathId: t.arg.id() },
      resolve: async (_root, args, ctx) => {
        authorize(ctx.viewer, 'cm-network:manage-roster');
        const id = args.learningPathId ? localId(args.learningPathId) : null;
        if (id !== null && !isUuid(id))
          throw ValidationError.field('learningPathId', 'cm-network:validation.academyPath');
        return setAcademy(services, ctx.viewer, id);
      },
    }),
  );
}
