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

/**
 * Expected errors thrown outside a typed result (auth scopes, disabled plugins) reach the client
 * with their code and a message in the viewer's language instead of being masked; so does "the
 * database cannot answer now, retry".
 */
export const localiseErrors: Plugin<Context> = {
  onExecute({ args }) {
    const context = args.contextValue as Context;
    return {
      onExecuteDone: (payload) =>
        handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
          if (result.errors?.length)
            setResult({ ...result, errors: result.errors.map((e) => localise(e, context)) });
        }),
    };
  },
};
