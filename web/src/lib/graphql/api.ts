import type { AnyVariables, CombinedError, TypedDocumentNode } from '@urql/core';
import { i18n } from '../i18n/i18n.svelte';
import { client } from './client';

/** A request that failed as a whole: network down, session expired, not allowed… */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

let onSessionLost: () => void = () => {};

/** Lets the session react when the server says the viewer is no longer signed in. */
export function whenSessionLost(handler: () => void): void {
  onSessionLost = handler;
}

function toApiError(error: CombinedError): ApiError {
  const first = error.graphQLErrors[0];
  if (!first) return new ApiError(i18n.t('error.network'), 'NETWORK');
  const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'UNKNOWN';
  if (code === 'UNAUTHENTICATED') onSessionLost();
  return new ApiError(code === 'UNKNOWN' ? i18n.t('error.unexpected') : first.message, code);
}

export async function query<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  const result = await client.query(document, variables).toPromise();
  if (result.error) throw toApiError(result.error);
  return result.data as Data;
}

export async function mutate<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
): Promise<Data> {
  const result = await client.mutation(document, variables).toPromise();
  if (result.error) throw toApiError(result.error);
  return result.data as Data;
}
