import {
  ActionRequiredError,
  type FieldIssue,
  type LevainError,
  NotAllowedError,
  NotFoundError,
  NotSignedInError,
  PluginDisabledError,
  RateLimitedError,
  ValidationError,
} from '../errors';
import { translate } from '../i18n/messages';
import { builder } from './builder';

const ErrorInterface = builder.interfaceRef<LevainError>('Error').implement({
  fields: (t) => ({
    code: t.exposeString('code'),
    message: t.string({ resolve: (error, _args, ctx) => translate(ctx.locale, error.i18n) }),
  }),
});

const FieldIssueRef = builder.objectRef<FieldIssue>('FieldIssue').implement({
  description: 'What is wrong with one field (or one line of an imported file).',
  fields: (t) => ({
    field: t.exposeString('field'),
    line: t.exposeInt('line', { nullable: true }),
    message: t.string({ resolve: (issue, _args, ctx) => translate(ctx.locale, issue.message) }),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ValidationError,
  fields: (t) => ({ issues: t.field({ type: [FieldIssueRef], resolve: (error) => error.issues }) }),
});

for (const [ErrorClass, name] of [
  [NotAllowedError, 'NotAllowedError'],
  [NotSignedInError, 'NotSignedInError'],
  [NotFoundError, 'NotFoundError'],
  [PluginDisabledError, 'PluginDisabledError'],
] as const) {
  builder.objectType(ErrorClass, {
    name,
    interfaces: [ErrorInterface],
    isTypeOf: (value) => value instanceof ErrorClass,
  });
}

builder.objectType(RateLimitedError, {
  name: 'RateLimitedError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof RateLimitedError,
  fields: (t) => ({ retryAfterSeconds: t.exposeInt('retryAfterSeconds') }),
});

builder.objectType(ActionRequiredError, {
  name: 'ActionRequiredError',
  description: 'Something to do first (a plugin’s requirement): the message says what, `path` is the page.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ActionRequiredError,
  fields: (t) => ({ path: t.exposeString('path') }),
});
