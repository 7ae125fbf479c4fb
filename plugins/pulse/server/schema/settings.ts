import { authorize, type PluginSchema, ValidationError } from '@levain/server/plugin';
import { loadSettings, type PulseSettings, saveSettings } from '../settings';

const bounds: Record<keyof PulseSettings, [number, number]> = {
  minGroupSize: [3, 10],
  commentMinGroupSize: [3, 50],
  riskThreshold: [1, 100],
  riskMovePoints: [1, 50],
  riskMoveMinResponses: [5, 1000],
};

/** The organisation's anonymity and alert rules. HR only. */
export function settingsSchema({ builder, queryField, mutationField }: PluginSchema) {
  const Settings = builder.objectRef<PulseSettings>('PulseSettings').implement({
    description:
      'Group minimums (copied into each campaign, frozen once it opens) and workload-risk alert rules.',
    fields: (t) => ({
      minGroupSize: t.exposeInt('minGroupSize'),
      commentMinGroupSize: t.exposeInt('commentMinGroupSize'),
      riskThreshold: t.exposeInt('riskThreshold'),
      riskMovePoints: t.exposeInt('riskMovePoints'),
      riskMoveMinResponses: t.exposeInt('riskMoveMinResponses'),
    }),
  });
  const SettingsInput = builder.inputType('PulseSettingsInput', {
    fields: (t) => ({
      minGroupSize: t.int(),
      commentMinGroupSize: t.int(),
      riskThreshold: t.int(),
      riskMovePoints: t.int(),
      riskMoveMinResponses: t.int(),
    }),
  });

  queryField('pulseSettings', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: Settings,
      resolve: (_root, _args, ctx) => {
        authorize(ctx.viewer, 'pulse:manage');
        return loadSettings(ctx.db);
      },
    }),
  );

  mutationField('updatePulseSettings', (t) =>
    t.withAuth({ signedIn: true }).field({
      type: Settings,
      errors: {},
      description: 'Changes the rules; campaigns already open keep the group minimums they opened with.',
      args: { input: t.arg({ type: SettingsInput, required: true }) },
      resolve: async (_root, { input }, ctx) => {
        authorize(ctx.viewer, 'pulse:manage');
        const current = await loadSettings(ctx.db);
        const next = { ...current };
        for (const key of Object.keys(bounds) as (keyof PulseSettings)[]) {
          const value = input[key];
          if (value == null) continue;
          const [min, max] = key === 'commentMinGroupSize' ? [next.minGroupSize, 50] : bounds[key];
          if (value < min || value > max) throw ValidationError.field(key, `pulse:settings.${key}`, { min });
          next[key] = value;
        }
        if (next.commentMinGroupSize < next.minGroupSize)
          throw ValidationError.field('commentMinGroupSize', 'pulse:settings.commentMinGroupSize', {
            min: next.minGroupSize,
          });
        const actorId = ctx.viewer.id;
        await ctx.db.transaction((tx) => saveSettings(tx, actorId, next, new Date()));
        return next;
      },
    }),
  );
}
