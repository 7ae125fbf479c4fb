import { renderBody } from '../posts/body';
import { builder } from './builder';
import { MAX_POST } from './post-mutations';
import { fields } from './validation';

builder.queryField('previewMarkdown', (t) =>
  t.withAuth({ signedIn: true }).string({
    description:
      'The sanitised HTML a post or comment body will have once published (the composer’s preview): same renderer, same mentions and hashtags.',
    args: { body: t.arg.string({ required: true, validate: fields.markdown(MAX_POST) }) },
    resolve: async (_root, args, ctx) => (await renderBody(ctx, ctx.viewer, args.body)).html,
  }),
);
