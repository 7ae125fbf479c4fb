import { GraphQLError } from 'graphql';
import { handleStreamOrSingleExecutionResult, type Plugin } from 'graphql-yoga';
import type { Context } from '../context';
import { LevainError, ValidationError } from '../errors';
import { serviceUnavailable } from '../http/database-status';
import { translate } from '../i18n/messages';

function localise(error: GraphQLError, { locale, services }: Context): GraphQLError {
  const original = error.originalError;
  if (services.database.noticed(original))
    return serviceUnavailable(locale, { nodes: error.nodes, path: error.path });
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
function localiseResults(context: Context) {
  return (payload: Parameters<typeof handleStreamOrSingleExecutionResult>[0]) =>
    handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
      if (result.errors?.length)
        setResult({ ...result, errors: result.errors.map((e) => localise(e, context)) });
    });
}

/**
 * Expected errors thrown outside a typed result (auth scopes, disabled plugins) reach the client
 * with their code and a message in the viewer's language instead of being masked; so does "the
 * database cannot answer now, retry". A subscription refused before its stream starts (signed out,
 * too many open) answers the same way.
 */
export const localiseErrors: Plugin<Context> = {
  onExecute: ({ args }) => ({ onExecuteDone: localiseResults(args.contextValue as Context) }),
  onSubscribe: ({ args }) => ({ onSubscribeResult: localiseResults(args.contextValue as Context) }),
};
