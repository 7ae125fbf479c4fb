import { ApiError, mutate } from '../../lib/graphql/api';
import { outcome } from '../../lib/graphql/outcome';
import { t } from '../../lib/i18n/i18n.svelte';
import { toasts } from '../../lib/ui/toasts.svelte';
import { React, Unreact } from './documents';
import type { ReactionKind } from './fragments';

export type ReactionTarget = { postId: string } | { commentId: string };
type ReactionCount = { kind: ReactionKind; count: number };
type Snapshot = {
  reactionSummary: readonly ReactionCount[];
  viewerReaction: ReactionKind | null;
  reactionCount: number;
};

/** The counts once the viewer's reaction moves from `before.viewerReaction` to `next`. */
export function withReaction(before: Snapshot, next: ReactionKind | null): Snapshot {
  const counts = new Map(before.reactionSummary.map((r) => [r.kind, r.count]));
  const previous = before.viewerReaction;
  if (previous) counts.set(previous, (counts.get(previous) ?? 1) - 1);
  if (next) counts.set(next, (counts.get(next) ?? 0) + 1);
  return {
    reactionSummary: [...counts].filter(([, count]) => count > 0).map(([kind, count]) => ({ kind, count })),
    viewerReaction: next,
    reactionCount: before.reactionCount - (previous ? 1 : 0) + (next ? 1 : 0),
  };
}

/**
 * The reactions of one post or comment. A click shows at once (optimistic); the server's answer
 * then replaces the counts, or the previous state comes back with a message if it refused.
 */
export class Reactions {
  reactionSummary = $state<readonly ReactionCount[]>([]);
  viewerReaction = $state<ReactionKind | null>(null);
  reactionCount = $state(0);
  /** Only the answer to the latest click may change the counts. */
  private latest = 0;

  constructor(
    private readonly target: ReactionTarget,
    initial: Snapshot,
  ) {
    this.apply(initial);
  }

  countOf(kind: ReactionKind): number {
    return this.reactionSummary.find((r) => r.kind === kind)?.count ?? 0;
  }

  /** Choosing the kind the viewer already chose takes the reaction back. */
  async choose(kind: ReactionKind): Promise<void> {
    const before = this.snapshot();
    const next = before.viewerReaction === kind ? null : kind;
    const request = ++this.latest;
    this.apply(withReaction(before, next));
    try {
      const result = next
        ? outcome((await mutate(React, { ...this.target, kind: next })).react)
        : outcome((await mutate(Unreact, this.target)).unreact);
      if (request !== this.latest) return;
      if (!result.ok) {
        this.apply(before);
        toasts.show(result.failure.message, 'error');
        return;
      }
      const fresh = 'commentId' in this.target ? result.data.comment : result.data.post;
      if (fresh) this.apply(fresh);
    } catch (error) {
      if (request !== this.latest) return;
      this.apply(before);
      toasts.show(error instanceof ApiError ? error.message : t('error.unexpected'), 'error');
    }
  }

  private snapshot(): Snapshot {
    return {
      reactionSummary: this.reactionSummary,
      viewerReaction: this.viewerReaction,
      reactionCount: this.reactionCount,
    };
  }

  private apply(state: Snapshot): void {
    this.reactionSummary = state.reactionSummary;
    this.viewerReaction = state.viewerReaction;
    this.reactionCount = state.reactionCount;
  }
}
