import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';

type ServerContext = { res?: { locals?: Record<string, unknown> } };

/** The longest operation name a log line carries: names are written by clients. */
const MAX_LOGGED_NAME = 64;

/**
 * Hands the operation's name to the request's log line (pino-http reads `res.locals.operation`),
 * so a slow or failing request is found by what it did; its variables and body are never logged.
 */
export const logOperationName: Plugin = {
  onExecute({ args }) {
    const locals = (args.contextValue as ServerContext).res?.locals;
    const name = getOperationAST(args.document, args.operationName)?.name?.value;
    if (locals) locals.operation = (name ?? 'anonymous').slice(0, MAX_LOGGED_NAME);
  },
};
