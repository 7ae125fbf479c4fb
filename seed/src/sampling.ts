import type { Random } from '@levain/server/seeding';

/** An integer in [min, max]. */
export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random.next() * (max - min + 1));
}

export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** One item, more likely the heavier it is. */
export function weightedPick<T>(random: Random, items: readonly T[], weight: (item: T) => number): T {
  let total = 0;
  for (const item of items) total += weight(item);
  let roll = random.next() * total;
  for (const item of items) {
    roll -= weight(item);
    if (roll < 0) return item;
  }
  return items[items.length - 1]!;
}

/**
 * `count` distinct items, heavier ones more likely (Efraimidis–Spirakis: each item draws the key
 * u^(1/w) and the largest keys win).
 */
export function weightedSample<T>(
  random: Random,
  items: readonly T[],
  count: number,
  weight: (item: T) => number = () => 1,
): T[] {
  if (count <= 0) return [];
  if (count >= items.length) return shuffled(random, items);
  return items
    .map((item) => ({ item, key: random.next() ** (1 / Math.max(weight(item), 1e-6)) }))
    .sort((a, b) => b.key - a.key)
    .slice(0, count)
    .map((entry) => entry.item);
}

/**
 * Draws templates like cards from a deck, reshuffled when empty: a community does not repeat a
 * post before it has used the others. Drawn in chronological order, repeats are weeks apart.
 */
export class Deck<T> {
  private decks = new Map<string, T[]>();
  private last = new Map<string, T>();

  constructor(private readonly random: Random) {}

  draw(key: string, items: readonly T[]): T {
    let deck = this.decks.get(key);
    if (!deck?.length) {
      deck = shuffled(this.random, items);
      // The next card is the last one: not the one just drawn from the previous deck.
      if (deck.length > 1 && deck[deck.length - 1] === this.last.get(key)) deck.unshift(deck.pop()!);
      this.decks.set(key, deck);
    }
    const card = deck.pop()!;
    this.last.set(key, card);
    return card;
  }
}
