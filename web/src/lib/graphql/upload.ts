import { stringifyDocument, type TypedDocumentNode } from '@urql/core';
import { i18n } from '../i18n/i18n.svelte';
import { ApiError } from './api';
import { CSRF_HEADERS } from './client';

export type UploadEvents = {
  /** Fraction of the request body sent, 0 to 1. */
  onProgress(fraction: number): void;
  /** The body is sent; the server is now working on it. */
  onUploaded?(): void;
};

/**
 * XMLHttpRequest rather than fetch: fetch cannot report upload progress, and people uploading
 * a large file need to see it move.
 */
export function sendForm(
  url: string,
  body: FormData,
  headers: Record<string, string>,
  events: UploadEvents,
): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.responseType = 'text';
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('accept-language', i18n.locale);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) events.onProgress(event.loaded / event.total);
    });
    xhr.upload.addEventListener('load', () => {
      events.onProgress(1);
      events.onUploaded?.();
    });
    xhr.addEventListener('load', () => {
      let json: unknown = null;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        json = null;
      }
      resolve({ status: xhr.status, json });
    });
    xhr.addEventListener('error', () => reject(new ApiError(i18n.t('error.network'), 'NETWORK')));
    xhr.send(body);
  });
}

type GraphQLResponse<Data> = {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};

/** A GraphQL operation whose top-level File variables are sent as a GraphQL multipart request. */
export async function uploadOperation<Data, Variables extends Record<string, unknown>>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  events: UploadEvents,
): Promise<Data> {
  const files = Object.entries(variables).filter(
    (entry): entry is [string, File] => entry[1] instanceof File,
  );
  const form = new FormData();
  const placeholders = Object.fromEntries(files.map(([name]) => [name, null]));
  form.append(
    'operations',
    JSON.stringify({ query: stringifyDocument(document), variables: { ...variables, ...placeholders } }),
  );
  form.append(
    'map',
    JSON.stringify(Object.fromEntries(files.map(([name], i) => [i, [`variables.${name}`]]))),
  );
  files.forEach(([, file], i) => {
    form.append(String(i), file);
  });
  const { json } = await sendForm('/graphql', form, { ...CSRF_HEADERS }, events);
  const response = (json ?? {}) as GraphQLResponse<Data>;
  const error = response.errors?.[0];
  if (error) throw new ApiError(error.message, error.extensions?.code ?? 'UNKNOWN');
  if (!response.data) throw new ApiError(i18n.t('error.unexpected'), 'UNKNOWN');
  return response.data;
}
