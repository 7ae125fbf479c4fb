import { Client, fetchExchange } from '@urql/core';
import { i18n } from '../i18n/i18n.svelte';

/** Proves to graphql-yoga's CSRF prevention that the request comes from our script. */
export const CSRF_HEADERS = { 'x-graphql-yoga-csrf': '1' } as const;

/**
 * The one GraphQL client: same-origin cookies, POST only, no document cache (pages read fresh
 * data when they open, so an edit is never hidden behind a stale copy). Accept-Language follows
 * the UI, so someone not signed in reads the server's messages in the language they chose.
 */
export const client = new Client({
  url: '/graphql',
  exchanges: [fetchExchange],
  preferGetMethod: false,
  requestPolicy: 'network-only',
  fetchOptions: () => ({
    credentials: 'same-origin',
    headers: { ...CSRF_HEADERS, 'accept-language': i18n.locale },
  }),
});
