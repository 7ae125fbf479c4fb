import { translate } from '../i18n/messages';
import type { ContributionRequirement } from '../plugin-host/contract';
import { builder } from './builder';
import { communityIdOf } from './post-mutations';

const ContributionKind = builder.enumType('ContributionKind', { values: ['POST', 'COMMENT'] as const });

const ContributionRequirementRef = builder
  .objectRef<ContributionRequirement>('ContributionRequirement')
  .implement({
    description: 'What a plugin asks a person to do before posting or commenting (accept a charter…).',
    fields: (t) => ({
      message: t.string({ resolve: (r, _args, ctx) => translate(ctx.locale, { key: r.message }) }),
      path: t.exposeString('path', { description: 'The web page where to do it.' }),
    }),
  });

builder.queryField('contributionRequirement', (t) =>
  t.withAuth({ signedIn: true }).field({
    type: ContributionRequirementRef,
    nullable: true,
    errors: {},
    description:
      'What the viewer must do before posting or commenting in a community (on a profile when empty); null when nothing.',
    args: {
      kind: t.arg({ type: ContributionKind, required: true }),
      communityId: t.arg.globalID(),
    },
    resolve: (_root, { kind, communityId }, ctx) =>
      ctx.services.host.contributionRequirement({
        viewer: ctx.viewer,
        kind: kind === 'POST' ? 'post' : 'comment',
        communityId: communityIdOf(communityId),
      }),
  }),
);
