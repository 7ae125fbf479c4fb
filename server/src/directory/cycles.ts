/**
 * Finds the loops of a graph where each node points to at most one other (a person to their
 * manager, an org unit to its parent). Linear in the number of nodes, so a 20,000-line file
 * is checked at once.
 */
export function findLoops<T>(next: ReadonlyMap<T, T>): T[][] {
  const done = new Set<T>();
  const loops: T[][] = [];
  for (const start of next.keys()) {
    if (done.has(start)) continue;
    const path: T[] = [];
    const onPath = new Map<T, number>();
    let node: T | undefined = start;
    while (node !== undefined && !done.has(node)) {
      const seenAt = onPath.get(node);
      if (seenAt !== undefined) {
        loops.push(path.slice(seenAt));
        break;
      }
      onPath.set(node, path.length);
      path.push(node);
      node = next.get(node);
    }
    for (const visited of path) done.add(visited);
  }
  return loops;
}

/** "a → b → c → a", the way a person reads a loop. */
export function describeLoop<T>(loop: T[]): string {
  return [...loop, loop[0]].join(' → ');
}
