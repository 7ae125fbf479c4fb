import { BREAK, type DocumentNode, GraphQLError, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context';

function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
    },
  });
  return found;
}

/**
 * In production the schema is not described to people who are not signed in: the web client's
 * documents are compiled in, and a stranger learns nothing from the endpoint. Signed-in people and
 * development keep introspection (GraphiQL, tools). Checked at execution, not as a validation
 * rule: yoga caches validation per document, whoever sent it.
 */
export function introspectionForSignedIn(env: Context['config']['env']): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (env !== 'production' || (args.contextValue as Context).viewer) return;
      if (asksForSchema(args.document))
        setResultAndStopExecution({
          errors: [
            new GraphQLError('Introspection is only for signed-in people.', {
              extensions: { code: 'INTROSPECTION_DISABLED' },
            }),
          ],
        });
    },
  };
}
