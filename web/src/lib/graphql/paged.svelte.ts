import { t } from '../i18n/i18n.svelte';

export type Page<T> = { items: T[]; endCursor: string | null; hasNextPage: boolean };

type Connection<T> = {
  edges: readonly { node: T }[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
};

/** A relay connection as one page of items. */
export function pageOf<T>(connection: Connection<T>): Page<T> {
  return {
    items: connection.edges.map((edge) => edge.node),
    endCursor: connection.pageInfo.endCursor ?? null,
    hasNextPage: connection.pageInfo.hasNextPage,
  };
}

/**
 * A list read page by page with "load more" (keyset cursors). When the filters change, only the
 * latest answer is shown, however the responses are ordered.
 */
export class PagedList<T> {
  items = $state<T[]>([]);
  hasMore = $state(false);
  loading = $state(true);
  loadingMore = $state(false);
  error = $state<string | null>(null);
  private cursor: string | null = null;
  private latest = 0;

  constructor(private readonly fetchPage: (after: string | null) => Promise<Page<T>>) {}

  async refresh(): Promise<void> {
    const request = ++this.latest;
    this.loading = true;
    this.error = null;
    try {
      const page = await this.fetchPage(null);
      if (request !== this.latest) return;
      this.items = page.items;
      this.accept(page);
    } catch (error) {
      if (request === this.latest)
        this.error = error instanceof Error ? error.message : t('error.unexpected');
    } finally {
      if (request === this.latest) this.loading = false;
    }
  }

  async loadMore(): Promise<void> {
    const request = this.latest;
    this.loadingMore = true;
    try {
      const page = await this.fetchPage(this.cursor);
      if (request !== this.latest) return;
      this.items = [...this.items, ...page.items];
      this.accept(page);
    } catch (error) {
      this.error = error instanceof Error ? error.message : t('error.unexpected');
    } finally {
      this.loadingMore = false;
    }
  }

  /** Replaces one item after a change made on this page (roles, status…). */
  replace(matches: (item: T) => boolean, next: T): void {
    this.items = this.items.map((item) => (matches(item) ? next : item));
  }

  private accept(page: Page<T>): void {
    this.cursor = page.endCursor;
    this.hasMore = page.hasNextPage;
  }
}
