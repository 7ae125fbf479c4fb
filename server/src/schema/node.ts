import { builder } from './builder';

builder.queryField('health', (t) =>
  t.boolean({ description: 'Always true: the API answers.', resolve: () => true }),
);
