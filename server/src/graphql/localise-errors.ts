import { GraphQLError } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import type { Context } from '../context';
import { LevainError, ValidationError } from '../errors';
import { type Locale, translate } from '../i18n/messages';

function localise(error: GraphQLError, locale: Locale): GraphQLError {
  const original = error.originalError;
  if (!(original instanceof LevainError)) return error;
  return new GraphQLError(translate(locale, original.i18n), {
    nodes: error.nodes,
    path: error.path,
    extensions: {
      code: original.code,
      ...(original instanceof ValidationError && {
        issues: original.issues.map((i) => ({
          field: i.field,
          line: i.line,
          message: translate(locale, i.message),
        })),
      }),
    },
  });
}

/** Localises the errors of one result, or of every result of a stream. */
function localiseResults(locale: Locale) {
  return (payload: Parameters<typeof handleStreamOrSingleExecutionResult>[0]) =>
    handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
      if (result.errors?.length)
        setResult({ ...result, errors: result.errors.map((e) => localise(e, locale)) });
    });
}

/**
 * Expected errors thrown outside a typed result (auth scopes, disabled plugins) reach the client
 * with their code and a message in the viewer's language instead of being masked. A subscription
 * refused before its stream starts (signed out, too many open) answers the same way.
 */
export const localiseErrors: Plugin<Context> = {
  onExecute: ({ args }) => ({ onExecuteDone: localiseResults((args.contextValue as Context).locale) }),
  onSubscribe: ({ args }) => ({ onSubscribeResult: localiseResults((args.contextValue as Context).locale) }),
};
