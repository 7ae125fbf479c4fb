import type { ArticleRow } from './model';

export type ArticleChange = {
  number: number;
  change: 'ADDED' | 'CHANGED' | 'REMOVED';
  before: ArticleRow | null;
  after: ArticleRow | null;
};

const sameText = (a: ArticleRow, b: ArticleRow) =>
  (['title', 'body', 'acceptable', 'unacceptable'] as const).every(
    (key) => a[key].fr === b[key].fr && a[key].en === b[key].en,
  );

/** What a version changed, article by article (by number), against the one before it. */
export function articleChanges(before: readonly ArticleRow[], after: readonly ArticleRow[]): ArticleChange[] {
  const numbers = [...new Set([...before, ...after].map((a) => a.number))].sort((x, y) => x - y);
  return numbers.flatMap((number): ArticleChange[] => {
    const old = before.find((a) => a.number === number) ?? null;
    const next = after.find((a) => a.number === number) ?? null;
    if (old && next)
      return sameText(old, next) ? [] : [{ number, change: 'CHANGED', before: old, after: next }];
    return [{ number, change: old ? 'REMOVED' : 'ADDED', before: old, after: next }];
  });
}
