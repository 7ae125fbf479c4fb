import { createRequest, type DocumentInput } from '@urql/core';
import { ApiError } from '../graphql/api';
import { client } from '../graphql/client';
import type { Viewer } from '../session/session.svelte';
import type { PluginGraphQL, SlotProps } from './contract';

/** The GraphQL function given to plugins: their documents are typed by `graphql` of the contract. */
async function run<T>(source: DocumentInput, variables: Record<string, unknown> = {}): Promise<T> {
  const request = createRequest(source, variables);
  const operation = request.query.definitions.find((d) => d.kind === 'OperationDefinition');
  const kind = operation && 'operation' in operation ? operation.operation : 'query';
  const result =
    kind === 'mutation'
      ? await client.mutation(request.query, variables).toPromise()
      : await client.query(request.query, variables).toPromise();
  if (result.error) {
    const first = result.error.graphQLErrors[0];
    const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'NETWORK';
    throw new ApiError(first?.message ?? result.error.message, code);
  }
  return result.data as T;
}

/** Frozen props: a plugin can read the viewer, their places and the locale, never change the app's state. */
export function slotProps(locale: 'fr' | 'en', viewer: Viewer, permissions: ReadonlySet<string>): SlotProps {
  const roles = Object.freeze([...(viewer.roles ?? [])]) as unknown as string[];
  return Object.freeze({
    locale,
    viewer: Object.freeze({ id: viewer.id, name: viewer.name, roles }),
    can: (action: string) => permissions.has(action),
    graphql: run as PluginGraphQL,
  });
}
