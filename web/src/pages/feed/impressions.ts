import { mutate } from '../../lib/graphql/api';
import { graphql } from '../../lib/graphql/graphql';

const RecordImpressions = graphql(`
  mutation RecordImpressions($postIds: [ID!]!) {
    recordImpressions(postIds: $postIds) { __typename }
  }
`);

/** A post counts as seen once half of it stayed on screen this long. */
const DWELL_MS = 1000;
const FLUSH_MS = 5000;
const MAX_BATCH = 100;

const recorded = new Set<string>();
let pending = new Set<string>();
let timer: ReturnType<typeof setTimeout> | undefined;
const dwell = new Map<Element, ReturnType<typeof setTimeout>>();

async function flush(): Promise<void> {
  timer = undefined;
  const postIds = [...pending].slice(0, MAX_BATCH);
  if (!postIds.length) return;
  pending = new Set([...pending].filter((id) => !postIds.includes(id)));
  try {
    await mutate(RecordImpressions, { postIds });
  } catch {
    // Reach is a statistic: a lost batch is not worth bothering anyone.
  }
  if (pending.size) schedule();
}

function schedule(): void {
  if (timer === undefined) timer = setTimeout(() => void flush(), FLUSH_MS);
}

let observer: IntersectionObserver | null = null;
function watch(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const id = (entry.target as HTMLElement).dataset.impression;
        if (!id || recorded.has(id)) continue;
        if (entry.isIntersecting) {
          dwell.set(
            entry.target,
            setTimeout(() => {
              recorded.add(id);
              pending.add(id);
              observer?.unobserve(entry.target);
              schedule();
            }, DWELL_MS),
          );
        } else {
          clearTimeout(dwell.get(entry.target));
          dwell.delete(entry.target);
        }
      }
    },
    { threshold: 0.5 },
  );
  return observer;
}

// Leaving the page sends what is waiting instead of dropping it.
addEventListener('pagehide', () => void flush());

/**
 * Svelte action on a post card: the posts people actually had on screen are sent in batches,
 * each post at most once per visit, so reading the feed never waits for a write.
 */
export function impression(node: HTMLElement, postId: string) {
  node.dataset.impression = postId;
  if (!recorded.has(postId)) watch().observe(node);
  return {
    destroy() {
      clearTimeout(dwell.get(node));
      dwell.delete(node);
      observer?.unobserve(node);
    },
  };
}
