import { type DocumentNode, type ExecutionResult, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context';
import type { Metrics } from './registry';

type Started = { at: number; operation: string; type: string };
type Operation = { contextValue: Context; document: DocumentNode; operationName?: string | null };

/**
 * Times each GraphQL request from its parameters to its answer, labelled by operation name and
 * type (both "invalid" when it never ran: unreadable, or refused before execution), and counts the errors of every answer by code, those refused
 * before execution too.
 */
export function graphqlMetrics(metrics: Metrics): Plugin<Context> {
  const started = new WeakMap<Request, Started>();
  const typeOf = ({ contextValue, document, operationName }: Operation) => {
    const entry = started.get(contextValue.request);
    const operation = getOperationAST(document, operationName);
    if (!entry || !operation) return;
    entry.type = operation.operation;
    entry.operation = metrics.operationLabel(operation.name?.value);
  };
  return {
    onParams({ request }) {
      started.set(request, { at: performance.now(), operation: 'invalid', type: 'invalid' });
    },
    onExecute: ({ args }) => typeOf(args),
    onSubscribe: ({ args }) => typeOf(args),
    onResultProcess({ request, result }) {
      const results = (Array.isArray(result) ? result : [result]) as ExecutionResult[];
      for (const one of results)
        for (const error of one?.errors ?? [])
          metrics.graphqlErrors.inc({ code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
      const entry = started.get(request);
      if (!entry) return;
      started.delete(request);
      const seconds = (performance.now() - entry.at) / 1000;
      metrics.graphqlDuration.observe({ operation: entry.operation, type: entry.type }, seconds);
    },
  };
}
