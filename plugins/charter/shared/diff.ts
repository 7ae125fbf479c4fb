/** An article's texts in French and English, as stored, published or being written. */
export type ArticleText = {
  number: number;
  title: { fr: string; en: string };
  body: { fr: string; en: string };
  acceptable: { fr: string; en: string };
  unacceptable: { fr: string; en: string };
};

export type ArticleChange<A extends ArticleText = ArticleText> = {
  number: number;
  change: 'ADDED' | 'CHANGED' | 'REMOVED';
  before: A | null;
  after: A | null;
};

const sameText = (a: ArticleText, b: ArticleText) =>
  (['title', 'body', 'acceptable', 'unacceptable'] as const).every(
    (key) => a[key].fr === b[key].fr && a[key].en === b[key].en,
  );

/**
 * What a version changes, article by article (by number), against the one before it: on the
 * server for published versions, in the editor for the preview before publishing.
 */
export function articleChanges<A extends ArticleText>(
  before: readonly A[],
  after: readonly A[],
): ArticleChange<A>[] {
  const numbers = [...new Set([...before, ...after].map((a) => a.number))].sort((x, y) => x - y);
  return numbers.flatMap((number): ArticleChange<A>[] => {
    const old = before.find((a) => a.number === number) ?? null;
    const next = after.find((a) => a.number === number) ?? null;
    if (old && next)
      return sameText(old, next) ? [] : [{ number, change: 'CHANGED', before: old, after: next }];
    return [{ number, change: old ? 'REMOVED' : 'ADDED', before: old, after: next }];
  });
}
