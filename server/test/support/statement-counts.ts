import { expect } from 'vitest';
import type { TestApp, TestClient } from './harness';

/** A small and a large page: one request must cost the same SQL statements for both. */
export const SMALL = 2;
export const LARGE = 25;

/** One list operation, as the web client sends it. */
export type ListCase = {
  name: string;
  /** SQL statements one request costs, its session included, whatever the page size. */
  statements: number;
  /**
   * The request listing `size` items: a page of `size` (first: size) over more items than that,
   * or, for lists without pages, a parent that has exactly `size` of them.
   */
  request(size: number): Promise<{ client: TestClient; query: string; variables?: Record<string, unknown> }>;
  /** The listed items in the response. */
  items(data: any): unknown[];
  /** Whether an item carries the nested data the case loads (its own lists, related rows). */
  complete?(item: any): boolean;
};

/** Arranges data once, on first use (cases are arranged only when they run). */
export function once<T>(arrange: () => Promise<T>): () => Promise<T> {
  let arranged: Promise<T> | null = null;
  return () => {
    arranged ??= arrange();
    return arranged;
  };
}

/**
 * A replica trusts some copies for a few seconds (plugins' enabled flags, the events webhooks
 * subscribe to): on a loaded machine one may expire during the measured request and add its
 * reading. The fewest statements of up to three tries is the request's own cost; a statement per
 * item still shows in every try.
 */
export async function fewestStatements<T extends { statements: number }>(
  measure: () => Promise<T>,
): Promise<T> {
  let fewest = await measure();
  for (let attempt = 1; attempt < 3; attempt++) {
    const next = await measure();
    if (next.statements < fewest.statements) fewest = next;
  }
  return fewest;
}

async function cost(app: TestApp, list: ListCase, size: number) {
  const { client, query, variables } = await list.request(size);
  return fewestStatements(() => costOnce(app, list, { client, query, variables }));
}

async function costOnce(
  app: TestApp,
  list: ListCase,
  { client, query, variables }: Awaited<ReturnType<ListCase['request']>>,
) {
  await app.services.events.settled();
  // Plugins' enabled flags are read at most every 3 s: read them now, so that how long arranging
  // took never changes the count.
  if (app.services.host.pluginIds.length) await client.data('{ plugins { id } }');
  app.queries.length = 0;
  const data = await client.data(query, variables);
  const sent = [...app.queries];
  const items = list.items(data);
  const incomplete = items.find((item) => !(list.complete?.(item) ?? true));
  expect(incomplete, 'an item without the nested data the case loads').toBeUndefined();
  return { items: items.length, statements: sent.length, sent };
}

/** Lists a small then a large page and expects both full, at the case's number of statements. */
export async function expectConstantStatements(app: TestApp, list: ListCase) {
  const small = await cost(app, list, SMALL);
  const large = await cost(app, list, LARGE);
  const counts = ({ items, statements }: typeof small) => ({ items, statements });
  expect(
    { small: counts(small), large: counts(large) },
    `SQL of the large page:\n${large.sent.map((q) => q.slice(0, 160)).join('\n')}`,
  ).toEqual({
    small: { items: SMALL, statements: list.statements },
    large: { items: LARGE, statements: list.statements },
  });
}

/** The test title: the case's name and its count. */
export const TITLE = `%s: %i SQL statements for ${SMALL} items and for ${LARGE}`;
